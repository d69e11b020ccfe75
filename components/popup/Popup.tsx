import { useMemo } from 'react';
import type { Article } from '@/lib/dataset/schema';
import type { PageReport } from '@/lib/messages';
import type { Settings } from '@/lib/settings/schema';
import { LiveDataOffer } from '@/components/live/LiveDataOffer';
import { ArticlesSection } from './ArticlesSection';
import type { LiveToday } from '@/lib/live/live-today';
import { economicsSnapshot, type EconomicsSnapshot } from './economics-snapshot';
import { OnThisPage } from './OnThisPage';
import { PageStatus, type PageStatusProps } from './PageStatus';
import { RegimeHeader } from './RegimeHeader';
import { SiteControlSection, type SiteControlSectionProps } from './SiteControlSection';
import './popup.css';

export interface PopupProps {
  /** The bundled articles, newest first; null while they load. */
  articles: readonly Article[] | null;
  /** Shown instead of the articles when they could not be loaded. */
  articlesError?: string;
  settings: Settings;
  /** The header's figures; computed from the bundled series and `settings` when absent. */
  snapshot?: EconomicsSnapshot;
  /** Fresh live figures for today, when live data is on. */
  live?: LiveToday | null;
  /** The active tab's mentions; resolves null (or rejects) where the content script is not running. */
  loadPageReport: () => Promise<PageReport | null>;
  onRevealMention: (index: number) => void;
  /** Today, for the figures' age; the clock by default. */
  now?: Date;
  /** browser.permissions.request for one origin; with `saveSettings`, old figures come with a live-data button. */
  requestLivePermission?: (origin: string) => Promise<boolean>;
  saveSettings?: (next: Settings) => Promise<void>;
  /** Pause, resume or add the active tab's site; absent where the popup cannot know the tab. */
  siteControl?: SiteControlSectionProps;
  /** The active tab's errors and site access; not shown when absent. */
  pageStatus?: PageStatusProps;
}

/** The toolbar popup: regime at a glance, the active page's mentions, and the bundled articles. */
export function Popup({
  articles,
  articlesError,
  settings,
  snapshot,
  live = null,
  loadPageReport,
  onRevealMention,
  now,
  requestLivePermission,
  saveSettings,
  siteControl,
  pageStatus,
}: PopupProps) {
  const computed = useMemo(
    () => snapshot ?? economicsSnapshot(settings, 24, live, now),
    [snapshot, settings, live, now],
  );
  const offer =
    requestLivePermission && saveSettings ? (
      <LiveDataOffer settings={settings} requestPermission={requestLivePermission} save={saveSettings} />
    ) : undefined;
  return (
    <div className="popup" data-theme={settings.display.theme}>
      <RegimeHeader snapshot={computed} liveDataOffer={offer} />
      <main>
        {siteControl && <SiteControlSection {...siteControl} />}
        {pageStatus && <PageStatus {...pageStatus} />}
        <OnThisPage
          loadPageReport={loadPageReport}
          onRevealMention={onRevealMention}
          thinMarginPct={settings.thinMarginPct}
        />
        {articlesError ? (
          <p className="section error" role="alert">
            {articlesError}
          </p>
        ) : articles === null ? (
          <p className="section muted">Loading articles…</p>
        ) : (
          <ArticlesSection articles={articles} />
        )}
      </main>
    </div>
  );
}
