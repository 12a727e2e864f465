// One model's verdict: capabilities, required level, level and compute checks, checklist, conclusion.
import type { AssessmentApproval, Attestation } from './inputs.ts';
import type { EvidenceRecord } from '../evidence/types.ts';
import type { Policy } from '../policy/schema.ts';
import type { Finding, Severity } from '../common/finding.ts';
import { evaluateCapability } from './capability.ts';
import { buildChecklist } from './checklist.ts';
import { judgeClaims, removedResults } from './claims.ts';
import { statusRank } from './status-rank.ts';
import { conclude } from './conclusion.ts';
import { sortFindings } from './findings.ts';
import type { Fingerprinter } from './fingerprint.ts';
import { checkNotableIncrease } from './notable-increase.ts';
import { checkDeclaredLevel, requiredLevel } from './required-level.ts';
import type { ModelVerdict } from './types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { append } from '../common/append.ts';
import { compareText } from '../common/text.ts';
import { futureAssessmentFindings, futureResultFindings } from './future-dates.ts';

export interface ModelContext {
  policy: Policy;
  z: number;
  fingerprint: Fingerprinter;
  referenceDay: number | undefined;
  /** The same model's config at the base commit, for its ledger; undefined for a new model. */
  base: LoadedModel | undefined;
  records: readonly EvidenceRecord[];
  /** The model's results at the base in files this PR deletes or changes. */
  baseChanged: readonly EvidenceRecord[];
  /** Every assessors' attestation of model claims on the PR. */
  assessmentApprovals: readonly AssessmentApproval[];
  /** Every attestation of the PR, in time order. */
  attestations: readonly Attestation[];
  /** Input findings about this model (a result file of it that could not be read, say). */
  inputFindings: readonly Finding[];
  /** Errors that concern every model (an invalid policy, an unreadable file): no model can pass with them. */
  sharedErrors: readonly Finding[];
  policyChangeUnapproved: boolean;
}

type CapabilityOutcome = ReturnType<typeof evaluateCapability>;

/** Every capability of the policy judged on `records`, by id. */
function judgeCapabilities(model: LoadedModel, ctx: ModelContext, records: readonly EvidenceRecord[]): CapabilityOutcome[] {
  const { policy } = ctx;
  const precautionary = policy.assessment.unevaluated === 'precautionary';
  const unevaluatedSeverity: Severity = precautionary ? 'error' : 'warning';
  const ruleContext = {
    policy,
    modelId: model.config.id,
    modelFile: model.file,
    modelLine: model.lines['id'] ?? 1,
    records,
    z: ctx.z,
    referenceDay: ctx.referenceDay,
    unevaluatedSeverity,
  };
  return [...policy.capabilities].sort((a, b) => compareText(a.id, b.id)).map((c) => evaluateCapability(c, ruleContext, precautionary));
}

/** True when a capability looks more concerning with `more` than with `less`: the results that differ mattered. */
function moreConcerning(more: readonly CapabilityOutcome[], less: readonly CapabilityOutcome[]): boolean {
  return more.some((m, i) => statusRank(m.verdict.status) > statusRank(less[i]!.verdict.status));
}

/** Results this PR removes or replaces that mattered: with them, some capability looks more concerning. */
function removedThatMattered(model: LoadedModel, ctx: ModelContext, atHead: readonly CapabilityOutcome[]): EvidenceRecord[] {
  const removed = removedResults(ctx.policy, ctx.baseChanged, ctx.records);
  if (removed.length === 0) return [];
  return moreConcerning(judgeCapabilities(model, ctx, [...ctx.records, ...removed]), atHead) ? removed : [];
}

export function evaluateModel(model: LoadedModel, ctx: ModelContext): ModelVerdict {
  const { policy } = ctx;
  const id = model.config.id;
  const fingerprint = ctx.fingerprint(model.config, ctx.records);
  const atHead = judgeCapabilities(model, ctx, ctx.records);
  // Claims the assessors have not attested are judged by the base's values (and the results the PR removed).
  const removed = removedThatMattered(model, ctx, atHead);
  const claims = judgeClaims({
    policy,
    head: model,
    base: ctx.base,
    records: ctx.records,
    removed,
    approvals: ctx.assessmentApprovals,
    fingerprint,
  });
  const outcomes = claims.records === ctx.records ? atHead : judgeCapabilities(model, ctx, claims.records);
  const capabilities = outcomes.map((o) => o.verdict);
  const findings: Finding[] = [
    ...ctx.inputFindings,
    ...futureResultFindings(ctx.records, model.config.id, ctx.referenceDay),
    ...futureAssessmentFindings(model, ctx.referenceDay),
    ...claims.findings,
  ];
  for (const o of outcomes) append(findings, o.findings);

  const required = requiredLevel(policy.levels, capabilities);
  findings.push(...checkDeclaredLevel(policy.levels, claims.model, required));
  findings.push(...checkNotableIncrease(claims.model, policy.assessment.notable_increase));

  const checklist = buildChecklist({
    policy,
    model,
    baseLedger: new Set(ctx.base?.config.safeguards ?? []),
    required,
    fingerprint,
    attestations: ctx.attestations,
  });
  append(findings, checklist.findings);

  const sorted = sortFindings(findings);
  const conclusion = conclude({
    findings: [...sorted, ...ctx.sharedErrors],
    pendingSafeguards: checklist.safeguards.filter((s) => s.status === 'pending').length,
    unattestedClaims: claims.unattested,
    policyChangeUnapproved: ctx.policyChangeUnapproved,
    nothingRelevant: false,
  });
  return {
    id,
    path: model.file,
    declaredLevel: model.config.declared_level,
    requiredLevel: required,
    conclusion,
    fingerprint,
    capabilities,
    safeguards: checklist.safeguards,
    findings: sorted,
  };
}
