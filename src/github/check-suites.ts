// When the PR head was pushed at the latest, from a time GitHub sets itself: the check suites of the head commit.
// GitHub creates a suite for a commit when it is pushed (for GitHub Actions and every app subscribed to checks), or at
// the latest when the first check run on it is created. A suite's `created_at` is GitHub's, not the client's, so the
// earliest one is an upper bound on when the commit reached the repository. The committer date is not: whoever pushes
// sets it.
import type { GitHubApi } from './api.ts';
import type { RepoRef } from '../ports/github.ts';

/**
 * The earliest `created_at` among the check suites of `sha` (ISO), or null when GitHub shows none. One request: the
 * first 100 suites. Every suite's creation time bounds the push, so the earliest of a subset is a bound too, only a
 * later (stricter) one.
 */
export async function headPushedBy(api: GitHubApi, repo: RepoRef, sha: string): Promise<string | null> {
  const { data } = await api.request('GET /repos/{owner}/{repo}/commits/{ref}/check-suites', { ...repo, ref: sha, per_page: 100 });
  const suites = (data as { check_suites?: Array<{ head_sha?: unknown; created_at?: unknown }> }).check_suites ?? [];
  let earliest: { iso: string; ms: number } | undefined;
  for (const suite of suites) {
    // A suite of another commit (a ref that moved) or without a readable time bounds nothing.
    if (suite.head_sha !== sha || typeof suite.created_at !== 'string') continue;
    const ms = Date.parse(suite.created_at);
    if (Number.isNaN(ms)) continue;
    if (earliest === undefined || ms < earliest.ms) earliest = { iso: suite.created_at, ms };
  }
  return earliest?.iso ?? null;
}
