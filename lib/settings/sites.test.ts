import { describe, expect, test } from 'vitest';
import { enabledSiteFor, hostnameOfUrl, parseSiteHost, sitePatterns } from './sites';

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

describe('hostnameOfUrl', () => {
  test('gives what URL#hostname gives for a URL with a host', () => {
    for (const url of [
      'https://www.coindesk.com/markets/2026/02/05/a/?x=1#y',
      'http://www.coindesk.com:34305/markets/',
      'https://user:pass@news.bitcoin.com/',
      'http://[::1]:8080/page',
      'https://cointelegraph.com',
      'file:///home/reader/page.html',
    ])
      expect(hostnameOfUrl(url)).toBe(new URL(url).hostname);
  });

  test('is empty for a URL without a host of its own (frames go by their origin)', () => {
    expect(hostnameOfUrl('about:srcdoc')).toBe('');
    expect(hostnameOfUrl('about:blank')).toBe('');
    expect(hostnameOfUrl('blob:https://www.coindesk.com/0b6b5c2e-3b1e-4d4c-9f5e-2a7c1d9e8f00')).toBe('');
    expect(hostnameOfUrl('data:text/html,<p>$5</p>')).toBe('');
  });
});
