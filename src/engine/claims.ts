// Edits by which a PR could lower the bar for a model: a new last assessment, less compute, a lower declared level,
// fewer results. Each is a claim, like a ledger entry: it counts once an assessor attests it; until then the base's
// values decide.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { Policy } from '../policy/schema.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { finding, type Finding } from '../common/finding.ts';
import type { AssessmentApproval } from './inputs.ts';
import { FINGERPRINT_PREFIX_LENGTH, outdatedBecause } from './attestations.ts';
import { canonicalJson } from './fingerprint.ts';
import { isKnownLevel, levelRank } from './levels.ts';
import { evalNames, modelIsNamed, recordMeasuresRule } from './matching.ts';

interface Claim {
  /** What the PR does, as a sentence fragment: "changes last_assessment". */
  what: string;
  line: number;
  /** Which base value counts until the claim is attested. */
  key: 'last_assessment' | 'effective_compute' | 'declared_level' | 'evidence';
}

export interface ClaimsInput {
  policy: Policy;
  head: LoadedModel;
  /** The model at the base commit; undefined for a model this PR adds. */
  base: LoadedModel | undefined;
  /** The model's results at the head. */
  records: readonly EvidenceRecord[];
  /** Results at the base that this PR removes or replaces and that mattered to a rule (see removedResults). */
  removed: readonly EvidenceRecord[];
  approvals: readonly AssessmentApproval[];
  fingerprint: string;
}

export interface JudgedClaims {
  /** The model as the evaluation reads it: the head, with the base's values where a claim is not attested. */
  model: LoadedModel;
  /** The results the evaluation reads: the head's, plus removed ones while their removal is not attested. */
  records: readonly EvidenceRecord[];
  findings: Finding[];
  /** Claims that are not attested: each keeps the gate from passing. */
  unattested: number;
}

/** The facts of a result that make it the same evidence wherever it lives (a moved file is not a removed result). */
function resultKey(r: EvidenceRecord): string {
  return canonicalJson({
    model: r.model,
    eval: r.eval,
    metric: r.metric,
    value: r.value,
    stderr: r.stderr,
    samples: r.samples,
    date: r.date,
    direction: r.direction,
  });
}

/** Base results a rule of the policy reads that the head no longer holds: removed or replaced by this PR (the engine
 * then keeps those whose removal makes a capability look less concerning: the ones that mattered). */
export function removedResults(policy: Policy, baseChanged: readonly EvidenceRecord[], head: readonly EvidenceRecord[]): EvidenceRecord[] {
  // Nothing changed at the base (check --all, a PR that only adds): no key of the head's results is needed.
  if (baseChanged.length === 0) return [];
  const kept = new Set(head.map(resultKey));
  const rules = policy.capabilities.flatMap((c) => c.evidence.map((rule) => ({ rule, names: evalNames(policy, rule.eval) })));
  return baseChanged.filter((r) => !kept.has(resultKey(r)) && rules.some(({ rule, names }) => recordMeasuresRule(r, rule, names)));
}

function findClaims(policy: Policy, head: LoadedModel, base: LoadedModel | undefined, removed: readonly EvidenceRecord[]): Claim[] {
  const h = head.config;
  const b = base?.config;
  const line = (key: string) => head.lines[key] ?? head.lines['id'] ?? 1;
  const claims: Claim[] = [];
  if (h.last_assessment !== undefined && canonicalJson(h.last_assessment) !== canonicalJson(b?.last_assessment)) {
    claims.push({
      key: 'last_assessment',
      what: b?.last_assessment === undefined ? 'sets last_assessment' : 'changes last_assessment',
      line: line('last_assessment'),
    });
  }
  if (b?.effective_compute !== undefined && (h.effective_compute === undefined || h.effective_compute < b.effective_compute)) {
    claims.push({
      key: 'effective_compute',
      what: h.effective_compute === undefined ? 'removes effective_compute' : 'lowers effective_compute',
      line: line('effective_compute'),
    });
  }
  const levels = policy.levels;
  if (
    b !== undefined &&
    isKnownLevel(levels, b.declared_level) &&
    isKnownLevel(levels, h.declared_level) &&
    levelRank(levels, h.declared_level) < levelRank(levels, b.declared_level)
  ) {
    claims.push({
      key: 'declared_level',
      what: `lowers declared_level from ${b.declared_level} to ${h.declared_level}`,
      line: line('declared_level'),
    });
  }
  if (removed.length > 0) {
    const where = [...new Set(removed.map((r) => `${r.file}${r.line === undefined ? '' : `:${r.line}`}`))].sort().slice(0, 5).join(', ');
    claims.push({ key: 'evidence', what: `removes or replaces ${removed.length} result(s) a rule reads (${where})`, line: line('id') });
  }
  return claims;
}

/** The head config with the base's value of every key whose claim is not attested. */
function withBaseValues(head: LoadedModel, base: LoadedModel | undefined, keys: ReadonlySet<Claim['key']>): LoadedModel {
  const config = { ...head.config };
  if (keys.has('last_assessment')) {
    if (base?.config.last_assessment === undefined) delete config.last_assessment;
    else config.last_assessment = base.config.last_assessment;
  }
  if (keys.has('effective_compute') && base?.config.effective_compute !== undefined)
    config.effective_compute = base.config.effective_compute;
  if (keys.has('declared_level') && base !== undefined) config.declared_level = base.config.declared_level;
  return { ...head, config };
}

export function judgeClaims(input: ClaimsInput): JudgedClaims {
  const { head, fingerprint } = input;
  const id = head.config.id;
  const { removed } = input;
  const claims = findClaims(input.policy, head, input.base, removed);
  if (claims.length === 0) return { model: head, records: input.records, findings: [], unattested: 0 };
  const mine = input.approvals.filter((a) => modelIsNamed(head, a.model));
  if (mine.some((a) => outdatedBecause(a, fingerprint) === undefined))
    return { model: head, records: input.records, findings: [], unattested: 0 };

  const where = (line: number) => ({ file: head.file, line, model: id });
  const command = `/rsp approve-assessment ${id} fp:${fingerprint.slice(0, FINGERPRINT_PREFIX_LENGTH)}`;
  const findings = mine.map((a) =>
    finding(
      'APPROVAL_OUTDATED',
      'warning',
      `${id}: the attestation of this PR's claims by ${a.by} no longer applies: ${outdatedBecause(a, fingerprint)}`,
      where(head.lines['id'] ?? 1),
    ),
  );
  for (const c of claims) {
    findings.push(
      finding(
        'CLAIM_UNATTESTED',
        'warning',
        `${id}: this PR ${c.what}; an assessor must attest it (${command}); until then the base's value counts`,
        where(c.line),
      ),
    );
  }
  const keys = new Set(claims.map((c) => c.key));
  const records = keys.has('evidence') ? [...input.records, ...removed] : input.records;
  return { model: withBaseValues(head, input.base, keys), records, findings, unattested: claims.length };
}
