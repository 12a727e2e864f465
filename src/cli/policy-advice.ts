// What `rsp-gate validate` warns about beyond the schema: a policy that is valid but in which nobody can act.
import type { SourceLocation } from '../common/finding.ts';
import type { LoadedPolicy } from '../policy/load.ts';

export interface Advice extends SourceLocation {
  message: string;
}

/** Safeguards nobody may attest, and policy changes nobody may approve. */
export function policyAdvice(loaded: LoadedPolicy): Advice[] {
  const advice: Advice[] = [];
  const { safeguards, approvals } = loaded.policy;
  const ownerless = safeguards.flatMap((s, i) => (s.owners.length === 0 ? [{ id: s.id, at: loaded.locate(['safeguards', i]) }] : []));
  const [first] = ownerless;
  if (first !== undefined) {
    const which = ownerless.length === 1 ? `safeguard "${first.id}" has` : `${ownerless.length} safeguards have`;
    const list = ownerless.length === 1 ? '' : ` (${ownerless.map((s) => s.id).join(', ')})`;
    advice.push({
      ...first.at,
      message: `${which} no owners${list}: nobody can /rsp attest them, so only a model's ledger (safeguards: in its model.yaml) can satisfy them`,
    });
  }
  if (approvals.policy.length === 0) {
    advice.push({
      ...loaded.locate(['approvals', 'policy']),
      message: 'approvals.policy names nobody: no one can /rsp approve-policy, so a pull request that changes the policy can never pass',
    });
  }
  return advice;
}
