// Local simulation of `/rsp` commands: the comments a PR would get, as plain data, turned into the comments the bot
// reads and authorised by the same handlers (collect.ts), with team memberships from a file instead of GitHub.
import * as z from 'zod';
import type { Verdict } from '../engine/types.ts';
import { outdatedBecause } from '../engine/attestations.ts';
import { sameLogin, type AccessLookup, type Membership } from './authorize.ts';
import type { TriggerCommands } from './collect.ts';
import { commandTime, headChangedSince, type CommandComment } from './handler.ts';
import { commandText, type Command } from './parse.ts';
import { handlerFor } from './registry.ts';

const Login = z.string().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/, 'a GitHub login');
const Instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date and time');

/** One comment as it would be posted on the PR. */
const SimulatedCommentSchema = z.strictObject({
  author: Login,
  body: z.string(),
  /** When it is posted (default: now, in list order). */
  created_at: Instant.optional(),
  /** Who last edited it: a command in a comment edited by someone else does not count. */
  edited_by: Login.optional(),
  /** When it was last edited (default: created_at, when edited_by is given). */
  edited_at: Instant.optional(),
  kind: z.enum(['comment', 'review']).default('comment'),
  bot: z.boolean().default(false),
});
export const SimulatedCommentsSchema = z.array(SimulatedCommentSchema);
export type SimulatedComment = z.infer<typeof SimulatedCommentSchema>;

/** Team -> members, teams written `@org/team` or `org/team`. */
export const TeamsSchema = z.record(z.string().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/, 'a team: @org/team'), z.array(Login));
export type Teams = z.infer<typeof TeamsSchema>;

/** `--attest USER:SAFEGUARD[:MODEL]`: one owner's `/rsp attest`, as a comment of its own. */
export interface AttestSpec {
  user: string;
  safeguard: string;
  model?: string;
}

export function parseAttestSpec(text: string): AttestSpec | { error: string } {
  const parts = text.split(':');
  const [user, safeguard, model] = parts;
  if (parts.length < 2 || parts.length > 3 || !user || !safeguard || model === '')
    return { error: `--attest ${text}: expected USER:SAFEGUARD or USER:SAFEGUARD:MODEL` };
  if (!Login.safeParse(user).success) return { error: `--attest ${text}: "${user}" is not a GitHub login` };
  return { user: user.replace(/^@/, ''), safeguard, ...(model === undefined ? {} : { model }) };
}

/** A simulated comment and where it came from, for the outcome lines. */
export interface Simulated {
  comment: CommandComment;
  source: string;
}

/**
 * The comments to simulate: the file's first, then one per `--attest`. Without a time each is posted `now`, after the
 * head, as an owner copying the command from the report would: an unbound command then binds to the current head.
 */
export function simulatedComments(comments: readonly SimulatedComment[], attests: readonly AttestSpec[], now: string): Simulated[] {
  const id = (i: number) => `simulated-${String(i + 1).padStart(4, '0')}`;
  const fromFile = comments.map((c, i): Simulated => {
    const createdAt = c.created_at ?? now;
    const editor = c.edited_by?.replace(/^@/, '') ?? null;
    const comment: CommandComment = {
      id: id(i),
      author: { login: c.author.replace(/^@/, ''), isBot: c.bot, editor },
      body: c.body,
      createdAt,
      lastEditedAt: c.edited_at ?? (editor === null ? null : createdAt),
      kind: 'simulated',
    };
    return { comment, source: `${c.kind} ${i + 1} of --comments` };
  });
  const fromFlags = attests.map((a, i): Simulated => {
    const body = ['/rsp attest', a.safeguard, a.model].filter(Boolean).join(' ');
    const comment: CommandComment = {
      id: id(comments.length + i),
      author: { login: a.user, isBot: false, editor: null },
      body,
      createdAt: now,
      lastEditedAt: null,
      kind: 'simulated',
    };
    return { comment, source: `--attest ${a.user}:${a.safeguard}${a.model === undefined ? '' : `:${a.model}`}` };
  });
  return [...fromFile, ...fromFlags];
}

/**
 * Access as the teams file tells it. Repository permission cannot be known offline: every simulated user is taken to
 * be able to write to the repository (the bot also requires that of owners and approvers).
 */
