// The engine: a verdict is a pure, deterministic function of the policy, the models, the evidence and the commands.
import type { Attestation } from './inputs.ts';
import { append } from '../common/append.ts';
import type { Policy } from '../policy/schema.ts';
import { finding, type Finding } from '../common/finding.ts';
import { assignRecords } from './assignment.ts';
import { FINGERPRINT_PREFIX_LENGTH, outdatedBecause, sortAttestations } from './attestations.ts';
import { conclude } from './conclusion.ts';
import { parseDate } from '../common/dates.ts';
import { countSeverities, sortFindings } from './findings.ts';
import { headline } from './headline.ts';
import { indexModels, type ModelIndex } from './matching.ts';
import { fingerprinter } from './fingerprint.ts';
import { evaluateModel } from './model.ts';
import { zForConfidence } from './normal.ts';
import { checkPolicyLevels, highestLevel } from './required-level.ts';
import type { EvaluationInput, ModelVerdict, Verdict } from './types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { compareText } from '../common/text.ts';
import { pushTo } from '../common/group.ts';
import { needsRiskReport, riskReportFindings } from './risk-reports.ts';
import { buildLedger } from './ledger-entries.ts';

/** One config per id (the loader reports duplicates); the first by path, so input order never matters. */
function byId(models: readonly LoadedModel[]): Map<string, LoadedModel> {
  const sorted = [...models].sort((a, b) => compareText(a.file, b.file));
  const map = new Map<string, LoadedModel>();
  for (const m of sorted) if (!map.has(m.config.id)) map.set(m.config.id, m);
  return map;
}

/** Levels a capability or safeguard names but the policy lacks; the loader reports them already (POLICY_INVALID). */
function policyLevelFindings(policy: Policy, policyFile: string, policyFindings: readonly Finding[]): Finding[] {
  if (policyFindings.some((f) => f.code === 'POLICY_INVALID')) return [];
  const named = [
    ...policy.capabilities.map((c) => ({ what: `capability ${c.id}`, level: c.requires })),
    ...policy.safeguards.map((s) => ({ what: `safeguard ${s.id}`, level: s.level })),
  ];
  return checkPolicyLevels(policy.levels, named, policyFile);
}

function unknownSafeguardCommands(attestations: readonly Attestation[], policy: Policy): Finding[] {
  const known = new Set(policy.safeguards.map((s) => s.id));
  const unknown = [...new Set(attestations.filter((a) => !known.has(a.safeguard)).map((a) => a.safeguard))].sort();
  return unknown.map((id) =>
    finding('SAFEGUARD_UNKNOWN', 'warning', `a command names safeguard "${id}", which the policy does not define`),
  );
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
    finding(
      'APPROVAL_OUTDATED',
      'warning',
      `the approval of the policy change by ${a.by} no longer applies: ${outdatedBecause(a, fingerprint)}`,
      where,
    ),
  );
  const command = fingerprint === '' ? '/rsp approve-policy' : `/rsp approve-policy fp:${fingerprint.slice(0, FINGERPRINT_PREFIX_LENGTH)}`;
  return [
    changed,
    ...outdated,
    finding('POLICY_CHANGE_UNAPPROVED', 'warning', `the policy change needs ${command} from a policy approver`, where),
  ];
}

/** The models to evaluate: those in scope with a config at head; the others are deleted or missing. */
function resolveScope(inScope: readonly string[], heads: Map<string, LoadedModel>, bases: Map<string, LoadedModel>) {
  const models: LoadedModel[] = [];
  const findings: Finding[] = [];
  for (const id of [...new Set(inScope)].sort()) {
    const head = heads.get(id);
    const base = bases.get(id);
    if (head) models.push(head);
    else if (base)
      findings.push(finding('MODEL_DELETED', 'notice', `${id} is deleted by this PR; it is not evaluated`, { file: base.file, model: id }));
    // Fail closed: a model that should be judged but cannot be read must not let the gate pass.
    else
      findings.push({
        ...finding('MODEL_INVALID', 'error', `${id} is in scope but has no readable model config at the head commit`),
        model: id,
      });
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
    pushTo(byModel, owner, f);
  }
  return { byModel, shared };
}

export function evaluate(input: EvaluationInput): Verdict {
  // 1. Index the inputs; 2. findings about everyone; 3. each model in scope; 4. the verdict over all of them.
  const context = indexInputs(input);
  const { shared, evaluated, routed } = sharedFindings(input, context);
  const models = evaluateModels(input, context, evaluated, routed.byModel, shared);
  const verdict = summarise(input, models, sortFindings(shared));
  verdict.ledger = ledgerOf(input, context, models);
  return verdict;
}

function ledgerOf(input: EvaluationInput, context: Indexed, models: readonly ModelVerdict[]) {
  return buildLedger({
    refused: input.ledger ?? [],
    attestations: context.attestations,
    policyApprovals: input.policyApprovals,
    assessmentApprovals: input.assessmentApprovals ?? [],
    policyFingerprint: input.policyFingerprint ?? '',
    policyChanged: input.policyChanged,
    models: models.flatMap((verdict) => {
      const config = context.heads.get(verdict.id);
      return config === undefined ? [] : [{ verdict, config }];
    }),
  });
}

