// The App's sweep over a fake Probot: every installation's repositories, their open PRs evaluated one after another,
// and a sweep asked for while one runs joins it instead of running beside it.
import { describe, expect, it } from 'vitest';
import type { Probot } from 'probot';
import { sweeper } from '../../../src/app/sweep.ts';
import { fakeApi, httpError } from '../github/fake-api.ts';

const pulls: Record<string, number[]> = { 'acme/models': [7, 8], 'acme/archive': [1], 'acme/tools': [3] };
const repositories = [
  { name: 'models', owner: { login: 'acme' } },
  { name: 'archive', owner: { login: 'acme' }, archived: true },
  { name: 'tools', owner: { login: 'acme' } },
];

function fakeProbot(options: { failing?: string } = {}) {
  const api = fakeApi({
    request: (route, p) => {
      if (p.repo === options.failing) throw httpError(502, 'Bad Gateway', 'GET /repos/acme/models/pulls');
      return route === 'GET /repos/{owner}/{repo}/pulls' ? (pulls[`${String(p.owner)}/${String(p.repo)}`] ?? []).map((n) => ({ number: n, head: { sha: `sha${n}` } })) : {};
    },
  });
  const octokit = {
    ...api,
    paginate: async (route: string) => (route === 'GET /app/installations' ? [{ id: 4242 }] : repositories),
  };
  const errors: string[] = [];
  const app = { auth: async () => octokit, log: { error: (m: string) => errors.push(m) } } as unknown as Probot;
  return { app, api, errors };
}

describe('a sweep', () => {
  it('evaluates each open PR of each repository that is not archived, one at a time, after one listing per repository', async () => {
    const { app, api, errors } = fakeProbot();
    const order: string[] = [];
    let running = 0;
    const sweep = sweeper(app, async (on, target) => {
      running++;
      expect(running).toBe(1);
      order.push(`${on.repo.repo}#${target.number}`);
      await Promise.resolve();
      running--;
    });
    await sweep();
    expect(order).toEqual(['models#7', 'models#8', 'tools#3']);
    expect(api.calls.map((c) => `${c.route} ${String(c.parameters.repo)}`)).toEqual([
      'GET /repos/{owner}/{repo}/pulls models',
      'GET /repos/{owner}/{repo}/pulls tools',
    ]);
    expect(errors).toEqual([]);
  });

  it('asked for again while one runs, joins the running sweep; once done, a new one starts', async () => {
    const { app } = fakeProbot();
    let release: () => void = () => undefined;
    const evaluated: number[] = [];
    const sweep = sweeper(app, async (_on, target) => {
      evaluated.push(target.number);
      if (evaluated.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = sweep();
    const second = sweep();
    expect(second).toBe(first);
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await first;
    expect(evaluated).toEqual([7, 8, 3]);
    await sweep();
    expect(evaluated).toEqual([7, 8, 3, 7, 8, 3]);
  });

  it('logs a repository whose open PRs cannot be listed and goes on with the next', async () => {
    const { app, errors } = fakeProbot({ failing: 'models' });
    const evaluated: string[] = [];
    await sweeper(app, async (on, target) => void evaluated.push(`${on.repo.repo}#${target.number}`))();
    expect(evaluated).toEqual(['tools#3']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^rsp-gate sweep: acme\/models: /);
  });

  it('never rejects when the installations cannot be listed: it logs, and the next sweep tries again', async () => {
    const { app, errors } = fakeProbot();
    const broken = { ...app, auth: async () => Promise.reject(httpError(401, 'Bad credentials', 'GET /app/installations')) } as unknown as Probot;
    await expect(sweeper(broken, async () => undefined)()).resolves.toBeUndefined();
    expect(errors).toEqual(['rsp-gate sweep: the installations could not be listed: Bad credentials']);
  });
});
