// A stand-in mempool instance on 127.0.0.1 (node:http) for tests: serves the fixtures under
// test/fixtures/mempool by default; a test overrides any path to send an error, a delay or a wrong shape.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/mempool/${name}`, import.meta.url)), 'utf8');

export const MEMPOOL_FIXTURES: Record<string, string> = {
  '/api/v1/prices': fixture('prices.json'),
  '/api/v1/mining/hashrate/3d': fixture('hashrate-3d.json'),
  '/api/v1/difficulty-adjustment': fixture('difficulty-adjustment.json'),
  '/api/v1/mining/reward-stats/144': fixture('reward-stats-144.json'),
};

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface MempoolServer {
  baseUrl: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Replaces the answer for one path until reset(). */
  route(path: string, handler: Route): void;
  /** Sends this JSON body (any text) for one path. */
  answer(path: string, body: string, status?: number, headers?: Record<string, string>): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startMempoolServer(): Promise<MempoolServer> {
  const overrides = new Map<string, Route>();
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    const override = overrides.get(path);
    if (override) return override(request, response);
    const body = MEMPOOL_FIXTURES[path];
    if (body === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => overrides.set(path, handler),
    answer(path, body, status = 200, headers = {}) {
      overrides.set(path, (_request, response) => {
        response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(body);
      });
    },
    reset() {
      overrides.clear();
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
