// The engine's command inputs: attestations and approvals, already parsed from comments and authorised by the adapter.
import type { LedgerSource } from './ledger.ts';

/** Who made a command, when, and what it is bound to: shared by every command that carries state. */
interface BoundCommand {
  /** Login of the commenter. */
  by: string;
  /** ISO timestamp of the comment. */
  at: string;
  /** Prefix of the fingerprint the command named (`fp:…`); undefined: bound to the head by time, at `at`. */
  fingerprint?: string;
  /**
   * For a command without `fp:`: true unless the adapter could show that the current PR head was pushed before `at`
   * (from the time GitHub created the head's first check suite), so that it is outdated.
   */
  headChangedSince?: boolean;
  url?: string;
  /** The comment or review the command came from, for the ledger; undefined: a comment at `url`. */
  source?: LedgerSource;
}

/** An owner's attestation (or its revocation) of one safeguard, taken from a PR comment; bound to the evidence. */
export interface Attestation extends BoundCommand {
  kind: 'attest' | 'revoke';
  safeguard: string;
  /** undefined: every model of the PR that needs it. */
  model?: string;
}

/** An assessor's `/rsp approve-assessment <model>`: the model's claims (assessment, compute, level, evidence) hold. */
export interface AssessmentApproval extends BoundCommand {
  /** The model as the command names it (id or alias); the fingerprint is the model's. */
  model: string;
}

/** A policy approver's `/rsp approve-policy`, bound to the proposed policy's fingerprint, or to the head by time. */
export type PolicyApproval = BoundCommand;
