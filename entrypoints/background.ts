import { registerLiveData } from './background/live-data';

export default defineBackground(() => {
  registerLiveData();
});
