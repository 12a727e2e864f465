// Exclusive per PR across App replicas: a lease in Redis (SET NX PX with a random token, renewed while the evaluation
// runs, released only by its holder), taken inside the embedded queue so one replica never races itself.
import { randomUUID } from 'node:crypto';
import { KeyedQueue, type PrQueue } from './queue.ts';

/** The three operations a lease needs; Redis implements them in redisLeases(), tests with a map. */
export interface LeaseStore {
  /** Take the lease if nobody holds it; true when taken. */
  acquire(key: string, token: string, ttlMs: number): Promise<boolean>;
  /** Extend the lease if `token` still holds it; false when it was lost. */
  renew(key: string, token: string, ttlMs: number): Promise<boolean>;
  /** Give the lease up if `token` holds it. */
  release(key: string, token: string): Promise<void>;
}

export interface SharedLockOptions {
  /** How long a lease lives without renewal: a crashed replica blocks a PR at most this long. */
  ttlMs?: number;
  /** Pause between tries while another replica holds the lease. */
  retryMs?: number;
  /** Give up waiting after this long: the evaluation fails instead of queueing forever. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Timers for renewal (tests inject their own). */
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

export class SharedLockQueue implements PrQueue {
  readonly #local = new KeyedQueue();
  readonly #store: LeaseStore;
  readonly #options: Required<SharedLockOptions>;

  constructor(store: LeaseStore, options: SharedLockOptions = {}) {
    this.#store = store;
    this.#options = {
      ttlMs: 60_000,
      retryMs: 100,
      maxWaitMs: 10 * 60_000,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      setInterval: (fn, ms) => setInterval(fn, ms),
      clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
      ...options,
    };
  }

  run<T>(key: string, task: () => Promise<T>, unavailable?: (why: string) => Promise<T>): Promise<T> {
    return this.#local.run(key, async () => {
      try {
        return await this.#exclusive(`rsp-gate:lock:${key}`, task);
      } catch (error) {
        if (error instanceof LockTimeoutError && unavailable !== undefined) return unavailable(error.message);
        throw error;
      }
    });
  }

  idle(): Promise<void> {
    return this.#local.idle();
  }

  async #exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    await this.#acquire(key, token);
    const { ttlMs } = this.#options;
    const renewal = this.#options.setInterval(() => void this.#store.renew(key, token, ttlMs).catch(() => false), Math.floor(ttlMs / 3));
    try {
      return await task();
    } finally {
      this.#options.clearInterval(renewal);
      await this.#store.release(key, token);
    }
  }

  async #acquire(key: string, token: string): Promise<void> {
    const { ttlMs, retryMs, maxWaitMs, sleep } = this.#options;
    for (let waited = 0; ; waited += retryMs) {
      if (await this.#store.acquire(key, token, ttlMs)) return;
      if (waited >= maxWaitMs) throw new LockTimeoutError(`another replica held ${key} for more than ${Math.round(maxWaitMs / 1000)} s`);
      await sleep(retryMs);
    }
  }
}

/** The subset of an ioredis client the leases use. */
export interface RedisLike {
  set(key: string, value: string, px: 'PX', ttl: number, nx: 'NX'): Promise<'OK' | null>;
  eval(script: string, keys: number, ...args: Array<string | number>): Promise<unknown>;
}

// Compare-and-act in one step: a lease that expired and was taken by another replica is never extended or deleted.
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export function redisLeases(redis: RedisLike): LeaseStore {
  return {
    acquire: async (key, token, ttlMs) => (await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK',
    renew: async (key, token, ttlMs) => Number(await redis.eval(RENEW, 1, key, token, ttlMs)) === 1,
    release: async (key, token) => void (await redis.eval(RELEASE, 1, key, token)),
  };
}
