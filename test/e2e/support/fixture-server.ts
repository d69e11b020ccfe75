import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FixtureServerOptions {
  /** Serve HTTPS with this key and certificate (for HSTS-preloaded hosts; launch Chromium with --ignore-certificate-errors). */
  tls?: { key: string; cert: string };
}

export interface FixtureServer {
  port: number;
  /** `http(s)://<host>:<port><path>`; the browser resolves every news host to this server. */
  url(host: string, path: string): string;
  /** Requests seen, newest last (`host` header + path), for assertions. */
  requests: string[];
  close(): Promise<void>;
}

/** A route that answers with the HTML `pageAt` returns for the request's URL (path and query), or passes. */
export function htmlRoute(pageAt: (url: string) => string | undefined): Route {
  return (req, res) => {
    const html = pageAt(req.url ?? '/');
    if (html === undefined) return false;
    res.writeHead(200, { 'content-type': TYPES['.html']! });
    res.end(html);
    return true;
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves `root` on 127.0.0.1 for any Host header; `routes` answer first (return true when handled).
 * `/<host>/<path>` files win over `/<path>` so one folder can hold pages per news site.
 */
export async function startFixtureServer(
  root: string,
  routes: Route[] = [],
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const requests: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push(`${host}${req.url ?? ''}`);
    for (const route of routes) if (await route(req, res)) return;
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const candidates = [join(root, host, path), join(root, path)].flatMap((p) =>
      extname(p) ? [p] : [join(p, 'index.html'), `${p}.html`],
    );
    for (const file of candidates) {
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // try the next candidate
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };
  const server = options.tls ? createTlsServer(options.tls, handle) : createServer(handle);
  const scheme = options.tls ? 'https' : 'http';
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    url: (host, path) => `${scheme}://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
