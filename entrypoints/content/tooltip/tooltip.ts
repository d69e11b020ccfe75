// The one shared tooltip: rendered from a MentionDescription (text via textContent only) and positioned against
// the marked range (place-tooltip.ts), following scrolling and resizing while open.
import type { CostContext } from '@/lib/annotation/cost-context';
import type { DescribedLine, MentionDescription } from '@/lib/annotation/describe-mention';
import type { Regime } from '@/lib/economics/types';
import { placeTooltip } from './place-tooltip';
import { TOOLTIP_CSS } from './tooltip-styles';

/** A shape per regime so it never rests on colour alone. */
const REGIME_SHAPES: Record<Regime, string> = { 'below-cost': '▼', 'thin-margin': '◆', healthy: '▲' };

export interface Tooltip {
  show(range: Range, description: MentionDescription): void;
  /** Adds the article's cost, published estimates and the headline (they arrive after `show`). */
  showContext(context: CostContext): void;
  hide(): void;
  readonly isOpen: boolean;
  setTheme(theme: 'auto' | 'light' | 'dark'): void;
  destroy(): void;
}

export interface TooltipOptions {
  onExplain: () => void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createTooltip(root: ShadowRoot, options: TooltipOptions): Tooltip {
  const document = root.ownerDocument;
  const style = element(document, 'style', undefined, TOOLTIP_CSS);
  const box = element(document, 'div', 'tooltip');
  box.id = 'miner-margin-tooltip';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  box.dataset.theme = 'auto';
  const regimeRow = element(document, 'p', 'regime');
  const shape = element(document, 'span', 'shape');
  shape.setAttribute('aria-hidden', 'true');
  const regimeLabel = element(document, 'span', 'regime-label');
  regimeRow.append(shape, regimeLabel);
  // The model's regime stays; the headline beside it says where the published estimates put the price.
  const headline = element(document, 'p', 'headline');
  headline.hidden = true;
  const figures = element(document, 'dl', 'figures');
  const dateLine = element(document, 'p', 'date');
  const staleLine = element(document, 'p', 'stale');
  const explain = element(document, 'button', 'explain', 'How is this estimated?');
  explain.type = 'button';
  explain.addEventListener('click', () => options.onExplain());
  const arrowElement = element(document, 'div', 'arrow');
  box.append(regimeRow, headline, figures, dateLine, staleLine, explain, arrowElement);
  root.append(style, box);

  let following: AbortController | null = null;
  let shownRange: Range | null = null;

  const row = (line: DescribedLine) => {
    const item = element(document, 'div', 'row');
    const value = element(document, 'dd', undefined, line.value);
    if (line.note) value.append(element(document, 'span', 'note', line.note));
    item.append(element(document, 'dt', undefined, line.label), value);
    return item;
  };

  const render = (description: MentionDescription) => {
    if (description.regime) {
      box.dataset.regime = description.regime;
      shape.textContent = REGIME_SHAPES[description.regime];
      regimeLabel.textContent = description.regimeLabel;
      regimeRow.hidden = false;
    } else {
      delete box.dataset.regime;
      regimeRow.hidden = true;
    }
    headline.hidden = true;
    figures.replaceChildren(...description.lines.map(row));
    dateLine.textContent = description.dateNote;
    staleLine.textContent = description.staleNote;
    staleLine.hidden = !description.staleNote;
  };

  const position = (range: Range) => {
    const lines = range.getClientRects();
    const whole = range.getBoundingClientRect();
    const first = lines[0] ?? whole;
    const last = lines[lines.length - 1] ?? whole;
    const view = document.defaultView;
    const { x, y, side, arrowX } = placeTooltip(first, last, box.getBoundingClientRect(), {
      width: document.documentElement.clientWidth || view?.innerWidth || 0,
      height: view?.innerHeight ?? 0,
    });
    Object.assign(box.style, { left: `${x}px`, top: `${y}px` });
    Object.assign(arrowElement.style, {
      left: `${arrowX}px`,
      top: side === 'bottom' ? '-5px' : '',
      bottom: side === 'top' ? '-5px' : '',
    });
  };

  const hide = () => {
    following?.abort();
    following = null;
    box.hidden = true;
    delete box.dataset.visible;
  };

  return {
    show(range, description) {
      shownRange = range;
      render(description);
      following?.abort();
      box.hidden = false;
      position(range);
      // Fixed position: follow the text while the page (or a scroller in it) scrolls or the window resizes.
      following = new AbortController();
      let frame = false;
      const follow = () => {
        if (frame) return;
        frame = true;
        requestAnimationFrame(() => {
          frame = false;
          if (!box.hidden) position(range);
        });
      };
      const options = { capture: true, passive: true, signal: following.signal };
      document.addEventListener('scroll', follow, options);
      document.defaultView?.addEventListener('resize', follow, options);
      requestAnimationFrame(() => {
        if (!box.hidden) box.dataset.visible = '';
      });
    },
    showContext(context) {
      headline.textContent = context.headline;
      headline.hidden = !context.headline;
      figures.append(...context.lines.map(row));
      if (shownRange && !box.hidden) position(shownRange);
    },
    hide,
    get isOpen() {
      return !box.hidden;
    },
    setTheme(theme) {
      box.dataset.theme = theme;
    },
    destroy() {
      hide();
      style.remove();
      box.remove();
    },
  };
}
