// The Probot App: webhooks in, the shared PR flow out. Each handler names the PRs an event concerns and queues one
// evaluation per PR; the webhook is answered at once, the evaluation runs behind it.
import type { Context, Probot } from 'probot';
import type { GitHubApi } from '../github/api.ts';
import { describeGitHubError } from '../github/errors.ts';
import { createGitHubPort } from '../github/port.ts';
import { DEFAULT_POLICY_PATH } from '../run/evaluate-change.ts';
import { gatePullRequest, type GateOutcome, type GateTrigger } from '../run/pull-request.ts';
import { DEFAULT_APP_CONFIG, configFromEnv, type AppConfig } from './config.ts';
import { KeyedQueue } from './queue.ts';
import type { RepoRef } from '../ports/github.ts';

export interface AppDependencies {
  config?: Partial<AppConfig>;
  /** Shared with tests, which wait for it to be idle. */
  queue?: KeyedQueue;
  /** Called after each evaluation (tests, metrics). */
  onOutcome?: (outcome: GateOutcome, pr: RepoRef & { number: number }) => void;
}

type Log = Context['log'];

export function createApp(deps: AppDependencies = {}) {
  const config: AppConfig = { ...DEFAULT_APP_CONFIG, ...deps.config };
  const queue = deps.queue ?? new KeyedQueue();
  const policyPath = config.policyPath ?? DEFAULT_POLICY_PATH;

  function schedule(octokit: GitHubApi, log: Log, repo: RepoRef, number: number, trigger: GateTrigger, headShaHint?: string): void {
    const key = `${repo.owner}/${repo.repo}#${number}`.toLowerCase();
    void queue
      .run(key, () =>
        gatePullRequest(createGitHubPort(octokit), {
          ...repo,
          number,
          checkName: config.checkName,
          comment: config.comment,
          report: config.report,
          policyPath,
          trigger,
          ...(headShaHint === undefined ? {} : { headShaHint }),
        }),
      )
      .then(
        (outcome) => {
          report(log, key, outcome);
          deps.onOutcome?.(outcome, { ...repo, number });
        },
        (error: unknown) => log.error(`rsp-gate ${key}: ${describeGitHubError(error)}`),
      );
  }

  return (app: Probot) => {
    app.on(['pull_request.opened', 'pull_request.reopened', 'pull_request.synchronize', 'pull_request.ready_for_review', 'pull_request.edited'], async (context) => {
      const { payload } = context;
      // An edit matters only when it moves the PR to another base branch (and so another policy).
      if (payload.action === 'edited' && !('base' in (payload.changes ?? {}))) return;
      schedule(context.octokit, context.log, context.repo(), payload.pull_request.number, { kind: 'pull_request' }, payload.pull_request.head.sha);
    });

    app.on(['issue_comment.created', 'issue_comment.edited', 'issue_comment.deleted'], async (context) => {
      const { payload } = context;
      if (!payload.issue.pull_request || !commentEventMatters(payload)) return;
      const action = payload.action;
      const previousBody = action === 'edited' ? payload.changes.body?.from : action === 'deleted' ? payload.comment.body : undefined;
      const trigger: GateTrigger = { kind: 'comment', commentId: payload.comment.id, action, ...(previousBody === undefined ? {} : { previousBody }) };
      schedule(context.octokit, context.log, context.repo(), payload.issue.number, trigger);
    });

    app.on('check_run.rerequested', async (context) => {
      const run = context.payload.check_run;
      if (run.name !== config.checkName) return;
      for (const number of await pullRequestsOf(context.octokit, context.repo(), run)) {
        schedule(context.octokit, context.log, context.repo(), number, { kind: 'rerun' }, run.head_sha);
      }
    });

    app.on('check_suite.rerequested', async (context) => {
      const suite = context.payload.check_suite;
      for (const number of await pullRequestsOf(context.octokit, context.repo(), suite)) {
        schedule(context.octokit, context.log, context.repo(), number, { kind: 'rerun' }, suite.head_sha);
      }
    });

    app.on('push', async (context) => {
      const { payload } = context;
      const branch = payload.repository.default_branch;
      if (payload.ref !== `refs/heads/${branch}` || !touchesPolicy(payload, policyPath)) return;
      // A new base policy can change every open PR's verdict: evaluate them all again.
      const repo = context.repo();
      const open = await createGitHubPort(context.octokit).openPullRequests(repo, branch);
      for (const pr of open) schedule(context.octokit, context.log, repo, pr.number, { kind: 'rerun' }, pr.headSha);
    });
  };
}

/** The PRs a check run or suite belongs to; GitHub leaves `pull_requests` empty for PRs from forks. */
async function pullRequestsOf(octokit: GitHubApi, repo: RepoRef, subject: { head_sha: string; pull_requests: Array<{ number: number }> }): Promise<number[]> {
  if (subject.pull_requests.length > 0) return subject.pull_requests.map((p) => p.number);
  const open = await createGitHubPort(octokit).openPullRequests(repo);
  return open.filter((p) => p.headSha === subject.head_sha).map((p) => p.number);
}

interface CommentEventPayload {
  action: string;
  sender: { login: string; type: string };
  comment: { user: { login: string } | null };
}

/**
 * Bots never carry commands, so their new comments and edits of their own (the gate's reports and replies) change
 * nothing. A bot that edits or deletes someone else's comment may take an attestation away: that is evaluated.
 */
export function commentEventMatters(payload: CommentEventPayload): boolean {
  if (payload.sender.type !== 'Bot') return true;
  return payload.action !== 'created' && payload.comment.user?.login !== payload.sender.login;
}

interface PushPayload {
  forced?: boolean;
  commits: Array<{ added?: string[]; modified?: string[]; removed?: string[] }>;
}

/** Whether a push changed the policy file; a push whose commit list GitHub shortened (20 commits) counts as one. */
export function touchesPolicy(payload: PushPayload, policyPath: string): boolean {
  if (payload.forced === true || payload.commits.length >= 20) return true;
  return payload.commits.some((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].includes(policyPath));
}

function report(log: Log, key: string, outcome: GateOutcome): void {
  const what = outcome.verdict ? `${outcome.verdict.conclusion} on ${outcome.headSha}` : outcome.status;
  const message = `rsp-gate ${key}: ${what}${outcome.reason ? ` (${outcome.reason})` : ''}`;
  if (outcome.status === 'failed' || outcome.errors.length > 0) log.error([message, ...outcome.errors].join('; '));
  else log.info(message);
  for (const warning of outcome.warnings) log.warn(`rsp-gate ${key}: ${warning}`);
}

/** The App with its settings from the environment (RSP_GATE_*), for `probot run`. */
export default createApp({ config: configFromEnv(process.env) });
