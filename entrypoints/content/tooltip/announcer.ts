// An aria-live region inside our shadow root: screen readers hear the tooltip reached from the keyboard.

export interface Announcer {
  announce(text: string): void;
  clear(): void;
}

export function createAnnouncer(root: ShadowRoot): Announcer {
  const region = root.ownerDocument.createElement('div');
  region.className = 'announcer';
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  root.append(region);
  let toggle = false;
  return {
    announce(text) {
      // A changed string is announced again even when the text repeats (same mention twice).
      toggle = !toggle;
      region.textContent = toggle ? text : `${text}\u00a0`;
    },
    clear: () => void (region.textContent = ''),
  };
}
