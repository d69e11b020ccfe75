import { describe, expect, test } from 'vitest';
import { GAP, placeTooltip, VIEWPORT_PADDING } from './place-tooltip';

const viewport = { width: 1000, height: 800 };
const tooltip = { width: 300, height: 200 };
const line = (left: number, top: number, width = 60, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeTooltip', () => {
  test('above the text, centred on it, when it fits', () => {
    const text = line(470, 400);
    expect(placeTooltip(text, text, tooltip, viewport)).toEqual({
      x: 350,
      y: 400 - GAP - 200,
      side: 'top',
      arrowX: 146,
    });
  });

  test('flips below when there is no room above', () => {
    const text = line(470, 50);
    const placement = placeTooltip(text, text, tooltip, viewport);
    expect(placement.side).toBe('bottom');
    expect(placement.y).toBe(70 + GAP);
  });

  test('shifts inside the viewport near an edge; the arrow still points at the text', () => {
    const text = line(0, 400, 40);
    const placement = placeTooltip(text, text, tooltip, viewport);
    expect(placement.x).toBe(VIEWPORT_PADDING);
    expect(placement.arrowX).toBe(20 - VIEWPORT_PADDING - 4);
    const right = placeTooltip(line(960, 400, 40), line(960, 400, 40), tooltip, viewport);
    expect(right.x).toBe(1000 - 300 - VIEWPORT_PADDING);
  });

  test('text over two lines: above its first line, or below its last', () => {
    const first = line(800, 300, 150);
    const last = line(0, 320, 50);
    expect(placeTooltip(first, last, tooltip, viewport).x).toBe(1000 - 300 - VIEWPORT_PADDING);
    const low = placeTooltip(line(800, 100, 150), line(0, 120, 50), tooltip, viewport);
    expect(low).toMatchObject({ side: 'bottom', y: 140 + GAP, x: VIEWPORT_PADDING });
  });
});
