// The engine's command inputs: attestations and approvals, already parsed from comments and authorised by the adapter.

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
}

export interface PolicyApproval {
  by: string;
  at: string;
  url?: string;
}
