// The history of one evidence rule for one model: every usable, dated result it has, oldest first, with the bounds the
// policy's confidence gives, so that a report can draw the trend against the alert and threshold lines.
import type { EvidenceRule } from '../policy/schema.ts';
import { bounds } from './bounds.ts';
import { parseDate } from '../common/dates.ts';
import { evalNames, recordMeasuresRule } from './matching.ts';
import { screenRecords } from './screening.ts';
import type { RuleContext } from './evidence-rule.ts';
import type { HistoryPoint } from './types.ts';

/** The most recent points kept: enough for a trend, bounded for a comment. */
export const HISTORY_POINTS = 12;

export function ruleHistory(rule: EvidenceRule, ctx: RuleContext): HistoryPoint[] {
  if (typeof rule.threshold !== 'number') return [];
  const names = evalNames(ctx.policy, rule.eval);
  const measured = ctx.records.filter((r) => recordMeasuresRule(r, rule, names));
  const dated = screenRecords(measured, rule, rule.threshold, ctx.modelId)
    .usable.map((r) => ({ r, at: parseDate(r.date)?.instant }))
    .filter((p): p is { r: (typeof measured)[number]; at: number } => p.at !== undefined)
    // Ties in time are ordered by place and value, so that the history never depends on the order files were read in.
    .sort(
      (a, b) =>
        a.at - b.at ||
        (a.r.file < b.r.file ? -1 : a.r.file > b.r.file ? 1 : 0) ||
        (a.r.line ?? 0) - (b.r.line ?? 0) ||
        a.r.value - b.r.value,
    );
  return dated.slice(-HISTORY_POINTS).map(({ r }) => {
    const b = bounds(r.value, r.stderr, ctx.z, rule.direction);
    return { date: r.date!, value: r.value, lower: b.lower, upper: b.upper, file: r.file, line: r.line ?? null };
  });
}
