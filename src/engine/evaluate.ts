// The engine: a verdict is a pure, deterministic function of the policy, the models, the evidence and the commands.
import type { Attestation } from './inputs.ts';
import type { Policy } from '../policy/schema.ts';
import { finding, type Finding } from '../common/finding.ts';
import { assignRecords } from './assignment.ts';
import { FINGERPRINT_PREFIX_LENGTH, outdatedBecause, sortAttestations } from './attestations.ts';
import { conclude } from './conclusion.ts';
import { parseDate } from './dates.ts';
import { countSeverities, sortFindings } from './findings.ts';
import { headline } from './headline.ts';
import { indexModels, type ModelIndex } from './matching.ts';
import { fingerprinter } from './fingerprint.ts';
import { evaluateModel } from './model.ts';
import { zForConfidence } from './normal.ts';
import { checkPolicyLevels, highestLevel } from './required-level.ts';
import type { EvaluationInput, Verdict } from './types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';

/** One config per id (the loader reports duplicates); the first by path, so input order never matters. */
function byId(models: readonly LoadedModel[]): Map<string, LoadedModel> {
  const sorted = [...models].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const map = new Map<string, LoadedModel>();
  for (const m of sorted) if (!map.has(m.config.id)) map.set(m.config.id, m);
  return map;
}

function policyLevelFindings(policy: Policy, policyFile: string): Finding[] {
  const named = [
    ...policy.capabilities.map((c) => ({ what: `capability ${c.id}`, level: c.requires })),
    ...policy.safeguards.map((s) => ({ what: `safeguard ${s.id}`, level: s.level })),
  ];
  return checkPolicyLevels(policy.levels, named, policyFile);
}

function unknownSafeguardCommands(attestations: readonly Attestation[], policy: Policy): Finding[] {
  const known = new Set(policy.safeguards.map((s) => s.id));
  const unknown = [...new Set(attestations.filter((a) => !known.has(a.safeguard)).map((a) => a.safeguard))].sort();
  return unknown.map((id) => finding('SAFEGUARD_UNKNOWN', 'warning', `a command names safeguard "${id}", which the policy does not define`));
}

/** The approvals bound to the policy text the PR now proposes (by `fp:`), or made after its head became the head. */
function validApprovals(input: EvaluationInput) {
  const fingerprint = input.policyFingerprint ?? '';
  return input.policyApprovals.filter((a) => outdatedBecause(a, fingerprint) === undefined);
}

function policyChangeFindings(input: EvaluationInput): Finding[] {
  if (!input.policyChanged) return [];
  const where = { file: input.policyFile, line: 1 };
  const changed = finding('POLICY_CHANGED', 'notice', 'this PR changes the policy; it is judged by the base policy', where);
  if (validApprovals(input).length > 0) return [changed];
  const fingerprint = input.policyFingerprint ?? '';
  const outdated = input.policyApprovals.map((a) =>
    finding('APPROVAL_OUTDATED', 'warning', `the approval of the policy change by ${a.by} no longer applies: ${outdatedBecause(a, fingerprint)}`, where),
  );
  const command = fingerprint === '' ? '/rsp approve-policy' : `/rsp approve-policy fp:${fingerprint.slice(0, FINGERPRINT_PREFIX_LENGTH)}`;
  return [changed, ...outdated, finding('POLICY_CHANGE_UNAPPROVED', 'warning', `the policy change needs ${command} from a policy approver`, where)];
}

/** The models to evaluate: those in scope with a config at head; the others are deleted or missing. */
function resolveScope(inScope: readonly string[], heads: Map<string, LoadedModel>, bases: Map<string, LoadedModel>) {
  const models: LoadedModel[] = [];
  const findings: Finding[] = [];
  for (const id of [...new Set(inScope)].sort()) {
    const head = heads.get(id);
    const base = bases.get(id);
    if (head) models.push(head);
    else if (base) findings.push(finding('MODEL_DELETED', 'notice', `${id} is deleted by this PR; it is not evaluated`, { file: base.file, model: id }));
    // Fail closed: a model that should be judged but cannot be read must not let the gate pass.
    else findings.push({ ...finding('MODEL_INVALID', 'error', `${id} is in scope but has no readable model config at the head commit`), model: id });
  }
  return { models, findings };
}

