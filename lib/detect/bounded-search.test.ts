import { describe, expect, it } from 'vitest';
import { detectPriceMentions } from './index';

type Search = (this: string, searched: string, position?: number) => number;
const searches = { indexOf: String.prototype.indexOf, lastIndexOf: String.prototype.lastIndexOf };

/**
 * Characters a search of the whole text steps over: from where it starts to what it finds, or to the text's end (or
 * start, searching backwards) when the searched string is not there.
 */
function steppedOver(
  text: string,
  searched: string,
  position: number | undefined,
  backwards: boolean,
): number {
  if (backwards) {
    const from = Math.min(position ?? text.length, text.length);
    const found = searches.lastIndexOf.call(text, searched, from);
    return from - Math.max(found, 0);
  }
  const from = Math.max(position ?? 0, 0);
  const found = searches.indexOf.call(text, searched, from);
  return (found === -1 ? text.length : found) - from;
}

describe("an amount's searches of a long text", () => {
  // A rule that asks for the last `%` before an amount with lastIndexOf reads back to the text's start when there is
  // none: once per amount, quadratic in a long text without one (the bench's 0.8 MB without `%`: 202 ms for 21).
  it('step over each character of the text a bounded number of times, whatever it lacks', () => {
    const sentences = [
      'Bitcoin rose to $64,250 on Monday, its highest level in two weeks.',
      'Production costs have risen sharply. It kept rising to $81,000, miners said.',
      'The average cost to produce one bitcoin is now about $58,400, according to the report.',
      'Analysts at the bank said bitcoin could hit $90,000 by the end of the year.',
      'BTC $81,204.17 ETH $3,120.50 SOL $142.10',
      'Der Bitcoin fiel um 3.000 auf 61.500 Dollar; il peut également plonger à 58 000 dollars.',
    ];
    const text = Array.from({ length: 300 }, (_, index) => sentences[index % sentences.length]).join(' ');
    let stepped = 0;
    const counted = (name: keyof typeof searches): Search =>
      function (this: string, searched, position) {
        if (this.length >= text.length)
          stepped += steppedOver(this, searched, position, name === 'lastIndexOf');
        return searches[name].call(this, searched, position);
      };
    String.prototype.indexOf = counted('indexOf');
    String.prototype.lastIndexOf = counted('lastIndexOf');
    let found: ReturnType<typeof detectPriceMentions>;
    try {
      found = detectPriceMentions(text, { date: new Date('2024-06-01') });
    } finally {
      Object.assign(String.prototype, searches);
    }
    expect(found.length).toBeGreaterThan(300);
    expect(stepped).toBeLessThanOrEqual(2 * text.length);
  });
});
