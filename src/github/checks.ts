// The gate's result on the PR head commit: a check run (annotations sent 50 at a time, as GitHub requires), or a
// commit status of the same name where the token cannot write checks or the user asks for one.
import type { Conclusion } from '../engine/types.ts';
import { CHECK_SUMMARY_MAX, CHECK_TITLE_MAX, truncate, type CheckAnnotation } from '../report/check.ts';
import type { GitHubApi } from './api.ts';
import { hasStatus } from './errors.ts';
import type { RepoRef } from '../ports/github.ts';
import type { CheckInput, CheckResult, ForeignCheck } from '../ports/github.ts';

/** GitHub accepts 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** More annotations than this are left to the report, so the requests stay bounded. */
export const MAX_ANNOTATIONS = 250;
const MAX_STATUS_DESCRIPTION = 140;

export async function publishCheck(api: GitHubApi, repo: RepoRef, input: CheckInput): Promise<CheckResult> {
  const result: CheckResult = { statusWritten: false, annotationsSent: 0, annotationsDropped: 0 };
  if (input.mode === 'check' || input.mode === 'both') {
    try {
      Object.assign(result, await writeCheckRun(api, repo, input));
    } catch (error) {
      // GITHUB_TOKEN of a workflow without `checks: write`, or a personal token: statuses are the documented fallback.
      if (!hasStatus(error, 403)) throw error;
      result.fellBackToStatus = 'the token may not create check runs (HTTP 403); a commit status was written instead';
    }
  }
  if (input.mode === 'status' || input.mode === 'both' || result.fellBackToStatus !== undefined) {
    await writeStatus(api, repo, input);
    result.statusWritten = true;
  }
  return result;
}

async function writeCheckRun(api: GitHubApi, repo: RepoRef, input: CheckInput): Promise<Partial<CheckResult>> {
  const batches = annotationBatches(input.annotations);
  const dropped = Math.max(0, input.annotations.length - MAX_ANNOTATIONS);
  const summary = withDroppedNote(input.summary, dropped);
  const title = truncate(input.title, CHECK_TITLE_MAX);
  const text = input.text === undefined ? {} : { text: truncate(input.text, CHECK_SUMMARY_MAX) };
  const fields = {
    ...repo,
    status: 'completed',
    conclusion: input.conclusion,
    ...(input.detailsUrl === undefined ? {} : { details_url: input.detailsUrl }),
    output: { title, summary, ...text, annotations: batches[0] ?? [] },
  };
  // The run this evaluation started is completed in place, so that no in-progress check of it is left behind.
  const { data } =
    input.checkRunId === undefined
      ? await api.request('POST /repos/{owner}/{repo}/check-runs', { ...fields, name: input.name, head_sha: input.headSha })
      : await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...fields, check_run_id: input.checkRunId });
  const run = data as { id: number; html_url?: string; app?: { id?: number } | null };
  for (const batch of batches.slice(1)) {
    await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: run.id,
      output: { title, summary, ...text, annotations: batch },
    });
  }
  const sent = batches.reduce((n, b) => n + b.length, 0);
  const appId = run.app?.id;
  return {
    checkRunId: run.id,
    ...(run.html_url ? { checkRunUrl: run.html_url } : {}),
    ...(appId === undefined ? {} : { appId }),
    annotationsSent: sent,
    annotationsDropped: dropped,
  };
}

/** Batches of at most 50, at most MAX_ANNOTATIONS in all, errors first so the most important ones are kept. */
export function annotationBatches(annotations: readonly CheckAnnotation[]): CheckAnnotation[][] {
  const rank = { failure: 0, warning: 1, notice: 2 } as const;
  const kept = [...annotations].sort((a, b) => rank[a.annotation_level] - rank[b.annotation_level]).slice(0, MAX_ANNOTATIONS);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST) batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches;
}