/** Input findings about exactly one evaluated model go with that model; the rest concern everyone. */
function routeInputFindings(findings: readonly Finding[], index: ModelIndex, evaluated: ReadonlySet<string>) {
  const byModel = new Map<string, Finding[]>();
  const shared: Finding[] = [];
  for (const f of findings) {
    const owners = f.model === undefined ? [] : index.modelsFor(f.model).filter((id) => evaluated.has(id));
    const [owner] = owners;
    if (owners.length !== 1 || owner === undefined) {
      shared.push(f);
      continue;
    }
    const list = byModel.get(owner) ?? [];
    list.push(f);
    byModel.set(owner, list);
  }
  return { byModel, shared };
}

/** Findings about the policy, the inputs and the commands that concern every model. */
function sharedFindings(input: EvaluationInput, assignmentFindings: readonly Finding[], attestations: readonly Attestation[], referenceKnown: boolean): Finding[] {
  const shared: Finding[] = [
    ...input.policyFindings,
    ...policyLevelFindings(input.policy, input.policyFile),
    ...assignmentFindings,
    ...unknownSafeguardCommands(attestations, input.policy),
    ...policyChangeFindings(input),
  ];
  if (!referenceKnown) {
    shared.push(finding('PARSE_ERROR', 'error', `the reference date "${input.referenceDate}" is not a date, so no evidence can count as fresh`));
  }
  return shared;
}

export function evaluate(input: EvaluationInput): Verdict {
  const { policy } = input;
  const reference = parseDate(input.referenceDate);
  const heads = byId(input.headModels);
  const bases = byId(input.baseModels);
  const index = indexModels([...heads.values()]);
  const assignment = assignRecords(input.evidence, index);
  const baseChanged = assignRecords(input.baseChangedEvidence ?? [], index).byModel;
  const attestations = sortAttestations(input.attestations);

  const shared = sharedFindings(input, assignment.findings, attestations, reference !== undefined);
  const scope = resolveScope(input.modelsInScope, heads, bases);
  shared.push(...scope.findings);
  const evaluated = scope.models;
  const routed = routeInputFindings(input.inputFindings, index, new Set(evaluated.map((m) => m.config.id)));
  shared.push(...routed.shared);

  const approvals = validApprovals(input);
  const policyChangeUnapproved = input.policyChanged && approvals.length === 0;
  const sharedErrors = shared.filter((f) => f.severity === 'error');
  const fingerprint = fingerprinter(policy);
  const z = zForConfidence(policy.assessment.confidence);
  const models = evaluated.map((m) =>
    evaluateModel(m, {
      policy,
      z,
      fingerprint,
      referenceDay: reference?.day,
      base: bases.get(m.config.id),
      records: assignment.byModel.get(m.config.id) ?? [],
      baseChanged: baseChanged.get(m.config.id) ?? [],
      assessmentApprovals: input.assessmentApprovals ?? [],
      attestations,
      inputFindings: routed.byModel.get(m.config.id) ?? [],
      sharedErrors,
      policyChangeUnapproved,
    }),
  );

  const findings = sortFindings(shared);
  const all = [...findings, ...models.flatMap((m) => m.findings)];
  const conclusion = conclude({
    findings: all,
    pendingSafeguards: models.reduce((n, m) => n + m.safeguards.filter((s) => s.status === 'pending').length, 0),
    unattestedClaims: all.filter((f) => f.code === 'CLAIM_UNATTESTED').length,
    policyChangeUnapproved,
    nothingRelevant: input.nothingRelevant === true,
  });
  const requiredLevel = highestLevel(policy.levels, models.map((m) => m.requiredLevel));
  const policySummary: Verdict['policy'] = {
    file: input.policyFile,
    extends: policy.extends ?? null,
    changed: input.policyChanged,
    approvedBy: [...new Set(approvals.map((a) => a.by))].sort(),
  };
  const counts = countSeverities(all);
  const facts = { schemaVersion: 1 as const, conclusion, requiredLevel, referenceDate: input.referenceDate, policy: policySummary, models, findings, counts };
  const { referenceDate } = input;
  return { schemaVersion: 1, conclusion, requiredLevel, headline: headline(facts), referenceDate, policy: policySummary, models, findings, counts };
}
