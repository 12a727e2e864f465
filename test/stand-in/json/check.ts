// check-run, check-suite and status.
import type { CommitInfo } from '../git-reader.ts';
import type { CheckRunRecord, CheckSuiteRecord, RepoRecord, StandInState, StatusRecord } from '../state.ts';
import { integration } from './app.ts';
import type { Links } from './links.ts';
import { repoApiUrl, repository } from './repository.ts';
import { simpleUser } from './user.ts';

/** Like GitHub: the open pull requests whose head is this commit (pull-request-minimal). */
function pullRequestsAt(repo: RepoRecord, sha: string, state: StandInState, links: Links): Array<Record<string, unknown>> {
  const repoUrl = repoApiUrl(repo, links);
  const repoRef = { id: repo.id, url: repoUrl, name: repo.name };
  return state.pullRequests
    .filter((pull) => pull.repo === repo && pull.state === 'open' && pull.head.sha === sha)
    .map((pull) => ({
      id: pull.id,
      number: pull.number,
      url: `${repoUrl}/pulls/${pull.number}`,
      head: { ref: pull.head.ref, sha: pull.head.sha, repo: repoRef },
      base: { ref: pull.base.ref, sha: pull.base.sha, repo: repoRef },
    }));
}

export function checkRun(run: CheckRunRecord, state: StandInState, links: Links): Record<string, unknown> {
  const repoUrl = repoApiUrl(run.repo, links);
  return {
    id: run.id,
    node_id: run.nodeId,
    head_sha: run.headSha,
    external_id: run.externalId ?? '',
    url: `${repoUrl}/check-runs/${run.id}`,
    html_url: `${links.web}/${run.repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${links.web}/apps/${run.app.slug}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${repoUrl}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: integration(run.app, links),
    pull_requests: pullRequestsAt(run.repo, run.headSha, state, links),
  };
}

/** check-suite: queued until every run of the suite has completed, then the worst conclusion of its runs. */
export function checkSuite(suite: CheckSuiteRecord, commit: CommitInfo, state: StandInState, links: Links): Record<string, unknown> {
  const repoUrl = repoApiUrl(suite.repo, links);
  const runs = state.checkRuns.filter((run) => run.checkSuiteId === suite.id);
  const completed = runs.length > 0 && runs.every((run) => run.status === 'completed');
  const worst = ['failure', 'timed_out', 'cancelled', 'action_required', 'stale', 'neutral', 'skipped', 'success'];
  const conclusion = completed ? (worst.find((c) => runs.some((run) => run.conclusion === c)) ?? 'success') : null;
  const times = runs.map((run) => run.completedAt ?? run.startedAt ?? suite.createdAt);
  // ISO timestamps sort as text: the latest.
  const updatedAt = [suite.createdAt, ...times].sort().at(-1)!;
  return {
    id: suite.id,
    node_id: suite.nodeId,
    head_branch: suite.headBranch,
    head_sha: suite.headSha,
    status: completed ? 'completed' : 'queued',
    conclusion,
    url: `${repoUrl}/check-suites/${suite.id}`,
    before: null,
    after: suite.headSha,
    pull_requests: pullRequestsAt(suite.repo, suite.headSha, state, links),
    app: integration(suite.app, links),
    repository: repository(suite.repo, links),
    created_at: suite.createdAt,
    updated_at: updatedAt,
    head_commit: {
      id: commit.oid,
      tree_id: commit.tree,
      message: commit.message,
      timestamp: commit.committer.date,
      author: { name: commit.author.name, email: commit.author.email },
      committer: { name: commit.committer.name, email: commit.committer.email },
    },
    latest_check_runs_count: new Set(runs.map((run) => run.name)).size,
    check_runs_url: `${repoUrl}/check-suites/${suite.id}/check-runs`,
    rerequestable: true,
    runs_rerequestable: true,
  };
}

export function commitStatus(status: StatusRecord, links: Links): Record<string, unknown> {
  return {
    url: `${repoApiUrl(status.repo, links)}/statuses/${status.sha}`,
    avatar_url: `${links.web}/avatars/u/${status.creator.id}?v=4`,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator: simpleUser(status.creator, links),
  };
}
