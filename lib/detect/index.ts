// Placeholder until the detection engine lands: same signature, naive behaviour.
import type { DetectOptions, PriceMention } from './types';
export type { DetectOptions, MentionKind, PriceMention } from './types';

export function detectPriceMentions(text: string, _options: DetectOptions = {}): PriceMention[] {
  const mentions: PriceMention[] = [];
  for (const match of text.matchAll(/\$(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?([kK])?/g)) {
    const usd = Number(match[1]!.replaceAll(',', '')) * (match[2] ? 1000 : 1);
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      usd,
      kind: 'btc-price',
    });
  }
  return mentions;
}
