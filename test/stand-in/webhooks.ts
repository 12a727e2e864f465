// Webhook deliveries as GitHub sends them: GitHub's own example payloads (@octokit/webhooks-examples) with the
// stand-in's repository, pull request, comment and check run written over them, signed with x-hub-signature-256.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { sign as signPayload } from '@octokit/webhooks-methods';
import type { Actor } from './identities.ts';
import { checkRun } from './json/check.ts';
import { issueComment } from './json/comment.ts';
import type { Links } from './json/links.ts';
import { pullRequest } from './json/pull.ts';
import { repository } from './json/repository.ts';
import { simpleUser } from './json/user.ts';
import { lineComment, review } from './json/review.ts';
import type { StandIn } from './server.ts';
import type { PullRequestRecord, RepoRecord } from './state.ts';

export interface WebhookEvent {
  /** the x-github-event header */
  name: string;
  payload: Record<string, unknown>;
}

type Json = Record<string, unknown>;
interface ExampleDefinition {
  name: string;
  examples: Json[];
}

let examples: ExampleDefinition[] | undefined;

/** GitHub's example payload for an event and action (the event's first example when the action has none). */
function example(event: string, action: string | undefined): Json {
  examples ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as ExampleDefinition[];
  const definition = examples.find((d) => d.name === event);
  if (!definition) throw new Error(`no webhook examples for ${event}`);
  const chosen = definition.examples.find((e) => e.action === action) ?? definition.examples[0];
  return structuredClone(chosen) as Json;
}

/** Writes `ours` over `base`: objects merge key by key, anything else (arrays included) replaces. */
function overlay(base: unknown, ours: unknown): unknown {
  if (!isObject(base) || !isObject(ours)) return ours;
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(ours)) merged[key] = key in base ? overlay(base[key], value) : value;
  return merged;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Example fields the overlay did not replace still name github.com; point them at the stand-in.
function rehome(value: unknown, links: Links): unknown {
  if (typeof value === 'string') return value.replaceAll('https://api.github.com', links.api).replaceAll('https://github.com', links.web);
  if (Array.isArray(value)) return value.map((item) => rehome(item, links));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rehome(item, links)]));
  return value;
}

function linksOf(standIn: StandIn): Links {
  return { api: standIn.url, web: standIn.url };
}

