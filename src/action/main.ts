// The GitHub Action: read the runner's environment, run the shared PR flow through the API (no checkout needed), then
// write outputs, the job summary and the JSON report. Every failure ends as a failed step with a one-line reason.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { Verdict } from '../engine/types.ts';
import { describeGitHubError } from '../github/errors.ts';
import { createGitHubPort } from '../github/port.ts';
import { singleLine } from '../report/escape.ts';
import { workflowAnnotations } from '../report/check.ts';
import { toJsonReport } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { translateEvent, type EventPayload } from '../run/event.ts';
import { gatePullRequest, type GateOutcome } from '../run/pull-request.ts';
import { answerLineComment } from '../run/line-comment.ts';
import { gateMergeGroup } from '../run/merge-group.ts';
import { pullRequestTargets } from '../run/targets.ts';
import { createActionClient } from './client.ts';
import { InputError, readInputs } from './inputs.ts';
import { CHECK_RUN_STATE } from './post.ts';
import { publishStatusPage, statusPageCommit } from './status-page.ts';

const REPORT_FILE = 'rsp-gate-report.json';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runGate(env);
  } catch (error) {
    core.setOutput('conclusion', 'failure');
    core.setFailed(singleLine(error instanceof InputError ? error.message : `rsp-gate failed: ${describeGitHubError(error)}`));
  }
}

async function runGate(env: NodeJS.ProcessEnv): Promise<void> {
  // 1. Inputs and the event, checked before anything is read from GitHub.
  const { token, pullRequest, ...settings } = readInputs();
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const request = translateEvent(env.GITHUB_EVENT_NAME ?? '', payload, {
    ...settings,
    ...(pullRequest === undefined ? {} : { pullRequestInput: pullRequest }),
  });
  if (request.kind === 'invalid') throw new InputError(request.reason);
  const statusPageSha = statusPageCommit(env.GITHUB_EVENT_NAME ?? '', payload, env);
  if (request.kind === 'ignore' && statusPageSha === undefined) return skip(request.reason);
  // 2. The repository, through the gate's GitHub client.
  const repo = repository(env);
  const client = createActionClient(token, env);
  // Git LFS objects come from the server's web origin, with the same token.
  const port = createGitHubPort(client, { lfs: { origin: env.GITHUB_SERVER_URL || 'https://github.com', token: async () => token } });
  if (statusPageSha !== undefined) await publishStatusPage(port, repo, statusPageSha, settings.policyPath, env);
  if (request.kind === 'ignore') return skip(request.reason);
  const detailsUrl = runUrl(env);
  if (request.kind === 'merge-group') {
    const outcome = await gateMergeGroup(port, {
      ...repo,
      ...settings,
      group: request.group,
      ...(detailsUrl === undefined ? {} : { detailsUrl }),
      onCheckStarted: (id) => core.saveState(CHECK_RUN_STATE, String(id)),
    });
    await publishToRunner(outcome, env, settings.checkName);
    return conclude(outcome, false, false);
  }
  if (request.kind === 'line-comment')
    return conclude(await answerLineComment(port, repo, request.number, request.commentId), false, false);
  // 3. Gate each pull request the event names, one after another.
  const targets = await pullRequestTargets(port, repo, request.select);
  if (targets.length === 0) return skip('no open pull request is affected');
  // A sweep (schedule, dispatch without a PR, policy push) publishes each PR's verdict in its check; the step fails only
  // when a verdict could not be published, so that a scheduled run is not red because some PR is not ready to merge.
  const sweep = request.select.kind === 'open' || request.select.kind === 'open-on-base';
  for (const target of targets) {
    if (sweep) core.info(`rsp-gate: pull request #${target.number}`);
    const outcome = await gatePullRequest(port, {
      ...repo,
      ...settings,
      number: target.number,
      trigger: request.trigger,
      ...(target.headShaHint === undefined ? {} : { headShaHint: target.headShaHint }),
      ...(detailsUrl === undefined ? {} : { detailsUrl }),
      // Kept for the post step, which completes the check as failure if this step never gets to.
      onCheckStarted: (id) => core.saveState(CHECK_RUN_STATE, String(id)),
    });
    // 4. Outputs, summary and report; the step fails unless the gate passes.
    await publishToRunner(outcome, env, settings.checkName);
    conclude(outcome, target.fromFork, sweep);
  }
}

