import { describe, expect, test } from 'vitest';
import { enabledSiteFor, parseSiteHost, sitePatterns } from './sites';

describe('parseSiteHost', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['https://www.example.com/markets/2026', 'example.com'],
    ['www.example.co.uk/', 'example.co.uk'],
    ['http://example.com:8080/x', 'example.com'],
  ])('%j → %s', (input, host) => {
    expect(parseSiteHost(input)).toEqual({ ok: true, host });
  });

  test.each(['', 'localhost', 'not a site', 'exa_mple.com', 'javascript:alert(1)', '*.example.com'])(
    'rejects %j with a message',
    (input) => {
      const result = parseSiteHost(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/site|address/);
    },
  );
});

test('sitePatterns covers the host and its subdomains', () => {
  expect(sitePatterns('example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
});

describe('enabledSiteFor', () => {
  const sites = [
    { host: 'coindesk.com', enabled: true, builtIn: true },
    { host: 'decrypt.co', enabled: false, builtIn: true },
  ];
  test('matches the host and its subdomains', () => {
    expect(enabledSiteFor('www.coindesk.com', sites)?.host).toBe('coindesk.com');
    expect(enabledSiteFor('coindesk.com', sites)?.host).toBe('coindesk.com');
  });
  test('ignores disabled sites and look-alike hosts', () => {
    expect(enabledSiteFor('decrypt.co', sites)).toBeUndefined();
    expect(enabledSiteFor('evilcoindesk.com', sites)).toBeUndefined();
    expect(enabledSiteFor('coindesk.com.evil.net', sites)).toBeUndefined();
  });
});
