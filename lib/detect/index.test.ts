import { describe, expect, it } from 'vitest';
import { detectPriceMentions, explainPriceMentions } from './index';

describe('detectPriceMentions', () => {
  it('returns offsets, text, dollars and kind for every amount', () => {
    const text = 'BTC slid to $68K–70K as ETFs lost $1.2bn.';
    expect(detectPriceMentions(text, { date: new Date('2026-03-10') })).toEqual([
      { start: 12, end: 16, text: '$68K', usd: 68_000, kind: 'btc-price' },
      { start: 17, end: 20, text: '70K', usd: 70_000, kind: 'btc-price' },
      { start: 34, end: 40, text: '$1.2bn', usd: 1.2e9, kind: 'other' },
    ]);
  });

  it('gives amounts in other currencies NaN dollars', () => {
    const [mention] = detectPriceMentions('Bitcoin hit £50,000.', { date: new Date('2026-03-10') });
    expect(mention?.kind).toBe('other');
    expect(mention?.usd).toBeNaN();
  });

  it('returns no mention for BTC-denominated amounts', () => {
    expect(detectPriceMentions('Miners sold 1,200 BTC.')).toEqual([]);
  });

  it('uses today when no date is given', () => {
    const text = 'Bitcoin rose to $64,000 on Monday.';
    expect(detectPriceMentions(text)).toEqual(detectPriceMentions(text, { date: new Date() }));
  });

  it('ignores an invalid date rather than failing', () => {
    expect(() => detectPriceMentions('Bitcoin at $64,000.', { date: new Date('nope') })).not.toThrow();
  });

  it('has the same mentions as the explained variant, without reasons', () => {
    const text = 'Bitcoin could hit $150,000 by December; it trades at $68,000.';
    const explained = explainPriceMentions(text).map(({ reason: _reason, ...mention }) => mention);
    expect(detectPriceMentions(text)).toEqual(explained);
  });
});

describe('detectPriceMentions on pathological text', () => {
  it('stays fast on a long table-like line without any period', () => {
    const text = 'BTC $68,000 ETH $3,000 SOL $150 inflows $1.2bn '.repeat(5_000);
    const started = performance.now();
    const mentions = detectPriceMentions(text, { date: new Date('2026-03-10') });
    expect(mentions).toHaveLength(20_000);
    // Generous bound (a loaded CI machine): quadratic behaviour would take minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stays fast on a long run of currency signs and digits', () => {
    const text = '$'.repeat(100_000) + '9'.repeat(100_000) + ' dollars';
    const started = performance.now();
    detectPriceMentions(text);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
