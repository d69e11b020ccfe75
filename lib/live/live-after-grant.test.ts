import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { liveSettingsAfterGrant } from './live-after-grant';

test('granting the live instance’s origin turns live data on', () => {
  expect(liveSettingsAfterGrant(DEFAULT_SETTINGS, ['https://mempool.space/*'])?.live).toEqual({
    ...DEFAULT_SETTINGS.live,
    enabled: true,
  });
});

test('another origin (a site the user adds) changes nothing', () => {
  expect(liveSettingsAfterGrant(DEFAULT_SETTINGS, ['*://example.org/*', '*://*.example.org/*'])).toBeNull();
});

test('nothing to do when live data is already on', () => {
  const on = { ...DEFAULT_SETTINGS, live: { ...DEFAULT_SETTINGS.live, enabled: true } };
  expect(liveSettingsAfterGrant(on, ['https://mempool.space/*'])).toBeNull();
});

test('a self-hosted instance is matched by its own origin', () => {
  const local = { ...DEFAULT_SETTINGS, live: { ...DEFAULT_SETTINGS.live, baseUrl: 'http://127.0.0.1:8999' } };
  expect(liveSettingsAfterGrant(local, ['https://mempool.space/*'])).toBeNull();
  expect(liveSettingsAfterGrant(local, ['http://127.0.0.1/*'])?.live.enabled).toBe(true);
});