/** repository, sender, organization and installation, as every event carries them. */
function envelope(standIn: StandIn, repo: RepoRecord, sender: Actor): Json {
  const links = linksOf(standIn);
  const owner = repo.owner;
  return {
    repository: repository(repo, links),
    sender: simpleUser(sender, links),
    ...(owner.type === 'Organization'
      ? {
          organization: {
            login: owner.login,
            id: owner.id,
            node_id: owner.nodeId,
            url: `${links.api}/orgs/${owner.login}`,
            repos_url: `${links.api}/orgs/${owner.login}/repos`,
            events_url: `${links.api}/orgs/${owner.login}/events`,
            hooks_url: `${links.api}/orgs/${owner.login}/hooks`,
            issues_url: `${links.api}/orgs/${owner.login}/issues`,
            members_url: `${links.api}/orgs/${owner.login}/members{/member}`,
            public_members_url: `${links.api}/orgs/${owner.login}/public_members{/member}`,
            avatar_url: `${links.web}/avatars/u/${owner.id}?v=4`,
            description: null,
          },
        }
      : {}),
    ...(standIn.app
      ? { installation: { id: standIn.app.installationId, node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${standIn.app.installationId}` } }
      : {}),
  };
}

function build(standIn: StandIn, event: string, action: string | undefined, repo: RepoRecord, ours: Json): WebhookEvent {
  const base = example(event, action);
  // the example's organization or installation must not leak into an event that has none
  if (repo.owner.type !== 'Organization') delete base.organization;
  if (!standIn.app) delete base.installation;
  const payload = overlay(base, ours) as Json;
  return { name: event, payload: rehome(payload, linksOf(standIn)) as Json };
}

function requirePull(standIn: StandIn, repo: string, number: number): PullRequestRecord {
  const pull = standIn.state.pullRequest(repo, number);
  if (!pull) throw new Error(`no pull request #${number} in ${repo}`);
  return pull;
}

async function pullJson(standIn: StandIn, pull: PullRequestRecord): Promise<Json> {
  const files = await pull.repo.git.diff(pull.base.sha, pull.head.sha, true);
  const commits = await pull.repo.git.commitsBetween(pull.base.sha, pull.head.sha);
  return pullRequest(
    pull,
    {
      commits: commits.length,
      additions: files.reduce((n, f) => n + f.additions, 0),
      deletions: files.reduce((n, f) => n + f.deletions, 0),
      changedFiles: files.length,
    },
    standIn.state,
    linksOf(standIn),
  );
}

export interface PullRequestEventOptions {
  repo: string;
  number: number;
  action: 'opened' | 'synchronize' | 'reopened' | 'edited';
  /** login of who did it; default the pull request's author */
  sender?: string;
  /** synchronize: the head before the push */
  before?: string;
  /** edited: what changed, e.g. `{ body: { from: 'old' } }` */
  changes?: Json;
}

export async function pullRequestEvent(standIn: StandIn, options: PullRequestEventOptions): Promise<WebhookEvent> {
  const pull = requirePull(standIn, options.repo, options.number);
  const sender = options.sender ? standIn.state.actor(options.sender) : pull.author;
  const ours: Json = {
    action: options.action,
    number: pull.number,
    pull_request: await pullJson(standIn, pull),
    ...envelope(standIn, pull.repo, sender),
  };
  if (options.action === 'synchronize') Object.assign(ours, { before: options.before ?? pull.base.sha, after: pull.head.sha });
  if (options.action === 'edited') ours.changes = options.changes ?? { body: { from: '' } };
  return build(standIn, 'pull_request', options.action, pull.repo, ours);
}

export interface IssueCommentEventOptions {
  commentId: number;
  action: 'created' | 'edited';
  /** default: the comment's author for created, its last editor for edited */
  sender?: string;
  /** edited: the body before the edit; default the previous body in the comment's history */
  previousBody?: string;
}

export function issueCommentEvent(standIn: StandIn, options: IssueCommentEventOptions): WebhookEvent {
  const comment = standIn.state.comment(options.commentId);
  if (!comment) throw new Error(`no comment ${options.commentId}`);
  const pull = requirePull(standIn, comment.repo.fullName, comment.issueNumber);
  const links = linksOf(standIn);
  const sender = options.sender
    ? standIn.state.actor(options.sender)
    : options.action === 'edited' && comment.editor
      ? comment.editor
      : comment.author;
  const pullJsonSimple = pullRequest(pull, { commits: 0, additions: 0, deletions: 0, changedFiles: 0 }, standIn.state, links);
  const issue: Json = {
    url: pullJsonSimple.issue_url,
    repository_url: `${links.api}/repos/${pull.repo.fullName}`,
    labels_url: `${pullJsonSimple.issue_url}/labels{/name}`,
    comments_url: `${pullJsonSimple.issue_url}/comments`,
    events_url: `${pullJsonSimple.issue_url}/events`,
    html_url: pullJsonSimple.html_url,
    id: pull.id,
    node_id: pull.nodeId,
    number: pull.number,
    title: pull.title,
    user: simpleUser(pull.author, links),
    labels: [],
    state: pull.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: standIn.state.commentsOn(pull.repo.fullName, pull.number).length,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    author_association: pullJsonSimple.author_association,
    active_lock_reason: null,
    draft: pull.draft,
    body: pull.body === '' ? null : pull.body,
    reactions: {
      url: `${pullJsonSimple.issue_url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    timeline_url: `${pullJsonSimple.issue_url}/timeline`,
    performed_via_github_app: null,
    state_reason: null,
    // present only when the issue is a pull request
    pull_request: {
      url: pullJsonSimple.url,
      html_url: pullJsonSimple.html_url,
      diff_url: pullJsonSimple.diff_url,
      patch_url: pullJsonSimple.patch_url,
      merged_at: null,
    },
  };
  const ours: Json = { action: options.action, issue, comment: issueComment(comment, links), ...envelope(standIn, comment.repo, sender) };
  if (options.action === 'edited') ours.changes = { body: { from: options.previousBody ?? comment.edits.at(-1)?.previousBody ?? '' } };
  return build(standIn, 'issue_comment', options.action, comment.repo, ours);
}

export function checkRunRerequestedEvent(standIn: StandIn, options: { checkRunId: number; sender: string }): WebhookEvent {
  const run = standIn.state.checkRuns.find((r) => r.id === options.checkRunId);
  if (!run) throw new Error(`no check run ${options.checkRunId}`);
  const links = linksOf(standIn);
  const json = checkRun(run, standIn.state, links);
  const pull = standIn.state.pullRequests.find((p) => p.repo === run.repo && p.head.sha === run.headSha);
  const suite = checkSuite(standIn, run.checkSuiteId, run.headSha, pull?.head.ref ?? null, json.app, json.pull_requests, links, run.repo);
  const ours: Json = {
    action: 'rerequested',
    check_run: { ...json, check_suite: suite },
    ...envelope(standIn, run.repo, standIn.state.actor(options.sender)),
  };
  return build(standIn, 'check_run', 'rerequested', run.repo, ours);
}

export function checkSuiteRerequestedEvent(standIn: StandIn, options: { repo: string; headSha: string; sender: string }): WebhookEvent {
  const repo = standIn.state.repo(options.repo);
  if (!repo) throw new Error(`no repository ${options.repo}`);
  const run = standIn.state.checkRunsFor(repo.fullName, options.headSha).at(-1);
  if (!run) throw new Error(`no check run on ${options.headSha} to take the suite from`);
  const links = linksOf(standIn);
  const json = checkRun(run, standIn.state, links);
  const pull = standIn.state.pullRequests.find((p) => p.repo === repo && p.head.sha === options.headSha);
  const ours: Json = {
    action: 'rerequested',
    check_suite: checkSuite(standIn, run.checkSuiteId, options.headSha, pull?.head.ref ?? null, json.app, json.pull_requests, links, repo),
    ...envelope(standIn, repo, standIn.state.actor(options.sender)),
  };
  return build(standIn, 'check_suite', 'rerequested', repo, ours);
}

function checkSuite(
  standIn: StandIn,
  id: number,
  headSha: string,
  headBranch: string | null,
  app: unknown,
  pullRequests: unknown,
  links: Links,
  repo: RepoRecord,
): Json {
  const createdAt = standIn.state.checkSuites.find((suite) => suite.id === id)?.createdAt ?? repo.createdAt;
  return {
    id,
    node_id: `CS_kwDO${Buffer.from(String(id)).toString('base64url')}`,
    head_branch: headBranch,
    head_sha: headSha,
    status: 'completed',
    conclusion: null,
    url: `${links.api}/repos/${repo.fullName}/check-suites/${id}`,
    before: null,
    after: headSha,
    pull_requests: pullRequests,
    app,
    created_at: createdAt,
    updated_at: createdAt,
  };
}

export interface PushEventOptions {
  repo: string;
  /** e.g. `refs/heads/main` */
  ref: string;
  before: string;
  after: string;
  pusher: string;
}

export async function pushEvent(standIn: StandIn, options: PushEventOptions): Promise<WebhookEvent> {
  const repo = standIn.state.repo(options.repo);
  if (!repo) throw new Error(`no repository ${options.repo}`);
  const links = linksOf(standIn);
  const shas = await repo.git.commitsBetween(options.before, options.after);
  const commits = await Promise.all(
    shas.map(async (sha, index) => {
      const info = await repo.git.commit(sha);
      const parent = index === 0 ? options.before : shas[index - 1];
      const files = parent ? await repo.git.diff(parent, sha, false) : [];
      return {
        id: sha,
        tree_id: info?.tree,
        distinct: true,
        message: info?.message,
        timestamp: info?.committer.date,
        url: `${links.web}/${repo.fullName}/commit/${sha}`,
        author: { name: info?.author.name, email: info?.author.email },
        committer: { name: info?.committer.name, email: info?.committer.email },
        added: files.filter((f) => f.status === 'added').map((f) => f.path),
        removed: files.filter((f) => f.status === 'removed').map((f) => f.path),
        modified: files.filter((f) => f.status !== 'added' && f.status !== 'removed').map((f) => f.path),
      };
    }),
  );
  const pusher = standIn.state.actor(options.pusher);
  const ours: Json = {
    ref: options.ref,
    before: options.before,
    after: options.after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${links.web}/${repo.fullName}/compare/${options.before.slice(0, 12)}...${options.after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
    pusher: { name: pusher.login, email: `${pusher.login}@users.noreply.github.com` },
    ...envelope(standIn, repo, pusher),
  };
  return build(standIn, 'push', undefined, repo, ours);
}

/**
 * A run of a workflow's `schedule` trigger. It is an Actions event, not a webhook (no example exists): its payload
 * carries the cron line that fired and the workflow file, and nothing about any pull request.
 */
export function scheduleEvent(options: { cron: string; workflow?: string }): WebhookEvent {
  return { name: 'schedule', payload: { schedule: options.cron, workflow: options.workflow ?? '.github/workflows/rsp-gate.yml' } };
}

/** A run started by hand (workflow_dispatch) on `ref`, with the workflow's inputs as given (strings). */
export function workflowDispatchEvent(
  standIn: StandIn,
  options: { repo: string; ref?: string; inputs?: Record<string, string>; sender: string },
): WebhookEvent {
  const repo = standIn.state.repo(options.repo);
  if (!repo) throw new Error(`no repository ${options.repo}`);
  const ours: Json = {
    inputs: options.inputs ?? {},
    ref: options.ref ?? `refs/heads/${repo.defaultBranch}`,
    workflow: '.github/workflows/rsp-gate.yml',
    ...envelope(standIn, repo, standIn.state.actor(options.sender)),
  };
  return build(standIn, 'workflow_dispatch', undefined, repo, ours);
}

export interface ReviewEventOptions {
  reviewId: number;
  action: 'submitted' | 'edited' | 'dismissed';
  /** default: the review's author (submitted), its last editor (edited) */
  sender?: string;
  /** edited: the body before the edit; default the previous body in the review's history */
  previousBody?: string;
}

export async function pullRequestReviewEvent(standIn: StandIn, options: ReviewEventOptions): Promise<WebhookEvent> {
  const record = standIn.state.review(options.reviewId);
  if (!record) throw new Error(`no review ${options.reviewId}`);
  const pull = requirePull(standIn, record.repo.fullName, record.pullNumber);
  const defaultSender = options.action === 'edited' && record.editor ? record.editor : record.author;
  const sender = options.sender ? standIn.state.actor(options.sender) : defaultSender;
  const ours: Json = {
    action: options.action,
    review: review(record, linksOf(standIn)),
    pull_request: await pullJson(standIn, pull),
    ...envelope(standIn, pull.repo, sender),
  };
  if (options.action === 'edited') ours.changes = { body: { from: options.previousBody ?? record.edits.at(-1)?.previousBody ?? '' } };
  return build(standIn, 'pull_request_review', options.action, pull.repo, ours);
}

export async function pullRequestReviewCommentEvent(standIn: StandIn, options: { commentId: number }): Promise<WebhookEvent> {
  const record = standIn.state.lineComment(options.commentId);
  if (!record) throw new Error(`no line comment ${options.commentId}`);
  const pull = requirePull(standIn, record.repo.fullName, record.pullNumber);
  const ours: Json = {
    action: 'created',
    comment: lineComment(record, linksOf(standIn)),
    pull_request: await pullJson(standIn, pull),
    ...envelope(standIn, pull.repo, record.author),
  };
  return build(standIn, 'pull_request_review_comment', 'created', pull.repo, ours);
}

export interface MergeGroupEventOptions {
  repo: string;
  /** the PR the group's ref names (the newest of the group) */
  pullNumber: number;
  /** the group's commit, and the commit it is built on (the branch's tip, or an earlier group of the queue) */
  headSha: string;
  baseSha: string;
  /** default main */
  baseRef?: string;
  /** who queued it; default the PR's author */
  sender?: string;
}

/** merge_group.checks_requested, as GitHub sends it when a queue builds a group: the ref names the PR and the base. */
export async function mergeGroupEvent(standIn: StandIn, options: MergeGroupEventOptions): Promise<WebhookEvent> {
  const pull = requirePull(standIn, options.repo, options.pullNumber);
  const baseRef = options.baseRef ?? 'main';
  const info = await pull.repo.git.commit(options.headSha);
  if (!info) throw new Error(`no commit ${options.headSha} in ${options.repo}`);
  const ours: Json = {
    action: 'checks_requested',
    merge_group: {
      head_sha: options.headSha,
      head_ref: `refs/heads/gh-readonly-queue/${baseRef}/pr-${pull.number}-${options.baseSha}`,
      base_sha: options.baseSha,
      base_ref: `refs/heads/${baseRef}`,
      head_commit: {
        id: options.headSha,
        tree_id: info.tree,
        message: info.message,
        timestamp: info.committer.date,
        author: { name: info.author.name, email: info.author.email },
        committer: { name: info.committer.name, email: info.committer.email },
      },
    },
    ...envelope(standIn, pull.repo, options.sender ? standIn.state.actor(options.sender) : pull.author),
  };
  return build(standIn, 'merge_group', 'checks_requested', pull.repo, ours);
}

/** The x-hub-signature-256 header value for a raw body. */
export function sign(body: string, secret: string): Promise<string> {
  return signPayload(secret, body);
}

/** POSTs the event to a webhook receiver as GitHub does: JSON body, event and delivery headers, signature. */
export async function deliver(url: string, event: WebhookEvent, secret: string): Promise<Response> {
  const body = JSON.stringify(event.payload);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/stand-in',
      'x-github-event': event.name,
      'x-github-delivery': randomUUID(),
      'x-github-hook-id': '1',
      'x-hub-signature-256': await sign(body, secret),
      ...(isObject(event.payload.installation) ? { 'x-github-hook-installation-target-type': 'integration' } : {}),
    },
    body,
  });
}
