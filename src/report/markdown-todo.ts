// What is needed, from whom: the first thing under the headline. One block per owner (a user or a team) with the
// exact `/rsp attest` lines to paste, then who may approve a policy change, then what the PR's author must fix.
import { MAX_COMMANDS_PER_COMMENT } from '../commands/parse.ts';
import { plural } from '../engine/format.ts';
import type { ModelVerdict, SafeguardVerdict, Verdict } from '../engine/types.ts';
import { codeBlock, escapeMarkdown } from './escape.ts';
import { pushTo } from '../common/group.ts';

interface PendingSafeguard {
  model: ModelVerdict;
  safeguard: SafeguardVerdict;
}

/** Key for safeguards that name no owner: nobody can attest them until the policy names one. */
const NO_OWNER = '';

function pendingSafeguards(v: Verdict): PendingSafeguard[] {
  return v.models.flatMap((model) => model.safeguards.filter((s) => s.status === 'pending').map((safeguard) => ({ model, safeguard })));
}

/** Pending safeguards by owner, owners in the order the checklist first names them; a safeguard is under each of its owners. */
function pendingByOwner(v: Verdict): Map<string, PendingSafeguard[]> {
  const byOwner = new Map<string, PendingSafeguard[]>();
  for (const item of pendingSafeguards(v)) {
    const owners = item.safeguard.owners.length > 0 ? item.safeguard.owners : [NO_OWNER];
    for (const owner of owners) pushTo(byOwner, owner, item);
  }
  return byOwner;
}

/** Models named in an owner's heading; the rest are counted. */
const NAMED_MODELS = 3;

function modelsText(items: readonly PendingSafeguard[]): string {
  const ids = [...new Set(items.map((i) => i.model.id))];
  const named = ids.slice(0, NAMED_MODELS).map(escapeMarkdown).join(', ');
  return ids.length > NAMED_MODELS ? `${named} and ${plural(ids.length - NAMED_MODELS, 'more model')}` : named;
}

/**
 * The lines to paste. One per safeguard and model; when that is more than one comment may carry, one per safeguard
 * without a model id, which attests it for every model of the PR that needs it.
 */
function attestLines(items: readonly PendingSafeguard[], compact: boolean): string[] {
  if (!compact && items.length <= MAX_COMMANDS_PER_COMMENT) return items.map((i) => i.safeguard.attestCommand);
  const bySafeguard = new Map<string, PendingSafeguard[]>();
  for (const i of items) pushTo(bySafeguard, i.safeguard.id, i);
  return [...bySafeguard].map(([id, group]) => (group.length === 1 ? group[0]!.safeguard.attestCommand : `/rsp attest ${id}`));
}

function ownerHeading(owner: string, items: readonly PendingSafeguard[]): string {
  const what = `${plural(items.length, 'safeguard')} of ${modelsText(items)}`;
  if (owner === NO_OWNER) return `**Nobody yet**: the policy names no owner for ${what}`;
  const others = [...new Set(items.flatMap((i) => i.safeguard.owners))].filter((o) => o !== owner);
  const shared = others.length > 0 ? ` <sub>(shared with ${others.map(escapeMarkdown).join(', ')})</sub>` : '';
  return `**${escapeMarkdown(owner)}** · attest ${what}${shared}`;
}

function ownerBlock(owner: string, items: readonly PendingSafeguard[], compact: boolean): string {
  const heading = ownerHeading(owner, items);
  return owner === NO_OWNER ? heading : `${heading}\n\n${codeBlock(attestLines(items, compact))}`;
}

function policyApproval(v: Verdict, approvers: readonly string[]): string | undefined {
  if (!v.policy.changed || v.policy.approvedBy.length > 0) return undefined;
  const who = approvers.length > 0 ? approvers.map(escapeMarkdown).join(' or ') : 'A policy approver';
  return `**${who}** · approve the policy change\n\n${codeBlock(['/rsp approve-policy'])}`;
}

function errorsToFix(v: Verdict): string | undefined {
  const errors = v.counts.error;
  return errors > 0
    ? `❌ **The PR's author** · fix ${plural(errors, 'error')} (under Findings below); attestations alone cannot make the gate pass.`
    : undefined;
}

export interface ToDoOptions {
  /** Who may approve a policy change, from the base policy. */
  policyApprovers?: readonly string[];
  /** Most owner blocks shown; the rest are named in one line. */
  maxOwners?: number;
  /** One line per safeguard rather than per safeguard and model, to fit a small comment. */
  compact?: boolean;
}

/** The to-do, or '' when nothing is needed from anyone. */
export function toDoSection(v: Verdict, options: ToDoOptions = {}): string {
  const owners = [...pendingByOwner(v)];
  const shown = owners.slice(0, options.maxOwners ?? owners.length);
  const blocks = [
    errorsToFix(v),
    policyApproval(v, options.policyApprovers ?? []),
    ...shown.map(([owner, items]) => ownerBlock(owner, items, options.compact === true)),
  ];
  const rest = owners.slice(shown.length).map(([owner]) => escapeMarkdown(owner));
  if (rest.length > 0) blocks.push(`_Also needed from ${rest.join(', ')}: see the checklist._`);
  const present = blocks.filter((b): b is string => b !== undefined);
  return present.length > 0 ? `### What is needed\n\n${present.join('\n\n')}` : '';
}
