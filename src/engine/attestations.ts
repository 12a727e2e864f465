// Owners' attestations and revocations on the PR, replayed in time order into one state per safeguard and model.
import type { Attestation } from './inputs.ts';
import { parseDate } from '../common/dates.ts';

/**
 * How many hex digits of the fingerprint a command carries, and the fewest that bind it: 20 digits are 80 bits, too
 * many to grind a colliding model config or result for. Longer prefixes, up to the full SHA-256, bind as well.
 */
export const FINGERPRINT_PREFIX_LENGTH = 20;
/** The full SHA-256 in hex: no fingerprint is longer. */
export const FINGERPRINT_LENGTH = 64;

export type AttestationState =
  | { kind: 'none' }
  | { kind: 'attested'; by: string; at: string }
  | { kind: 'outdated'; attestation: Attestation; why: string };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Time order; on equal times a revocation comes last, so it wins (fail closed). Total, so input order never matters. */
export function sortAttestations(list: readonly Attestation[]): Attestation[] {
  const time = (a: Attestation) => parseDate(a.at)?.instant ?? -Infinity;
  return [...list].sort(
    (a, b) =>
      time(a) - time(b) ||
      compareText(a.at, b.at) ||
      (a.kind === b.kind ? 0 : a.kind === 'attest' ? -1 : 1) ||
      compareText(a.by, b.by) ||
      compareText(a.safeguard, b.safeguard) ||
      compareText(a.model ?? '', b.model ?? '') ||
      compareText(a.fingerprint ?? '', b.fingerprint ?? ''),
  );
}

/** What binds a command to what it vouched for: a fingerprint prefix, or (without one) the head it was made on. */
export interface Binding {
  fingerprint?: string;
  headChangedSince?: boolean;
}

/** Why an attestation or approval does not bind to the current fingerprint, or undefined when it does. */
export function outdatedBecause(a: Binding, fingerprint: string): string | undefined {
  if (a.fingerprint === undefined) {
    return a.headChangedSince === true ? 'the PR changed after it was made and it names no fingerprint' : undefined;
  }
  const given = a.fingerprint.replace(/^fp:/i, '').toLowerCase();
  if (!/^[0-9a-f]+$/.test(given) || given.length < FINGERPRINT_PREFIX_LENGTH || given.length > FINGERPRINT_LENGTH) {
    return `its fingerprint "${a.fingerprint}" is not ${FINGERPRINT_PREFIX_LENGTH} to ${FINGERPRINT_LENGTH} hex digits`;
  }
  if (!fingerprint.toLowerCase().startsWith(given)) {
    return `it was made for fingerprint ${given.slice(0, FINGERPRINT_PREFIX_LENGTH)}, the evidence now has ${fingerprint.slice(0, FINGERPRINT_PREFIX_LENGTH)}`;
  }
  return undefined;
}

/** Replay the events (already in time order, already for one safeguard and model) against the current fingerprint. */
export function attestationState(events: readonly Attestation[], fingerprint: string): AttestationState {
  let state: AttestationState = { kind: 'none' };
  for (const e of events) {
    if (e.kind === 'revoke') {
      state = { kind: 'none' };
      continue;
    }
    const why = outdatedBecause(e, fingerprint);
    if (why === undefined) state = { kind: 'attested', by: e.by, at: e.at };
    // An outdated attestation cannot undo a valid one made before it.
    else if (state.kind !== 'attested') state = { kind: 'outdated', attestation: e, why };
  }
  return state;
}
