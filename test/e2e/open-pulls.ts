// A repository with several open pull requests, each adding the same fresh result below the threshold (so each one is
// green, and each costs the same to evaluate), and a base branch whose policy can be tightened after they opened.
import { createRepo, type TestRepo } from '../stand-in/git-repo.ts';
import type { StandIn } from '../stand-in/server.ts';
import { baseFiles, fixture } from './repo.ts';

export interface OpenPulls {
  fullName: string;
  repo: TestRepo;
  base: string;
  numbers: number[];
  /** The head of each PR, by number. */
  heads: Map<number, string>;
  /** Commits a tighter policy on main (the PRs keep their recorded base SHA, as on GitHub); the new tip. */
  tightenPolicy(): Promise<string>;
  /** The conclusion of the latest gate check on each PR's head, by number. */
  conclusions(): Record<number, string | null | undefined>;
}

/** A result of 0.30 (dated 2026-01-02, stale after 180 days): below the threshold of 0.65, above the tightened 0.25. */
const RESULT = { 'evals/frontier-7/wmdp-2026-01-03.yaml': fixture('results-below.yaml') };

let repos = 0;

export async function openPulls(gh: StandIn, count: number): Promise<OpenPulls> {
  const repo = await createRepo();
  const base = await repo.commit(baseFiles(), 'base', '2026-01-04T09:00:00Z');
  const fullName = `acme/sweep-${++repos}`;
  gh.state.addRepo({ owner: 'acme', name: fullName.split('/')[1]!, dir: repo.dir, ownerType: 'Organization' });
  const heads = new Map<number, string>();
  for (let number = 7; number < 7 + count; number++) {
    const head = await repo.commit(RESULT, `change ${number}`, '2026-01-05T09:00:00Z', { branch: `feature-${number}`, parent: base });
    gh.state.addPullRequest({ repo: fullName, number, author: 'carol', base: { sha: base, ref: 'main' }, head: { sha: head, ref: `feature-${number}` } });
    heads.set(number, head);
  }
  return {
    fullName,
    repo,
    base,
    numbers: [...heads.keys()],
    heads,
    async tightenPolicy() {
      const tightened = fixture('rsp-policy.yml').replace('alert: 0.50, threshold: 0.65', 'alert: 0.20, threshold: 0.25');
      return repo.commit({ '.github/rsp-policy.yml': tightened }, 'tighten the CBRN threshold', '2026-01-07T09:00:00Z');
    },
    conclusions() {
      return Object.fromEntries([...heads].map(([number, head]) => [number, gh.state.checkRunsFor(fullName, head).at(-1)?.conclusion]));
    },
  };
}
