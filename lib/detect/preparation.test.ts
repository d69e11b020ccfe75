import { expect, test, vi } from 'vitest';

const TEXTS = [
  'Bitcoin fell to $70,000 on Thursday, below the estimated production cost of about $87,000 per coin.',
  'Tesla raised $5 billion in new funding, while Strategy bought $1.2 billion of stock.',
  'Analysts see BTC reaching a $150K price target by year-end; ether traded at $3,100.',
  'Der Bitcoin-Kurs stieg auf 95.000 Dollar, die Produktionskosten liegen bei 80.000 Dollar.',
  'Later, bitcoin traded at $69,800 in Asian hours (gold at $2,400).',
];

async function freshDetector() {
  vi.resetModules();
  return import('./index');
}

test('the preparation steps compile the patterns ahead and change no detection', async () => {
  const date = new Date('2026-02-05');
  const unprepared = await freshDetector();
  const expected = TEXTS.map((text) => unprepared.detectPriceMentions(text, { date }));
  const prepared = await freshDetector();
  const steps = prepared.detectionPreparationSteps();
  expect(steps.length).toBeGreaterThan(26);
  for (const step of steps) step();
  expect(TEXTS.map((text) => prepared.detectPriceMentions(text, { date }))).toEqual(expected);
  expect(expected.flat().some((mention) => mention.kind === 'btc-price')).toBe(true);
});
