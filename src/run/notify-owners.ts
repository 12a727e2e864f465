// Owners are told once: each owner the base policy names for a safeguard that this PR needs attested gets one review
// request when that first becomes needed, and none again while nothing new is needed from them. What was asked is
// kept in the gate's own sticky comment, so that every evaluation (Action or App) knows it.
import type { Verdict } from '../engine/types.ts';
import { ownComments, type PrComment, type RepoRef } from '../ports/github.ts';

export const NOTIFIED_MARKER = '<!-- rsp-gate:notified ';

export interface ReviewRequest {
  /** GitHub logins. */
  users: string[];
  /** Team slugs of the repository's organisation. */
  teams: string[];
}

export interface NotificationPlan {
  request: ReviewRequest;
  /** Everything asked so far, once this request is made: owner, safeguard and model. */
  notified: string[];
}

function key(owner: string, safeguard: string, model: string): string {
  return `${owner.toLowerCase()} ${safeguard} ${model}`;
}

/** What the gate's sticky comment records as asked already; nothing when it has no record. */
export function readNotified(comments: readonly PrComment[], reportMarker: string): Set<string> {
  const sticky = ownComments(comments, reportMarker).at(-1);
  const at = sticky?.body.lastIndexOf(NOTIFIED_MARKER) ?? -1;
  if (sticky === undefined || at === -1) return new Set();
  const encoded = sticky.body.slice(at + NOTIFIED_MARKER.length).split(' ')[0] ?? '';
  try {
    const list: unknown = JSON.parse(decodeURIComponent(encoded));
    return new Set(Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The record, for the end of the sticky comment: encoded, so that nothing in it can end the HTML comment. */
export function notifiedRecord(notified: readonly string[]): string {
  return notified.length === 0 ? '' : `\n${NOTIFIED_MARKER}${encodeURIComponent(JSON.stringify([...notified].sort()))} -->`;
}

/** A policy owner as GitHub reviewers: `@org/team` of this repository's organisation, or a user. */
function reviewer(owner: string, repo: RepoRef): { user?: string; team?: string } {
  const team = /^@?([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(owner);
  if (team) return team[1]!.toLowerCase() === repo.owner.toLowerCase() ? { team: team[2]! } : {};
  const user = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(owner);
  return user ? { user: user[1]! } : {};
}

/**
 * Whom to ask now: owners with a pending safeguard not asked about before. Owners come only from the verdict's
 * safeguards, which come from the base policy; the PR's author is never asked to review their own PR.
 */
export function planNotifications(verdict: Verdict, already: ReadonlySet<string>, repo: RepoRef, prAuthor: string): NotificationPlan {
  const users = new Set<string>();
  const teams = new Set<string>();
  const notified = new Set(already);
  for (const m of verdict.models) {
    for (const s of m.safeguards.filter((x) => x.status === 'pending')) {
      for (const owner of s.owners) {
        const k = key(owner, s.id, m.id);
        if (notified.has(k)) continue;
        notified.add(k);
        const r = reviewer(owner, repo);
        if (r.user !== undefined && r.user.toLowerCase() !== prAuthor.toLowerCase()) users.add(r.user);
        if (r.team !== undefined) teams.add(r.team);
      }
    }
  }
  return { request: { users: [...users].sort(), teams: [...teams].sort() }, notified: [...notified] };
}
