// Results that name the right eval and metric but cannot count as evidence for a rule, each with its reason.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { EvidenceRule } from '../policy/schema.ts';
import { finding, type Finding } from '../common/finding.ts';
import { formatNumber } from './format.ts';
import { mayBeProportion } from './metric-kind.ts';

export interface Screened {
  usable: EvidenceRecord[];
  /** Results that cannot count, with the reason: a newer one of these must not be replaced by an older usable one. */
  unusable: Array<{ record: EvidenceRecord; reason: string }>;
  findings: Finding[];
}

function isProportion(n: number): boolean {
  return n >= 0 && n <= 1;
}

export function screenRecords(records: readonly EvidenceRecord[], rule: EvidenceRule, threshold: number, modelId: string): Screened {
  const usable: EvidenceRecord[] = [];
  const unusable: Screened['unusable'] = [];
  const findings: Finding[] = [];
  const at = (r: EvidenceRecord) => ({ file: r.file, line: r.line ?? 1, model: modelId });
  const label = `${rule.eval}/${rule.metric}`;
  for (const r of records) {
    const before = findings.length;
    if (r.unusable !== undefined) {
      // The reader already reported why; it is weighed below against the usable results.
      unusable.push({ record: r, reason: r.unusable });
      continue;
    } else if (!Number.isFinite(r.value)) {
      findings.push(finding('UNUSABLE_RESULT', 'warning', `${modelId}: ${label} value ${String(r.value)} is not a number`, at(r)));
    } else if (r.stderr !== undefined && !(Number.isFinite(r.stderr) && r.stderr >= 0)) {
      findings.push(
        finding('UNUSABLE_RESULT', 'warning', `${modelId}: ${label} stderr ${String(r.stderr)} is not a non-negative number`, at(r)),
      );
    } else if (!isProportion(r.value) && isProportion(threshold) && mayBeProportion(rule.metric, rule.proportion)) {
      // Only a proportion has a 0–1 scale to mistake for 0–100; seconds or perplexity against a small threshold do not.
      const why =
        r.value > 1 ? 'is not on the 0–1 scale of the threshold' : 'is below 0, which no proportion can be, against the threshold';
      const hint = r.value > 1 ? ' (a percentage?)' : '';
      findings.push(
        finding(
          'SCALE_MISMATCH',
          'error',
          `${modelId}: ${label} value ${formatNumber(r.value)} ${why} ${formatNumber(threshold)}${hint}; the result is not used`,
          at(r),
        ),
      );
    } else if (r.direction !== undefined && r.direction !== rule.direction) {
      findings.push(
        finding(
          'UNUSABLE_RESULT',
          'warning',
          `${modelId}: ${label} says ${r.direction} is more capable, the policy says ${rule.direction}; the result is not used`,
          at(r),
        ),
      );
    } else {
      usable.push(r);
    }
    const reported = findings[before];
    if (reported !== undefined) unusable.push({ record: r, reason: reported.message });
  }
  return { usable, unusable, findings };
}
