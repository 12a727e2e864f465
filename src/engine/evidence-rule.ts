// One evidence rule of one capability for one model: the result that counts, its bounds and the status they give.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { EvidenceRule, Policy } from '../policy/schema.ts';
import { UNSET } from '../policy/schema.ts';
import { finding, type Finding, type Severity } from '../common/finding.ts';
import { bounds, boundStatus, type Bounds } from './bounds.ts';
import { parseDate } from './dates.ts';
import { formatNumber } from './format.ts';
import { freshest } from './freshest.ts';
import { evalNames, recordMeasuresRule } from './matching.ts';
import { screenRecords, type Screened } from './screening.ts';
import { statusRank } from './status-rank.ts';
import type { CapabilityStatus, EvidenceVerdict } from './types.ts';

export interface RuleContext {
  policy: Policy;
  modelId: string;
  /** Where findings about missing evidence point: the model config. */
  modelFile: string;
  modelLine: number;
  /** Results already matched to this model. */
  records: readonly EvidenceRecord[];
  z: number;
  /** Day number of the reference date; undefined when it is not a date (then nothing is fresh). */
  referenceDay: number | undefined;
  /** Severity of MISSING/STALE evidence: error when the policy is precautionary. */
  unevaluatedSeverity: Severity;
}

export interface RuleOutcome {
  verdict: EvidenceVerdict;
  findings: Finding[];
}

function emptyVerdict(rule: EvidenceRule, status: CapabilityStatus, reason: string): EvidenceVerdict {
  return {
    eval: rule.eval,
    metric: rule.metric,
    value: null,
    stderr: null,
    lower: null,
    upper: null,
    alert: typeof rule.alert === 'number' ? rule.alert : null,
    threshold: typeof rule.threshold === 'number' ? rule.threshold : null,
    direction: rule.direction,
    date: null,
    samples: null,
    file: null,
    line: null,
    status,
    reason,
  };
}

function withRecord(base: EvidenceVerdict, r: EvidenceRecord, b: Bounds): EvidenceVerdict {
  const v: EvidenceVerdict = {
    ...base,
    value: r.value,
    stderr: r.stderr ?? null,
    lower: b.lower,
    upper: b.upper,
    date: r.date ?? null,
    samples: r.samples ?? null,
    file: r.file,
    line: r.line ?? null,
  };
  if (r.selfReported === true) v.selfReported = true;
  return v;
}

function boundReason(status: CapabilityStatus, b: Bounds, threshold: number, alert: number | undefined, higher: boolean): string {
  const [reach, miss] = higher ? ['≥', '<'] : ['≤', '>'];
  const [least, most] = higher ? ['lower', 'upper'] : ['upper', 'lower'];
  const t = formatNumber(threshold);
  switch (status) {
    case 'crossed':
      return `${least} bound ${formatNumber(b.leastCapable)} ${reach} threshold ${t}`;
    case 'not_ruled_out':
      return `${most} bound ${formatNumber(b.mostCapable)} ${reach} threshold ${t}, so it cannot be ruled out (${least} bound ${formatNumber(b.leastCapable)})`;
    case 'approaching':
      return `${most} bound ${formatNumber(b.mostCapable)} ${reach} alert ${formatNumber(alert ?? threshold)}, ${miss} threshold ${t}`;
    default:
      return alert === undefined
        ? `${most} bound ${formatNumber(b.mostCapable)} ${miss} threshold ${t}`
        : `${most} bound ${formatNumber(b.mostCapable)} ${miss} alert ${formatNumber(alert)}`;
  }
}

function ageInDays(r: EvidenceRecord, referenceDay: number | undefined): number | undefined {
  const day = parseDate(r.date)?.day;
  return day === undefined || referenceDay === undefined ? undefined : referenceDay - day;
}

export function evaluateRule(rule: EvidenceRule, capabilityId: string, ctx: RuleContext): RuleOutcome {
  const outcome = decideRule(rule, capabilityId, ctx);
  return outcome.undated.length === 0 ? outcome : escalateWithUndated(rule, capabilityId, ctx, outcome);
}

interface DecidedRule extends RuleOutcome {
  /** Usable results with no date, other than the one chosen: they cannot count as fresh, but may count against. */
  undated: EvidenceRecord[];
}

/**
 * A result without a date cannot be ordered against the others, so it might be the newest: it never rules a
 * threshold out, but when it shows more capability than the result that counts, it decides (fail closed).
 */
function escalateWithUndated(rule: EvidenceRule, capabilityId: string, ctx: RuleContext, outcome: DecidedRule): RuleOutcome {
  const label = `${rule.eval}/${rule.metric}`;
  const threshold = rule.threshold as number;
  const alert = rule.alert as number | undefined;
  const findings = [...outcome.findings];
  let verdict = outcome.verdict;
  for (const r of outcome.undated) {
    const b = bounds(r.value, r.stderr, ctx.z, rule.direction);
    const status = boundStatus(b, threshold, alert, rule.direction);
    const where = { file: r.file, line: r.line ?? 1, model: ctx.modelId };
    const shows = boundReason(status, b, threshold, alert, rule.direction === 'higher');
    findings.push(
      finding('UNDATED_RESULT', 'warning', `${ctx.modelId}: ${capabilityId}: a ${label} result has no date, so it cannot count as fresh evidence; it counts only if it shows more capability (${shows})`, where),
    );
    if (statusRank(status) > statusRank(verdict.status)) {
      const reason = `an undated result for ${label} shows more capability than the dated one: ${shows}`;
      verdict = withRecord(emptyVerdict(rule, status, reason), r, b);
    }
  }
  return { verdict, findings };
}

