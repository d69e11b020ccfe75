// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { setHeadMarkup, setMarkup } from '../test-markup';
import { cachedNotArticleAround, findArticleRegion, isOutsideArticle } from './find-article-body';

const prose = (words: string) =>
  `${words} and the rest of a sentence long enough to read as prose, with a second clause for good measure.`;
const byId = (id: string) => document.getElementById(id)!;
const outside = (id: string) => isOutsideArticle(findArticleRegion(document), byId(id));

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

/** An article element holding only the header, the body beside it (as a real Decrypt page of April 2025 is built). */
const HEADER_ONLY_ARTICLE = `
  <div class="coin-ticker"><span id="ticker">BTC $91,200</span></div>
  <nav><a href="/">Home</a> <a id="nav" href="/markets">Markets $1</a></nav>
  <main>
    <article><header><h1 id="headline">Bitcoin slides toward $75,000</h1><p id="dek">${prose('A short dek')}</p></header></article>
    <div class="grid">
      <div class="post-content" id="body">
        <p id="first">${prose('Bitcoin fell to $75,000 on Monday')}</p>
        <p>${prose('Miners sold coins')}</p>
        <div class="ad-slot"></div>
        <p>${prose('Analysts said')}</p>
        <aside class="inline-price"><span id="widget">$91,200</span></aside>
      </div>
      <div class="sidebar"><div class="most-read"><p><a id="rail" href="/x">Most read: bitcoin at $91,000 today</a></p></div></div>
    </div>
  </main>
  <footer><p id="footer">${prose('Copyright and a long legal notice')}</p></footer>`;

describe('the densest cluster of paragraph text', () => {
  test('finds the body outside a header-only <article>; the header is the article too', () => {
    setMarkup(document.body, HEADER_ONLY_ARTICLE);
    const region = findArticleRegion(document);
    expect(region?.rule).toBe('paragraphs');
    expect(region?.body).toBe(byId('body'));
    expect(region?.headline).toBe(byId('headline'));
    expect(outside('first')).toBe(false);
    expect(outside('headline')).toBe(false);
    expect(outside('dek')).toBe(false);
  });

  test('tickers, navigation, asides (even inside the body), rails and footers are outside', () => {
    setMarkup(document.body, HEADER_ONLY_ARTICLE);
    for (const id of ['ticker', 'nav', 'widget', 'rail', 'footer']) expect(outside(id), id).toBe(true);
  });

  test('a page without paragraphs has no body; only tickers and navigation are outside', () => {
    setMarkup(
      document.body,
      '<div class="price-ticker"><span id="ticker">$91,200</span></div><div><span id="cell">$70,000</span></div>',
    );
    expect(findArticleRegion(document)).toBeNull();
    expect(outside('ticker')).toBe(true);
    expect(outside('cell')).toBe(false);
  });
});

test('one pass’s cached look-up of the nearest never-article container answers as closest does, in any order', () => {
  setMarkup(document.body, HEADER_ONLY_ARTICLE);
  const around = cachedNotArticleAround();
  const elements = [...document.body.querySelectorAll('*')];
  // In reverse document order (an element before its container), then in order: the cache filled from both ends.
  for (const element of [...elements].reverse().concat(elements)) {
    expect(around(element), element.localName + (element.id ? `#${element.id}` : '')).toBe(
      element.closest('nav,aside,[class*="ticker" i]'),
    );
  }
  const region = findArticleRegion(document);
  for (const element of elements)
    expect(isOutsideArticle(region, element, around)).toBe(isOutsideArticle(region, element));
});

test('text in a web component is where its host is; a ticker inside a component is outside', () => {
  setMarkup(document.body, HEADER_ONLY_ARTICLE);
  const embed = document.createElement('div');
  byId('body').append(embed);
  const shadow = embed.attachShadow({ mode: 'open' });
  setMarkup(
    shadow as unknown as Element,
    '<p id="embedded">$75,000</p><div class="ticker"><b id="live">$91,200</b></div>',
  );
  const inShadow = (id: string) => shadow.getElementById(id)!;
  const region = findArticleRegion(document);
  expect(isOutsideArticle(region, inShadow('embedded'))).toBe(false);
  expect(isOutsideArticle(region, inShadow('live'))).toBe(true);
  const rail = document.querySelector('.most-read')!.attachShadow({ mode: 'open' });
  setMarkup(rail as unknown as Element, '<p id="teaser">$91,000</p>');
  expect(isOutsideArticle(region, rail.getElementById('teaser')!)).toBe(true);
});

