// Octokit, as the product uses it, against the stand-in: plain calls, pagination, GraphQL, retries on faults.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badGateway, secondaryRateLimit } from './faults.ts';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;
let headSha: string;

const ProductOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);

function client(baseUrl = standIn.url) {
  return new ProductOctokit({
    auth: ACTIONS_TOKEN,
    baseUrl,
    retry: { retryAfterBaseValue: 1 },
    throttle: {
      onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2,
      onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2,
    },
  });
}

beforeAll(async () => {
  repo = await createRepo();
  const base = await repo.commit({ 'keep.txt': 'k' }, 'base');
  const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`evals/e${i}.json`, `{"v":${i}}`]));
  headSha = await repo.commit(files, 'many evals', undefined, { branch: 'evals' });
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.addPullRequest({
    repo: 'acme/models',
    number: 9,
    author: 'alice',
    base: { sha: base, ref: 'main' },
    head: { sha: headSha, ref: 'evals' },
  });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('Octokit against the stand-in', () => {
  it('makes described calls that pass validation', async () => {
    const octokit = client();
    const { data: pull } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'models', pull_number: 9 });
    expect(pull.head.sha).toBe(headSha);
    const { data: comment } = await octokit.rest.issues.createComment({ owner: 'acme', repo: 'models', issue_number: 9, body: 'hi' });
    expect(comment.user?.login).toBe('github-actions[bot]');
    await octokit.rest.checks.create({
      owner: 'acme',
      repo: 'models',
      name: 'rsp-gate',
      head_sha: headSha,
      status: 'completed',
      conclusion: 'neutral',
      output: { title: 't', summary: 's' },
    });
    expect(standIn.invalidRequests()).toEqual([]);
    expect(standIn.requests.every((r) => r.responseProblem === undefined)).toBe(true);
  });

  it('paginates the files of a pull request through Link headers', async () => {
    const files = await client().paginate(client().rest.pulls.listFiles, { owner: 'acme', repo: 'models', pull_number: 9, per_page: 50 });
    expect(files).toHaveLength(120);
    expect(standIn.requests.filter((r) => r.operationId === 'pulls/list-files').length).toBeGreaterThanOrEqual(3);
  });

  it('works with the GHE base URL as Probot builds it', async () => {
    const { data } = await client(standIn.enterpriseUrl).rest.repos.getContent({
      owner: 'acme',
      repo: 'models',
      path: 'evals/e7.json',
      ref: headSha,
    });
    expect(Buffer.from((data as { content: string }).content, 'base64').toString()).toBe('{"v":7}');
  });

  it('runs GraphQL at the URL Octokit derives from the base URL', async () => {
    const result = await client(standIn.enterpriseUrl).graphql<{ repository: { object: { text: string } } }>(
      'query($e: String!) { repository(owner: "acme", name: "models") { object(expression: $e) { ... on Blob { text } } } }',
      { e: `${headSha}:evals/e1.json` },
    );
    expect(result.repository.object.text).toBe('{"v":1}');
    expect(standIn.requests.at(-1)?.path).toBe('/api/graphql');
  });

  it('retries a 502 and a secondary rate limit, then succeeds', async () => {
    standIn.reset();
    standIn.failNext({ match: 'pulls/get', ...badGateway() });
    standIn.failNext({ match: 'pulls/get', ...secondaryRateLimit(1) });
    const { data } = await client().rest.pulls.get({ owner: 'acme', repo: 'models', pull_number: 9 });
    expect(data.number).toBe(9);
    expect(standIn.requests.map((r) => [r.status, r.fault])).toEqual([
      [502, true],
      [403, true],
      [200, false],
    ]);
  });

  it('surfaces a fault that lasts longer than the retries', async () => {
    standIn.reset();
    standIn.failNext({ match: /^GET \/repos\/acme\/models\/pulls\/9$/, status: 500, times: 10 });
    await expect(client().rest.pulls.get({ owner: 'acme', repo: 'models', pull_number: 9 })).rejects.toMatchObject({ status: 500 });
  });
});
