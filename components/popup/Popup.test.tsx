// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { latestMonth } from '@/lib/economics';
import type { PageReport } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { generateArticles, makeArticle } from '@/test/fixtures/dataset/generate-articles';
import { ARTICLES_PER_PAGE } from './ArticleList';
import type { EconomicsSnapshot } from './economics-snapshot';
import { Popup, type PopupProps } from './Popup';

afterEach(cleanup);

const ARTICLES = [
  makeArticle({
    id: '2026-02-05-coindesk-capitulation-back',
    title: 'Miner capitulation is back',
    description: 'Price below the cost of production.',
    tags: ['CAPITULATION', 'PRODUCTION-COST'],
    sentiment: 'NEGATIVE',
    source: { name: 'CoinDesk', key: 'coindesk', type: 'WEB' },
    impact: ['Selling pressure rises.', 'Hashrate may fall.', 'Consolidation speeds up.'],
    url: 'https://www.example.org/capitulation',
  }),
  makeArticle({
    id: '2024-04-20-theblock-halving-done',
    title: 'The fourth halving is done',
    description: 'Subsidy drops to 3.125 BTC.',
    tags: ['HALVING', 'HASHPRICE'],
    sentiment: 'NEUTRAL',
    impact: ['Revenue per block halves.', 'Old machines switch off.', 'Fees matter more.'],
  }),
  makeArticle({
    id: '2021-03-29-arcane-record-revenue',
    title: 'Record monthly miner revenue',
    description: 'Miners earned more than ever in March.',
    tags: ['HASHPRICE', 'MINER-STOCKS'],
    sentiment: 'POSITIVE',
    impact: ['Miners expand.', 'Orders for machines grow.', 'Hashrate climbs.'],
  }),
];

const REPORT: PageReport = {
  url: 'https://www.coindesk.com/markets/2026/02/05/story',
  articleDate: '2026-02-05T00:00:00.000Z',
  dateSource: 'meta',
  mentions: [
    {
      index: 0,
      text: '$70,000',
      usd: 70_000,
      kind: 'btc-price',
      margin: -0.2,
      context: 'trading near $70,000',
    },
    { index: 1, text: '$87,000', usd: 87_000, kind: 'btc-cost', margin: null, context: 'cost of $87,000' },
  ],
};

function renderPopup(props: Partial<PopupProps> = {}) {
  const onRevealMention = vi.fn();
  const user = userEvent.setup();
  render(
    <Popup
      articles={ARTICLES}
      settings={DEFAULT_SETTINGS}
      loadPageReport={() => Promise.resolve(null)}
      onRevealMention={onRevealMention}
      {...props}
    />,
  );
  return { user, onRevealMention };
}

const listedIds = () =>
  [...document.querySelectorAll('[data-article-id]')].map((element) =>
    element.getAttribute('data-article-id'),
  );

const chip = (name: RegExp) => screen.getByRole('button', { name });

