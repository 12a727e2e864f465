import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS_TOKEN } from './identities.ts';
import { startPullRequestScenario, type PullRequestScenario } from './scenario.ts';

let scenario: PullRequestScenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

describe('startPullRequestScenario', () => {
  it('serves a pull request between a base and a head commit, and moves the head on push', async () => {
    scenario = await startPullRequestScenario({ base: { 'policy.yaml': 'p' }, head: { 'models/m.yaml': 'm' }, number: 12 });
    const get = async () => {
      const response = await fetch(`${scenario?.standIn.url}/repos/acme/models/pulls/12`, {
        headers: { authorization: `token ${ACTIONS_TOKEN}`, 'user-agent': 't' },
      });
      return (await response.json()) as { head: { sha: string; ref: string }; base: { sha: string }; changed_files: number };
    };
    expect(await get()).toMatchObject({
      head: { sha: scenario.headSha, ref: 'feature' },
      base: { sha: scenario.baseSha },
      changed_files: 1,
    });
    const next = await scenario.push({ 'evals/e.json': '{}' });
    expect(await get()).toMatchObject({ head: { sha: next }, changed_files: 2 });
  });
});
