// The trend of a model's capabilities as Mermaid charts, which GitHub draws in comments, check runs and job summaries:
// for each capability, the dated results of its deciding rule (value and bounds) against its alert and threshold.
import { formatNumber } from '../engine/format.ts';
import { statusRank } from '../engine/status-rank.ts';
import type { CapabilityVerdict, EvidenceVerdict, HistoryPoint, ModelVerdict } from '../engine/types.ts';
import { codeBlock, escapeMarkdown } from './escape.ts';

/** Value, lower bound, upper bound, alert, threshold: GitHub's blue, two greys, its yellow and its red. */
const PALETTE = '#0969da, #8c959f, #8c959f, #bf8700, #cf222e';

/** Only what Mermaid reads as plain text inside quotes. */
function label(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._/:+-]/g, '');
}

function series(values: readonly number[]): string {
  return `[${values.map((v) => formatNumber(v)).join(', ')}]`;
}

/** The rule whose trend a capability's chart shows: the most concerning one with at least `minPoints` dated results. */
export function chartedRule(c: CapabilityVerdict, minPoints = 2): EvidenceVerdict | undefined {
  const charted = c.evidence.filter((e) => (e.history?.length ?? 0) >= minPoints);
  return charted.sort((a, b) => statusRank(b.status) - statusRank(a.status))[0];
}

/** The top of a chart's value axis: a tenth above the highest line or bound. */
export function axisMax(e: EvidenceVerdict, points: readonly HistoryPoint[]): number {
  const top = Math.max(e.threshold ?? 0, e.alert ?? 0, ...points.map((p) => p.upper));
  return Number((top * 1.1).toPrecision(2));
}

/** Dates as days, made unique so that two results of one day stay two points. */
function categories(points: readonly HistoryPoint[]): string[] {
  const seen = new Map<string, number>();
  return points.map((p) => {
    const day = label(p.date.slice(0, 10));
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    return n === 1 ? day : `${day} (${n})`;
  });
}

function capabilityChart(c: CapabilityVerdict, e: EvidenceVerdict): string {
  const points = e.history ?? [];
  const lines = [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`,
    'xychart-beta',
    `  title "${label(`${c.id}: ${e.eval} / ${e.metric}`)}"`,
    `  x-axis [${categories(points)
      .map((d) => `"${d}"`)
      .join(', ')}]`,
    `  y-axis "${label(e.metric)}" 0 --> ${formatNumber(axisMax(e, points))}`,
    `  line ${series(points.map((p) => p.value))}`,
    `  line ${series(points.map((p) => p.lower))}`,
    `  line ${series(points.map((p) => p.upper))}`,
  ];
  if (e.alert !== null) lines.push(`  line ${series(points.map(() => e.alert!))}`);
  if (e.threshold !== null) lines.push(`  line ${series(points.map(() => e.threshold!))}`);
  return codeBlock(lines, 'mermaid');
}

/** One chart per capability that has a trend to show, with a key in words; '' when none has. */
export function trendCharts(m: ModelVerdict): string {
  const charts = m.capabilities.flatMap((c) => {
    const e = chartedRule(c);
    return e === undefined ? [] : [capabilityChart(c, e)];
  });
  if (charts.length === 0) return '';
  const key = `<sub>Trend of each capability's most concerning rule: the value (blue) between its bounds (grey), against the alert (yellow) and the threshold (red). ${escapeMarkdown('Dated results only.')}</sub>`;
  return [`**Trend**`, ...charts, key].join('\n\n');
}
