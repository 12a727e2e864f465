// One evidence rule of one capability for one model: the result that counts, its bounds and the status they give.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { EvidenceRule, Policy } from '../policy/schema.ts';
import { UNSET } from '../policy/schema.ts';
import { finding, type Finding, type Severity } from '../common/finding.ts';
import { boundStatus, measuredBounds, type MeasuredBounds } from './bounds.ts';
import { isAfterReference, parseDate } from '../common/dates.ts';
import { formatNumber } from './format.ts';
import { mostCapable, newestGroup, type JudgedReading } from './freshest.ts';
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

/** A set rule: its numbers are known. */
interface Lines {
  threshold: number;
  alert: number | undefined;
}

/** What one result would decide for the rule, with the finding that says why it cannot rule a threshold out. */
interface Judged extends JudgedReading {
  bounds: MeasuredBounds;
  reason: string;
  /** What the bounds alone show, before a result that cannot rule out is made `unevaluated`. */
  shows: { status: CapabilityStatus; reason: string };
  caveat?: Finding;
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

function withRecord(base: EvidenceVerdict, r: EvidenceRecord, b: MeasuredBounds): EvidenceVerdict {
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

function boundReason(status: CapabilityStatus, b: MeasuredBounds, lines: Lines, higher: boolean): string {
  const [reach, miss] = higher ? ['≥', '<'] : ['≤', '>'];
  const [least, most] = higher ? ['lower', 'upper'] : ['upper', 'lower'];
  const { threshold, alert } = lines;
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

/** Where the bounds came from, when not from a reported standard error. */
function boundsOrigin(r: EvidenceRecord, b: MeasuredBounds): string {
  if (b.uncertainty === 'wilson') return ` (no stderr: Wilson interval of ${r.samples} samples)`;
  if (b.uncertainty === 'point' && r.stderr === undefined) return ' (no stderr: point value)';
  return '';
}

/** One result against the rule. A result that cannot vouch for its precision may show a crossing, never rule one out. */
function judge(r: EvidenceRecord, rule: EvidenceRule, lines: Lines, ctx: RuleContext, who: string): Judged {
  const pointValues = ctx.policy.assessment.point_values === true;
  const b = measuredBounds(r, ctx.z, rule.direction, { pointValues, lines: [lines.threshold, lines.alert], proportion: rule.proportion });
  const status = boundStatus(b, lines.threshold, lines.alert, rule.direction);
  const reason = `${boundReason(status, b, lines, rule.direction === 'higher')}${boundsOrigin(r, b)}`;
  const judged: Judged = { record: r, status, mostCapable: b.mostCapable, bounds: b, reason, shows: { status, reason } };
  if (status !== 'below' && status !== 'approaching') return judged;
  const label = `${rule.eval}/${rule.metric}`;
  const where = { file: r.file, line: r.line ?? 1, model: ctx.modelId };
  let why: string | undefined;
  let code: 'SELF_REPORTED' | 'UNCERTAINTY_UNKNOWN' = 'SELF_REPORTED';
  if (r.selfReported === true) {
    why = `${label} is self-reported (${reason}); self-reported results cannot rule a threshold out`;
  } else if (b.uncertainty === 'unknown') {
    code = 'UNCERTAINTY_UNKNOWN';
    why = `${label} gives no standard error and no sample count of a proportion to derive one (${reason}), so it cannot rule a threshold out (assessment.point_values: true accepts point values)`;
  }
  if (why === undefined) return judged;
  return { ...judged, status: 'unevaluated', reason: why, caveat: finding(code, ctx.unevaluatedSeverity, `${who}: ${why}`, where) };
}

function ageInDays(r: EvidenceRecord, referenceDay: number | undefined): number | undefined {
  const day = parseDate(r.date)?.day;
  return day === undefined || referenceDay === undefined ? undefined : referenceDay - day;
}

export function evaluateRule(rule: EvidenceRule, capabilityId: string, ctx: RuleContext): RuleOutcome {
  const outcome = decideRule(rule, capabilityId, ctx);
  return outcome.outliers.length === 0 ? outcome : escalateWithOutliers(rule, capabilityId, ctx, outcome);
}

/** Results that cannot count as fresh evidence (no date, or a date after the reference date), but may count against. */
interface Outlier {
  record: EvidenceRecord;
  why: 'undated' | 'future';
}

interface DecidedRule extends RuleOutcome {
  outliers: Outlier[];
}

/**
 * A result without a date cannot be ordered against the others, so it might be the newest; one dated after the
 * reference date is an error (reported once per result by the model's evaluation) and never displaces older
 * evidence. Neither rules a threshold out, but one that shows more capability than the result that counts decides.
 */
function escalateWithOutliers(rule: EvidenceRule, capabilityId: string, ctx: RuleContext, outcome: DecidedRule): RuleOutcome {
  const who = `${ctx.modelId}: ${capabilityId}`;
  const label = `${rule.eval}/${rule.metric}`;
  const lines = { threshold: rule.threshold as number, alert: rule.alert as number | undefined };
  const findings = [...outcome.findings];
  let verdict = outcome.verdict;
  for (const { record: r, why } of outcome.outliers) {
    // An outlier counts only by showing more capability: what its bounds show, not whether it could rule out.
    const judged = judge(r, rule, lines, ctx, who);
    const shows = judged.shows.reason;
    if (why === 'undated') {
      const where = { file: r.file, line: r.line ?? 1, model: ctx.modelId };
      const message = `${who}: a ${label} result has no date, so it cannot count as fresh evidence; it counts only if it shows more capability (${shows})`;
      findings.push(finding('UNDATED_RESULT', 'warning', message, where));
    }
    if (statusRank(judged.shows.status) > statusRank(verdict.status)) {
      const kind = why === 'undated' ? 'an undated result' : `a result dated in the future (${r.date ?? '?'})`;
      const reason = `${kind} for ${label} shows more capability than the ${why === 'undated' ? 'dated one' : 'one that counts'}: ${shows}`;
      verdict = withRecord(emptyVerdict(rule, judged.shows.status, reason), r, judged.bounds);
    }
  }
  return { verdict, findings };
}

/** An unusable result dated after the chosen one and not after the reference date, if any. */
function newerUnusable(
  chosen: EvidenceRecord,
  unusable: Screened['unusable'],
  referenceDay: number | undefined,
): Screened['unusable'][number] | undefined {
  const chosenAt = parseDate(chosen.date)?.instant;
  if (chosenAt === undefined) return undefined;
  return unusable.find((u) => {
    const at = parseDate(u.record.date);
    return at !== undefined && at.instant > chosenAt && !isAfterReference(at, referenceDay);
  });
}

function describeReading(j: Judged): string {
  const r = j.record;
  const reading = r.variant === undefined ? '' : `${r.variant} `;
  return `${reading}${formatNumber(r.value)} at ${r.file}${r.line === undefined ? '' : `:${r.line}`}`;
}

/** A notice when several readings of the newest date compete: which one counts, and the others. */
function readingsNotice(group: readonly Judged[], chosen: Judged, rule: EvidenceRule, who: string): Finding[] {
  if (group.length < 2) return [];
  const others = group.filter((j) => j !== chosen).map(describeReading);
  const named = rule.reading === undefined ? '; name the one to use with `reading:` in the evidence rule' : '';
  const message = `${who}: ${group.length} readings of ${rule.eval}/${rule.metric} from ${chosen.record.date ?? 'no date'}: the most capable counts (${describeReading(chosen)}); the others: ${others.join('; ')}${named}`;
  const r = chosen.record;
  return [finding('OTHER_READINGS', 'notice', message, { file: r.file, line: r.line ?? 1 })];
}

function decideRule(rule: EvidenceRule, capabilityId: string, ctx: RuleContext): DecidedRule {
  const label = `${rule.eval}/${rule.metric}`;
  const who = `${ctx.modelId}: ${capabilityId}`;
  if (rule.threshold === UNSET || rule.alert === UNSET) {
    // The policy loader reports the unset number; the rule simply cannot be decided.
    return { verdict: emptyVerdict(rule, 'unevaluated', `${label}: the policy leaves a number unset (SET)`), findings: [], outliers: [] };
  }
  // 1. The readings of the rule, the newest usable group, and the most capable of it.
  const found = gatherReadings(rule, { threshold: rule.threshold, alert: rule.alert }, ctx, who);
  const { chosen, findings, outliers } = found;
  if (chosen === undefined) return noReading(rule, label, who, ctx, found);
  const r = chosen.record;
  findings.push(...readingsNotice(found.dated, chosen, rule, who));
  // 2. A newer result that cannot count outdates it; 3. so does age.
  const supersededBy = newerUnusable(r, found.unusable, ctx.referenceDay);
  if (supersededBy !== undefined) {
    // The newest measurement could not be read: an older one says nothing about the model as it is now.
    const at = { file: supersededBy.record.file, line: supersededBy.record.line ?? 1, model: ctx.modelId };
    const reason = `the newest result for ${label} cannot count (${supersededBy.reason}); an older result does not stand in for it`;
    findings.push(finding('UNUSABLE_RESULT', ctx.unevaluatedSeverity, `${who}: ${reason}`, at));
    return { verdict: emptyVerdict(rule, 'unevaluated', reason), findings, outliers };
  }
  const stale = staleOutcome(rule, label, who, ctx, chosen, found);
  if (stale !== undefined) return stale;
  if (chosen.caveat !== undefined) findings.push(chosen.caveat);
  const verdict = withRecord(emptyVerdict(rule, chosen.status, chosen.reason), r, chosen.bounds);
  return { verdict: { ...verdict, ...freshUntil(r, maxAgeDays(rule, ctx.policy)) }, findings, outliers };
}

function maxAgeDays(rule: EvidenceRule, policy: Policy): number {
  return rule.max_age_days ?? policy.assessment.max_age_days;
}

const DAY_MS = 86_400_000;

/** The last reference day on which a dated result still counts as fresh: what a status page warns about before it lapses. */
function freshUntil(r: EvidenceRecord, maxAge: number): { freshUntil?: string } {
  const day = parseDate(r.date)?.day;
  return day === undefined ? {} : { freshUntil: new Date((day + maxAge) * DAY_MS).toISOString().slice(0, 10) };
}

interface Readings {
  candidates: EvidenceRecord[];
  unusable: ReturnType<typeof screenRecords>['unusable'];
  findings: Finding[];
  future: EvidenceRecord[];
  /** The judged readings of the newest group that carry a date. */
  dated: Judged[];
  chosen: Judged | undefined;
  outliers: Outlier[];
}

function gatherReadings(rule: EvidenceRule, lines: Lines, ctx: RuleContext, who: string): Readings {
  const names = evalNames(ctx.policy, rule.eval);
  const candidates = ctx.records.filter((r) => recordMeasuresRule(r, rule, names));
  const { usable, unusable, findings } = screenRecords(candidates, rule, lines.threshold, ctx.modelId);
  const future = usable.filter((r) => isAfterReference(parseDate(r.date), ctx.referenceDay));
  const pool = usable.filter((r) => !future.includes(r));
  const group = newestGroup(pool).map((r) => judge(r, rule, lines, ctx, who));
  const chosen = mostCapable(group, rule.direction) as Judged | undefined;
  const undated = pool.filter((r) => r !== chosen?.record && parseDate(r.date) === undefined);
  const outliers: Outlier[] = [
    ...undated.map((record) => ({ record, why: 'undated' as const })),
    ...future.map((record) => ({ record, why: 'future' as const })),
  ];
  const dated = group.filter((j) => parseDate(j.record.date) !== undefined);
  return { candidates, unusable, findings, future, dated, chosen, outliers };
}

function noReading(rule: EvidenceRule, label: string, who: string, ctx: RuleContext, found: Readings): DecidedRule {
  const { candidates, future, findings, outliers } = found;
  const none =
    candidates.length > 0 ? ` (${candidates.length} found, none usable${future.length > 0 ? ' or dated by the reference date' : ''})` : '';
  const reading = rule.reading === undefined ? '' : ` (reading ${rule.reading})`;
  const reason = `no result for ${label}${reading}${none}`;
  const at = { file: ctx.modelFile, line: ctx.modelLine, model: ctx.modelId };
  findings.push(finding('MISSING_EVIDENCE', ctx.unevaluatedSeverity, `${who}: ${reason}`, at));
  return { verdict: emptyVerdict(rule, 'unevaluated', reason), findings, outliers };
}

/** The chosen result is too old, or has no usable date: the rule is unevaluated, and the result weighed as undated. */
function staleOutcome(
  rule: EvidenceRule,
  label: string,
  who: string,
  ctx: RuleContext,
  chosen: Judged,
  found: Readings,
): DecidedRule | undefined {
  const r = chosen.record;
  const maxAge = maxAgeDays(rule, ctx.policy);
  const age = ageInDays(r, ctx.referenceDay);
  if (age !== undefined && age <= maxAge) return undefined;
  const reason =
    age === undefined
      ? `the freshest result for ${label} has no usable date${ctx.referenceDay === undefined ? ' (or the reference date is invalid)' : ''}, so it cannot count as fresh`
      : `the freshest result for ${label} is from ${r.date ?? '?'}, ${age} days before the reference date; the policy allows ${maxAge}`;
  found.findings.push(
    finding('STALE_EVIDENCE', ctx.unevaluatedSeverity, `${who}: ${reason}`, { file: r.file, line: r.line ?? 1, model: ctx.modelId }),
  );
  // The chosen result itself, when undated, may still show the capability: weigh it like the other undated ones.
  const outliers: Outlier[] = age === undefined ? [{ record: r, why: 'undated' }, ...found.outliers] : found.outliers;
  return {
    verdict: { ...withRecord(emptyVerdict(rule, 'unevaluated', reason), r, chosen.bounds), stale: true, ...freshUntil(r, maxAge) },
    findings: found.findings,
    outliers,
  };
}
