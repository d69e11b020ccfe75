// The one shared tooltip: rendered from a MentionDescription (text via textContent only) and positioned with
// floating-ui against the marked range.
import { arrow, autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import type { MentionDescription } from '@/lib/annotation/describe-mention';
import type { Regime } from '@/lib/economics/types';
import { TOOLTIP_CSS } from './tooltip-styles';

/** A shape per regime so it never rests on colour alone. */
const REGIME_SHAPES: Record<Regime, string> = { 'below-cost': '▼', 'thin-margin': '◆', healthy: '▲' };

export interface Tooltip {
  show(range: Range, description: MentionDescription): void;
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
  const figures = element(document, 'dl', 'figures');
  const dateLine = element(document, 'p', 'date');
  const explain = element(document, 'button', 'explain', 'How is this estimated?');
  explain.type = 'button';
  explain.addEventListener('click', () => options.onExplain());
  const arrowElement = element(document, 'div', 'arrow');
  box.append(regimeRow, figures, dateLine, explain, arrowElement);
  root.append(style, box);

  let stopUpdating: (() => void) | null = null;

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
    const rows = description.lines.map((line) => {
      const row = element(document, 'div', 'row');
      const value = element(document, 'dd', undefined, line.value);
      if (line.note) value.append(element(document, 'span', 'note', line.note));
      row.append(element(document, 'dt', undefined, line.label), value);
      return row;
    });
    figures.replaceChildren(...rows);
    dateLine.textContent = description.dateNote;
  };

  const position = async (reference: {
    getBoundingClientRect(): DOMRect;
    getClientRects(): DOMRectList;
    contextElement?: Element;
  }) => {
    const { x, y, placement, middlewareData } = await computePosition(reference, box, {
      strategy: 'fixed',
      placement: 'top',
      middleware: [inline(), offset(8), flip(), shift({ padding: 8 }), arrow({ element: arrowElement })],
    });
    Object.assign(box.style, { left: `${x}px`, top: `${y}px` });
    const side = placement.split('-')[0] === 'top' ? 'bottom' : 'top';
    const arrowData = middlewareData.arrow;
    Object.assign(arrowElement.style, {
      left: arrowData?.x === undefined ? '' : `${arrowData.x}px`,
      top: side === 'top' ? '-5px' : '',
      bottom: side === 'bottom' ? '-5px' : '',
    });
  };

  const hide = () => {
    stopUpdating?.();
    stopUpdating = null;
    box.hidden = true;
    delete box.dataset.visible;
  };

  return {
    show(range, description) {
      render(description);
      stopUpdating?.();
      box.hidden = false;
      const reference = {
        getBoundingClientRect: () => range.getBoundingClientRect(),
        getClientRects: () => range.getClientRects(),
        contextElement: range.startContainer.parentElement ?? undefined,
      };
      stopUpdating = autoUpdate(reference, box, () => {
        position(reference).catch(() => undefined);
      });
      requestAnimationFrame(() => {
        if (!box.hidden) box.dataset.visible = '';
      });
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
