import { useEffect, useState } from 'react';
import { regime } from '@/lib/economics';
import type { PageMention, PageReport } from '@/lib/messages';
import { EmptyState } from './EmptyState';
import { formatDay, formatPercent, REGIME_LABELS } from './format';

export interface OnThisPageProps {
  /** The active tab's report, or null when the content script is not running there. */
  loadPageReport: () => Promise<PageReport | null>;
  onRevealMention: (index: number) => void;
  thinMarginPct: number;
}

type State = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; report: PageReport };

const DATE_SOURCE: Record<PageReport['dateSource'], string> = {
  meta: 'from the page’s metadata',
  'json-ld': 'from the page’s structured data',
  time: 'from the page’s time element',
  url: 'from the page’s address',
  today: 'today; the page gave no date',
};

const KIND_LABEL: Record<PageMention['kind'], string> = {
  'btc-price': 'price',
  'btc-cost': 'cost figure',
  'btc-target': 'price target',
  other: 'amount',
};

function MentionMargin({ mention, thinMarginPct }: { mention: PageMention; thinMarginPct: number }) {
  if (mention.margin === null) return <span className="mention__margin">{KIND_LABEL[mention.kind]}</span>;
  const band = regime(mention.margin, { thinMarginPct });
  return (
    <span className={`mention__margin mention__margin--${band}`}>
      {formatPercent(mention.margin)} vs cost · {REGIME_LABELS[band]}
    </span>
  );
}

/** The Bitcoin price mentions the content script found on the active tab; clicking one scrolls to it. */
export function OnThisPage({ loadPageReport, onRevealMention, thinMarginPct }: OnThisPageProps) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    loadPageReport().then(
      (report) => current && setState(report ? { status: 'ready', report } : { status: 'unavailable' }),
      () => current && setState({ status: 'unavailable' }),
    );
    return () => {
      current = false;
    };
  }, [loadPageReport]);

  return (
    <section
      className="section on-this-page"
      aria-labelledby="on-this-page-heading"
      aria-busy={state.status === 'loading'}
    >
      <h2 id="on-this-page-heading" className="section__heading">
        On this page
      </h2>
      {state.status === 'loading' && <p className="muted">Looking for prices on this page…</p>}
      {state.status === 'unavailable' && (
        <EmptyState title="Nothing to show for this page.">
          Miner Margin reads prices on the news sites enabled in its options. Open an article on one of them.
        </EmptyState>
      )}
      {state.status === 'ready' && state.report.mentions.length === 0 && (
        <EmptyState title="No Bitcoin prices found on this page." />
      )}
      {state.status === 'ready' && state.report.mentions.length > 0 && (
        <>
          <p className="muted">
            Article date {formatDay(state.report.articleDate)} ({DATE_SOURCE[state.report.dateSource]}).
          </p>
          <ul className="mentions">
            {state.report.mentions.map((mention) => (
              <li key={mention.index}>
                <button type="button" className="mention" onClick={() => onRevealMention(mention.index)}>
                  <span className="visually-hidden">Show on the page: </span>
                  <span className="mention__text">{mention.text}</span>
                  <MentionMargin mention={mention} thinMarginPct={thinMarginPct} />
                  {mention.context && <span className="mention__context">{mention.context}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
