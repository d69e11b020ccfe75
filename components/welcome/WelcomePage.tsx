import { LiveDataOffer } from '@/components/live/LiveDataOffer';
import { latestMonth } from '@/lib/economics';
import { formatMonth } from '@/lib/format';
import { staleDataNote } from '@/lib/format/data-age';
import type { Settings } from '@/lib/settings/schema';

export interface WelcomePageProps {
  settings: Settings;
  /** browser.permissions.request for one origin; called straight from the live-data button's click. */
  requestLivePermission(origin: string): Promise<boolean>;
  saveSettings(next: Settings): Promise<void>;
  /** Opens the options page. */
  openOptions(): void;
  now?: Date;
}

/** The first-run page: what gets underlined and where, that the page itself is left alone, and live data. */
export function WelcomePage({
  settings,
  requestLivePermission,
  saveSettings,
  openOptions,
  now = new Date(),
}: WelcomePageProps) {
  const sites = settings.sites.filter((site) => site.enabled).map((site) => site.host);
  const month = latestMonth();
  const stale = staleDataNote(month, now);
  return (
    <main className="welcome">
      <h1>Miner Margin is ready</h1>
      <p className="lead">
        It puts what it costs miners to produce a bitcoin next to the Bitcoin prices you read in the news.
      </p>

      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What gets underlined</h2>
        <p className="sample">
          “Bitcoin slid to <span className="mark mark--price">$68,000</span> on Tuesday, below the{' '}
          <span className="mark mark--cost">$87,000</span> it costs the average miner to produce one; analysts
          see <span className="mark mark--target">$100,000</span> by summer.”
        </p>
        <ul className="kinds">
          <li>
            <span className="mark mark--price">Dotted orange</span>: a Bitcoin price (
            {settings.annotate.btcPrice ? 'on' : 'off until you turn it on'}).
          </li>
          <li>
            <span className="mark mark--cost">Dashed blue</span>: a quoted production cost (
            {settings.annotate.btcCost ? 'on' : 'off until you turn it on'}).
          </li>
          <li>
            <span className="mark mark--target">Wavy purple</span>: a price target (
            {settings.annotate.btcTarget ? 'on' : 'off until you turn it on'}).
          </li>
        </ul>
        <p>
          Hover one, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd>, for the estimated production cost
          at the article&apos;s date, the margin and whether miners are below cost. The underline is drawn by
          the browser: the page&apos;s own text and layout are never changed.
        </p>
      </section>

      <section aria-labelledby="where-heading">
        <h2 id="where-heading">Where</h2>
        <p>On these news sites (and their subdomains):</p>
        <ul className="sites">
          {sites.map((host) => (
            <li key={host}>{host}</li>
          ))}
        </ul>
        <p>
          Add any other site, or switch one off, in the{' '}
          <button type="button" className="link-button" onClick={openOptions}>
            options
          </button>
          ; the browser asks you before the extension may read a site you add.
        </p>
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Today&apos;s figures</h2>
        <p>
          {stale
            ? `The bundled figures are old: ${stale[0]!.toLowerCase()}${stale.slice(1)}.`
            : `The bundled figures run to ${formatMonth(month)}.`}{' '}
          Live data asks {settings.live.baseUrl.replace(/^https?:\/\//, '')} for today&apos;s price, hashrate
          and fees every {settings.live.refreshMinutes} minutes; nothing else is sent, and nothing is fetched
          unless you turn it on.
        </p>
        <LiveDataOffer settings={settings} requestPermission={requestLivePermission} save={saveSettings} />
      </section>
    </main>
  );
}
