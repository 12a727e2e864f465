// Telling safeguard owners: one review request for the users and teams whose attestation a PR newly needs, as
// policy-bot does. GitHub notifies each of them, and lists the PR in their review queue, without a comment.
import type { GitHubApi } from './api.ts';
import type { RepoRef } from '../ports/github.ts';

export async function requestReviewers(
  api: GitHubApi,
  repo: RepoRef,
  number: number,
  users: readonly string[],
  teams: readonly string[],
): Promise<void> {
  if (users.length === 0 && teams.length === 0) return;
  await api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
    ...repo,
    pull_number: number,
    reviewers: [...users],
    team_reviewers: [...teams],
  });
}
