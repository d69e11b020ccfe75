import { registerLiveData } from './live-data';
import { registerSiteRegistrations } from './site-registration';

export default defineBackground(() => {
  registerLiveData();
  registerSiteRegistrations();
});
