// The safeguard checklist of one model: every safeguard up to the required level, and where each one stands.
import type { Attestation } from './inputs.ts';
import type { Policy, Safeguard } from '../policy/schema.ts';
import { finding, type Finding } from '../common/finding.ts';
import { FINGERPRINT_PREFIX_LENGTH, attestationState } from './attestations.ts';
import { isKnownLevel, levelRank } from './levels.ts';
import { modelIsNamed } from './matching.ts';
import type { SafeguardVerdict } from './types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';

export interface ChecklistInput {
  policy: Policy;
  /** The model's config at the head commit. */
  model: LoadedModel;
  /** Safeguards in the model's ledger at the base commit: implemented before this PR. */
  baseLedger: ReadonlySet<string>;
  required: string;
  fingerprint: string;
  /** Every attestation of the PR, in time order. */
  attestations: readonly Attestation[];
}

export interface ChecklistOutcome {
  safeguards: SafeguardVerdict[];
  findings: Finding[];
}

function attestCommand(safeguard: string, model: string, fingerprint: string): string {
  return `/rsp attest ${safeguard} ${model} fp:${fingerprint.slice(0, FINGERPRINT_PREFIX_LENGTH)}`;
}

function firstById(safeguards: readonly Safeguard[]): Safeguard[] {
  const byId = new Map<string, Safeguard>();
  for (const s of safeguards) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()];
}

/** Safeguards of every level up to `required`, by level then id; the first definition of an id counts. */
function requiredSafeguards(policy: Policy, required: string): Safeguard[] {
  const rank = levelRank(policy.levels, required);
  const levelOf = (s: Safeguard) => levelRank(policy.levels, s.level);
  return firstById(policy.safeguards)
    .filter((s) => isKnownLevel(policy.levels, s.level) && levelOf(s) <= rank)
    .sort((a, b) => levelOf(a) - levelOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function buildChecklist(input: ChecklistInput): ChecklistOutcome {
  const { policy, model, baseLedger, fingerprint } = input;
  const id = model.config.id;
  const headLedger = new Set(model.config.safeguards);
  const where = { file: model.file, line: model.lines['safeguards'] ?? model.lines['id'] ?? 1, model: id };
  const findings: Finding[] = [];
  const known = new Set(policy.safeguards.map((s) => s.id));
  for (const entry of [...headLedger].sort()) {
    if (!known.has(entry))
      findings.push(finding('SAFEGUARD_UNKNOWN', 'warning', `${id}: the ledger lists "${entry}", which the policy does not define`, where));
  }

  const safeguards = requiredSafeguards(policy, input.required).map((s): SafeguardVerdict => {
    const verdict: SafeguardVerdict = {
      id: s.id,
      level: s.level,
      kind: s.kind,
      title: s.title,
      owners: [...s.owners],
      status: 'pending',
      attestedBy: null,
      attestedAt: null,
      attestCommand: attestCommand(s.id, id, fingerprint),
    };
    // The base ledger counts only while the head still lists the safeguard: removing it is no proof it is in place.
    const removed = baseLedger.has(s.id) && !headLedger.has(s.id);
    if (baseLedger.has(s.id) && !removed) return { ...verdict, status: 'satisfied' };
    const events = input.attestations.filter((a) => a.safeguard === s.id && (a.model === undefined || modelIsNamed(model, a.model)));
    const state = attestationState(events, fingerprint);
    if (state.kind === 'attested') {
      if (!headLedger.has(s.id)) {
        findings.push(
          finding(
            'ATTESTED_NOT_IN_LEDGER',
            'warning',
            `${id}: ${s.id} was attested by ${state.by} but is not in the model's ledger; add it so later PRs carry it over`,
            where,
          ),
        );
      }
      return { ...verdict, status: 'attested', attestedBy: state.by, attestedAt: state.at };
    }
    if (state.kind === 'outdated') {
      findings.push(
        finding(
          'ATTESTATION_OUTDATED',
          'warning',
          `${id}: the attestation of ${s.id} by ${state.attestation.by} does not count: ${state.why}`,
          where,
        ),
      );
    }
    const claim = removed
      ? ' (this PR removes it from the ledger: an owner must attest it, or restore the entry)'
      : headLedger.has(s.id)
        ? ' (this PR adds it to the ledger: an owner must attest it)'
        : '';
    findings.push(finding('SAFEGUARD_PENDING', 'warning', `${id}: ${s.level} safeguard ${s.id} is pending${claim}`, where));
    return verdict;
  });
  return { safeguards, findings };
}
