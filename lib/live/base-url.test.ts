import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from './base-url';

describe('parseBaseUrl', () => {
  it('accepts https and drops a trailing slash', () => {
    expect(parseBaseUrl(' https://mempool.space/ ')).toEqual({
      ok: true,
      baseUrl: 'https://mempool.space',
      permissionOrigin: 'https://mempool.space/*',
    });
  });
  it('keeps a path and a port; the permission covers the host', () => {
    expect(parseBaseUrl('https://node.example.org:8443/mempool')).toEqual({
      ok: true,
      baseUrl: 'https://node.example.org:8443/mempool',
      permissionOrigin: 'https://node.example.org/*',
    });
  });
  it('accepts plain http on this machine (a self-hosted node)', () => {
    expect(parseBaseUrl('http://127.0.0.1:8999')).toMatchObject({
      ok: true,
      baseUrl: 'http://127.0.0.1:8999',
    });
    expect(parseBaseUrl('http://localhost:4080')).toMatchObject({
      ok: true,
      baseUrl: 'http://localhost:4080',
    });
  });
  it('rejects plain http elsewhere', () => {
    expect(parseBaseUrl('http://mempool.space')).toMatchObject({
      ok: false,
      error: expect.stringContaining('https'),
    });
  });
  it('rejects text that is not an address, and credentials or queries', () => {
    expect(parseBaseUrl('mempool.space').ok).toBe(false);
    expect(parseBaseUrl('https://user:pw@mempool.space').ok).toBe(false);
    expect(parseBaseUrl('https://mempool.space/?x=1').ok).toBe(false);
    expect(parseBaseUrl('ftp://mempool.space').ok).toBe(false);
  });
});
