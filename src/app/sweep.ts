// The App's own schedule: verdicts age while PRs stay open, so every open PR of every repository the App is installed
// on is evaluated again at an interval, one PR after another through the per-PR queue (bounded: one sweep at a time,
// one evaluation at a time within it, and one listing of open PRs per repository before each PR's own cost).
import type { Probot } from 'probot';
import type { GitHubApi } from '../github/api.ts';
import { createGitHubPort } from '../github/port.ts';
import type { RepoRef } from '../ports/github.ts';
import { pullRequestTargets, type PullRequestTarget } from '../run/targets.ts';

/** Starts `sweep` on a schedule; the App's is at start and then every interval (tests fire it by hand). */
export type SweepTimer = (sweep: () => Promise<void>) => void;

/** The production schedule: a sweep when the App starts (it may have been down while evidence expired), then every `ms`. */
export function everyInterval(ms: number): SweepTimer {
  return (sweep) => {
    void sweep();
    // Unref'd: the server keeps the process alive, the schedule alone does not.
    setInterval(() => void sweep(), ms).unref();
  };
}

/** Evaluates one PR through the App's queue; resolves when that evaluation has finished. */
export type EvaluateQueued = (on: { octokit: GitHubApi; repo: RepoRef }, target: PullRequestTarget) => Promise<void>;

interface Repository {
  name: string;
  owner: { login: string };
  archived?: boolean;
}

/** One sweep over every installation; a second started while one runs joins it rather than running beside it. */
export function sweeper(app: Probot, evaluate: EvaluateQueued): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    // Never rejects: a sweep started by the timer has nobody to hand an error to, and the next one tries again.
    running ??= sweepInstallations(app, evaluate)
      .catch((error: unknown) => {
        app.log.error(`rsp-gate sweep: the installations could not be listed: ${describe(error)}`);
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
}

async function sweepInstallations(app: Probot, evaluate: EvaluateQueued): Promise<void> {
  const installations = await app.auth().then((octokit) => octokit.paginate('GET /app/installations', { per_page: 100 }));
  for (const installation of installations) {
    try {
      const octokit = (await app.auth(installation.id)) as unknown as GitHubApi & Awaited<ReturnType<Probot['auth']>>;
      const repositories = (await octokit.paginate('GET /installation/repositories', { per_page: 100 })) as Repository[];
      for (const repository of repositories.filter((r) => r.archived !== true)) {
        await sweepRepository(app, octokit, { owner: repository.owner.login, repo: repository.name }, evaluate);
      }
    } catch (error) {
      app.log.error(`rsp-gate sweep: installation ${installation.id}: ${describe(error)}`);
    }
  }
}

async function sweepRepository(app: Probot, octokit: GitHubApi, repo: RepoRef, evaluate: EvaluateQueued): Promise<void> {
  const port = createGitHubPort(octokit);
  try {
    const targets = await pullRequestTargets(port, repo, { kind: 'open' });
    for (const target of targets) await evaluate({ octokit, repo }, target);
  } catch (error) {
    app.log.error(`rsp-gate sweep: ${repo.owner}/${repo.repo}: ${port.describeError(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
