import { describe, expect, test } from 'vitest';
import { chooseArticleDate, datePublishedIn, dayFromUrlPath, parseDay } from './article-date';

const today = new Date('2026-11-29T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('parseDay', () => {
  test('keeps the publisher’s calendar day whatever the offset', () => {
    expect(parseDay('2026-02-05T23:30:00-05:00', today)).toEqual(day('2026-02-05'));
  });
  test('reads a plain day', () => expect(parseDay('2024-04-22', today)).toEqual(day('2024-04-22')));
  test('reads a written-out date', () =>
    expect(parseDay('Feb 5, 2026 10:00 UTC', today)).toEqual(day('2026-02-05')));
  test('rejects nonsense, impossible days and days before bitcoin', () => {
    expect(parseDay('yesterday', today)).toBeNull();
    expect(parseDay('2026-02-30', today)).toBeNull();
    expect(parseDay('2001-01-01', today)).toBeNull();
  });
  test('rejects days in the future', () => expect(parseDay('2027-01-01', today)).toBeNull());
});

describe('dayFromUrlPath', () => {
  test('slashes', () =>
    expect(dayFromUrlPath('/markets/2026/02/05/miners-slip/', today)).toEqual(day('2026-02-05')));
  test('dashes', () => expect(dayFromUrlPath('/news/2024-04-22-halving', today)).toEqual(day('2024-04-22')));
  test('an article id is not a date', () =>
    expect(dayFromUrlPath('/post/295005/jpmorgan', today)).toBeNull());
});

describe('datePublishedIn', () => {
  test('finds it inside @graph', () => {
    expect(datePublishedIn({ '@graph': [{ '@type': 'WebPage' }, { datePublished: '2022-11-21' }] })).toBe(
      '2022-11-21',
    );
  });
  test('null when absent', () => expect(datePublishedIn([{ '@type': 'Organization' }])).toBeNull());
});

describe('chooseArticleDate', () => {
  test('meta wins over the other sources', () => {
    expect(
      chooseArticleDate(
        { meta: '2026-02-05T10:00:00Z', jsonLd: '2020-01-01', urlPath: '/2019/01/01/x' },
        today,
      ),
    ).toEqual({
      date: day('2026-02-05'),
      source: 'meta',
    });
  });
  test('an unusable meta falls through to JSON-LD', () => {
    expect(chooseArticleDate({ meta: 'n/a', jsonLd: '2022-11-21T08:00:00Z' }, today).source).toBe('json-ld');
  });
  test('the URL path is the last resort before today', () => {
    expect(chooseArticleDate({ urlPath: '/markets/2024/04/22/x/' }, today)).toEqual({
      date: day('2024-04-22'),
      source: 'url',
    });
  });
  test('today (UTC midnight) when the page has no date', () => {
    expect(chooseArticleDate({ urlPath: '/post/1/' }, today)).toEqual({
      date: day('2026-11-29'),
      source: 'today',
    });
  });
});
