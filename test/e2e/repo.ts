// Builds the repository and pull request of one scenario: fixtures committed into a real git repository, served by
// the GitHub stand-in.
import { readFileSync } from 'node:fs';
import { createRepo, type FileChanges, type TestRepo } from '../stand-in/git-repo.ts';
import type { StandIn } from '../stand-in/server.ts';

const OWNER = 'acme';
export const PR_AUTHOR = 'carol';
const PR_NUMBER = 7;

/**
 * The time the end-to-end runs judge as of (the Action's evaluate-as-of, the App's clock): after every fixture's date,
 * so the evidence is fresh and every run records the same reference date.
 */
export const EVALUATED_AT = '2026-01-10T00:00:00.000Z';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** A PR adding a result above the threshold (the model still declares ASL-2). */
export const crossedResult = { 'evals/frontier-7/wmdp-2026-01-03.yaml': fixture('results-crossed.yaml') };
/** The same result, with the model declaring ASL-3 and claiming both ASL-3 safeguards in its ledger. */
export const claimedAtAsl3 = { ...crossedResult, 'models/frontier-7/model.yaml': fixture('model-asl3-claimed.yaml') };

/** The base branch: the policy, one model at ASL-2 and a result well below the threshold. */
export function baseFiles(): FileChanges {
  return {
    '.github/rsp-policy.yml': fixture('rsp-policy.yml'),
    'models/frontier-7/model.yaml': fixture('model-asl2.yaml'),
    'evals/frontier-7/wmdp-2026-01-02.yaml': fixture('results-below.yaml'),
    'README.md': '# models\n',
  };
}

export interface PullRequestScenario {
  /** Repository name (a new one per scenario), under OWNER. */
  name: string;
  fullName: string;
  repo: TestRepo;
  base: string;
  head: string;
  number: number;
  /** Commits more changes to the PR branch and moves the PR's head there. */
  push(files: FileChanges, date?: string): Promise<string>;
}

let scenarios = 0;

/**
 * A new repository with `base` on main and PR #7 whose branch changes `head`. Commit dates are fixed, before
 * EVALUATED_AT.
 */
export async function pullRequestScenario(
  gh: StandIn,
  head: FileChanges,
  options: { base?: FileChanges; author?: string } = {},
): Promise<PullRequestScenario> {
  const repo = await createRepo();
  const base = await repo.commit(options.base ?? baseFiles(), 'base', '2026-01-04T09:00:00Z');
  const headSha = await repo.commit(head, 'change', '2026-01-05T09:00:00Z', { branch: 'feature' });
  const name = `models-${++scenarios}`;
  const fullName = `${OWNER}/${name}`;
  gh.state.addRepo({ owner: OWNER, name, dir: repo.dir, ownerType: 'Organization' });
  grantRoles(gh, fullName);
  gh.state.addPullRequest({
    repo: fullName,
    number: PR_NUMBER,
    author: options.author ?? PR_AUTHOR,
    base: { sha: base, ref: 'main' },
    head: { sha: headSha, ref: 'feature' },
  });
  return {
    name,
    fullName,
    repo,
    base,
    head: headSha,
    number: PR_NUMBER,
    async push(files, date = '2026-01-06T09:00:00Z') {
      const sha = await repo.commit(files, 'more', date, { branch: 'feature' });
      gh.state.pushToPullRequest(fullName, PR_NUMBER, sha);
      return sha;
    },
  };
}

/** Who may do what: owners and approvers have write or admin access, dave is in @acme/safeguards. */
function grantRoles(gh: StandIn, fullName: string): void {
  for (const login of ['alice', 'bob', 'carol', 'dave', 'mallory']) gh.state.setRole(fullName, login, 'write');
  gh.state.setRole(fullName, 'jordan', 'admin');
  gh.state.setRole(fullName, 'reader', 'read');
  if (!gh.state.teamRole(OWNER, 'safeguards', 'dave')) gh.state.addTeamMember(OWNER, 'safeguards', 'dave');
}
