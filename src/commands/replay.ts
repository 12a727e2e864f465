// A recorded attestation ledger replayed as the engine's command inputs, for `rsp-gate verify`: the authorisation the
// report recorded stands (a refused command stays refused), and what counted is bound again to what it vouched for.
import { outdatedBecause } from '../engine/attestations.ts';
import type { AssessmentApproval, Attestation, PolicyApproval } from '../engine/inputs.ts';
import type { LedgerEntry } from '../engine/ledger.ts';
import type { ModelVerdict, Verdict } from '../engine/types.ts';
import { sameLogin } from './authorize.ts';
import type { CommandInputs } from './handler.ts';

/**
 * The counted commands as inputs. One that named no `fp:` counted for the head it was made on: it is bound to the
 * fingerprint the report recorded for each model, so that other evidence under the same report no longer carries it.
 */
export function replayLedger(recorded: Verdict, judged?: readonly ModelVerdict[]): CommandInputs {
  const inputs: CommandInputs = { attestations: [], approvals: [], assessmentApprovals: [], ledger: [] };
  for (const entry of recorded.ledger) {
    if (!entry.counted) {
      const outdated = judged === undefined ? undefined : stillOutdated(entry, judged);
      if (outdated === undefined) inputs.ledger.push(entry);
      else inputs.attestations.push(outdated);
      continue;
    }
    if (entry.command === 'attest' || entry.command === 'revoke') inputs.attestations.push(...attestations(entry, recorded.models));
    else if (entry.command === 'approve-policy') inputs.approvals.push(policyApproval(entry));
    else inputs.assessmentApprovals.push(assessmentApproval(entry, recorded.models));
  }
  return inputs;
}

function common(entry: LedgerEntry): { by: string; at: string; url?: string; source: LedgerEntry['source'] } {
  return { by: entry.user, at: entry.at, source: entry.source, ...(entry.source.url === undefined ? {} : { url: entry.source.url }) };
}

/** The recorded models a command names (by id), or every one when it names none. */
function named(models: readonly ModelVerdict[], model: string | undefined): ModelVerdict[] {
  return model === undefined ? [...models] : models.filter((m) => sameLogin(m.id, model));
}

function attestations(entry: LedgerEntry, models: readonly ModelVerdict[]): Attestation[] {
  const base: Attestation = {
    kind: entry.command === 'revoke' ? 'revoke' : 'attest',
    safeguard: entry.safeguard ?? '',
    ...common(entry),
    ...(entry.model === undefined ? {} : { model: entry.model }),
  };
  if (base.kind === 'revoke') return [base];
  if (entry.fingerprint !== undefined) return [{ ...base, fingerprint: entry.fingerprint }];
  const bound = named(models, entry.model).filter((m) => m.safeguards.some((s) => s.id === entry.safeguard));
  // A model the report does not show (named by an alias): bound to the head, as it was.
  if (bound.length === 0) return [{ ...base, headChangedSince: false }];
  return bound.map((m) => ({ ...base, model: m.id, fingerprint: m.fingerprint }));
}

/**
 * A refused attestation the engine refuses again on the re-derived models (`judged`), because it is bound to other
 * evidence: replayed, so that the verdict says so as it did; one refused for any other reason is never replayed.
 */
function stillOutdated(entry: LedgerEntry, judged: readonly ModelVerdict[]): Attestation | undefined {
  if (entry.command !== 'attest') return undefined;
  const unbound = { headChangedSince: true };
  const binding =
    entry.fingerprint !== undefined
      ? { fingerprint: entry.fingerprint }
      : entry.reason === outdatedBecause(unbound, '')
        ? unbound
        : undefined;
  if (binding === undefined) return undefined;
  const needing = named(judged, entry.model).filter((m) => m.safeguards.some((s) => s.id === entry.safeguard));
  if (needing.length === 0 || needing.some((m) => outdatedBecause(binding, m.fingerprint) === undefined)) return undefined;
  return {
    kind: 'attest',
    safeguard: entry.safeguard ?? '',
    ...common(entry),
    ...(entry.model === undefined ? {} : { model: entry.model }),
    ...binding,
  };
}

function policyApproval(entry: LedgerEntry): PolicyApproval {
  const approval: PolicyApproval = common(entry);
  if (entry.fingerprint !== undefined) approval.fingerprint = entry.fingerprint;
  else approval.headChangedSince = false;
  return approval;
}

function assessmentApproval(entry: LedgerEntry, models: readonly ModelVerdict[]): AssessmentApproval {
  const model = entry.model ?? '';
  const approval: AssessmentApproval = { model, ...common(entry) };
  const [recorded] = named(models, model);
  if (entry.fingerprint !== undefined) approval.fingerprint = entry.fingerprint;
  else if (recorded !== undefined) approval.fingerprint = recorded.fingerprint;
  else approval.headChangedSince = false;
  return approval;
}

/**
 * The ledger as re-derived: refused entries as recorded; for each counted one, whether its replay counted again in the
 * re-derived verdict's ledger (the engine's decision), matched by command, user, time and safeguard.
 */
export function rederiveLedger(recorded: readonly LedgerEntry[], engine: readonly LedgerEntry[]): LedgerEntry[] {
  return recorded.map((entry) => {
    if (!entry.counted) return entry;
    const replays = engine.filter((e) => sameCommand(e, entry));
    if (replays.length === 0 || replays.some((e) => e.counted)) return entry;
    const { reason: _recordedReason, ...rest } = entry;
    const reasons = [...new Set(replays.flatMap((e) => e.reason ?? []))];
    return { ...rest, counted: false, ...(reasons.length === 0 ? {} : { reason: reasons.join('; ') }) };
  });
}

/** One command of one comment: the same kind, author, time, safeguard and source (a replay may name its model). */
function sameCommand(a: LedgerEntry, b: LedgerEntry): boolean {
  return (
    a.command === b.command &&
    a.user === b.user &&
    a.at === b.at &&
    a.safeguard === b.safeguard &&
    a.source.kind === b.source.kind &&
    a.source.id === b.source.id
  );
}