export function teamsAccess(teams: Teams | undefined, teamsFile: string | undefined): AccessLookup {
  const members = new Map(Object.entries(teams ?? {}).map(([team, logins]) => [team.replace(/^@/, '').toLowerCase(), logins]));
  return {
    async repoPermission() {
      return 'write';
    },
    async teamMembership(org, team, login): Promise<Membership> {
      const listed = members.get(`${org}/${team}`.toLowerCase());
      if (listed === undefined)
        return {
          state: 'unknown',
          reason: teamsFile === undefined ? 'no --teams file gives its members' : `${teamsFile} does not list it`,
        };
      return listed.some((m) => sameLogin(m.replace(/^@/, ''), login)) ? { state: 'member' } : { state: 'not-member' };
    },
  };
}

export type SimulationStatus = 'counted' | 'refused' | 'no-effect' | 'unreadable';

export interface SimulationOutcome {
  source: string;
  user: string;
  /** The command as typed, or the line that could not be read. */
  command: string;
  status: SimulationStatus;
  /** Why it was refused or had no effect, who it counted as, or what is wrong with the line. */
  detail: string;
  /** The models whose checklist it changed (attest only). */
  models?: string[];
}

/** Each simulated command's fate: refused (the bot's reason), no effect on the verdict (and why), or counted. */
export function simulationOutcomes(
  simulated: readonly Simulated[],
  decided: readonly TriggerCommands[],
  verdict: Verdict,
  headPushedBy: string | null,
): SimulationOutcome[] {
  const out: SimulationOutcome[] = [];
  for (const sim of simulated) {
    const found = decided.find((d) => d.comment.id === sim.comment.id);
    const user = sim.comment.author.login;
    const base = { source: sim.source, user };
    if (found === undefined) {
      out.push({ ...base, command: firstLine(sim.comment.body), status: 'no-effect', detail: 'holds no command that changes the verdict' });
      continue;
    }
    for (const { command, decision } of found.outcomes) {
      const typed = commandText(command);
      if (!decision.allowed) out.push({ ...base, command: typed, status: 'refused', detail: decision.reason });
      else out.push({ ...base, command: typed, ...effectOf(command, sim.comment, verdict, headPushedBy, decision.via) });
    }
    for (const e of found.errors) out.push({ ...base, command: e.text, status: 'unreadable', detail: `line ${e.line}: ${e.message}` });
  }
  return out;
}

type Effect = Pick<SimulationOutcome, 'status' | 'detail' | 'models'>;

function effectOf(command: Command, comment: CommandComment, verdict: Verdict, headPushedBy: string | null, via: string): Effect {
  const after = handlerFor(command).after?.(command, verdict) ?? {};
  if (after.refused !== undefined) return { status: 'no-effect', detail: after.refused };
  if (command.name !== 'attest') return { status: 'counted', detail: via };
  const login = comment.author.login;
  const named = verdict.models.filter((m) => command.model === undefined || sameLogin(m.id, command.model));
  const rows = named.flatMap((m) => m.safeguards.filter((s) => s.id === command.safeguard).map((s) => ({ m, s })));
  // This very comment's attestation: its author and its time (a later one by the same owner is another comment).
  const at = commandTime(comment);
  const counted = rows.filter(
    ({ s }) => s.status === 'attested' && s.attestedBy !== null && sameLogin(s.attestedBy, login) && s.attestedAt === at,
  );
  if (counted.length > 0) return { status: 'counted', detail: via, models: counted.map(({ m }) => m.id) };
  if (rows.length === 0) return { status: 'no-effect', detail: `no model this PR evaluates requires ${command.safeguard}` };
  const binding = {
    ...(command.fingerprint === undefined ? {} : { fingerprint: command.fingerprint }),
    headChangedSince: headChangedSince({ comment, headPushedBy }),
  };
  const why = rows.map(({ m, s }) => `${m.id}: ${whyNot(s, outdatedBecause(binding, m.fingerprint))}`);
  return { status: 'no-effect', detail: why.join('; ') };
}

function whyNot(s: Verdict['models'][number]['safeguards'][number], outdated: string | undefined): string {
  if (s.status === 'satisfied') return 'already satisfied (in the model ledger at the base commit)';
  if (outdated !== undefined) return `does not count: ${outdated}`;
  if (s.status === 'attested') return `the attestation by ${s.attestedBy ?? 'another owner'} at ${s.attestedAt ?? 'another time'} counts`;
  return 'a later revocation withdrew it';
}

function firstLine(body: string): string {
  const line = body.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