async function writeStatus(api: GitHubApi, repo: RepoRef, input: CheckInput): Promise<void> {
  await api.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
    ...repo,
    sha: input.headSha,
    state: statusState(input.conclusion),
    context: input.name,
    description: truncate(input.title, MAX_STATUS_DESCRIPTION),
    ...(input.detailsUrl === undefined ? {} : { target_url: input.detailsUrl }),
  });
}

/**
 * Statuses know no action_required or neutral. Outstanding attestations must still block a merge, so they are a
 * failure; "nothing relevant changed" passes, as a neutral check does.
 */
export function statusState(conclusion: Conclusion): 'success' | 'failure' {
  return conclusion === 'success' || conclusion === 'neutral' ? 'success' : 'failure';
}

function withDroppedNote(summary: string, dropped: number): string {
  if (dropped === 0) return truncate(summary, CHECK_SUMMARY_MAX);
  const note = `\n\n${dropped} more findings are not shown as annotations; the JSON report lists them all.`;
  return truncate(summary, CHECK_SUMMARY_MAX - note.length) + note;
}

interface ListedRun {
  id: number;
  status: string;
  conclusion: string | null;
  app: { id: number; slug?: string } | null;
}

interface ListedStatus {
  context: string;
  state: string;
  creator: { login: string } | null;
}

/**
 * Same-named check runs of another GitHub App, and same-named commit statuses when the gate wrote none, on `sha`
 * (one page of each, 100 entries): branch protection that requires the name alone is satisfied by any of them.
 */
export async function foreignChecks(api: GitHubApi, repo: RepoRef, sha: string, name: string, own: CheckResult): Promise<ForeignCheck[]> {
  const found: ForeignCheck[] = [];
  if (own.appId !== undefined) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...repo,
      ref: sha,
      check_name: name,
      filter: 'all',
      per_page: 100,
    });
    for (const run of (data as { check_runs: ListedRun[] }).check_runs) {
      if (run.app === null || run.app.id === own.appId) continue;
      found.push({ kind: 'check run', source: `app ${run.app.slug ?? run.app.id}`, state: run.conclusion ?? run.status });
    }
  }
  if (!own.statusWritten) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...repo, ref: sha, per_page: 100 });
    for (const status of data as ListedStatus[]) {
      if (status.context === name) found.push({ kind: 'commit status', source: status.creator?.login ?? 'unknown', state: status.state });
    }
  }
  return found;
}

/** An in-progress check run, written before the evaluation: if the run is killed, its post step completes it. */
export async function startCheck(
  api: GitHubApi,
  repo: RepoRef,
  input: { name: string; headSha: string; detailsUrl?: string },
): Promise<number> {
  const { data } = await api.request('POST /repos/{owner}/{repo}/check-runs', {
    ...repo,
    name: input.name,
    head_sha: input.headSha,
    status: 'in_progress',
    ...(input.detailsUrl === undefined ? {} : { details_url: input.detailsUrl }),
    output: { title: 'Evaluating', summary: 'rsp-gate is evaluating this pull request.' },
  });
  return (data as { id: number }).id;
}

/** Completes a check run that is still in progress as failure, saying why (the run was cancelled or timed out). */
export async function abandonCheck(api: GitHubApi, repo: RepoRef, checkRunId: number, reason: string): Promise<boolean> {
  const { data } = await api.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: checkRunId });
  if ((data as { status?: string }).status === 'completed') return false;
  await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    ...repo,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: 'failure',
    output: {
      title: truncate(`Failure: ${reason}`, CHECK_TITLE_MAX),
      summary: truncate(`**rsp-gate did not finish:** ${reason}`, CHECK_SUMMARY_MAX),
    },
  });
  return true;
}

/** Points the check run's "Details" link at `url`: the report comment, written after the check. */
export async function linkCheck(api: GitHubApi, repo: RepoRef, checkRunId: number, url: string): Promise<void> {
  await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: checkRunId, details_url: url });
}
