// The engine's input and output: a verdict is a pure function of these inputs.
import type { Finding } from '../common/finding.ts';
import type { Policy } from '../policy/schema.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import type { EvidenceRecord } from '../evidence/types.ts';
import type { LoadedRiskReport } from '../evidence/risk-report.ts';
import type { AssessmentApproval, Attestation, PolicyApproval } from './inputs.ts';
import type { LedgerEntry } from './ledger.ts';
import type { Subject, Tool } from './verdict.ts';

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
  /** The assessors' attestations of model claims (`/rsp approve-assessment`). */
  assessmentApprovals?: AssessmentApproval[];
  /** SHA-256 of the policy text the PR proposes ('' when it deletes the policy): what `/rsp approve-policy fp:` binds to. */
  policyFingerprint?: string;
  /** Results at the base commit in the files this PR deletes or changes: evidence it may remove or replace. */
  baseChangedEvidence?: EvidenceRecord[];
  /** True when the PR changes the policy file. */
  policyChanged: boolean;
  /** Reference date for staleness: the head commit's date (ISO), so a verdict is reproducible. */
  referenceDate: string;
  /** The Risk Reports at the head commit, when the policy declares `risk_reports`. */
  riskReports?: LoadedRiskReport[];
  /** Findings from reading the Risk Report files: they count once a model in scope needs a Risk Report. */
  riskReportReadFindings?: Finding[];
  /** True when nothing the policy governs changed (no model, eval or policy file): conclusion neutral. */
  nothingRelevant?: boolean;
  /** What is judged (repository, PR, commits), copied into the report; SHAs '' when not given. */
  subject?: Subject;
  /** The rsp-gate that evaluates, copied into the report. */
  tool?: Tool;
  /** SHA-256 of the policy text that judges (the base's); null or undefined: there was none. */
  basePolicyFingerprint?: string | null;
  /** The commands the adapter saw and refused (`counted: false`) before the engine: the engine adds its own decisions. */
  ledger?: LedgerEntry[];
}

export type {
  CapabilityStatus,
  CapabilityVerdict,
  Conclusion,
  EvidenceVerdict,
  HistoryPoint,
  ModelVerdict,
  PolicyPreview,
  SafeguardStatus,
  SafeguardVerdict,
  Tool,
  Verdict,
} from './verdict.ts';
export type { LedgerEntry } from './ledger.ts';
