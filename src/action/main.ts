// The GitHub Action: read the runner's environment, run the shared PR flow through the API (no checkout needed), then
// write outputs, the job summary and the JSON report. Every failure ends as a failed step with a one-line reason.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { Verdict } from '../engine/types.ts';
import { createClient } from '../github/client.ts';
import { describeGitHubError } from '../github/errors.ts';
import { createGitHubPort } from '../github/port.ts';
import { singleLine } from '../report/escape.ts';
import { workflowAnnotations } from '../report/check.ts';
import { toJsonReport } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { gatePullRequest, type GateOutcome } from '../run/pull-request.ts';
import { eventTarget } from './event.ts';
import { InputError, readInputs } from './inputs.ts';

export const REPORT_FILE = 'rsp-gate-report.json';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runGate(env);
  } catch (error) {
    core.setOutput('conclusion', 'failure');
    core.setFailed(error instanceof InputError ? error.message : `rsp-gate failed: ${describeGitHubError(error)}`);
  }
}

async function runGate(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = readInputs();
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const target = eventTarget(eventName, payload, inputs.pullRequest);
  if (target.kind === 'invalid') throw new InputError(target.reason);
  if (target.kind === 'ignore') {
    core.notice(`rsp-gate: nothing to do: ${target.reason}`);
    core.setOutput('conclusion', 'skipped');
    return;
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY is not set (owner/name)');

  const api = createClient({
    token: inputs.token,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    ...(env.GITHUB_GRAPHQL_URL ? { graphqlUrl: env.GITHUB_GRAPHQL_URL } : {}),
    log: { debug: core.debug, info: core.info, warn: core.warning, error: (m) => core.error(m) },
  });
  const outcome = await gatePullRequest(createGitHubPort(api), {
    owner,
    repo,
    number: target.number,
    checkName: inputs.checkName,
    comment: inputs.comment,
    report: inputs.report,
    ...(inputs.policyPath === undefined ? {} : { policyPath: inputs.policyPath }),
    trigger: target.trigger,
    ...(target.headSha === undefined ? {} : { headShaHint: target.headSha }),
    ...(runUrl(env) === undefined ? {} : { detailsUrl: runUrl(env)! }),
  });
  await publishToRunner(outcome, env, inputs.checkName);
  conclude(outcome, target.fromFork);
}

async function readPayload(eventPath: string | undefined): Promise<Record<string, unknown>> {
  if (!eventPath) throw new InputError('GITHUB_EVENT_PATH is not set: rsp-gate runs as a step of a workflow');
  try {
    const payload: unknown = JSON.parse(await readFile(eventPath, 'utf8'));
    if (payload && typeof payload === 'object') return payload as Record<string, unknown>;
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
  if (outcome.comment) core.info(`comment: ${outcome.comment.action}${'reason' in outcome.comment ? ` (${outcome.comment.reason})` : ''}`);
  if (outcome.check?.checkRunId !== undefined) core.info(`check run ${outcome.check.checkRunId} on ${outcome.headSha}`);
}

/** The most important findings become workflow annotations too (GitHub shows ten per level); the check has them all. */
function annotate(verdict: Verdict): void {
  for (const a of workflowAnnotations(verdict)) {
    const properties = { file: a.path, startLine: a.start_line, title: a.title };
    if (a.annotation_level === 'failure') core.error(a.message, properties);
    else if (a.annotation_level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
}

function conclude(outcome: GateOutcome, fromFork: boolean): void {
  for (const warning of outcome.warnings) core.warning(warning);
  if (outcome.status === 'skipped') {
    core.notice(`rsp-gate: nothing to do: ${outcome.reason ?? 'no reason given'}`);
    return;
  }
  if (outcome.status === 'failed') {
    core.setFailed(`rsp-gate: ${outcome.reason ?? 'failed'}`);
    return;
  }
  if (outcome.errors.length > 0) {
    const forkHint = fromFork ? ' (a pull_request run from a fork gets a read-only token: run rsp-gate on pull_request_target instead)' : '';
    core.setFailed(`rsp-gate could not publish its result: ${outcome.errors.join('; ')}${forkHint}`);
    return;
  }
  const conclusion = outcome.verdict?.conclusion;
  if (conclusion === 'failure' || conclusion === 'action_required') {
    core.setFailed(`rsp-gate: ${conclusion}: ${outcome.verdict?.headline ?? ''}`);
  }
}
