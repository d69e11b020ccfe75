import { describe, expect, test } from 'vitest';
import type { Site } from './schema';
import { isPausedOn, siteControlFor, siteFor, withSiteAdded, withSiteEnabled } from './site-control';

const sites: Site[] = [
  { host: 'coindesk.com', enabled: true, builtIn: true },
  { host: 'theblock.co', enabled: false, builtIn: true },
  { host: 'example.com', enabled: true, builtIn: false },
  { host: 'news.example.com', enabled: false, builtIn: false },
];

describe('siteControlFor', () => {
  test('a built-in site that runs, one that is paused', () => {
    expect(siteControlFor('https://www.coindesk.com/markets/x', sites)).toEqual({
      state: 'running',
      host: 'coindesk.com',
      builtIn: true,
    });
    expect(siteControlFor('https://www.theblock.co/post/1', sites)).toMatchObject({
      state: 'paused',
      host: 'theblock.co',
    });
  });

  test('the most specific listed site wins', () => {
    expect(siteFor('a.news.example.com', sites)?.host).toBe('news.example.com');
    expect(siteControlFor('https://news.example.com/', sites)).toEqual({
      state: 'paused',
      host: 'news.example.com',
      builtIn: false,
    });
    expect(siteControlFor('https://shop.example.com/', sites)).toMatchObject({
      state: 'running',
      host: 'example.com',
    });
  });

  test('a site not in the list can be added (www. dropped); other pages cannot', () => {
    expect(siteControlFor('https://www.ft.com/content/1', sites)).toEqual({
      state: 'absent',
      host: 'ft.com',
    });
    expect(siteControlFor('chrome://extensions/', sites)).toEqual({ state: 'unavailable' });
    expect(siteControlFor('http://localhost:3000/', sites)).toEqual({ state: 'unavailable' });
    expect(siteControlFor(undefined, sites)).toEqual({ state: 'unavailable' });
    expect(siteControlFor('not a url', sites)).toEqual({ state: 'unavailable' });
  });
});

describe('site list changes', () => {
  test('pause and resume touch only that site', () => {
    const paused = withSiteEnabled(sites, 'coindesk.com', false);
    expect(paused[0]).toEqual({ host: 'coindesk.com', enabled: false, builtIn: true });
    expect(paused.slice(1)).toEqual(sites.slice(1));
    expect(withSiteEnabled(paused, 'coindesk.com', true)).toEqual(sites);
  });

  test('adding appends an enabled user site, or enables a listed one', () => {
    expect(withSiteAdded(sites, 'ft.com').at(-1)).toEqual({ host: 'ft.com', enabled: true, builtIn: false });
    expect(withSiteAdded(sites, 'theblock.co')[1]).toEqual({
      host: 'theblock.co',
      enabled: true,
      builtIn: true,
    });
    expect(withSiteAdded(sites, 'theblock.co')).toHaveLength(sites.length);
  });

  test('isPausedOn: only listed, disabled sites', () => {
    expect(isPausedOn('www.theblock.co', sites)).toBe(true);
    expect(isPausedOn('www.coindesk.com', sites)).toBe(false);
    expect(isPausedOn('www.ft.com', sites)).toBe(false);
  });
});
