import { registerAnnotatorInjection } from './annotator-injection';
import { registerBadge } from './badge';
import { registerCostContext } from './cost-context';
import { registerFirstRun } from './first-run';
import { registerErrorLog } from './error-log';
import { registerLiveData } from './live-data';
import { registerLivePermissionWatch } from './live-permission';
import { registerMentionCommands } from './mention-commands';
// User-added sites: run-time content-script registrations live in ./site-registration.ts.
import { registerSiteRegistrations } from './site-registration';

export default defineBackground(() => {
  registerFirstRun();
  registerErrorLog();
  registerLiveData();
  registerLivePermissionWatch();
  registerSiteRegistrations();
  registerBadge();
  registerMentionCommands();
  registerCostContext();
  registerAnnotatorInjection();
});
