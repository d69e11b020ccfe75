import type { Provenance } from './types';

const RANK: Record<Provenance, number> = { sourced: 0, estimated: 1, interpolated: 2 };

/** The least certain of several provenances (sourced < estimated < interpolated). */
export function weakestProvenance(...values: Provenance[]): Provenance {
  return values.reduce<Provenance>(
    (weakest, value) => (RANK[value] > RANK[weakest] ? value : weakest),
    'sourced',
  );
}
