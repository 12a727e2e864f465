// The one translator from a GitHub event to a gate run, shared by the Action and the App: which pull requests an
// event concerns and what triggered the run, or why the event changes nothing. Pure: lookups are named, not made.
import type { GateTrigger } from './pull-request.ts';
import { parseCommands } from '../commands/parse.ts';

/** Which pull requests to evaluate; the last two need the list of open PRs, which the adapter reads. */
export type PullRequestSelector =
  | { kind: 'number'; number: number; headSha?: string; fromFork?: boolean }
  | { kind: 'numbers'; numbers: number[]; headSha: string }
  /** Open PRs whose head is this commit (a check run of a fork PR names none). */
  | { kind: 'open-with-head'; headSha: string }
  /** Every open PR into this branch (its policy changed). */
  | { kind: 'open-on-base'; baseRef: string }
  /** Every open PR: a sweep, since verdicts age while PRs stay open (a schedule, or a dispatch naming no PR). */
  | { kind: 'open' };

/** A merge queue's group: its commit, the base it was built on, and the PR its head ref names (when it names one). */
export interface MergeGroupRef {
  headSha: string;
  baseSha: string;
  headRef: string;
  /**
   * The group's PR, from `gh-readonly-queue/<base>/pr-<N>-<sha of the commit it is stacked on>`; undefined when the ref
   * names none. PRs queued before it are in the history of `baseSha`, and were checked in their own groups.
   */
  pullRequest?: number;
}

export type GateRequest =
  | { kind: 'evaluate'; select: PullRequestSelector; trigger: GateTrigger }
  /** A merge queue asks for the check on the group's commit. */
  | { kind: 'merge-group'; group: MergeGroupRef }
  /** A line comment on code holds `/rsp`: answered (commands go in a PR comment or a review), never counted. */
  | { kind: 'line-comment'; number: number; commentId: number }
  | { kind: 'ignore'; reason: string }
  /** The event is one the gate handles, but the run is set up wrongly. */
  | { kind: 'invalid'; reason: string };

export interface EventSettings {
  checkName: string;
  policyPath: string;
  /** workflow_dispatch: the PR number given as the Action's input (none: every open PR). */
  pullRequestInput?: number;
}

