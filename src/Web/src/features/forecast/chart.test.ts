import { describe, expect, it } from 'vitest';
import { barHeight, barSlots, chartBox, niceStep, scaleFor, yOf } from './chart';

describe('chart scaling', () => {
  it('rounds steps up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.2, 2.2, 3, 7, 12, 3125, 90_000].map(niceStep)).toEqual([0.5, 1, 2, 2.5, 5, 10, 20, 5000, 100_000]);
    expect(niceStep(0)).toBe(1);
  });

  it('makes an axis from 0 holding the largest value in round steps', () => {
    expect(scaleFor(12_500)).toEqual({ top: 15_000, step: 5000, ticks: [0, 5000, 10_000, 15_000] });
    expect(scaleFor(100)).toEqual({ top: 100, step: 25, ticks: [0, 25, 50, 75, 100] });
    expect(scaleFor(0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(scaleFor(0)).toEqual({ top: 1, step: 1, ticks: [0, 1] });
  });

  it('places values from the bottom of the plot to its top, clamped', () => {
    const box = chartBox(3);
    const scale = scaleFor(100);
    expect(yOf(0, scale, box)).toBe(box.height - box.bottom);
    expect(yOf(100, scale, box)).toBe(box.top);
    expect(yOf(500, scale, box)).toBe(box.top);
    expect(barHeight(0, scale, box)).toBe(0);
    expect(barHeight(0.001, scale, box)).toBe(1);
    expect(barHeight(50, scale, box)).toBe((box.height - box.top - box.bottom) / 2);
  });

  it('gives each period the same width and its bars side by side within it', () => {
    const box = chartBox(12);
    expect(box.width).toBe(box.left + box.right + 12 * 76);
    expect(chartBox(1).width).toBe(320);
    const first = barSlots(0, 12, 5, box);
    const second = barSlots(1, 12, 5, box);
    expect(first.bars).toHaveLength(5);
    expect(second.center - first.center).toBeCloseTo(76);
    expect(first.bars[0]!.x).toBeGreaterThan(box.left);
    expect(first.bars[4]!.x + first.bars[4]!.width).toBeLessThan(second.bars[0]!.x);
  });
});
