import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { primaryRateLimit, secondaryRateLimit } from './faults.ts';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;

const get = (path: string) => fetch(`${standIn.url}${path}`, { headers: { authorization: `token ${ACTIONS_TOKEN}`, 'user-agent': 't' } });
const graphql = (query: string) =>
  fetch(standIn.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `token ${ACTIONS_TOKEN}`, 'user-agent': 't' },
    body: JSON.stringify({ query }),
  });

beforeAll(async () => {
  repo = await createRepo();
  await repo.commit({ 'a.txt': 'a' }, 'one');
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('fault injection', () => {
  it('fails the matching request the given number of times, then serves again', async () => {
    standIn.failNext({ match: 'repos/get-content', status: 502, times: 2 });
    expect((await get('/rate_limit')).status).toBe(200);
    expect((await get('/repos/acme/models/contents/a.txt')).status).toBe(502);
    expect((await get('/repos/acme/models/contents/a.txt')).status).toBe(502);
    expect((await get('/repos/acme/models/contents/a.txt')).status).toBe(200);
  });

  it('sends secondary and primary rate limit answers as GitHub does', async () => {
    standIn.failNext(secondaryRateLimit(7));
    const secondary = await get('/rate_limit');
    expect(secondary.status).toBe(403);
    expect(secondary.headers.get('retry-after')).toBe('7');
    expect(((await secondary.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    standIn.failNext(primaryRateLimit());
    const primary = await get('/rate_limit');
    expect(primary.status).toBe(403);
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('matches GraphQL by operation name', async () => {
    standIn.failNext({ match: 'Files', status: 502 });
    expect((await graphql('query Other { viewer { login } }')).status).toBe(200);
    expect((await graphql('query Files { viewer { login } }')).status).toBe(502);
    expect((await graphql('query Files { viewer { login } }')).status).toBe(200);
  });

  it('delays a request and then serves it, so a later one can overtake it', async () => {
    standIn.delayNext({ match: 'repos/get-content', ms: 300 });
    const order: string[] = [];
    const slow = get('/repos/acme/models/contents/a.txt').then((r) => order.push(`content ${r.status}`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const fast = get('/rate_limit').then((r) => order.push(`rate ${r.status}`));
    await Promise.all([slow, fast]);
    expect(order).toEqual(['rate 200', 'content 200']);
  });

  it('does not spend a fault on an invalid request, and reset() drops pending faults', async () => {
    standIn.failNext({ status: 500 });
    expect((await get('/nope')).status).toBe(404);
    standIn.reset();
    expect((await get('/rate_limit')).status).toBe(200);
    expect(standIn.requests).toHaveLength(1);
  });
});
