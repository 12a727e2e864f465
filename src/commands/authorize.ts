// Who may run a command: the checks every handler runs before it does anything. The lookups (repository permission,
// team membership) are injected, so that this file decides and the GitHub port only answers questions.

/** Repository permission as GitHub reports it (maintain counts as write, triage as read). */
export type Permission = 'admin' | 'write' | 'read' | 'none';

export type Membership =
  | { state: 'member' }
  | { state: 'not-member' }
  /** The token cannot tell (e.g. GITHUB_TOKEN has no access to organisation membership). */
  | { state: 'unknown'; reason: string };

export interface AccessLookup {
  repoPermission(login: string): Promise<Permission>;
  teamMembership(org: string, team: string, login: string): Promise<Membership>;
}

export type Decision = { allowed: true; via: string } | { allowed: false; reason: string };

/** The comment a command came from, as far as authorisation cares. */
export interface CommentAuthor {
  login: string;
  /** True for GitHub Apps and other bot accounts: a bot never attests or approves. */
  isBot: boolean;
  /** Login of whoever last edited the comment, when it was edited. */
  editor: string | null;
}

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A command counts only in a comment written by a person and edited, if at all, by that person alone. */
export function commentCounts(author: CommentAuthor): Decision {
  if (author.isBot) return { allowed: false, reason: `${author.login} is a bot account; commands from bots do not count` };
  if (author.editor !== null && !sameLogin(author.editor, author.login)) {
    return {
      allowed: false,
      reason: `the comment was edited by ${author.editor}, not by its author ${author.login}; commands in it do not count (post a new comment)`,
    };
  }
  return { allowed: true, via: 'comment author' };
}

export async function hasWriteAccess(login: string, access: AccessLookup): Promise<Decision> {
  const permission = await access.repoPermission(login);
  if (permission === 'admin' || permission === 'write') return { allowed: true, via: `${permission} access` };
  return { allowed: false, reason: `${login} has ${permission} access to this repository; write access is needed` };
}

/**
 * Is `login` one of `principals` (logins, or `@org/team`)? Teams whose membership the token cannot read are named in
 * the refusal, so that the fix (a token that can read membership, or listing the user) is obvious.
 */
export async function isOneOf(principals: readonly string[], login: string, access: AccessLookup, role: string): Promise<Decision> {
  if (principals.length === 0) return { allowed: false, reason: `the policy names no ${role}` };
  const unreadable: string[] = [];
  for (const principal of principals) {
    const team = parseTeam(principal);
    if (!team) {
      if (sameLogin(principal.replace(/^@/, ''), login)) return { allowed: true, via: `listed as ${role}` };
      continue;
    }
    const membership = await access.teamMembership(team.org, team.slug, login);
    if (membership.state === 'member') return { allowed: true, via: `member of @${team.org}/${team.slug}` };
    if (membership.state === 'unknown') unreadable.push(`@${team.org}/${team.slug} (${membership.reason})`);
  }
  const listed = principals.join(', ');
  const reason = `${login} is not one of the ${role} (${listed})`;
  if (unreadable.length === 0) return { allowed: false, reason };
  return {
    allowed: false,
    reason: `${reason}; team membership could not be checked for ${unreadable.join('; ')}, so only the users listed by name count`,
  };
}

/**
 * `isOneOf`, decided against today's repository access as well: a listed owner or team member whose write access to
 * the repository was removed no longer vouches for anything on it.
 */
export async function isCurrentlyOneOf(
  principals: readonly string[],
  login: string,
  access: AccessLookup,
  role: string,
): Promise<Decision> {
  const listed = await isOneOf(principals, login, access, role);
  if (!listed.allowed) return listed;
  const writer = await hasWriteAccess(login, access);
  if (!writer.allowed)
    return {
      allowed: false,
      reason: `${writer.reason}; ${login} is listed as one of the ${role}, but only people who can still write to it count`,
    };
  return listed;
}

function parseTeam(principal: string): { org: string; slug: string } | undefined {
  const match = /^@?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(principal);
  return match ? { org: match[1]!, slug: match[2]! } : undefined;
}

/** One lookup per login (and team) per evaluation, however many comments ask. */
export function memoizeAccess(access: AccessLookup): AccessLookup {
  const permissions = new Map<string, Promise<Permission>>();
  const memberships = new Map<string, Promise<Membership>>();
  return {
    repoPermission(login) {
      const key = login.toLowerCase();
      const known = permissions.get(key);
      if (known) return known;
      const asked = access.repoPermission(login);
      permissions.set(key, asked);
      return asked;
    },
    teamMembership(org, team, login) {
      const key = `${org}/${team}/${login}`.toLowerCase();
      const known = memberships.get(key);
      if (known) return known;
      const asked = access.teamMembership(org, team, login);
      memberships.set(key, asked);
      return asked;
    },
  };
}
