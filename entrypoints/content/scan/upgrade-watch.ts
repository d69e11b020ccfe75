// A custom element the page defines after the scan met it (a widget whose script loads late) attaches its shadow
// root when it is upgraded, and no MutationObserver record reports that. The scan hands over each undefined one it
// meets; they are looked at again, less and less often, until they are defined or leave the page.

/** First look after an element is handed over, and the longest wait between looks, ms. */
export const FIRST_LOOK_MS = 100;
export const LONGEST_WAIT_MS = 3_200;

export interface UpgradeWatchOptions {
  setTimeout: (handler: () => void, ms: number) => number;
  /** Called with the elements defined (or gone) since the last look that have an open shadow root. */
  onUpgraded: (hosts: Element[]) => void;
}

/** Returns what the scan calls with each undefined custom element it meets. */
export function watchUpgrades(options: UpgradeWatchOptions): (element: Element) => void {
  const waiting = new Set<Element>();
  let wait = 0; // 0 while no look is scheduled
  const look = () => {
    const upgraded: Element[] = [];
    for (const element of waiting) {
      const upgradedWithRoot = !!element.shadowRoot;
      if (upgradedWithRoot || !element.isConnected || element.matches(':defined')) waiting.delete(element);
      if (upgradedWithRoot) upgraded.push(element);
    }
    if (upgraded.length > 0) options.onUpgraded(upgraded);
    wait = waiting.size && Math.min(wait * 2, LONGEST_WAIT_MS);
    if (wait) options.setTimeout(look, wait);
  };
  return (element) => {
    waiting.add(element);
    if (!wait) options.setTimeout(look, (wait = FIRST_LOOK_MS));
  };
}