export interface EventPayload {
  action?: string;
  ref?: string;
  forced?: boolean;
  sender?: { login?: string; type?: string };
  repository?: { default_branch?: string };
  commits?: Array<{ added?: string[]; modified?: string[]; removed?: string[] }>;
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { fork?: boolean; full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
  issue?: { number?: number; pull_request?: unknown };
  comment?: { id?: number; body?: string; user?: { login?: string; type?: string } | null };
  review?: { id?: number; body?: string | null; user?: { login?: string } | null };
  merge_group?: { head_sha?: string; head_ref?: string; base_sha?: string; base_ref?: string };
  changes?: { base?: unknown; body?: { from?: string } };
  inputs?: Record<string, unknown>;
  /** schedule: the cron line that started the run. */
  schedule?: string;
  check_run?: { name?: string; head_sha?: string; pull_requests?: Array<{ number?: number }> };
  check_suite?: { head_sha?: string; pull_requests?: Array<{ number?: number }> };
}

type Translate = (payload: EventPayload, settings: EventSettings) => GateRequest;

const TRANSLATORS: Record<string, Translate> = {
  pull_request: (p) => fromPullRequest('pull_request', p),
  pull_request_target: (p) => fromPullRequest('pull_request_target', p),
  issue_comment: fromComment,
  workflow_dispatch: fromDispatch,
  check_run: fromCheckRun,
  check_suite: fromCheckSuite,
  push: fromPush,
  schedule: () => sweep(),
  pull_request_review: fromReview,
  pull_request_review_comment: fromLineComment,
  merge_group: fromMergeGroup,
};

const HANDLED_EVENTS = Object.keys(TRANSLATORS);

export function translateEvent(eventName: string, payload: EventPayload, settings: EventSettings): GateRequest {
  const translate = TRANSLATORS[eventName];
  if (translate === undefined) return ignore(`rsp-gate runs on ${HANDLED_EVENTS.join(', ')}, not on ${eventName}`);
  return translate(payload, settings);
}

const PR_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

function fromPullRequest(eventName: string, payload: EventPayload): GateRequest {
  const pr = payload.pull_request;
  if (typeof pr?.number !== 'number') return ignore(`the ${eventName} event carries no pull request`);
  const action = payload.action ?? '';
  // An edit matters only when it moves the PR to another base branch (and so another policy).
  const relevant = PR_ACTIONS.has(action) || (action === 'edited' && payload.changes?.base !== undefined);
  if (!relevant) return ignore(`${eventName}.${action} does not change what the gate evaluates`);
  const headSha = pr.head?.sha;
  const select: PullRequestSelector = {
    kind: 'number',
    number: pr.number,
    fromFork: fromFork(payload),
    ...(typeof headSha === 'string' ? { headSha } : {}),
  };
  return { kind: 'evaluate', select, trigger: { kind: 'pull_request' } };
}

function fromComment(payload: EventPayload): GateRequest {
  if (!payload.issue?.pull_request) return ignore('the comment is on an issue, not on a pull request');
  const number = payload.issue.number;
  const commentId = payload.comment?.id;
  if (typeof number !== 'number' || typeof commentId !== 'number') return ignore('the issue_comment event carries no comment');
  if (!commentEventMatters(payload)) return ignore('a bot wrote or edited its own comment, which carries no commands');
  const action = payload.action === 'edited' || payload.action === 'deleted' ? payload.action : 'created';
  const previousBody = action === 'edited' ? payload.changes?.body?.from : action === 'deleted' ? payload.comment?.body : undefined;
  const trigger: GateTrigger = { kind: 'comment', commentId, action, ...(previousBody === undefined ? {} : { previousBody }) };
  return { kind: 'evaluate', select: { kind: 'number', number }, trigger };
}

/**
 * Bots never carry commands, so their new comments and edits of their own (the gate's reports and replies) change
 * nothing. A bot that edits or deletes someone else's comment may take an attestation away: that is evaluated.
 */
function commentEventMatters(payload: EventPayload): boolean {
  if (payload.sender?.type !== 'Bot') return true;
  return payload.action !== 'created' && payload.comment?.user?.login !== payload.sender.login;
}

const REVIEW_ACTIONS = { submitted: 'created', edited: 'edited', dismissed: 'deleted' } as const;

/**
 * A review body is read like a PR comment: submitted is a new comment, edited an edit, and dismissed a deletion (a
 * dismissed review's commands no longer count, so what it held is re-evaluated).
 */
function fromReview(payload: EventPayload): GateRequest {
  const number = payload.pull_request?.number;
  const reviewId = payload.review?.id;
  if (typeof number !== 'number' || typeof reviewId !== 'number') return ignore('the pull_request_review event carries no review');
  const action = REVIEW_ACTIONS[payload.action as keyof typeof REVIEW_ACTIONS];
  if (action === undefined) return ignore(`pull_request_review.${payload.action ?? ''} does not change what the gate evaluates`);
  const author = payload.review?.user?.login;
  if (payload.sender?.type === 'Bot' && action !== 'deleted' && author === payload.sender.login)
    return ignore('a bot wrote or edited its own review, which carries no commands');
  const previousBody = action === 'edited' ? payload.changes?.body?.from : action === 'deleted' ? (payload.review?.body ?? '') : undefined;
  const trigger: GateTrigger = {
    kind: 'comment',
    source: 'review',
    commentId: reviewId,
    action,
    ...(previousBody === undefined ? {} : { previousBody }),
  };
  return { kind: 'evaluate', select: { kind: 'number', number, fromFork: fromFork(payload) }, trigger };
}

/** A comment on a line of code is not a command: one that holds `/rsp` is answered so its author knows. */
function fromLineComment(payload: EventPayload): GateRequest {
  const number = payload.pull_request?.number;
  const commentId = payload.comment?.id;
  if (typeof number !== 'number' || typeof commentId !== 'number')
    return ignore('the pull_request_review_comment event carries no comment');
  if (payload.action !== 'created') return ignore(`pull_request_review_comment.${payload.action ?? ''} is not a new line comment`);
  if (payload.sender?.type === 'Bot' || payload.comment?.user?.type === 'Bot') return ignore('a bot wrote the line comment');
  const parsed = parseCommands(payload.comment?.body ?? '');
  if (parsed.commands.length + parsed.errors.length === 0) return ignore('the line comment holds no /rsp command');
  return { kind: 'line-comment', number, commentId };
}

const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40,64}$/;

/** The PR a merge queue's head ref names: the newest of the group (earlier ones are in the group's history). */
function queuedPullRequest(headRef: string): number | undefined {
  const match = QUEUE_REF.exec(headRef);
  return match ? Number(match[1]) : undefined;
}

