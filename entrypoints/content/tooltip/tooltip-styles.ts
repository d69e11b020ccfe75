// Styles of the shadow root (the tooltip and the live region). Light and dark; motion only when allowed.
export const TOOLTIP_CSS = `
:host { all: initial; }
.tooltip {
  --bg: #ffffff; --fg: #1f2937; --muted: #6b7280; --border: #d1d5db;
  --below: #b91c1c; --thin: #a16207; --healthy: #15803d;
  position: fixed; top: 0; left: 0; box-sizing: border-box; max-width: min(340px, calc(100vw - 16px));
  padding: 10px 12px; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--fg);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; text-align: left;
  box-shadow: 0 6px 24px rgb(0 0 0 / 18%); pointer-events: auto; opacity: 0; transition: opacity 120ms ease-out;
}
.tooltip[data-theme='dark'] {
  --bg: #111827; --fg: #f3f4f6; --muted: #9ca3af; --border: #374151;
  --below: #f87171; --thin: #facc15; --healthy: #4ade80;
}
@media (prefers-color-scheme: dark) {
  .tooltip[data-theme='auto'] {
    --bg: #111827; --fg: #f3f4f6; --muted: #9ca3af; --border: #374151;
    --below: #f87171; --thin: #facc15; --healthy: #4ade80;
  }
}
.tooltip[hidden] { display: none; }
.tooltip[data-visible] { opacity: 1; }
@media (prefers-reduced-motion: reduce) { .tooltip { transition: none; } }
.regime { display: flex; align-items: center; gap: 6px; margin: 0 0 6px; font-weight: 600; }
.regime[hidden], .headline[hidden] { display: none; }
.headline { margin: -4px 0 6px; font-size: 12px; }
.shape { display: inline-block; width: 1em; text-align: center; }
.tooltip[data-regime='below-cost'] .regime { color: var(--below); }
.tooltip[data-regime='thin-margin'] .regime { color: var(--thin); }
.tooltip[data-regime='healthy'] .regime { color: var(--healthy); }
dl { display: grid; grid-template-columns: auto auto; gap: 2px 12px; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
.note { display: block; color: var(--muted); font-size: 11px; }
.date { margin: 6px 0 4px; color: var(--muted); font-size: 12px; }
.stale { margin: 0 0 4px; font-size: 12px; }
.explain {
  all: unset; cursor: pointer; color: inherit; font-size: 12px; text-decoration: underline; text-underline-offset: 2px;
}
.explain:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.arrow { position: absolute; width: 8px; height: 8px; background: var(--bg); transform: rotate(45deg); }
.announcer {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
`;
