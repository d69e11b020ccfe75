import { expect, test } from 'vitest';
import { planSiteRegistrations, SITE_SCRIPT_PREFIX } from './site-registration-plan';

const sites = [
  { host: 'coindesk.com', enabled: true, builtIn: true },
  { host: 'mynews.com', enabled: true, builtIn: false },
  { host: 'paused.com', enabled: false, builtIn: false },
  { host: 'nogrant.com', enabled: true, builtIn: false },
];
const granted = (host: string) => host !== 'nogrant.com';

test('registers enabled user-added sites with access, and nothing built in', () => {
  expect(planSiteRegistrations(sites, granted, [])).toEqual({
    register: [
      { id: `${SITE_SCRIPT_PREFIX}mynews.com`, matches: ['*://mynews.com/*', '*://*.mynews.com/*'] },
    ],
    unregister: [],
  });
});

test('unregisters sites switched off, removed or no longer granted, and keeps the rest', () => {
  const registered = [
    `${SITE_SCRIPT_PREFIX}mynews.com`,
    `${SITE_SCRIPT_PREFIX}paused.com`,
    `${SITE_SCRIPT_PREFIX}gone.com`,
  ];
  expect(planSiteRegistrations(sites, granted, registered)).toEqual({
    register: [],
    unregister: [`${SITE_SCRIPT_PREFIX}paused.com`, `${SITE_SCRIPT_PREFIX}gone.com`],
  });
});

test('leaves other registrations alone', () => {
  expect(planSiteRegistrations([], granted, ['someone-else'])).toEqual({ register: [], unregister: [] });
});
