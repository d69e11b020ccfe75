import { describe, expect, test } from 'vitest';
import { readCostContextRequest } from './cost-context';

const request = {
  date: '2026-02-05',
  priceUsd: 70_000,
  costUsd: 85_998,
  costSource: 'model',
  regime: 'below-cost',
  articleCostUsd: 87_000,
};

describe('readCostContextRequest', () => {
  test('accepts a well-formed request (article cost and regime may be null)', () => {
    expect(readCostContextRequest({ type: 'cost-context', request })).toEqual(request);
    const bare = { ...request, regime: null, articleCostUsd: null };
    expect(readCostContextRequest({ type: 'cost-context', request: bare })).toEqual(bare);
  });

  test.each([
    ['another message', { type: 'mention-count', count: 1 }],
    ['no request', { type: 'cost-context' }],
    ['a bad date', { type: 'cost-context', request: { ...request, date: '2026-02-31x' } }],
    ['a zero price', { type: 'cost-context', request: { ...request, priceUsd: 0 } }],
    ['a string cost', { type: 'cost-context', request: { ...request, costUsd: '85998' } }],
    ['an unknown regime', { type: 'cost-context', request: { ...request, regime: 'boom' } }],
    ['an unknown cost source', { type: 'cost-context', request: { ...request, costSource: 'guess' } }],
    ['a negative article cost', { type: 'cost-context', request: { ...request, articleCostUsd: -1 } }],
  ])('ignores %s', (_name, message) => {
    expect(readCostContextRequest(message)).toBeNull();
  });
});
