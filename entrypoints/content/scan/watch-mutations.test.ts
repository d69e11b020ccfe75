// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { setMarkup } from '../test-markup';
import { outermostRoots, watchMutations } from './watch-mutations';

function tree() {
  setMarkup(
    document.body,
    '<main><article><p id="a">x <b>y</b></p><p id="b">z</p></article></main><aside>q</aside>',
  );
  const get = (selector: string) => document.querySelector(selector) as HTMLElement;
  return { main: get('main'), article: get('article'), a: get('#a'), b: get('#b'), aside: get('aside') };
}

describe('outermostRoots', () => {
  test('drops roots inside other roots and disconnected ones', () => {
    const { article, a, b, aside } = tree();
    const gone = document.createElement('p');
    expect(outermostRoots([a, article, b, aside, gone])).toEqual([article, aside]);
  });
});

describe('watchMutations', () => {
  test('a burst of changes becomes one flush of the outermost dirty blocks; our own host is ignored', async () => {
    const { a, b, aside } = tree();
    const flushes: Element[][] = [];
    let scheduled = 0;
    const host = document.createElement('miner-margin-ui');
    const watcher = watchMutations(document.documentElement, {
      isOwnNode: (node) => node === host,
      onDirty: (roots) => flushes.push(roots),
      onTextChanged: () => undefined,
      schedule: (flush) => {
        scheduled++;
        setTimeout(flush, 0);
      },
      scheduleBeforePaint: (flush) => setTimeout(flush, 0),
    });
    document.documentElement.append(host);
    for (let index = 0; index < 2000; index++) a.append(document.createElement('i'));
    b.append('more');
    a.querySelector('b')?.append(' again');
    // Waits for the flush itself (a fixed wait failed on a busy machine), then checks there was only one.
    await vi.waitFor(() => expect(flushes).toHaveLength(1));
    expect(scheduled).toBe(1);
    expect(flushes).toEqual([[a, b]]);
    expect(flushes.flat()).not.toContain(aside);
    watcher.disconnect();
  });

  test('text changed in place (a ticker) is handed over before the next paint, not in the observer nor on idle', async () => {
    const { a } = tree();
    const beforePaint: Element[][] = [];
    const frames: (() => void)[] = [];
    const watcher = watchMutations(document.documentElement, {
      isOwnNode: () => false,
      onDirty: () => undefined,
      onTextChanged: (roots) => beforePaint.push(roots),
      schedule: () => undefined,
      scheduleBeforePaint: (flush) => frames.push(flush),
    });
    const text = a.firstChild as Text;
    text.data = 'x2 ';
    text.data = 'x3 ';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(beforePaint).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(beforePaint).toEqual([[a]]);
    watcher.disconnect();
  });
});
