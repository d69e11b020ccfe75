import { seededRandom } from '../support/seeded-random';
/**
 * Deterministic (seeded) news-page HTML for the page-scan bench: a header with navigation and a price ticker,
 * story cards or article paragraphs with links, bold, italics and lists, amounts at a realistic density
 * (roughly one every 300–400 characters of text, a third of them bitcoin prices), a related rail and a footer.
 */

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const thousands = (value: number) => value.toLocaleString('en-US');

const PLAIN = [
  'Trading volumes were thin during the Asian session as investors waited for U.S. inflation data.',
  'The exchange said withdrawals would resume once a scheduled wallet upgrade is complete.',
  'Analysts pointed to the options market, where demand for downside protection has eased.',
  'Network activity picked up, with active addresses rising for a third straight week.',
  'Several large holders moved coins between wallets, according to on-chain data.',
  'The company did not immediately respond to a request for comment.',
  'Regulators in Europe opened a consultation on how banks should hold digital assets.',
  'Mining difficulty is expected to adjust again early next week.',
  'Over-the-counter desks reported steady demand from family offices and corporate treasuries.',
  'The proposal still needs approval from the full committee before it can take effect.',
  'Funding rates on perpetual futures turned slightly negative over the weekend.',
  'Developers said the upgrade had been tested on a public test network for several months.',
];

const WITH_AMOUNT: ((random: Random) => string)[] = [
  (r) =>
    `Bitcoin rose ${(r() * 5).toFixed(1)}% to $${thousands(60_000 + Math.floor(r() * 15_000))} on the day.`,
  (r) => `BTC slipped to $${60 + Math.floor(r() * 15)}K before buyers stepped back in.`,
  (r) =>
    `Ether traded at $${thousands(1_900 + Math.floor(r() * 600))}, while bitcoin held above $${thousands(65_000 + Math.floor(r() * 8) * 1000)}.`,
  (r) => `Spot bitcoin ETFs recorded $${100 + Math.floor(r() * 800)} million in net inflows.`,
  (r) =>
    `Analysts said bitcoin could hit $${thousands(100_000 + Math.floor(r() * 10) * 10_000)} by the end of next year.`,
  (r) =>
    `The average cost of producing one bitcoin is about $${thousands(80_000 + Math.floor(r() * 12_000))}, the report said.`,
  (r) => `Liquidations topped $${100 + Math.floor(r() * 400)} million over 24 hours.`,
  (r) => `Hashprice fell to $${30 + Math.floor(r() * 20)}/PH/day as fees dropped.`,
  (r) =>
    `The startup raised €${thousands(5 + Math.floor(r() * 40))} million in a round led by a European fund.`,
  (r) => `Public miners sold ${thousands(500 + Math.floor(r() * 2000))} BTC last month.`,
  (r) => `Bitcoin's market capitalization stood at $${(1.2 + r() * 0.4).toFixed(2)} trillion.`,
];

const HEADLINES = [
  'Bitcoin steadies as miners slow their selling',
  'Spot ETF flows turn positive for the first time in a week',
  'Hashrate slips as older rigs are switched off',
  'Traders brace for a volatile options expiry',
  'Stablecoin supply climbs to a record',
  'Lawmakers revive a market-structure bill',
  'Miner shares rally on AI hosting deals',
  'Ether lags as staking yields compress',
];

const NAMES = [
  'Dana Whitcombe',
  'Oliver Strand',
  'Priya Natarajan',
  'Lena Brandt',
  'Tomás Reyes',
  'Marta Kovalenko',
];

/** One sentence, with inline markup now and then. */
function sentence(random: Random): string {
  const text = random() < 0.33 ? pick(random, WITH_AMOUNT)(random) : pick(random, PLAIN);
  const roll = random();
  if (roll < 0.12) return text.replace(/^(\S+ \S+)/, '<a href="/markets/">$1</a>');
  if (roll < 0.2) return text.replace(/^(\S+)/, '<strong>$1</strong>');
  if (roll < 0.25) return text.replace(/(\S+ \S+)\.$/, '<em>$1</em>.');
  return text;
}

function paragraph(random: Random): string {
  const count = 3 + Math.floor(random() * 4);
  return `<p>${Array.from({ length: count }, () => sentence(random)).join(' ')}</p>`;
}

