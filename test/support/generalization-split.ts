import { createHash } from 'node:crypto';

/**
 * The frozen test split of the generalization corpus, fixed on 2026-12-06 before any rule was changed: a snippet is
 * in the test split when the hash of its id with this salt falls below the share. Changing either moves examples
 * between the splits, so neither ever changes.
 */
const SALT = 'miner-margin frozen split 2026-12-06|';
const TEST_SHARE = 0.55;

export function isFrozenTest(snippetId: string): boolean {
  const digest = createHash('sha256')
    .update(SALT + snippetId)
    .digest();
  return digest.readUInt32BE(0) / 2 ** 32 < TEST_SHARE;
}
