// The one message protocol between popup, background and content script.
import type { CostContextRequest } from './annotation/cost-context';
import type { MentionKind } from './detect/types';

/** A mention as the content script reports it to the popup. */
export interface PageMention {
  index: number;
  text: string;
  usd: number;
  kind: MentionKind;
  /** (price − cost) ÷ cost at the article's date, or null when the kind is not a price. */
  margin: number | null;
  /** A few words of surrounding text, for the popup list. */
  context: string;
}

export interface PageReport {
  url: string;
  articleDate: string; // ISO date
  /** Where the date came from; 'today' when the page gave none. */
  dateSource: 'meta' | 'json-ld' | 'time' | 'url' | 'today';
  // (mentions outside the article body are compared at today's figures; see lib/annotation/article-date.ts)
  mentions: PageMention[];
}

/** What went wrong on a tab, kept by the background: the content script's and the background's own errors. */
export interface TabProblems {
  count: number;
  /** The latest few, newest last. */
  messages: string[];
}

export type ToContentMessage =
  | { type: 'get-page-report' }
  | { type: 'step-mention'; direction: 1 | -1 }
  | { type: 'reveal-mention'; index: number }
  /** The page's address (where the popup has no `activeTab` grant; paused sites answer too). */
  | { type: 'get-location' };

/** `refresh-live-data` answers with the new LiveDataState (lib/live), also stored at storage.local `liveData`. */
export type ToBackgroundMessage =
  | { type: 'mention-count'; count: number }
  /** The content script's first stage found a candidate amount: inject the annotator into the sender's frame. */
  | { type: 'load-annotator' }
  /** An error the content script caught on this tab (counted per tab, shown in the popup). */
  | { type: 'page-error'; message: string }
  /** Answered with the tab's TabProblems. */
  | { type: 'get-tab-problems'; tabId: number }
  | { type: 'refresh-live-data' }
  /** Opens the extension's explanation page (how the cost is estimated) in a new tab. */
  | { type: 'open-explanation' }
  /** Answers with a CostContext (lib/annotation/cost-context): the estimates table lives in the background. */
  | { type: 'cost-context'; request: CostContextRequest };