test('a site logo in a header with the navigation is not the headline', () => {
  setMarkup(
    document.body,
    `<header><h1 id="logo">Coin News $1</h1><nav><a href="/">Home</a></nav></header>
     <div id="body"><p>${prose('One')}</p><p>${prose('Two')}</p><p>${prose('Three')}</p></div>`,
  );
  expect(findArticleRegion(document)?.headline).toBeNull();
  expect(outside('logo')).toBe(true);
});

describe('[itemprop=articleBody]', () => {
  test('wins over denser prose elsewhere', () => {
    setMarkup(
      document.body,
      `<div itemprop="articleBody" id="body"><p>${prose('Short')}</p></div>
       <div id="other">${[1, 2, 3, 4].map(() => `<p>${prose('Longer')}</p>`).join('')}</div>`,
    );
    expect(findArticleRegion(document)).toMatchObject({ rule: 'itemprop', body: byId('body') });
  });

  test('an empty one (not rendered yet) is passed over', () => {
    const paragraphs = ['Some', 'Another', 'A third'].map((words) => `<p>${prose(words)}</p>`).join('');
    setMarkup(document.body, `<div itemprop="articleBody"></div><div id="body">${paragraphs}</div>`);
    expect(findArticleRegion(document)).toMatchObject({ rule: 'paragraphs', body: byId('body') });
  });
});

describe('the JSON-LD articleBody', () => {
  const articleJsonLd = (body: string) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', articleBody: body }],
    })}</script>`;
  // The body is short; a "related" column beside it holds more prose.
  const SHORT_BODY_LONG_COLUMN = `
    <div id="page">
      <div id="body"><p>${prose('Hashprice hit a record low on Friday')}</p><p>${prose('Public miners reported')}</p></div>
      <div id="column">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `<p>${prose(`Opinion piece number ${n} says`)}</p>`).join('')}</div>
    </div>`;

  test('matched against the paragraphs, it finds the body where density alone would not', () => {
    setMarkup(document.body, SHORT_BODY_LONG_COLUMN);
    expect(findArticleRegion(document)?.body).toBe(byId('column'));
    setHeadMarkup(
      articleJsonLd(`${prose('Hashprice hit a record low on Friday')}\n${prose('Public miners reported')}`),
    );
    expect(findArticleRegion(document)).toMatchObject({ rule: 'json-ld', body: byId('body') });
  });

  test('malformed JSON-LD is passed over; an articleBody matching no paragraph falls back to density', () => {
    setMarkup(document.body, SHORT_BODY_LONG_COLUMN);
    setHeadMarkup(
      '<script type="application/ld+json">{ "articleBody": not json</script>' +
        articleJsonLd('Nothing on this page reads like this sentence at all, not one word of it.'),
    );
    expect(findArticleRegion(document)).toMatchObject({ rule: 'paragraphs', body: byId('column') });
  });

  test('a huge JSON-LD block (1 MB of articleBody after the opening) still finds the body', () => {
    setMarkup(document.body, SHORT_BODY_LONG_COLUMN);
    setHeadMarkup(
      articleJsonLd(`${prose('Hashprice hit a record low on Friday')} ${'padding '.repeat(130_000)}`),
    );
    expect(findArticleRegion(document)).toMatchObject({ rule: 'json-ld', body: byId('body') });
  });

  test('a page without any paragraph: no body, whatever the JSON-LD says', () => {
    setMarkup(document.body, '<div><span id="cell">Bitcoin $70,000</span></div>');
    setHeadMarkup(articleJsonLd(prose('Hashprice hit a record low on Friday')));
    expect(findArticleRegion(document)).toBeNull();
  });
});
