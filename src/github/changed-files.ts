// The files a PR changes, as GitHub's PR diff counts them: against the merge base, not the base branch's tip, so
// that a branch behind its base is not charged with what landed on the base since it forked.

import { diffTrees } from '../run/scope.ts';
import type { GitHubApi } from './api.ts';
import { GitHubPortError } from './errors.ts';
import type { RepoRef } from '../ports/github.ts';
import type { RepoReader } from '../ports/repo-reader.ts';

/**
 * The merge base, from a comparison's second page: GitHub lists the changed files (with every patch) on the first page
 * only, and the merge base on every page, so this answer stays small however large the PR's diff is.
 */
async function mergeBase(api: GitHubApi, repo: RepoRef, base: string, head: string): Promise<string> {
  const { data } = await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1,
    page: 2,
  });
  const sha = (data as { merge_base_commit?: { sha?: string } }).merge_base_commit?.sha;
  if (typeof sha !== 'string') throw new GitHubPortError(`GitHub found no merge base of ${base} and ${head}`);
  return sha;
}

/** Paths added, removed or changed between the merge base and the head (renames count on both sides). */
export async function changedFiles(api: GitHubApi, repo: RepoRef, reader: RepoReader, base: string, head: string): Promise<string[]> {
  const start = await mergeBase(api, repo, base, head);
  // The reader caches trees, so when the merge base is the base tip this costs no request beyond the evaluation's own.
  const [before, after] = await Promise.all([reader.listFiles(start), reader.listFiles(head)]);
  return diffTrees(before, after);
}