/** An unusable result dated after the chosen one, if any (undated ones cannot be ordered and are left out). */
function newerUnusable(chosen: EvidenceRecord, unusable: Screened['unusable']): Screened['unusable'][number] | undefined {
  const chosenAt = parseDate(chosen.date)?.instant;
  if (chosenAt === undefined) return undefined;
  return unusable.find((u) => {
    const at = parseDate(u.record.date)?.instant;
    return at !== undefined && at > chosenAt;
  });
}

function decideRule(rule: EvidenceRule, capabilityId: string, ctx: RuleContext): DecidedRule {
  const label = `${rule.eval}/${rule.metric}`;
  const who = `${ctx.modelId}: ${capabilityId}`;
  if (rule.threshold === UNSET || rule.alert === UNSET) {
    // The policy loader reports the unset number; the rule simply cannot be decided.
    return { verdict: emptyVerdict(rule, 'unevaluated', `${label}: the policy leaves a number unset (SET)`), findings: [], undated: [] };
  }
  const threshold = rule.threshold;
  const alert = rule.alert;
  const names = evalNames(ctx.policy, rule.eval);
  const candidates = ctx.records.filter((r) => recordMeasuresRule(r, rule, names));
  const { usable, unusable, findings } = screenRecords(candidates, rule, threshold, ctx.modelId);

  const chosen = freshest(usable, rule.direction);
  const undated = usable.filter((r) => r !== chosen && parseDate(r.date) === undefined);
  if (chosen === undefined) {
    const unusable = candidates.length > 0 ? ` (${candidates.length} found, none usable)` : '';
    const reason = `no result for ${label}${unusable}`;
    findings.push(
      finding('MISSING_EVIDENCE', ctx.unevaluatedSeverity, `${who}: ${reason}`, { file: ctx.modelFile, line: ctx.modelLine, model: ctx.modelId }),
    );
    return { verdict: emptyVerdict(rule, 'unevaluated', reason), findings, undated };
  }

  const supersededBy = newerUnusable(chosen, unusable);
  if (supersededBy !== undefined) {
    // The newest measurement could not be read: an older one says nothing about the model as it is now.
    const at = { file: supersededBy.record.file, line: supersededBy.record.line ?? 1, model: ctx.modelId };
    const reason = `the newest result for ${label} cannot count (${supersededBy.reason}); an older result does not stand in for it`;
    findings.push(finding('UNUSABLE_RESULT', ctx.unevaluatedSeverity, `${who}: ${reason}`, at));
    return { verdict: emptyVerdict(rule, 'unevaluated', reason), findings, undated };
  }

  const b = bounds(chosen.value, chosen.stderr, ctx.z, rule.direction);
  const where = { file: chosen.file, line: chosen.line ?? 1, model: ctx.modelId };
  const maxAge = rule.max_age_days ?? ctx.policy.assessment.max_age_days;
  const age = ageInDays(chosen, ctx.referenceDay);
  if (age === undefined || age > maxAge) {
    const reason =
      age === undefined
        ? `the freshest result for ${label} has no usable date${ctx.referenceDay === undefined ? ' (or the reference date is invalid)' : ''}, so it cannot count as fresh`
        : `the freshest result for ${label} is from ${chosen.date ?? '?'}, ${age} days before the reference date; the policy allows ${maxAge}`;
    findings.push(finding('STALE_EVIDENCE', ctx.unevaluatedSeverity, `${who}: ${reason}`, where));
    // The chosen result itself, when undated, may still show the capability: weigh it like the other undated ones.
    const alsoUndated = age === undefined ? [chosen, ...undated] : undated;
    return { verdict: { ...withRecord(emptyVerdict(rule, 'unevaluated', reason), chosen, b), stale: true }, findings, undated: alsoUndated };
  }

  const status = boundStatus(b, threshold, alert, rule.direction);
  const reason = boundReason(status, b, threshold, alert, rule.direction === 'higher');
  if (chosen.selfReported === true && (status === 'below' || status === 'approaching')) {
    // Self-reported numbers may show a capability but never rule one out on their own.
    const why = `${label} is self-reported (${reason}); self-reported results cannot rule a threshold out`;
    findings.push(finding('SELF_REPORTED', ctx.unevaluatedSeverity, `${who}: ${why}`, where));
    return { verdict: withRecord(emptyVerdict(rule, 'unevaluated', why), chosen, b), findings, undated };
  }
  return { verdict: withRecord(emptyVerdict(rule, status, reason), chosen, b), findings, undated };
}