type Indexed = ReturnType<typeof indexInputs>;

function indexInputs(input: EvaluationInput) {
  const heads = byId(input.headModels);
  const bases = byId(input.baseModels);
  const index = indexModels([...heads.values()]);
  return {
    reference: parseDate(input.referenceDate),
    heads,
    bases,
    index,
    assignment: assignRecords(input.evidence, index),
    baseChanged: assignRecords(input.baseChangedEvidence ?? [], index).byModel,
    attestations: sortAttestations(input.attestations),
  };
}

function sharedFindings(input: EvaluationInput, context: Indexed) {
  const { policy } = input;
  const shared: Finding[] = [
    ...input.policyFindings,
    ...policyLevelFindings(policy, input.policyFile, input.policyFindings),
    ...context.assignment.findings,
    ...unknownSafeguardCommands(context.attestations, policy),
    ...policyChangeFindings(input),
  ];
  if (context.reference === undefined) {
    shared.push(
      finding('PARSE_ERROR', 'error', `the reference date "${input.referenceDate}" is not a date, so no evidence can count as fresh`),
    );
  }
  const scope = resolveScope(input.modelsInScope, context.heads, context.bases);
  append(shared, scope.findings);
  const evaluated = scope.models;
  const routed = routeInputFindings(input.inputFindings, context.index, new Set(evaluated.map((m) => m.config.id)));
  append(shared, routed.shared);
  // An unreadable Risk Report may be the one a model needs: it blocks once some model in scope needs one.
  if (evaluated.some((m) => needsRiskReport(m, policy.risk_reports))) append(shared, input.riskReportReadFindings ?? []);
  return { shared, evaluated, routed };
}

function evaluateModels(
  input: EvaluationInput,
  context: Indexed,
  evaluated: LoadedModel[],
  byModel: Map<string, Finding[]>,
  shared: Finding[],
): ModelVerdict[] {
  const { policy } = input;
  const common = {
    policy,
    z: zForConfidence(policy.assessment.confidence),
    fingerprint: fingerprinter(policy),
    referenceDay: context.reference?.day,
    attestations: context.attestations,
    sharedErrors: shared.filter((f) => f.severity === 'error'),
    policyChangeUnapproved: policyChangeUnapproved(input),
  };
  return evaluated.map((m) =>
    evaluateModel(m, {
      ...common,
      base: context.bases.get(m.config.id),
      records: context.assignment.byModel.get(m.config.id) ?? [],
      baseChanged: context.baseChanged.get(m.config.id) ?? [],
      assessmentApprovals: input.assessmentApprovals ?? [],
      inputFindings: [
        ...(byModel.get(m.config.id) ?? []),
        ...riskReportFindings(m, input.riskReports ?? [], policy.risk_reports, context.reference?.day),
      ],
    }),
  );
}

function policyChangeUnapproved(input: EvaluationInput): boolean {
  return input.policyChanged && validApprovals(input).length === 0;
}

function summarise(input: EvaluationInput, models: ModelVerdict[], findings: Finding[]): Verdict {
  const all = [...findings, ...models.flatMap((m) => m.findings)];
  const conclusion = conclude({
    findings: all,
    pendingSafeguards: models.reduce((n, m) => n + m.safeguards.filter((s) => s.status === 'pending').length, 0),
    unattestedClaims: all.filter((f) => f.code === 'CLAIM_UNATTESTED').length,
    policyChangeUnapproved: policyChangeUnapproved(input),
    nothingRelevant: input.nothingRelevant === true,
  });
  const requiredLevel = highestLevel(
    input.policy.levels,
    models.map((m) => m.requiredLevel),
  );
  const policy: Verdict['policy'] = {
    file: input.policyFile,
    extends: input.policy.extends ?? null,
    changed: input.policyChanged,
    approvedBy: [...new Set(validApprovals(input).map((a) => a.by))].sort(),
    fingerprint: input.basePolicyFingerprint ?? null,
  };
  const counts = countSeverities(all);
  const facts = {
    conclusion,
    requiredLevel,
    referenceDate: input.referenceDate,
    policy,
    models,
    findings,
    counts,
  };
  return {
    schemaVersion: 2,
    subject: input.subject ?? { baseSha: '', headSha: '' },
    tool: input.tool ?? UNKNOWN_TOOL,
    conclusion,
    requiredLevel,
    headline: headline(facts),
    referenceDate: input.referenceDate,
    policy,
    models,
    findings,
    counts,
    ledger: [],
  };
}

/** The engine cannot read its own version (no I/O): the adapters name it; 'unknown' says one did not. */
const UNKNOWN_TOOL = { name: 'rsp-gate', version: 'unknown' } as const;
