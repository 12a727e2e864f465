import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LeaseStore, LockTimeoutError, SharedLockQueue, redisLeases } from '../../../src/app/shared-lock.ts';
import { redisUnavailable, startRedis, type RedisServer } from '../../support/redis.ts';

/** Leases in a map, with a clock the test moves: what Redis does, without the network. */
function memoryLeases(now: () => number): LeaseStore & { held: Map<string, { token: string; until: number }> } {
  const held = new Map<string, { token: string; until: number }>();
  const live = (key: string) => {
    const lease = held.get(key);
    return lease !== undefined && lease.until > now() ? lease : undefined;
  };
  return {
    held,
    async acquire(key, token, ttl) {
      if (live(key)) return false;
      held.set(key, { token, until: now() + ttl });
      return true;
    },
    async renew(key, token, ttl) {
      const lease = live(key);
      if (lease?.token !== token) return false;
      lease.until = now() + ttl;
      return true;
    },
    async release(key, token) {
      if (live(key)?.token === token) held.delete(key);
    },
  };
}

describe('one lock per PR shared by replicas', () => {
  it('lets a second replica in only after the first released the PR, and other PRs meanwhile', async () => {
    let clock = 0;
    const store = memoryLeases(() => clock);
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      clock += ms;
      await new Promise((r) => setImmediate(r));
    };
    const [a, b] = [new SharedLockQueue(store, { sleep }), new SharedLockQueue(store, { sleep })];
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = a.run('acme/models#7', async () => {
      log.push('a start');
      await gate;
      log.push('a end');
    });
    await new Promise((r) => setImmediate(r));
    const second = b.run('acme/models#7', async () => void log.push('b'));
    const other = b.run('acme/models#8', async () => void log.push('other PR'));
    await other;
    expect(log).toEqual(['a start', 'other PR']);
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(['a start', 'other PR', 'a end', 'b']);
    expect(waits.length).toBeGreaterThan(0);
    expect(store.held.size).toBe(0);
  });

  it('gives up after the longest wait instead of queueing forever', async () => {
    let clock = 0;
    const store = memoryLeases(() => clock);
    await store.acquire('rsp-gate:lock:pr', 'someone else', 10 * 60_000 * 2);
    const queue = new SharedLockQueue(store, { retryMs: 1000, maxWaitMs: 5000, sleep: async (ms) => void (clock += ms) });
    await expect(queue.run('pr', async () => 'ran')).rejects.toBeInstanceOf(LockTimeoutError);
  });

  it('renews the lease while a long evaluation runs, so no other replica takes it', async () => {
    let clock = 0;
    const store = memoryLeases(() => clock);
    let tick: (() => void) | undefined;
    const queue = new SharedLockQueue(store, { ttlMs: 300, setInterval: (fn) => (tick = fn), clearInterval: () => (tick = undefined) });
    await queue.run('pr', async () => {
      for (let i = 0; i < 5; i++) {
        clock += 100;
        tick?.();
        await new Promise((r) => setImmediate(r));
      }
      expect(await store.acquire('rsp-gate:lock:pr', 'intruder', 300)).toBe(false);
    });
    expect(tick).toBeUndefined();
  });
});

describe.skipIf(redisUnavailable() !== undefined)('leases in a real Redis', () => {
  let redis: RedisServer;
  let client: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  }, 30_000);
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it('are taken once, renewed and released only by their holder', async () => {
    const leases = redisLeases(client);
    expect(await leases.acquire('k', 'one', 10_000)).toBe(true);
    expect(await leases.acquire('k', 'two', 10_000)).toBe(false);
    expect(await leases.renew('k', 'two', 10_000)).toBe(false);
    expect(await leases.renew('k', 'one', 20_000)).toBe(true);
    expect(await client.pttl('k')).toBeGreaterThan(10_000);
    await leases.release('k', 'two');
    expect(await client.get('k')).toBe('one');
    await leases.release('k', 'one');
    expect(await client.get('k')).toBeNull();
  });
});
