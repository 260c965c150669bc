/** The geometry of the forecast's bar chart, apart from its drawing: the value axis and where each bar and quota go. */

export interface Scale {
  /** The value at the top of the axis: a round number at or above the largest value. */
  top: number;
  step: number;
  /** The values the axis marks, from 0 to `top`. */
  ticks: number[];
}

/** The round number (1, 2, 2.5 or 5 times a power of ten) at or above `value`. */
export function niceStep(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const fraction = value / power;
  // Rounding guards against 3 / 1e-? style float noise (2.0000000001 would become 2.5).
  const nice = [1, 2, 2.5, 5, 10].find((n) => n >= Number(fraction.toFixed(9)))!;
  return nice * power;
}

/** An axis from 0 holding `max` in about `steps` round steps; an axis from 0 to 1 when there is nothing to show. */
export function scaleFor(max: number, steps = 4): Scale {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, step: 1, ticks: [0, 1] };
  const step = niceStep(max / steps);
  const count = Math.ceil(Number((max / step).toFixed(9)));
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks[ticks.length - 1]!, step, ticks };
}

export interface Box {
  width: number;
  height: number;
  /** Room left of the plot for the axis's labels, and below it for the periods'. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

/** Pixels per period: five bars and a gap on each side, enough for a label of a few letters. */
export const groupWidth = 76;
export const minChartWidth = 320;
export const chartHeight = 240;

/** The chart's box for this many periods: wide enough for each, never narrower than a phone's screen allows. */
export function chartBox(groups: number, left = 72): Box {
  const right = 8;
  return { width: Math.max(minChartWidth, left + right + Math.max(1, groups) * groupWidth), height: chartHeight, left, bottom: 28, top: 12, right };
}

/** The vertical pixel of a value on the axis (0 at the bottom of the plot). Values are clamped to the axis. */
export function yOf(value: number, scale: Scale, box: Box): number {
  const plot = box.height - box.top - box.bottom;
  const share = Math.min(Math.max(value / scale.top, 0), 1);
  return box.top + plot * (1 - share);
}

export interface BarSlot {
  x: number;
  width: number;
}

/** Where the bars of one period go: `series` bars side by side in the middle 80 % of the period's width. */
export function barSlots(group: number, groups: number, series: number, box: Box): { center: number; start: number; end: number; bars: BarSlot[] } {
  const plotWidth = box.width - box.left - box.right;
  const width = plotWidth / Math.max(1, groups);
  const start = box.left + group * width;
  const inner = width * 0.8;
  const barWidth = inner / series;
  const first = start + (width - inner) / 2;
  return {
    center: start + width / 2,
    start: first,
    end: first + inner,
    bars: Array.from({ length: series }, (_, i) => ({ x: first + i * barWidth, width: Math.max(1, barWidth - 1) })),
  };
}

/** The height in pixels of a bar worth `value`: at least 1 so that a small but real figure still shows. */
export function barHeight(value: number, scale: Scale, box: Box): number {
  if (!(value > 0)) return 0;
  const base = box.height - box.bottom;
  return Math.max(1, base - yOf(value, scale, box));
}
