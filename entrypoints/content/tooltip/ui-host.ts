// The one element the extension adds to a page: a host on document.documentElement with a closed shadow root,
// so no page CSS gets in and none of ours gets out. A host left by a previous instance (extension reload) goes.
import { UI_HOST_TAG } from '../scan/page-rules';

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /**
   * Puts the host on top of the top layer (a manual popover shown last), so the tooltip shows over modal dialogs,
   * open popovers and full-screen elements. Where the Popover API is missing, z-index is all there is.
   */
  raise(): void;
  remove(): void;
}

export function createUiHost(document: Document): UiHost {
  for (const stale of document.querySelectorAll(UI_HOST_TAG)) stale.remove();
  const host = document.createElement(UI_HOST_TAG);
  for (const [property, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['overflow', 'visible'],
    ['z-index', '2147483647'],
    ['pointer-events', 'none'],
    ['display', 'block'],
  ] as const) {
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  const canPopover = typeof host.showPopover === 'function';
  if (canPopover) host.popover = 'manual';
  document.documentElement.append(host);
  const raise = () => {
    if (!canPopover || !host.isConnected) return;
    // The top layer paints in the order elements entered it: leave and enter again to be last.
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  };
  return { host, root, raise, remove: () => host.remove() };
}
