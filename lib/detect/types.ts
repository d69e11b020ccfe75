export type MentionKind = 'btc-price' | 'btc-cost' | 'btc-target' | 'other';

export interface PriceMention {
  /** UTF-16 offsets: text.slice(start, end) === mention.text. */
  start: number;
  end: number;
  text: string;
  /** The amount in US dollars (70,000 for "$70K"). */
  usd: number;
  kind: MentionKind;
}

export interface DetectOptions {
  /** The article's date, used for plausibility against the bundled price series. */
  date?: Date;
}
