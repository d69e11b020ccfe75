import { expect, test } from 'vitest';
import { existsSync } from 'node:fs';
test('build exists', () => expect(existsSync('.output/chrome-mv3/manifest.json')).toBe(true));
