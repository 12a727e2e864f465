// The Probot App: webhooks in, the shared PR flow out. Every event goes through the one translator (run/event.ts);
// each PR it names gets one queued evaluation, and the webhook is answered at once while the evaluation runs behind it.
// With a sweep schedule, every open PR is also evaluated again at an interval (app/sweep.ts).
import type { Context, Probot } from 'probot';
import type { GitHubApi } from '../github/api.ts';
import { createGitHubPort } from '../github/port.ts';
import type { RepoRef } from '../ports/github.ts';
import { translateEvent, type EventPayload, type MergeGroupRef } from '../run/event.ts';
import { answerLineComment } from '../run/line-comment.ts';
import { gateMergeGroup } from '../run/merge-group.ts';
import { failOnHead, gatePullRequest, type GateOutcome, type GateTrigger } from '../run/pull-request.ts';
import { DEFAULT_SETTINGS, type GateSettings } from '../run/settings.ts';
import { pullRequestTargets, type PullRequestTarget } from '../run/targets.ts';
import { KeyedQueue, type PrQueue } from './queue.ts';
import { sweeper, type SweepTimer } from './sweep.ts';

export interface AppDependencies {
  settings?: Partial<GateSettings>;
  /** Shared with tests, which wait for it to be idle. */
  queue?: PrQueue;
  /** Called after each evaluation (tests, metrics). */
  onOutcome?: (outcome: GateOutcome, pr: RepoRef & { number: number }) => void;
  /** The time an evaluation is judged as of (default: the system clock); the evaluate-as-of setting wins over it. */
  clock?: () => Date;
  /** When to sweep every open PR of every installation (RSP_GATE_SWEEP_INTERVAL); none: only events evaluate. */
  sweepTimer?: SweepTimer;
}

type Log = Context['log'];

/** The webhooks the App subscribes to; which of their actions matter is the translator's decision. */
const EVENTS = [
  'pull_request',
  'issue_comment',
  'pull_request_review',
  'pull_request_review_comment',
  'merge_group',
  'check_run',
  'check_suite',
  'push',
] as const;

export function createApp(deps: AppDependencies = {}) {
  const gate: Gate = { deps, settings: { ...DEFAULT_SETTINGS, ...deps.settings }, queue: deps.queue ?? new KeyedQueue() };
  return (app: Probot) => {
    app.on([...EVENTS], async (context) => {
      // 1. Translate the event; 2. find the PRs it names; 3. queue one evaluation per PR.
      const request = translateEvent(context.name, context.payload as EventPayload, gate.settings);
      const on = { octokit: context.octokit, log: context.log, repo: context.repo() };
      if (request.kind === 'merge-group') return scheduleGroup(gate, on, request.group);
      if (request.kind === 'line-comment') return scheduleLineAnswer(gate, on, request.number, request.commentId);
      if (request.kind !== 'evaluate') return context.log.debug(`rsp-gate: ${request.reason}`);
      const targets = await pullRequestTargets(createGitHubPort(context.octokit), context.repo(), request.select);
      for (const target of targets) void evaluateQueued(gate, on, target, request.trigger);
    });
    // A sweep evaluates one PR at a time: each waits for its turn in the PR's queue and for its own end.
    deps.sweepTimer?.(sweeper(app, (on, target) => evaluateQueued(gate, { ...on, log: app.log }, target, { kind: 'rerun' })));
  };
}

/** What every queued run of one App shares. */
interface Gate {
  deps: AppDependencies;
  settings: GateSettings;
  queue: PrQueue;
}

type On = { octokit: GitHubApi; log: Log; repo: RepoRef };

function clockOf(deps: AppDependencies): { clock?: () => Date } {
  return deps.clock === undefined ? {} : { clock: deps.clock };
}

function evaluateQueued(gate: Gate, on: On, target: PullRequestTarget, trigger: GateTrigger): Promise<void> {
  const key = `${on.repo.owner}/${on.repo.repo}#${target.number}`.toLowerCase();
  const port = createGitHubPort(on.octokit);
  const options = {
    ...on.repo,
    ...gate.settings,
    number: target.number,
    trigger,
    ...clockOf(gate.deps),
    ...(target.headShaHint === undefined ? {} : { headShaHint: target.headShaHint }),
  };
  // Another replica held the PR too long: a stale green check must not stand for an event that was not evaluated.
  const unavailable = (why: string) => failOnHead(port, options, `was not evaluated: ${why}; comment /rsp evaluate to try again`);
  return gate.queue
    .run(key, () => gatePullRequest(port, options), unavailable)
    .then(reportTo(gate, on, key, target.number), (error: unknown) => on.log.error(`rsp-gate ${key}: ${port.describeError(error)}`));
}

/** A merge group's check, queued under the group's commit: events for one group run one at a time. */
function scheduleGroup(gate: Gate, on: On, group: MergeGroupRef): void {
  const key = `${on.repo.owner}/${on.repo.repo}@${group.headSha}`.toLowerCase();
  const port = createGitHubPort(on.octokit);
  void gate.queue
    .run(key, () => gateMergeGroup(port, { ...on.repo, ...gate.settings, group, ...clockOf(gate.deps) }))
    .then(reportTo(gate, on, key, group.pullRequest ?? 0), (error: unknown) =>
      on.log.error(`rsp-gate ${key}: ${port.describeError(error)}`),
    );
}

/** The answer to `/rsp` in a line comment, queued with the PR's evaluations so the PR's events stay in order. */
function scheduleLineAnswer(gate: Gate, on: On, number: number, commentId: number): void {
  const key = `${on.repo.owner}/${on.repo.repo}#${number}`.toLowerCase();
  const port = createGitHubPort(on.octokit);
  void gate.queue
    .run(key, () => answerLineComment(port, on.repo, number, commentId))
    .then(
      (outcome) => logOutcome(on.log, key, outcome),
      (error: unknown) => on.log.error(`rsp-gate ${key}: ${port.describeError(error)}`),
    );
}

function reportTo(gate: Gate, on: On, key: string, number: number): (outcome: GateOutcome) => void {
  return (outcome) => {
    logOutcome(on.log, key, outcome);
    gate.deps.onOutcome?.(outcome, { ...on.repo, number });
  };
}

function logOutcome(log: Log, key: string, outcome: GateOutcome): void {
  const what = outcome.verdict ? `${outcome.verdict.conclusion} on ${outcome.headSha}` : outcome.status;
  const message = `rsp-gate ${key}: ${what}${outcome.reason ? ` (${outcome.reason})` : ''}`;
  if (outcome.status === 'failed' || outcome.errors.length > 0) log.error([message, ...outcome.errors].join('; '));
  else log.info(message);
  for (const warning of outcome.warnings) log.warn(`rsp-gate ${key}: ${warning}`);
}