function block(random: Random): string {
  const roll = random();
  if (roll < 0.1)
    return `<ul>${Array.from({ length: 3 }, () => `<li>${sentence(random)}</li>`).join('')}</ul>`;
  if (roll < 0.15) return `<blockquote><p>“${sentence(random)}”</p></blockquote>`;
  if (roll < 0.22) return `<h2>${pick(random, HEADLINES)}</h2>`;
  return paragraph(random);
}

function storyCard(random: Random, index: number): string {
  const day = String(1 + (index % 28)).padStart(2, '0');
  return (
    `<article class="story-card"><h3 class="story-card__title"><a href="/markets/2026/02/${day}/story-${index}/">` +
    `${pick(random, HEADLINES)}</a></h3><p class="story-card__dek">${sentence(random)}</p>` +
    `<div class="story-card__meta">By <a href="/author/${index}/">${pick(random, NAMES)}</a> · ` +
    `<time datetime="2026-02-${day}T09:00:00Z">Feb ${Number(day)}, 2026</time></div>` +
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => block(random)).join('') +
    `</article>`
  );
}

function header(random: Random): string {
  const coins: [string, number][] = [
    ['BTC', 70_123.45],
    ['ETH', 2_104.33],
    ['SOL', 98.12],
    ['XRP', 1.43],
    ['DOGE', 0.1042],
  ];
  const ticker = coins
    .map(
      ([symbol, price]) =>
        `<li><span class="symbol">${symbol}</span> <span class="price">$${price.toLocaleString('en-US')}</span> <span class="change">${(random() * 8 - 4).toFixed(2)}%</span></li>`,
    )
    .join('');
  const nav = [
    'Markets',
    'Business',
    'Policy',
    'Tech',
    'Opinion',
    'Data',
    'Events',
    'Podcasts',
    'Newsletters',
    'Learn',
  ]
    .map((label) => `<a href="/${label.toLowerCase()}/">${label}</a>`)
    .join('');
  return `<div class="price-ticker"><ul>${ticker}</ul></div><header class="site-header"><a href="/" class="logo">News</a><nav>${nav}</nav></header>`;
}

function document(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta property="article:published_time" content="2026-02-05T10:00:00Z">` +
    `<style>body{font-family:Georgia,serif;margin:0}main{max-width:760px;margin:24px auto}` +
    `.price-ticker ul{display:flex;gap:16px;list-style:none}nav a{margin-right:12px}</style></head>` +
    `<body>${body}</body></html>`
  );
}

/** A long news page (home page or live blog) of about `bytes` bytes of HTML. */
export function generateNewsPage(bytes = 1.5 * 1024 * 1024, seed = 20260205): string {
  const random = seededRandom(seed);
  const cards: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes - 2_000; index++) {
    const card = storyCard(random, index);
    cards.push(card);
    size += card.length;
  }
  // An anchor halfway down, to open the page at its middle (`#middle`) as a reader following a link would.
  const middle = Math.floor(cards.length / 2);
  cards[middle] = `<div id="middle"></div>${cards[middle]}`;
  const body = `${header(random)}<main class="river">${cards.join('')}</main><footer class="site-footer"><p>© 2026 News Inc.</p></footer>`;
  return document('Latest crypto news', body);
}

/** A typical single article of about `bytes` bytes of HTML. */
export function generateArticle(bytes = 30 * 1024, seed = 20260206): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes - 4_000) {
    const part = block(random);
    parts.push(part);
    size += part.length;
  }
  const related = Array.from(
    { length: 6 },
    (_, index) => `<li><a href="/markets/related-${index}/">${pick(random, HEADLINES)}</a></li>`,
  ).join('');
  const body =
    `${header(random)}<main><article><h1>${pick(random, HEADLINES)}</h1>` +
    `<div class="byline">By <a href="/author/">${pick(random, NAMES)}</a> · <time datetime="2026-02-05T10:00:00Z">Feb 5, 2026</time></div>` +
    `<div class="article-body">${parts.join('')}</div></article>` +
    `<aside class="related"><h3>More for you</h3><ul>${related}</ul></aside></main>` +
    `<footer class="site-footer"><p>© 2026 News Inc.</p></footer>`;
  return document('Article', body);
}

/** Every currency amount (and currency word) replaced by words: the same page with nothing the extension could mark. */
export function withoutAmounts(html: string): string {
  return html
    .replace(/[$€£¥][\d.,]*\d(?:[ \u00a0]?(?:[KkMB]|million|billion|trillion)\b)?(?:\/PH\/day)?/g, 'a sum')
    .replace(/\b(?:USD|EUR|GBP|JPY|[Dd]ollars?|[Ee]uros?|yen)\b/g, 'money');
}
