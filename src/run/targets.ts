// The pull requests a gate request names: given outright, or found among the open PRs (one paged read).
import type { GitHubPort, RepoRef } from '../ports/github.ts';
import type { PullRequestSelector } from './event.ts';

export interface PullRequestTarget {
  number: number;
  /** The head the event named: where a failure check goes when the PR itself cannot be read. */
  headShaHint?: string;
  fromFork: boolean;
}

export async function pullRequestTargets(port: GitHubPort, repo: RepoRef, select: PullRequestSelector): Promise<PullRequestTarget[]> {
  switch (select.kind) {
    case 'number':
      return [
        {
          number: select.number,
          fromFork: select.fromFork ?? false,
          ...(select.headSha === undefined ? {} : { headShaHint: select.headSha }),
        },
      ];
    case 'numbers':
      return select.numbers.map((number) => ({ number, headShaHint: select.headSha, fromFork: false }));
    case 'open-with-head': {
      const open = await port.openPullRequests(repo);
      return open.filter((p) => p.headSha === select.headSha).map((p) => ({ number: p.number, headShaHint: p.headSha, fromFork: false }));
    }
    case 'open-on-base':
    case 'open': {
      // One listing, then each PR's own cost: a sweep over N PRs stays bounded per PR.
      const open = await port.openPullRequests(repo, select.kind === 'open' ? undefined : select.baseRef);
      return open.map((p) => ({ number: p.number, headShaHint: p.headSha, fromFork: false }));
    }
  }
}
