import { describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { type Clock, WindowGroup, WindowLimiter, boundedThrottle, isReadOnlyGraphQL } from '../../../src/github/throttle.ts';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';

/** A clock that only moves when something sleeps, so waits are asserted as numbers, never timed. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** A limiter group that records which requests passed through it. */
function spyGroup(): WindowGroup & { used: number } {
  const group = new WindowGroup([{ count: 1000, ms: 60_000 }], fakeClock()) as WindowGroup & { used: number };
  group.used = 0;
  const key = group.key.bind(group);
  group.key = (id) => {
    const limiter = key(id);
    return { schedule: (o: object, job: () => unknown) => (group.used++, limiter.schedule(o, job)) } as unknown as WindowLimiter;
  };
  return group;
}

function octokitWith(throttle: ReturnType<typeof boundedThrottle>, fetch: (url: string, init: RequestInit) => Promise<Response>) {
  return new (Octokit.plugin(throttling, retry))({
    auth: 't',
    request: { fetch },
    retry: { enabled: false },
    throttle: throttle as unknown as ThrottlingOptions,
  });
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('WindowLimiter', () => {
  it('starts jobs without pausing until a window is full, then waits until the oldest start leaves it', async () => {
    const clock = fakeClock();
    const limiter = new WindowLimiter([{ count: 2, ms: 1000 }], clock);
    const started: number[] = [];
    await Promise.all([0, 1, 2].map(() => limiter.schedule({}, () => started.push(clock.now()))));
    expect(clock.sleeps).toEqual([1000]);
    expect(started[1]! - started[0]!).toBe(0);
    expect(started[2]! - started[0]!).toBe(1000);
  });

  it('honours every window: a long one holds back even when the short one has room', async () => {
    const clock = fakeClock();
    const limiter = new WindowLimiter(
      [
        { count: 5, ms: 1000 },
        { count: 2, ms: 60_000 },
      ],
      clock,
    );
    for (let i = 0; i < 3; i++) await limiter.schedule({}, () => undefined);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('lets a retry through at once: it already waited what GitHub asked for', async () => {
    const clock = fakeClock();
    const limiter = new WindowLimiter([{ count: 1, ms: 1000 }], clock);
    await limiter.schedule({}, () => undefined);
    await limiter.schedule({ weight: 0 }, () => undefined);
    expect(clock.sleeps).toEqual([]);
  });

  it('keeps one limiter per installation, shared by every client that asks for it', () => {
    const group = new WindowGroup([{ count: 1, ms: 1000 }]);
    expect(group.key('1')).toBe(group.key('1'));
    expect(group.key('1')).not.toBe(group.key('2'));
  });
});

describe('isReadOnlyGraphQL', () => {
  it('tells a query from a mutation and from REST', () => {
    expect(isReadOnlyGraphQL({ url: '/graphql', query: 'query { viewer { login } }' })).toBe(true);
    expect(isReadOnlyGraphQL({ url: 'https://ghe.example/api/graphql', query: '{ a: repository(owner: "o", name: "r") { id } }' })).toBe(
      true,
    );
    expect(isReadOnlyGraphQL({ url: '/graphql', query: 'mutation { addReaction(input: {}) { clientMutationId } }' })).toBe(false);
    // Anything that names a mutation anywhere counts as a write: the safe side.
    expect(isReadOnlyGraphQL({ url: '/graphql', query: 'query A { a } Mutation B { b }' })).toBe(false);
    expect(isReadOnlyGraphQL({ url: '/repos/o/r/issues/1/comments', query: 'x' })).toBe(false);
  });
});

describe('boundedThrottle with plugin-throttling', () => {
  it('sends read-only GraphQL queries past the write limiter, mutations and REST writes through it, comments through the content limiter', async () => {
    const writes = spyGroup();
    const content = spyGroup();
    const octokit = octokitWith(boundedThrottle({ writes, content, clock: fakeClock() }), async () => json({ data: { ok: true } }));
    await Promise.all([octokit.graphql('query { viewer { login } }'), octokit.graphql('{ rateLimit { cost } }')]);
    expect([writes.used, content.used]).toEqual([0, 0]);
    await octokit.graphql('mutation { addReaction(input: {subjectId: "x", content: EYES}) { clientMutationId } }');
    expect([writes.used, content.used]).toEqual([1, 0]);
    await octokit.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'o', repo: 'r', name: 'c', head_sha: 'a'.repeat(40) });
    expect([writes.used, content.used]).toEqual([2, 0]);
    await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: 'o',
      repo: 'r',
      issue_number: 1,
      body: 'b',
    });
    expect([writes.used, content.used]).toEqual([3, 1]);
    await octokit.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
    expect([writes.used, content.used]).toEqual([3, 1]);
  });

  it('still retries a read-only query after the retry-after of a secondary limit, and gives up after the bounded retries', async () => {
    const clock = fakeClock();
    let calls = 0;
    const limited = () => json({ message: 'You have exceeded a secondary rate limit.' }, 403, { 'retry-after': '7' });
    const octokit = octokitWith(boundedThrottle({ writes: spyGroup(), content: spyGroup(), clock, log: { warn() {} } }), async () =>
      ++calls < 2 ? limited() : json({ data: { ok: true } }),
    );
    await expect(octokit.graphql('query { viewer { login } }')).resolves.toEqual({ ok: true });
    expect(clock.sleeps).toEqual([7000]);

    const always = octokitWith(boundedThrottle({ writes: spyGroup(), content: spyGroup(), clock, log: { warn() {} } }), async () =>
      limited(),
    );
    await expect(always.graphql('query { viewer { login } }')).rejects.toThrow(/secondary rate limit/);
    expect(clock.sleeps).toEqual([7000, 7000, 7000]);
  });
});
