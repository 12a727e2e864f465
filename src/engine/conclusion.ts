// The gate's answer: failure on any error, action_required while attestations or approvals are outstanding.
import type { Finding } from '../common/finding.ts';
import { hasErrors } from './findings.ts';
import type { Conclusion } from './types.ts';

export interface ConclusionFacts {
  /** Every finding that bears on this conclusion, including policy and input findings. */
  findings: readonly Finding[];
  pendingSafeguards: number;
  /** Claims (assessment, compute, level, evidence) no assessor has attested. */
  unattestedClaims?: number;
  policyChangeUnapproved: boolean;
  nothingRelevant: boolean;
}

export function conclude(facts: ConclusionFacts): Conclusion {
  if (hasErrors(facts.findings)) return 'failure';
  if (facts.nothingRelevant) return 'neutral';
  if (facts.pendingSafeguards > 0 || (facts.unattestedClaims ?? 0) > 0 || facts.policyChangeUnapproved) return 'action_required';
  return 'success';
}