function skip(reason: string): void {
  core.notice(singleLine(`rsp-gate: nothing to do: ${reason}`));
  core.setOutput('conclusion', 'skipped');
}

function repository(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY is not set (owner/name)');
  return { owner, repo };
}

async function readPayload(eventPath: string | undefined): Promise<EventPayload> {
  if (!eventPath) throw new InputError('GITHUB_EVENT_PATH is not set: rsp-gate runs as a step of a workflow');
  try {
    const payload: unknown = JSON.parse(await readFile(eventPath, 'utf8'));
    if (payload && typeof payload === 'object') return payload as EventPayload;
  } catch {
    // fall through to the error below
  }
  throw new InputError(`the event payload at GITHUB_EVENT_PATH could not be read as JSON`);
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = env.GITHUB_SERVER_URL;
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}

async function publishToRunner(outcome: GateOutcome, env: NodeJS.ProcessEnv, title: string): Promise<void> {
  core.setOutput('conclusion', outcome.verdict?.conclusion ?? (outcome.status === 'failed' ? 'failure' : 'skipped'));
  const verdict = outcome.verdict;
  if (!verdict) return;
  core.setOutput('required-level', verdict.requiredLevel);
  const reportPath = path.join(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), REPORT_FILE);
  await writeFile(reportPath, toJsonReport(verdict));
  core.setOutput('report-path', reportPath);
  // The job summary is the report without the comment's commands footer and its link back to this very run.
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderMarkdown(verdict, { title, footer: false })).write();
  annotate(verdict);
  // core.info writes the text as is: a line break in it (from a model config) could start a workflow command.
  core.info(`rsp-gate: ${verdict.conclusion}: ${singleLine(verdict.headline)}`);
  if (outcome.comment)
    core.info(singleLine(`comment: ${outcome.comment.action}${'reason' in outcome.comment ? ` (${outcome.comment.reason})` : ''}`));
  if (outcome.check?.checkRunId !== undefined) core.info(`check run ${outcome.check.checkRunId} on ${outcome.headSha}`);
}

/** The most important findings become workflow annotations too (GitHub shows ten per level); the check has them all. */
function annotate(verdict: Verdict): void {
  for (const a of workflowAnnotations(verdict)) {
    // Names from the PR may hold control characters: stripped, so no text can start a workflow command.
    const properties = { file: singleLine(a.path), startLine: a.start_line, title: singleLine(a.title ?? '') };
    const message = singleLine(a.message);
    if (a.annotation_level === 'failure') core.error(message, properties);
    else if (a.annotation_level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}

function conclude(outcome: GateOutcome, fromFork: boolean, sweep: boolean): void {
  for (const warning of outcome.warnings) core.warning(singleLine(warning));
  if (outcome.status === 'skipped') return void core.notice(singleLine(`rsp-gate: nothing to do: ${outcome.reason ?? 'no reason given'}`));
  if (outcome.status === 'failed') return void core.setFailed(singleLine(`rsp-gate: ${outcome.reason ?? 'failed'}`));
  if (outcome.errors.length > 0) {
    const forkHint = fromFork
      ? ' (a pull_request run from a fork gets a read-only token: run rsp-gate on pull_request_target instead)'
      : '';
    return void core.setFailed(singleLine(`rsp-gate could not publish its result: ${outcome.errors.join('; ')}${forkHint}`));
  }
  const conclusion = outcome.verdict?.conclusion;
  if (sweep) return;
  if (conclusion === 'failure' || conclusion === 'action_required') {
    core.setFailed(singleLine(`rsp-gate: ${conclusion}: ${outcome.verdict?.headline ?? ''}`));
  }
}
