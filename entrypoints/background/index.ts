import { registerLiveData } from './background/live-data';
import { registerSiteRegistrations } from './background/site-registration';

export default defineBackground(() => {
  registerLiveData();
  registerSiteRegistrations();
});
