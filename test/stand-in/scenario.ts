// The usual setup of a test in one call: a git repository with a base and a head commit, a stand-in serving it,
// and an open pull request between the two.
import { createRepo, type FileChanges, type TestRepo } from './git-repo.ts';
import { startStandIn, type StandIn, type StandInOptions } from './server.ts';
import type { PullRequestRecord } from './state.ts';

export interface PullRequestScenarioOptions {
  /** files of the base commit on the default branch */
  base: FileChanges;
  /** changes of the head commit on `headRef`, on top of the base */
  head: FileChanges;
  owner?: string;
  name?: string;
  number?: number;
  author?: string;
  headRef?: string;
  standIn?: StandInOptions;
}

export interface PullRequestScenario {
  standIn: StandIn;
  repo: TestRepo;
  /** `owner/name` */
  fullName: string;
  baseSha: string;
  headSha: string;
  pull: PullRequestRecord;
  /** Pushes more changes to the pull request's branch and moves its head; returns the new head sha. */
  push(files: FileChanges, message?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startPullRequestScenario(options: PullRequestScenarioOptions): Promise<PullRequestScenario> {
  const owner = options.owner ?? 'acme';
  const name = options.name ?? 'models';
  const headRef = options.headRef ?? 'feature';
  const repo = await createRepo();
  const baseSha = await repo.commit(options.base, 'base');
  const headSha = await repo.commit(options.head, 'change', undefined, { branch: headRef });
  const standIn = await startStandIn(options.standIn);
  standIn.state.addRepo({ owner, name, dir: repo.dir, defaultBranch: repo.defaultBranch });
  const fullName = `${owner}/${name}`;
  const pull = standIn.state.addPullRequest({
    repo: fullName,
    number: options.number ?? 1,
    author: options.author ?? 'alice',
    base: { sha: baseSha, ref: repo.defaultBranch },
    head: { sha: headSha, ref: headRef },
  });
  return {
    standIn,
    repo,
    fullName,
    baseSha,
    headSha,
    pull,
    async push(files, message = 'more changes') {
      const sha = await repo.commit(files, message, undefined, { branch: headRef });
      standIn.state.pushToPullRequest(fullName, pull.number, sha);
      return sha;
    },
    async close() {
      await standIn.close();
      await repo.remove();
    },
  };
}