describe('figures older than 60 days', () => {
  const [year, month] = latestMonth().split('-').map(Number) as [number, number];
  const fiveMonthsOn = new Date(Date.UTC(year, month, 1) + 154 * 86_400_000);

  function renderOld(grant: boolean) {
    const requestLivePermission = vi.fn(async () => grant);
    const saveSettings = vi.fn(async (_next: Settings) => {});
    const rendered = renderPopup({ now: fiveMonthsOn, requestLivePermission, saveSettings });
    return { ...rendered, requestLivePermission, saveSettings };
  }

  test('the header says how old they are, in words', () => {
    renderOld(true);
    expect(screen.getByText(/^Figures from [A-Z][a-z]+ \d{4}, five months old\.$/)).toBeInTheDocument();
  });

  test('one click asks for the instance permission and turns live data on', async () => {
    const { user, requestLivePermission, saveSettings } = renderOld(true);
    await user.click(screen.getByRole('button', { name: 'Use live data from mempool.space' }));
    expect(requestLivePermission).toHaveBeenCalledWith('https://mempool.space/*');
    await waitFor(() => expect(saveSettings).toHaveBeenCalledTimes(1));
    expect(saveSettings.mock.calls[0]?.[0].live.enabled).toBe(true);
  });

  test('a refused permission leaves live data off and says so', async () => {
    const { user, saveSettings } = renderOld(false);
    await user.click(screen.getByRole('button', { name: 'Use live data from mempool.space' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('was not granted, so live data stays off');
    expect(saveSettings).not.toHaveBeenCalled();
  });

  test('with live data already on, it says so instead of offering it', () => {
    renderPopup({
      now: fiveMonthsOn,
      settings: { ...DEFAULT_SETTINGS, live: { ...DEFAULT_SETTINGS.live, enabled: true } },
      requestLivePermission: vi.fn(),
      saveSettings: vi.fn(),
    });
    expect(screen.queryByRole('button', { name: /use live data/i })).toBeNull();
    expect(screen.getByText(/^Live data is on \(mempool.space\)/)).toBeInTheDocument();
  });

  test('figures of the last 60 days carry no age note', () => {
    renderPopup({ now: new Date(Date.UTC(year, month - 1, 20)) });
    expect(screen.queryByText(/^Figures from/)).toBeNull();
  });
});

describe('header', () => {
  const snapshot: EconomicsSnapshot = {
    month: '2026-02',
    provenance: 'sourced',
    priceUsd: 70_000,
    costUsd: 87_500,
    costSource: 'model',
    margin: -0.2,
    multiple: 0.8,
    regime: 'below-cost',
    capitulation: 'capitulation',
    chart: [
      { month: '2026-01', priceUsd: 90_000, costUsd: 85_000 },
      { month: '2026-02', priceUsd: 70_000, costUsd: 87_500 },
    ],
    estimates: [],
    liveLabel: null,
    staleNote: null,
  };

  test('shows the regime in words, the margin, price, cost, capitulation and the data month', () => {
    renderPopup({ snapshot });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Below production cost−20.0% margin');
    expect(screen.getByText('$70,000')).toBeInTheDocument();
    expect(screen.getByText('$87,500')).toBeInTheDocument();
    expect(screen.getByText('Capitulation: hashrate is falling')).toBeInTheDocument();
    expect(screen.getByText('Data: bundled, Feb 2026')).toBeInTheDocument();
  });

  test('says when the figures come from live data, and how old they are', () => {
    renderPopup({ snapshot: { ...snapshot, liveLabel: 'live, 12 min ago' } });
    expect(
      screen.getByText('Data: live, 12 min ago (chart: bundled series to Feb 2026)'),
    ).toBeInTheDocument();
  });

  test('gives price ÷ cost with the regime', () => {
    renderPopup({ snapshot });
    expect(screen.getByText('0.80× · Below production cost')).toBeInTheDocument();
  });

  test('published estimates are points on the chart, each with its source, and counted in its description', () => {
    const estimates = [
      {
        position: 0.2,
        estimate: {
          date: '2026-01-15',
          source: 'Capriole',
          kind: 'all-in' as const,
          scope: 'network' as const,
          usd: 74_300,
          url: 'https://example.com/',
          evidence: '74,300',
        },
      },
      {
        position: 1,
        estimate: {
          date: '2026-02-05',
          source: 'Checkonchain',
          kind: 'regression' as const,
          scope: 'network' as const,
          usd: 87_000,
          url: 'https://example.com/',
          evidence: '87,000',
        },
      },
    ];
    renderPopup({ snapshot: { ...snapshot, estimates } });
    const points = document.querySelectorAll('circle.chart__estimate');
    expect([...points].map((point) => point.textContent)).toEqual([
      'Capriole, all-in: $74,300 (2026-01-15)',
      'Checkonchain, regression: $87,000 (2026-02-05)',
    ]);
    expect(screen.getByRole('img', { name: /Bitcoin price/ })).toHaveAccessibleDescription(
      /2 published estimates shown as points, from \$74,300 to \$87,000\.$/,
    );
    expect(screen.getByText('Published estimates')).toBeInTheDocument();
  });

  test('the chart has a text alternative', () => {
    renderPopup({ snapshot });
    const chart = screen.getByRole('img', {
      name: /Bitcoin price and estimated production cost, Jan 2026 to Feb 2026/,
    });
    expect(chart).toHaveAccessibleDescription(
      'Price went from $90,000 to $70,000; production cost from $85,000 to $87,500. Price was below cost in 1 of 2 months.',
    );
  });

  test('follows the cost settings: a fixed cost above the price reads as below cost', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, costSource: 'fixed', fixedCostUsd: 1_000_000 };
    renderPopup({ settings });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Below production cost/);
    expect(screen.getByText('Your production cost')).toBeInTheDocument();
    expect(screen.getByText('$1,000,000')).toBeInTheDocument();
    expect(screen.getByText(/^Data: bundled, \w+ \d{4}/)).toBeInTheDocument();
  });

  test('a very low fixed cost reads as a healthy margin', () => {
    renderPopup({ settings: { ...DEFAULT_SETTINGS, costSource: 'fixed', fixedCostUsd: 1_000 } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Healthy margin/);
  });

  test('the popup follows the theme setting', () => {
    renderPopup({
      settings: { ...DEFAULT_SETTINGS, display: { ...DEFAULT_SETTINGS.display, theme: 'dark' } },
    });
    expect(document.querySelector('.popup')).toHaveAttribute('data-theme', 'dark');
  });
});

describe('articles', () => {
  test('are listed newest first as given, each with data-article-id', () => {
    renderPopup();
    expect(listedIds()).toEqual(ARTICLES.map((article) => article.id));
    expect(screen.getByRole('status')).toHaveTextContent('3 articles, newest first');
  });

  test('tag chips filter (any selected tag), show counts and aria-pressed', async () => {
    const { user } = renderPopup();
    const hashprice = chip(/^Hashprice 2$/);
    expect(hashprice).toHaveAttribute('aria-pressed', 'false');
    await user.click(hashprice);
    expect(hashprice).toHaveAttribute('aria-pressed', 'true');
    expect(listedIds()).toEqual(['2024-04-20-theblock-halving-done', '2021-03-29-arcane-record-revenue']);
    await user.click(chip(/^Capitulation 1$/));
    expect(listedIds()).toHaveLength(3);
    await user.click(chip(/^Hashprice/));
    expect(listedIds()).toEqual(['2026-02-05-coindesk-capitulation-back']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 articles');
  });

  test('the sentiment filter keeps one sentiment and updates the tag counts', async () => {
    const { user } = renderPopup();
    await user.click(screen.getByRole('radio', { name: /Positive 1/ }));
    expect(listedIds()).toEqual(['2021-03-29-arcane-record-revenue']);
    expect(chip(/^Hashprice 1$/)).toBeInTheDocument();
    expect(chip(/^Capitulation 0$/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /All 3/ }));
    expect(listedIds()).toHaveLength(3);
  });

  test('search looks in titles, descriptions and impact bullets', async () => {
    const { user } = renderPopup();
    const search = screen.getByRole('searchbox', { name: 'Search articles' });
    await user.type(search, 'fourth');
    await waitFor(() => expect(listedIds()).toEqual(['2024-04-20-theblock-halving-done']));
    await user.clear(search);
    await user.type(search, 'selling pressure');
    await waitFor(() => expect(listedIds()).toEqual(['2026-02-05-coindesk-capitulation-back']));
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    await waitFor(() => expect(listedIds()).toHaveLength(3));
  });

  test('an article expands to its impact bullets and a source link, and collapses again', async () => {
    const { user } = renderPopup();
    const item = document.querySelector<HTMLElement>(
      '[data-article-id="2026-02-05-coindesk-capitulation-back"]',
    )!;
    const toggle = within(item).getByRole('button', { name: 'Miner capitulation is back' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Selling pressure rises.', 'Hashrate may fall.', 'Consolidation speeds up.']);
    const link = within(panel).getByRole('link', { name: /Read on CoinDesk/ });
    expect(link).toHaveAttribute('href', 'https://www.example.org/capitulation');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });

  test('dataset text is rendered as text, never as HTML', () => {
    renderPopup({
      articles: [makeArticle({ id: '2026-01-01-x-html', title: '<img src=x onerror=alert(1)>' })],
    });
    expect(screen.getByRole('button', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  test('no match shows an empty state whose button clears every filter', async () => {
    const { user } = renderPopup();
    await user.click(screen.getByRole('radio', { name: /Negative/ }));
    await user.click(chip(/^Halving/));
    expect(listedIds()).toEqual([]);
    expect(screen.getByText('No articles match.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(listedIds()).toHaveLength(3);
    expect(chip(/^Halving/)).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('radio', { name: /All/ })).toBeChecked();
  });

  test('long lists show a page at a time', async () => {
    const { user } = renderPopup({ articles: generateArticles(2 * ARTICLES_PER_PAGE + 5) });
    expect(listedIds()).toHaveLength(ARTICLES_PER_PAGE);
    await user.click(
      screen.getByRole('button', { name: `Show ${ARTICLES_PER_PAGE} more (${ARTICLES_PER_PAGE + 5} left)` }),
    );
    expect(listedIds()).toHaveLength(2 * ARTICLES_PER_PAGE);
    await user.click(screen.getByRole('button', { name: 'Show 5 more (5 left)' }));
    expect(listedIds()).toHaveLength(2 * ARTICLES_PER_PAGE + 5);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });

  test('a loading and a failed dataset say so', () => {
    const { unmount } = render(
      <Popup
        articles={null}
        settings={DEFAULT_SETTINGS}
        loadPageReport={async () => null}
        onRevealMention={() => {}}
      />,
    );
    expect(screen.getByText('Loading articles…')).toBeInTheDocument();
    unmount();
    renderPopup({ articlesError: 'The bundled articles could not be read.' });
    expect(screen.getByRole('alert')).toHaveTextContent('The bundled articles could not be read.');
  });
});

describe('keyboard use', () => {
  test('one chip is in the tab order; arrows, Home and End move between chips; Space and Enter toggle', async () => {
    const { user } = renderPopup();
    const chips = within(screen.getByRole('group', { name: /Filter by tag/ })).getAllByRole('button');
    expect(chips.map((button) => button.tabIndex)).toEqual([0, ...chips.slice(1).map(() => -1)]);

    chips[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(chips[1]).toHaveFocus();
    await user.keyboard(' ');
    expect(chips[1]).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{End}');
    expect(chips[chips.length - 1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(chips[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(chips[0]).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowLeft}');
    expect(chips[chips.length - 1]).toHaveFocus();
    expect(chips[chips.length - 1]!.tabIndex).toBe(0);
  });

  test('Tab goes search → sentiment → chips → articles; arrows move between articles; Enter expands', async () => {
    const { user } = renderPopup();
    screen.getByRole('searchbox').focus();
    await user.tab();
    expect(screen.getByRole('radio', { name: /All/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: /Negative/ })).toBeChecked();
    await user.keyboard('{ArrowLeft}');
    await user.tab();
    expect(
      within(screen.getByRole('group', { name: /Filter by tag/ })).getAllByRole('button')[0],
    ).toHaveFocus();
    await user.tab();
    const toggles = screen.getAllByRole('button', { expanded: false });
    expect(toggles[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(toggles[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggles[1]).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowUp}');
    expect(toggles[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(toggles[2]).toHaveFocus();
    await user.keyboard(' ');
    expect(toggles[2]).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('on this page', () => {
  test('lists the mentions with their margin; clicking one reveals it on the page', async () => {
    const { user, onRevealMention } = renderPopup({ loadPageReport: () => Promise.resolve(REPORT) });
    const section = screen.getByRole('region', { name: 'On this page' });
    const mentions = await within(section).findAllByRole('button');
    expect(mentions[0]).toHaveTextContent('$70,000−20.0% vs cost · Below production cost');
    expect(mentions[1]).toHaveTextContent('$87,000cost figure');
    expect(
      within(section).getByText(/Article date 5 Feb 2026 \(from the page’s metadata\)/),
    ).toBeInTheDocument();
    await user.click(mentions[1]!);
    expect(onRevealMention).toHaveBeenCalledWith(1);
  });

  test('a page without the content script (the message is rejected) shows an empty state', async () => {
    renderPopup({ loadPageReport: () => Promise.reject(new Error('Could not establish connection.')) });
    expect(await screen.findByText('Nothing to show for this page.')).toBeInTheDocument();
  });

  test('a page the content script does not cover (no report) shows the same empty state', async () => {
    renderPopup({ loadPageReport: () => Promise.resolve(null) });
    expect(await screen.findByText('Nothing to show for this page.')).toBeInTheDocument();
  });

  test('a page with no mentions says so', async () => {
    renderPopup({ loadPageReport: () => Promise.resolve({ ...REPORT, mentions: [] }) });
    expect(await screen.findByText('No Bitcoin prices found on this page.')).toBeInTheDocument();
  });
});
