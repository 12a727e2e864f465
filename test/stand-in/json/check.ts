// check-run and status.
import type { CheckRunRecord, StandInState, StatusRecord } from '../state.ts';
import { integration } from './app.ts';
import type { Links } from './links.ts';
import { repoApiUrl } from './repository.ts';
import { simpleUser } from './user.ts';

export function checkRun(run: CheckRunRecord, state: StandInState, links: Links): Record<string, unknown> {
  const repoUrl = repoApiUrl(run.repo, links);
  const repoRef = { id: run.repo.id, url: repoUrl, name: run.repo.name };
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
    // like GitHub: the open pull requests whose head is this commit
    pull_requests: state.pullRequests
      .filter((pull) => pull.repo === run.repo && pull.state === 'open' && pull.head.sha === run.headSha)
      .map((pull) => ({
        id: pull.id,
        number: pull.number,
        url: `${repoUrl}/pulls/${pull.number}`,
        head: { ref: pull.head.ref, sha: pull.head.sha, repo: repoRef },
        base: { ref: pull.base.ref, sha: pull.base.sha, repo: repoRef },
      })),
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
