// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CostContext } from '@/lib/annotation/cost-context';
import type { MentionDescription } from '@/lib/annotation/describe-mention';
import { setMarkup } from '../test-markup';
import { CONTEXT_WAIT_MS, createMentionTooltip } from './mention-tooltip';

interface Mention {
  range: AbstractRange;
}

const description: MentionDescription = {
  heading: 'Bitcoin price',
  quoted: '$70,000',
  quotedUsd: 70_000,
  costUsd: 80_000,
  costSource: 'model',
  costMonth: '2026-02',
  margin: -0.125,
  regime: 'below-cost',
  regimeLabel: 'Below production cost',
  lines: [{ label: 'Price', value: '$70,000' }],
  dateNote: 'Article date 5 Feb 2026',
  staleNote: null,
  spoken: 'Bitcoin price $70,000.',
};
const context: CostContext = { headline: null, lines: [{ label: 'Price ÷ cost', value: '0.88×' }] };

/** The UI host's shadow root is closed: the test keeps the roots attached while it runs. */
let roots: ShadowRoot[] = [];
const realAttachShadow = Element.prototype.attachShadow;
beforeEach(() => {
  roots = [];
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = realAttachShadow.call(this, init);
    roots.push(root);
    return root;
  });
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The tooltip's text when it is open, else null. */
function openTooltip(): string | null {
  const box = roots[0]?.querySelector<HTMLElement>('.tooltip');
  return box && !box.hidden ? (box.textContent ?? '') : null;
}

function setUp(contextFor: () => Promise<CostContext | undefined> | null, errors: unknown[] = []) {
  setMarkup(document.body, '<p id="text">Bitcoin traded at $70,000 today.</p>');
  const text = document.getElementById('text')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 18);
  range.setEnd(text, 25);
  const controller = new AbortController();
  const tooltip = createMentionTooltip<Mention>({
    ...optionsLike(errors),
    signal: controller.signal,
    contextFor,
  });
  return { tooltip, mention: { range }, stop: () => controller.abort() };
}

function deferred() {
  let resolve!: (value: CostContext | undefined) => void;
  const promise = new Promise<CostContext | undefined>((done) => (resolve = done));
  return { promise, resolve };
}

describe('a tooltip opens once, with its cost context', () => {
  test('it waits for the context and opens with it, not before', async () => {
    const answer = deferred();
    const { tooltip, mention } = setUp(() => answer.promise);
    tooltip.show(mention, false);
    expect(openTooltip()).toBeNull();
    expect(tooltip.active).toBe(mention);
    await vi.advanceTimersByTimeAsync(CONTEXT_WAIT_MS / 3);
    expect(openTooltip()).toBeNull();
    answer.resolve(context);
    await vi.advanceTimersByTimeAsync(0);
    expect(openTooltip()).toContain('Price ÷ cost0.88×');
    expect(openTooltip()).toContain('Price$70,000');
  });

  test('a context slower than the wait is added when it comes', async () => {
    const answer = deferred();
    const { tooltip, mention } = setUp(() => answer.promise);
    tooltip.show(mention, false);
    await vi.advanceTimersByTimeAsync(CONTEXT_WAIT_MS);
    expect(openTooltip()).toContain('Price$70,000');
    expect(openTooltip()).not.toContain('Price ÷ cost');
    answer.resolve(context);
    await vi.advanceTimersByTimeAsync(0);
    expect(openTooltip()).toContain('Price ÷ cost0.88×');
  });

  test('a mention with no context to ask for (a quoted cost) opens at once', () => {
    const { tooltip, mention } = setUp(() => null);
    tooltip.show(mention, false);
    expect(openTooltip()).toContain('Price$70,000');
  });

  test('hidden while it waits, it does not open when the context comes; nor after the annotator stops', async () => {
    const first = deferred();
    const { tooltip, mention } = setUp(() => first.promise);
    tooltip.show(mention, false);
    tooltip.hide();
    first.resolve(context);
    await vi.advanceTimersByTimeAsync(CONTEXT_WAIT_MS * 2);
    expect(openTooltip()).toBeNull();
    expect(tooltip.active).toBeNull();

    const second = setUp(() => deferred().promise);
    second.tooltip.show(second.mention, false);
    second.stop();
    await vi.advanceTimersByTimeAsync(CONTEXT_WAIT_MS * 2);
    expect(roots).toEqual([]);
  });

  test('a failed request opens the tooltip without the context and reports the error', async () => {
    const errors: unknown[] = [];
    const { tooltip, mention } = setUp(() => Promise.reject(new Error('no background')), errors);
    tooltip.show(mention, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(openTooltip()).toContain('Price$70,000');
    expect(errors).toEqual([new Error('no background')]);
  });
});

/** Everything but the context and the signal. */
function optionsLike(errors: unknown[]) {
  return {
    document,
    signal: new AbortController().signal,
    timers: {
      setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
      clearTimeout: (id: number) => window.clearTimeout(id),
      requestAnimationFrame: (callback: () => void) => window.setTimeout(callback, 16),
      requestIdleCallback: (callback: () => void) => window.setTimeout(callback, 1),
    },
    marksAt: () => [],
    clientRects: () => [],
    shadowRoots: () => [],
    describe: () => description,
    onError: (error: unknown) => void errors.push(error),
    hoverDelayMs: () => 0,
    theme: () => 'auto' as const,
    openExplanation: () => undefined,
    guard: <A extends unknown[]>(run: (...args: A) => void) => run,
  };
}
