// The checks attest and revoke share: the safeguard must exist in the base policy, the model (if named) on the PR.
import type { Safeguard } from '../../policy/schema.ts';
import type { Verdict } from '../../engine/types.ts';
import type { CommandContext } from '../handler.ts';
import { notEvaluatedReason } from '../../engine/ledger-entries.ts';

interface Target {
  safeguard: string;
  model?: string;
}

export function checkSafeguardTarget(
  command: Target,
  ctx: CommandContext,
): { allowed: true; safeguard: Safeguard } | { allowed: false; reason: string } {
  const safeguard = ctx.policy.safeguards.find((s) => s.id === command.safeguard);
  if (!safeguard) {
    const known = ctx.policy.safeguards.map((s) => s.id).join(', ') || 'none';
    return { allowed: false, reason: `the policy defines no safeguard "${command.safeguard}" (known: ${known})` };
  }
  if (command.model !== undefined && ctx.models !== undefined) {
    const name = command.model.toLowerCase();
    const known = ctx.models.some((m) => m.id.toLowerCase() === name || m.aliases.some((a) => a.toLowerCase() === name));
    if (!known) return { allowed: false, reason: `no model "${command.model}" is defined at the PR head` };
  }
  return { allowed: true, safeguard };
}

/**
 * After the evaluation: a command that names a model this PR does not evaluate had no effect. A model named by an
 * alias is recognised through the checklist it changed.
 */
export function notEvaluatedHere(command: Target & { name: string }, verdict: Verdict): string | undefined {
  if (command.model === undefined) return undefined;
  const name = command.model.toLowerCase();
  if (verdict.models.some((m) => m.id.toLowerCase() === name)) return undefined;
  const tookEffect = verdict.models.some((m) => m.safeguards.some((s) => s.id === command.safeguard && s.status === 'attested'));
  if (command.name === 'attest' && tookEffect) return undefined;
  return notEvaluatedReason(
    command.model,
    verdict.models.map((m) => m.id),
  );
}
