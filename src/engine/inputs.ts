// The engine's command inputs: attestations and approvals, already parsed from comments and authorised by the adapter.
import type { LedgerSource } from './ledger.ts';

/** An owner's attestation (or its revocation) of one safeguard, taken from a PR comment. */
export interface Attestation {
  kind: 'attest' | 'revoke';
  safeguard: string;
  /** undefined: every model of the PR that needs it. */
  model?: string;
  /** Login of the commenter. */
  by: string;
  /** ISO timestamp of the comment. */
  at: string;
  /** Evidence fingerprint the attester bound it to (`fp:…` in the command); undefined: bound to the head at `at`. */
  fingerprint?: string;
  /**
   * True unless the adapter could show that the current PR head was pushed before `at` (from the time GitHub created
   * the head's first check suite), so that an unbound attestation is outdated.
   */
  headChangedSince?: boolean;
  url?: string;
  /** The comment or review the command came from, for the ledger; undefined: a comment at `url`. */
  source?: LedgerSource;
}

/** An assessor's `/rsp approve-assessment <model>`: the model's claims (assessment, compute, level, evidence) hold. */
export interface AssessmentApproval {
  /** The model as the command names it (id or alias). */
  model: string;
  by: string;
  at: string;
  /** Prefix of the model's fingerprint the assessor named (`fp:…`); undefined: bound by time. */
  fingerprint?: string;
  /** For an approval without `fp:`: true unless it was certainly made after the current head became the PR's head. */
  headChangedSince?: boolean;
  url?: string;
  /** The comment or review the command came from, for the ledger; undefined: a comment at `url`. */
  source?: LedgerSource;
}

/** A policy approver's `/rsp approve-policy`, bound like an attestation: to a fingerprint, or to the head by time. */
export interface PolicyApproval {
  by: string;
  at: string;
  /** Prefix of the proposed policy's fingerprint the approver named (`fp:…`); undefined: bound by time. */
  fingerprint?: string;
  /** For an approval without `fp:`: true unless it was certainly made after the current head became the PR's head. */
  headChangedSince?: boolean;
  url?: string;
  /** The comment or review the command came from, for the ledger; undefined: a comment at `url`. */
  source?: LedgerSource;
}
