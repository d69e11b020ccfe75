import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Hosts on Chromium's HSTS preload list: it only ever asks them over HTTPS, so their fixture pages are served by a
 * TLS fixture server (and Chromium runs with --ignore-certificate-errors).
 */
export const HSTS_PRELOADED_HOSTS = new Set(['decrypt.co']);

/** A throwaway self-signed certificate for the given hosts, made with the system's openssl. */
export function selfSignedCertificate(hosts: Iterable<string>): { key: string; cert: string } {
  const folder = mkdtempSync(join(tmpdir(), 'miner-margin-tls-'));
  try {
    const names = [...hosts].map((host) => `DNS:${host}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=miner-margin-fixtures',
        '-addext',
        `subjectAltName=${names}`,
        '-keyout',
        join(folder, 'key.pem'),
        '-out',
        join(folder, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(folder, 'key.pem'), 'utf8'),
      cert: readFileSync(join(folder, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
