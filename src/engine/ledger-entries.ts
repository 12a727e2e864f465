// The attestation ledger of one evaluation: the commands the adapter refused, and for each authorised one whether it
// took effect (bound to the current fingerprint, not revoked since, about a model and safeguard this PR judges).
import type { AssessmentApproval, Attestation, PolicyApproval } from './inputs.ts';
import type { LedgerCommand, LedgerEntry, LedgerSource } from './ledger.ts';
import type { ModelVerdict } from './types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { outdatedBecause } from './attestations.ts';
import { modelIsNamed } from './matching.ts';
import { parseDate } from '../common/dates.ts';
import { compareText } from '../common/text.ts';

/** An evaluated model: its verdict (fingerprint, checklist) and its config (id and aliases, to match names). */
interface JudgedModel {
  verdict: ModelVerdict;
  config: LoadedModel;
}

export interface LedgerInput {
  /** Entries the adapter decided before the evaluation (refused commands). */
  refused: readonly LedgerEntry[];
  /** Authorised attestations and revocations, in time order (sortAttestations). */
  attestations: readonly Attestation[];
  policyApprovals: readonly PolicyApproval[];
  assessmentApprovals: readonly AssessmentApproval[];
  /** What `/rsp approve-policy fp:` binds to: the proposed policy text's fingerprint. */
  policyFingerprint: string;
  policyChanged: boolean;
  models: readonly JudgedModel[];
}

/** The words of the reply to a command that names a model this PR does not evaluate. */
export function notEvaluatedReason(model: string, evaluated: readonly string[]): string {
  return `this PR does not evaluate a model "${model}" (evaluated: ${evaluated.join(', ') || 'none'})`;
}

/** The words of the reply to `/rsp approve-policy` on a PR that leaves the policy alone. */
export const NOTHING_TO_APPROVE = 'This PR does not change the policy, so there is nothing to approve.';

type Command = Attestation | PolicyApproval | AssessmentApproval;

function entry(command: LedgerCommand, c: Command, outcome: { reason?: string | undefined }): LedgerEntry {
  const source: LedgerSource = c.source ?? { kind: 'comment', ...(c.url === undefined ? {} : { url: c.url }) };
  const e: LedgerEntry = { command, user: c.by, at: c.at, source, counted: outcome.reason === undefined };
  if ('model' in c && c.model !== undefined) e.model = c.model;
  if ('safeguard' in c) e.safeguard = c.safeguard;
  if (c.fingerprint !== undefined) e.fingerprint = c.fingerprint;
  if (outcome.reason !== undefined) e.reason = outcome.reason;
  return e;
}

/** The evaluated models a command applies to: the one it names, or every one when it names none. */
function targets(models: readonly JudgedModel[], name: string | undefined): JudgedModel[] {
  return name === undefined ? [...models] : models.filter((m) => modelIsNamed(m.config, name));
}

function covers(command: Attestation, m: JudgedModel, safeguard: string): boolean {
  return command.safeguard === safeguard && (command.model === undefined || modelIsNamed(m.config, command.model));
}

/** Why an attestation does not hold for one model, or undefined when it does (as the checklist decides). */
function attestationGap(a: Attestation, later: readonly Attestation[], m: JudgedModel): string | undefined {
  const safeguard = m.verdict.safeguards.find((s) => s.id === a.safeguard);
  if (safeguard === undefined) return `${m.verdict.id} does not need ${a.safeguard} at ${m.verdict.requiredLevel}`;
  if (safeguard.status === 'satisfied') return `${m.verdict.id} has ${a.safeguard} in its ledger at the base already`;
  const revocation = later.find((r) => r.kind === 'revoke' && covers(r, m, a.safeguard));
  if (revocation !== undefined) return `revoked by ${revocation.by} at ${revocation.at}`;
  return outdatedBecause(a, m.verdict.fingerprint);
}

/** The reason an attestation did not count for any model it applies to; undefined when it counted for one. */
function attestationReason(a: Attestation, later: readonly Attestation[], input: LedgerInput): string | undefined {
  const applies = targets(input.models, a.model);
  if (applies.length === 0)
    return notEvaluatedReason(
      a.model ?? '',
      input.models.map((m) => m.verdict.id),
    );
  const gaps = applies.map((m) => ({ id: m.verdict.id, gap: attestationGap(a, later, m) }));
  if (gaps.some((g) => g.gap === undefined)) return undefined;
  return gaps.length === 1 ? gaps[0]!.gap : gaps.map((g) => `${g.id}: ${g.gap}`).join('; ');
}

function attestationEntries(input: LedgerInput): LedgerEntry[] {
  return input.attestations.map((a, i) => {
    const applies = targets(input.models, a.model);
    if (a.kind === 'revoke') {
      const reason =
        applies.length > 0
          ? undefined
          : notEvaluatedReason(
              a.model ?? '',
              input.models.map((m) => m.verdict.id),
            );
      return entry('revoke', a, { reason });
    }
    return entry('attest', a, { reason: attestationReason(a, input.attestations.slice(i + 1), input) });
  });
}

function approvalEntries(input: LedgerInput): LedgerEntry[] {
  const policy = input.policyApprovals.map((a) =>
    entry('approve-policy', a, { reason: input.policyChanged ? outdatedBecause(a, input.policyFingerprint) : NOTHING_TO_APPROVE }),
  );
  const assessment = input.assessmentApprovals.map((a) => {
    const [model] = targets(input.models, a.model);
    const reason =
      model === undefined
        ? notEvaluatedReason(
            a.model,
            input.models.map((m) => m.verdict.id),
          )
        : outdatedBecause(a, model.verdict.fingerprint);
    return entry('approve-assessment', a, { reason });
  });
  return [...policy, ...assessment];
}

/**
 * Every command seen, in time order (a time that cannot be read first, so it is seen); equal times by the entry's
 * content (attest before revoke), so that the order of the inputs never changes the report.
 */
export function buildLedger(input: LedgerInput): LedgerEntry[] {
  const all = [...input.refused, ...attestationEntries(input), ...approvalEntries(input)];
  const time = (e: LedgerEntry) => parseDate(e.at)?.instant ?? -Infinity;
  const keyed = all.map((entry) => ({ entry, time: time(entry), key: JSON.stringify(entry) }));
  keyed.sort((a, b) => (a.time === b.time ? 0 : a.time < b.time ? -1 : 1) || compareText(a.key, b.key));
  return keyed.map((k) => k.entry);
}
