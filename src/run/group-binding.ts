// How a queued PR's commands carry into its merge group: what held on the PR is bound to the fingerprints the PR's own
// evaluation showed, so that a group whose combined change differs (another PR's evidence, a changed policy) does not
// inherit it. Pure.
import type { CommandInputs, KnownModel } from '../commands/handler.ts';
import type { AssessmentApproval, Attestation, PolicyApproval } from '../engine/inputs.ts';
import type { Verdict } from '../engine/types.ts';

export interface PullRequestBinding {
  /** The verdict on the PR's own change: its models' evidence fingerprints. */
  verdict: Verdict;
  /** The models defined at the PR's head, to resolve a command that names a model by an alias. */
  models: readonly KnownModel[];
  /** sha256 of the policy text at the PR's head ('' when it has none): what an approval of a policy change binds to. */
  policyFingerprint: string;
}

/** The PR's authorised commands, each one bound by time replaced by one bound to the PR's fingerprint. */
export function bindToPullRequest(inputs: CommandInputs, pr: PullRequestBinding): CommandInputs {
  const fingerprintOf = modelFingerprints(pr);
  return {
    attestations: inputs.attestations.flatMap((a) => bindAttestation(a, pr.verdict, fingerprintOf)),
    approvals: inputs.approvals.map((a) => bindPolicyApproval(a, pr.policyFingerprint)),
    assessmentApprovals: inputs.assessmentApprovals.map((a) => bindAssessment(a, fingerprintOf)),
    // What was refused on the PR stays refused, and recorded as such.
    ledger: inputs.ledger,
  };
}

type FingerprintOf = (model: string) => { id: string; fingerprint: string } | undefined;

/** A model named by id or alias -> its id and fingerprint in the PR's verdict, when the PR evaluated it. */
function modelFingerprints(pr: PullRequestBinding): FingerprintOf {
  return (name) => {
    const lower = name.toLowerCase();
    const known = pr.models.find((m) => m.id.toLowerCase() === lower || m.aliases.some((a) => a.toLowerCase() === lower));
    const id = (known?.id ?? name).toLowerCase();
    const model = pr.verdict.models.find((m) => m.id.toLowerCase() === id);
    return model === undefined ? undefined : { id: model.id, fingerprint: model.fingerprint };
  };
}

/** Whether a command counts only by the time it was made (no `fp:`), and did count on the PR. */
function boundByTime(c: { fingerprint?: string; headChangedSince?: boolean }): boolean {
  return c.fingerprint === undefined && c.headChangedSince !== true;
}

/** A command that cannot be carried: kept, so that the report names it, but counting nowhere. */
function uncarried<T extends { fingerprint?: string; headChangedSince?: boolean }>(c: T): T {
  return { ...c, headChangedSince: true };
}

function bindAttestation(a: Attestation, verdict: Verdict, fingerprintOf: FingerprintOf): Attestation[] {
  // A revocation always carries (fail closed); one bound to a fingerprint is checked against the group's as it is.
  if (a.kind === 'revoke' || !boundByTime(a)) return [a];
  const { headChangedSince: _, ...rest } = a;
  if (a.model === undefined) {
    // For every model of the PR that needs it: one attestation per model the PR evaluated, at that model's fingerprint.
    const each = verdict.models.map((m) => ({ ...rest, model: m.id, fingerprint: m.fingerprint }));
    return each.length > 0 ? each : [uncarried(a)];
  }
  const model = fingerprintOf(a.model);
  return [model === undefined ? uncarried(a) : { ...rest, fingerprint: model.fingerprint }];
}

function bindAssessment(a: AssessmentApproval, fingerprintOf: FingerprintOf): AssessmentApproval {
  if (!boundByTime(a)) return a;
  const model = fingerprintOf(a.model);
  const { headChangedSince: _, ...rest } = a;
  return model === undefined ? uncarried(a) : { ...rest, fingerprint: model.fingerprint };
}

function bindPolicyApproval(a: PolicyApproval, policyFingerprint: string): PolicyApproval {
  if (!boundByTime(a)) return a;
  const { headChangedSince: _, ...rest } = a;
  return policyFingerprint === '' ? uncarried(a) : { ...rest, fingerprint: policyFingerprint };
}
