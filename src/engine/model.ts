// One model's verdict: capabilities, required level, level and compute checks, checklist, conclusion.
import type { Attestation } from './inputs.ts';
import { append } from '../common/append.ts';
import type { EvidenceRecord } from '../evidence/types.ts';
import type { Policy } from '../policy/schema.ts';
import type { Finding, Severity } from '../common/finding.ts';
import { evaluateCapability } from './capability.ts';
import { buildChecklist } from './checklist.ts';
import { conclude } from './conclusion.ts';
import { sortFindings } from './findings.ts';
import type { Fingerprinter } from './fingerprint.ts';
import { futureAssessmentFindings, futureResultFindings } from './future-dates.ts';
import { checkNotableIncrease } from './notable-increase.ts';
import { checkDeclaredLevel, requiredLevel } from './required-level.ts';
import type { ModelVerdict } from './types.ts';
import { type LoadedModel } from '../policy/loaded-model.ts';
import { compareText } from '../common/text.ts';

export interface ModelContext {
  policy: Policy;
  z: number;
  fingerprint: Fingerprinter;
  referenceDay: number | undefined;
  /** The same model's config at the base commit, for its ledger; undefined for a new model. */
  base: LoadedModel | undefined;
  records: readonly EvidenceRecord[];
  /** Every attestation of the PR, in time order. */
  attestations: readonly Attestation[];
  /** Input findings about this model (a result file of it that could not be read, say). */
  inputFindings: readonly Finding[];
  /** Errors that concern every model (an invalid policy, an unreadable file): no model can pass with them. */
  sharedErrors: readonly Finding[];
  policyChangeUnapproved: boolean;
}

export function evaluateModel(model: LoadedModel, ctx: ModelContext): ModelVerdict {
  const { policy } = ctx;
  const id = model.config.id;
  const precautionary = policy.assessment.unevaluated === 'precautionary';
  const unevaluatedSeverity: Severity = precautionary ? 'error' : 'warning';
  const fingerprint = ctx.fingerprint(model.config, ctx.records);
  const findings: Finding[] = [...ctx.inputFindings, ...futureResultFindings(ctx.records, id, ctx.referenceDay), ...futureAssessmentFindings(model, ctx.referenceDay)];

  const ruleContext = {
    policy,
    modelId: id,
    modelFile: model.file,
    modelLine: model.lines['id'] ?? 1,
    records: ctx.records,
    z: ctx.z,
    referenceDay: ctx.referenceDay,
    unevaluatedSeverity,
  };
  const capabilities = [...policy.capabilities]
    .sort((a, b) => compareText(a.id, b.id))
    .map((c) => {
      const outcome = evaluateCapability(c, ruleContext, precautionary);
      append(findings, outcome.findings);
      return outcome.verdict;
    });

  const required = requiredLevel(policy.levels, capabilities);
  findings.push(...checkDeclaredLevel(policy.levels, model, required));
  findings.push(...checkNotableIncrease(model, policy.assessment.notable_increase));

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
