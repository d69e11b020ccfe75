// The mempool instance the user points live data at: https anywhere, or plain http only on this machine
// (a self-hosted node). Settings store it without a trailing slash; permissions are asked for its host.
import { liveSchema } from '../settings/schema';

export type BaseUrlResult =
  { ok: true; baseUrl: string; permissionOrigin: string } | { ok: false; error: string };

const LOCAL_HOSTS = ['localhost', '127.0.0.1'];

/** Validates a typed base URL and gives the stored form and the host-permission pattern to request. */
export function parseBaseUrl(text: string): BaseUrlResult {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, error: 'Enter a full address, such as https://mempool.space.' };
  }
  const local = LOCAL_HOSTS.includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return { ok: false, error: 'Use https, or http only for localhost or 127.0.0.1.' };
  }
  if (url.username || url.password || url.search || url.hash) {
    return { ok: false, error: 'Leave out user names, query strings and # fragments.' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  const baseUrl = `${url.origin}${path}`;
  if (!liveSchema.shape.baseUrl.safeParse(baseUrl).success) {
    return { ok: false, error: 'Use letters, digits, dots and dashes in the host and path.' };
  }
  // Match patterns take no port (Firefox rejects one), so the pattern covers every port of the host.
  return {
    ok: true,
    baseUrl,
    permissionOrigin: `${url.protocol}//${url.hostname}/*`,
  };
}
