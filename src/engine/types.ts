// The engine's input and output: a verdict is a pure function of these inputs.
import type { Finding, Severity } from '../common/finding.ts';
import type { Policy } from '../policy/schema.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import type { EvidenceRecord } from '../evidence/types.ts';
import type { Attestation, PolicyApproval } from './inputs.ts';

export interface EvaluationInput {
  policy: Policy;
  /** Findings from loading the policy (POLICY_INVALID, PRESET_VALUE_UNSET …) — any error fails the gate. */
  policyFindings: Finding[];
  /** Path of the policy file, for findings about it. */
  policyFile: string;
  /** Model configs at the base commit, by id (for the ledger: what was already implemented). */
  baseModels: LoadedModel[];
  /** Model configs at the head commit. */
  headModels: LoadedModel[];
  /** Ids of the models to evaluate (those the PR touches; all with --all or a policy change). */
  modelsInScope: string[];
  /** Normalised evidence records at the head commit. */
  evidence: EvidenceRecord[];
  /** Findings from reading inputs (PARSE_ERROR, MODEL_INVALID …). */
  inputFindings: Finding[];
  attestations: Attestation[];
  policyApprovals: PolicyApproval[];
  /** True when the PR changes the policy file. */
  policyChanged: boolean;
  /** Reference date for staleness: the head commit's date (ISO), so a verdict is reproducible. */
  referenceDate: string;
  /** True when nothing the policy governs changed (no model, eval or policy file): conclusion neutral. */
  nothingRelevant?: boolean;
}

export type CapabilityStatus = 'crossed' | 'not_ruled_out' | 'approaching' | 'below' | 'unevaluated';
export type Conclusion = 'success' | 'failure' | 'action_required' | 'neutral';
export type SafeguardStatus = 'satisfied' | 'attested' | 'pending';

export interface EvidenceVerdict {
  eval: string;
  metric: string;
  value: number | null;
  stderr: number | null;
  lower: number | null;
  upper: number | null;
  alert: number | null;
  threshold: number | null;
  direction: 'higher' | 'lower';
  date: string | null;
  samples: number | null;
  file: string | null;
  line: number | null;
  status: CapabilityStatus;
  /** One sentence: why this rule has this status. */
  reason: string;
  stale?: boolean;
  selfReported?: boolean;
}

export interface CapabilityVerdict {
  id: string;
  title: string;
  status: CapabilityStatus;
  requires: string;
  /** True when this capability raises the required level. */
  demandsLevel: boolean;
  reason: string;
  evidence: EvidenceVerdict[];
}

export interface SafeguardVerdict {
  id: string;
  level: string;
  kind: 'deployment' | 'security' | 'governance';
  title: string;
  owners: string[];
  status: SafeguardStatus;
  attestedBy: string | null;
  attestedAt: string | null;
  /** Command an owner pastes to attest this safeguard for this model (with the evidence fingerprint). */
  attestCommand: string;
}

export interface ModelVerdict {
  id: string;
  path: string;
  declaredLevel: string;
  requiredLevel: string;
  conclusion: Conclusion;
  /** Hash of the model config, its evidence and the policy: attestations are bound to it. */
  fingerprint: string;
  capabilities: CapabilityVerdict[];
  safeguards: SafeguardVerdict[];
  findings: Finding[];
}

/** One model as the PR's new policy would judge it, next to the verdict of the base policy. */
export interface PolicyPreview {
  model: string;
  requiredLevel: string;
  requiredLevelUnderNewPolicy: string;
  conclusionUnderNewPolicy: Conclusion;
}

export interface Verdict {
  schemaVersion: 1;
  conclusion: Conclusion;
  /** Highest required level over the models evaluated (the baseline level when none). */
  requiredLevel: string;
  /** One line a busy reviewer reads first. */
  headline: string;
  referenceDate: string;
  policy: {
    file: string;
    extends: string | null;
    changed: boolean;
    approvedBy: string[];
    /** When the PR changes the policy: each model evaluated again under the head policy (filled by the orchestration). */
    preview?: PolicyPreview[];
  };
  models: ModelVerdict[];
  findings: Finding[];
  counts: Record<Severity, number>;
}
