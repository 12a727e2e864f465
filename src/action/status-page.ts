// The status page from the Action: on a schedule, or a push to the default branch, when the `status-page` input asks
// for it, every model at the commit the workflow runs on is judged and the page is written to a file (output
// `status-page-path`, for an upload-artifact step) with a Markdown digest in the job summary.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { Verdict } from '../engine/types.ts';
import type { GitHubPort, RepoRef } from '../ports/github.ts';
import { codeSpan, escapeMarkdown } from '../report/escape.ts';
import { expiringEvidence } from '../report/html-expiring.ts';
import { renderStatusPage } from '../report/html-page.ts';
import { CONCLUSION_LABEL } from '../report/labels.ts';
import { overview } from '../report/markdown.ts';
import { evaluateChange } from '../run/evaluate-change.ts';
import type { EventPayload } from '../run/event.ts';
import { InputError } from './inputs.ts';

const PAGE_FILE = 'rsp-gate-status.html';

/** The commit to describe when this run should write the status page; undefined when it should not. */
export function statusPageCommit(eventName: string, payload: EventPayload, env: NodeJS.ProcessEnv): string | undefined {
  const input = core.getInput('status-page').trim().toLowerCase();
  if (input !== '' && input !== 'true' && input !== 'false')
    throw new InputError(`input status-page must be true or false, not "${input}"`);
  if (input !== 'true') return undefined;
  const branch = payload.repository?.default_branch;
  const onDefault = eventName === 'schedule' || (eventName === 'push' && branch !== undefined && payload.ref === `refs/heads/${branch}`);
  return onDefault && env.GITHUB_SHA ? env.GITHUB_SHA : undefined;
}

export async function publishStatusPage(
  port: GitHubPort,
  repo: RepoRef,
  sha: string,
  policyPath: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const reader = port.reader(repo);
  const verdict = await evaluateChange(reader, { base: sha, head: sha }, { all: true, policyPath }).finally(() => reader.close?.());
  const file = path.join(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), PAGE_FILE);
  await writeFile(file, renderStatusPage(verdict, { generator: 'rsp-gate (GitHub Action)' }));
  core.setOutput('status-page-path', file);
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(digest(verdict, sha, file)).write();
  core.info(`rsp-gate: status page of ${sha} written to ${file}`);
}

/** The job summary: the headline, one row per model, what lapses soon, and where the page is. */
function digest(v: Verdict, sha: string, file: string): string {
  const expiring = expiringEvidence(v).length;
  const parts = [
    `### rsp-gate status: ${CONCLUSION_LABEL[v.conclusion].icon} ${CONCLUSION_LABEL[v.conclusion].word}`,
    `**${escapeMarkdown(v.headline)}**`,
    overview(v, false),
    `${expiring} result${expiring === 1 ? '' : 's'} stop counting as fresh within 30 days (or already have). Commit ${codeSpan(sha.slice(0, 12))}, reference date ${escapeMarkdown(v.referenceDate)}.`,
    `The full status page: ${codeSpan(file)} (keep it with actions/upload-artifact; output \`status-page-path\`).`,
  ];
  return `${parts.join('\n\n')}\n`;
}
