// Owners are told once: each owner the base policy names for a safeguard that this PR needs attested gets one review
// request when that first becomes needed, and none again while nothing new is needed from them. What was asked is
// kept in the gate's own sticky comment, so that every evaluation (Action or App) knows it.
import type { Verdict } from '../engine/types.ts';
import { ownComments, type PrComment, type RepoRef } from '../ports/github.ts';

const NOTIFIED_MARKER = '<!-- rsp-gate:notified ';

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

/** Stands for every model in a record shortened to owner and safeguard. */
const ANY_MODEL = '*';

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

/** A record longer than this keeps owner and safeguard only: a PR of many models must still leave room for its report. */
const MAX_RECORD_CHARS = 8_000;

/** The record, for the end of the sticky comment: encoded, so that nothing in it can end the HTML comment. */
export function notifiedRecord(notified: readonly string[]): string {
  if (notified.length === 0) return '';
  const encode = (keys: readonly string[]) => `\n${NOTIFIED_MARKER}${encodeURIComponent(JSON.stringify([...new Set(keys)].sort()))} -->`;
  const full = encode(notified);
  if (full.length <= MAX_RECORD_CHARS) return full;
  return encode(notified.map((k) => k.split(' ').slice(0, 2).concat(ANY_MODEL).join(' ')));
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
        if (notified.has(k) || notified.has(key(owner, s.id, ANY_MODEL))) continue;
        notified.add(k);
        const r = reviewer(owner, repo);
        if (r.user !== undefined && r.user.toLowerCase() !== prAuthor.toLowerCase()) users.add(r.user);
        if (r.team !== undefined) teams.add(r.team);
      }
    }
  }
  return { request: { users: [...users].sort(), teams: [...teams].sort() }, notified: [...notified] };
}
