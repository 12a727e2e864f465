// A capability's trend as an inline SVG for the status page: the dated results of its most concerning rule (value
// and bounds) on a time axis, against its alert and threshold lines. No script, no external resource.
import { parseDate } from '../common/dates.ts';
import { formatNumber } from '../engine/format.ts';
import type { CapabilityVerdict, EvidenceVerdict, HistoryPoint } from '../engine/types.ts';
import { tag, text, type Html } from './html-elements.ts';
import { axisMax, chartedRule } from './markdown-chart.ts';

const WIDTH = 320;
const HEIGHT = 160;
const PLOT = { left: 40, right: 308, top: 12, bottom: 132 };

interface Scale {
  x: (p: HistoryPoint, i: number) => number;
  y: (v: number) => number;
}

function round(n: number): string {
  return n.toFixed(1);
}

/** Time on the x axis, so that gaps between runs show; evenly spaced when the dates cannot be told apart. */
function scaleOf(points: readonly HistoryPoint[], top: number): Scale {
  const times = points.map((p) => parseDate(p.date)?.instant ?? 0);
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const span = PLOT.right - PLOT.left;
  const x =
    last > first
      ? (_p: HistoryPoint, i: number) => PLOT.left + ((times[i]! - first) / (last - first)) * span
      : (_p: HistoryPoint, i: number) => PLOT.left + (points.length === 1 ? span / 2 : (i / (points.length - 1)) * span);
  const clamp = (v: number) => Math.min(Math.max(v, 0), top);
  const y = (v: number) => PLOT.bottom - (clamp(v) / top) * (PLOT.bottom - PLOT.top);
  return { x, y };
}

function horizontal(value: number, className: string, label: string, s: Scale): Html {
  const y = round(s.y(value));
  return tag(
    'g',
    { class: className },
    tag('line', { x1: PLOT.left, x2: PLOT.right, y1: y, y2: y }),
    tag('text', { x: PLOT.right, y: round(s.y(value) - 3), 'text-anchor': 'end' }, `${label} ${formatNumber(value)}`),
  );
}

function axes(top: number, points: readonly HistoryPoint[]): Html {
  const ticks = [0, top / 2, top].map((v) => {
    const y = round(PLOT.bottom - (v / top) * (PLOT.bottom - PLOT.top));
    return tag(
      'g',
      { class: 'tick' },
      tag('line', { x1: PLOT.left, x2: PLOT.right, y1: y, y2: y }),
      tag('text', { x: PLOT.left - 4, y, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, formatNumber(v)),
    );
  });
  const day = (p: HistoryPoint | undefined) => (p === undefined ? '' : p.date.slice(0, 10));
  const dates = tag(
    'g',
    { class: 'dates' },
    tag('text', { x: PLOT.left, y: HEIGHT - 8, 'text-anchor': 'start' }, day(points[0])),
    points.length > 1 ? tag('text', { x: PLOT.right, y: HEIGHT - 8, 'text-anchor': 'end' }, day(points.at(-1))) : text(''),
  );
  return tag('g', { class: 'axes' }, ...ticks, dates);
}

function series(points: readonly HistoryPoint[], s: Scale): Html[] {
  const at = (pick: (p: HistoryPoint) => number) => points.map((p, i) => `${round(s.x(p, i))},${round(s.y(pick(p)))}`);
  const band = [...at((p) => p.upper), ...at((p) => p.lower).reverse()].join(' ');
  // A bar from lower to upper bound at each result: the band alone vanishes where there is one result.
  const bars = points.map((p, i) => {
    const x = round(s.x(p, i));
    return tag('line', { class: 'bar', x1: x, x2: x, y1: round(s.y(p.lower)), y2: round(s.y(p.upper)) });
  });
  const dots = points.map((p, i) =>
    tag(
      'circle',
      { class: 'point', cx: round(s.x(p, i)), cy: round(s.y(p.value)), r: 3.5 },
      tag('title', {}, `${p.date.slice(0, 10)}: ${formatNumber(p.value)} [${formatNumber(p.lower)}, ${formatNumber(p.upper)}] · ${p.file}`),
    ),
  );
  return [
    tag('polygon', { class: 'band', points: band }),
    ...bars,
    tag('polyline', { class: 'value', points: at((p) => p.value).join(' ') }),
    ...dots,
  ];
}

function chartOf(c: CapabilityVerdict, e: EvidenceVerdict): Html {
  const points = e.history ?? [];
  const top = axisMax(e, points) || 1;
  const s = scaleOf(points, top);
  const lines = [
    e.alert === null ? undefined : horizontal(e.alert, 'alert', 'alert', s),
    e.threshold === null ? undefined : horizontal(e.threshold, 'threshold', 'threshold', s),
  ].filter((l): l is Html => l !== undefined);
  const title = `${c.title}: ${e.eval} ${e.metric}, ${points.length} dated result${points.length === 1 ? '' : 's'}`;
  const svg = tag(
    'svg',
    { class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'data-points': points.length, xmlns: 'http://www.w3.org/2000/svg' },
    tag('title', {}, title),
    axes(top, points),
    ...series(points, s),
    ...lines,
  );
  return tag('figure', { class: 'trend' }, svg, tag('figcaption', {}, `${e.eval} / ${e.metric}`));
}

/** The trend of a capability's most concerning rule with dated results; a line saying so when it has none. */
export function capabilityChart(c: CapabilityVerdict): Html {
  const e = chartedRule(c, 1);
  return e === undefined ? tag('p', { class: 'nochart' }, 'No dated results to chart.') : chartOf(c, e);
}