function fromMergeGroup(payload: EventPayload): GateRequest {
  if (payload.action !== 'checks_requested') return ignore(`merge_group.${payload.action ?? ''} does not ask for a check`);
  const { head_sha: headSha, base_sha: baseSha, head_ref: headRef } = payload.merge_group ?? {};
  if (typeof headSha !== 'string' || typeof baseSha !== 'string' || typeof headRef !== 'string')
    return { kind: 'invalid', reason: 'the merge_group event names no head and base commit' };
  const pullRequest = queuedPullRequest(headRef);
  return { kind: 'merge-group', group: { headSha, baseSha, headRef, ...(pullRequest === undefined ? {} : { pullRequest }) } };
}

function fromFork(payload: EventPayload): boolean {
  const pr = payload.pull_request;
  const head = pr?.head?.repo;
  return head?.fork === true || (head?.full_name !== undefined && head.full_name !== pr?.base?.repo?.full_name);
}

function fromDispatch(payload: EventPayload, settings: EventSettings): GateRequest {
  if (settings.pullRequestInput !== undefined) return evaluateNumber(settings.pullRequestInput);
  const given = payload.inputs?.['pull-request'];
  const text = typeof given === 'string' ? given.trim() : '';
  // No PR named: every open PR, as a schedule does; a PR named wrongly is a mistake, not a request for all of them.
  if (text === '') return sweep();
  if (!/^\d+$/.test(text))
    return { kind: 'invalid', reason: `workflow_dispatch: the pull-request input must be a PR number, not "${text}"` };
  return evaluateNumber(Number(text));
}

function evaluateNumber(number: number): GateRequest {
  return { kind: 'evaluate', select: { kind: 'number', number }, trigger: { kind: 'rerun' } };
}

function fromCheckRun(payload: EventPayload, settings: EventSettings): GateRequest {
  const run = payload.check_run;
  if (payload.action !== 'rerequested') return ignore(`check_run.${payload.action ?? ''} is not a request to run again`);
  if (run?.name !== settings.checkName) return ignore(`the check run is ${run?.name ?? 'unnamed'}, not ${settings.checkName}`);
  return rerunFor(run.head_sha, run.pull_requests);
}

function fromCheckSuite(payload: EventPayload): GateRequest {
  const suite = payload.check_suite;
  if (payload.action !== 'rerequested') return ignore(`check_suite.${payload.action ?? ''} is not a request to run again`);
  return rerunFor(suite?.head_sha, suite?.pull_requests);
}

function rerunFor(headSha: string | undefined, pulls: Array<{ number?: number }> | undefined): GateRequest {
  if (typeof headSha !== 'string') return ignore('the event names no commit');
  const numbers = (pulls ?? []).map((p) => p.number).filter((n): n is number => typeof n === 'number');
  // GitHub leaves pull_requests empty for PRs from forks: find them by their head.
  const select: PullRequestSelector = numbers.length > 0 ? { kind: 'numbers', numbers, headSha } : { kind: 'open-with-head', headSha };
  return { kind: 'evaluate', select, trigger: { kind: 'rerun' } };
}

function fromPush(payload: EventPayload, settings: EventSettings): GateRequest {
  const branch = payload.repository?.default_branch;
  if (branch === undefined || payload.ref !== `refs/heads/${branch}`) return ignore('the push is not to the default branch');
  if (!touchesPolicy(payload, settings.policyPath)) return ignore(`the push does not change ${settings.policyPath}`);
  // A new base policy can change every open PR's verdict: evaluate them all again.
  return { kind: 'evaluate', select: { kind: 'open-on-base', baseRef: branch }, trigger: { kind: 'rerun' } };
}

/** Whether a push changed the policy file; a push whose commit list GitHub shortened (20 commits) counts as one. */
export function touchesPolicy(payload: Pick<EventPayload, 'forced' | 'commits'>, policyPath: string): boolean {
  const commits = payload.commits ?? [];
  if (payload.forced === true || commits.length >= 20) return true;
  return commits.some((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].includes(policyPath));
}

/** Every open PR evaluated again as of now: evidence may have expired since, and the base branch's policy changed. */
function sweep(): GateRequest {
  return { kind: 'evaluate', select: { kind: 'open' }, trigger: { kind: 'rerun' } };
}

function ignore(reason: string): GateRequest {
  return { kind: 'ignore', reason };
}
