// The gate's throttling for plugin-throttling: GitHub's secondary limits kept (retry-after, bounded waits, serial
// writes, a pause once many writes or comments pile up), and no wait GitHub does not ask for: read-only GraphQL queries
// are not spaced as writes, and a write does not wait a fixed second behind the one before it.

/** Server errors and unlabelled 429s: retried this many times with growing waits (1 s, 4 s, 9 s). */
export const MAX_RETRIES = 3;

/** Where the client logs what it waits for. */
interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Secondary rate limits: retried this many times, each after the `retry-after` GitHub sends. */
const MAX_SECONDARY_LIMIT_RETRIES = 2;
/** A limit that resets later than this is not waited for: the run fails and says when to try again. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

/** A limit GitHub counts over a rolling window: at most `count` starts per `ms`. */
export interface Window {
  count: number;
  ms: number;
}

/** Mutations: ≤ 900 points a minute per endpoint at 5 points each is 180; we stay below it for all writes together. */
const WRITE_WINDOWS: readonly Window[] = [{ count: 150, ms: 60_000 }];
/** Content creation (comments): GitHub allows ≤ 80 a minute and ≤ 500 an hour. */
const CONTENT_WINDOWS: readonly Window[] = [
  { count: 60, ms: 60_000 },
  { count: 450, ms: 3_600_000 },
];

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/** What plugin-throttling calls on a limiter: `schedule(jobOptions, job)`; a retry comes with weight 0. */
interface JobOptions {
  weight?: number;
}

/**
 * Starts jobs one at a time, pausing only once a window is full: GitHub asks for serial writes and a pause between
 * many of them, not a fixed gap between every two.
 */
export class WindowLimiter {
  private readonly starts: number[] = [];
  private tail: Promise<unknown> = Promise.resolve();
  private readonly windows: readonly Window[];
  private readonly clock: Clock;

  constructor(windows: readonly Window[], clock: Clock = realClock) {
    this.windows = windows;
    this.clock = clock;
  }

  schedule<T>(jobOptions: JobOptions, job: () => T | Promise<T>): Promise<T> {
    // A retry already waited what GitHub asked for (retry-after), and was counted when it first started.
    if (jobOptions.weight === 0) return Promise.resolve().then(job);
    const turn = this.tail.then(() => this.waitForRoom());
    this.tail = turn.catch(() => undefined);
    return turn.then(job);
  }

  private async waitForRoom(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const wait = Math.max(0, ...this.windows.map((w) => this.waitFor(w, now)));
      if (wait === 0) break;
      await this.clock.sleep(wait);
    }
    const now = this.clock.now();
    const longest = Math.max(...this.windows.map((w) => w.ms));
    while (this.starts.length > 0 && this.starts[0]! <= now - longest) this.starts.shift();
    this.starts.push(now);
  }

  /** How long until one more start fits into the window. */
  private waitFor(window: Window, now: number): number {
    const inWindow = this.starts.filter((t) => t > now - window.ms);
    if (inWindow.length < window.count) return 0;
    return inWindow[inWindow.length - window.count]! + window.ms - now;
  }
}

/** One limiter per key (plugin-throttling keys by installation), so limits are shared by every client of an installation. */
export class WindowGroup {
  private readonly limiters = new Map<string, WindowLimiter>();
  private readonly windows: readonly Window[];
  private readonly clock: Clock;

  constructor(windows: readonly Window[], clock: Clock = realClock) {
    this.windows = windows;
    this.clock = clock;
  }

  key(id = ''): WindowLimiter {
    let limiter = this.limiters.get(id);
    if (limiter === undefined) {
      limiter = new WindowLimiter(this.windows, this.clock);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

/** Shared by every Octokit in this process, as plugin-throttling's own groups are. */
const sharedWrites = new WindowGroup(WRITE_WINDOWS);
const sharedContent = new WindowGroup(CONTENT_WINDOWS);

/** The write limiter a read-only GraphQL query passes: it starts at once. */
const unlimited = { key: () => ({ schedule: <T>(_options: JobOptions, job: () => T | Promise<T>) => Promise.resolve().then(job) }) };

interface RequestOptions {
  method?: string;
  url?: string;
  query?: unknown;
}

/** A GraphQL document that cannot contain a mutation (the word appears nowhere in it): a read, whatever its shape. */
export function isReadOnlyGraphQL(options: RequestOptions): boolean {
  if (typeof options.query !== 'string' || options.url === undefined) return false;
  const { pathname } = new URL(options.url, 'http://github.test');
  return pathname.endsWith('/graphql') && !/mutation/i.test(options.query);
}

type FailedHandler = (error: unknown, info: { args: unknown[]; retryCount: number }) => Promise<number | undefined | undefined>;
type ThrottleState = Record<string, unknown>;
type Job = (state: ThrottleState, request: unknown, options: RequestOptions) => Promise<unknown>;

/**
 * Plugin-throttling's `retryLimiter`: runs each request, asks the plugin's `failed` handler whether to retry a limit
 * (it decides the retry-after wait), and hands read-only GraphQL queries a state whose write limiter does not wait:
 * the plugin would otherwise space every `/graphql` request as a write.
 */
class RequestScheduler {
  private failed: FailedHandler | undefined;
  private readonly clock: Clock;

  constructor(clock: Clock = realClock) {
    this.clock = clock;
  }

  on(event: string, handler: FailedHandler): void {
    if (event === 'failed') this.failed = handler;
  }

  async schedule(job: Job, state: ThrottleState, request: unknown, options: RequestOptions): Promise<unknown> {
    const jobState = isReadOnlyGraphQL(options) ? { ...state, write: unlimited } : state;
    const args = [state, request, options];
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await job(jobState, request, options);
      } catch (error) {
        const wait = await this.failed?.(error, { args, retryCount });
        if (typeof wait !== 'number') throw error;
        await this.clock.sleep(wait);
      }
    }
  }
}

export interface ThrottleSetup {
  log?: Pick<ClientLog, 'warn'>;
  /** Probot with Redis shares Bottleneck limiters across processes: keep its write and comment limiters then. */
  clustered?: boolean;
  clock?: Clock;
  /** Limiters to use instead of the process-wide ones (tests). */
  writes?: WindowGroup;
  content?: WindowGroup;
}

/** Throttle options both our Octokit and the App's (Probot's) use: bounded waits, logged; no wait GitHub does not ask for. */
export function boundedThrottle(setup: ThrottleSetup = {}) {
  const { log, clustered = false, clock = realClock } = setup;
  type Octo = { log?: { warn(message: string): void } };
  const limiters = clustered ? {} : { write: setup.writes ?? sharedWrites, notifications: setup.content ?? sharedContent };
  return {
    ...limiters,
    retryLimiter: new RequestScheduler(clock),
    onRateLimit: (retryAfter: number, options: { method?: string; url?: string }, octokit: Octo, retryCount: number) => {
      const wait = retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      (log ?? octokit.log)?.warn(
        `GitHub rate limit reached on ${options.method} ${options.url}; ${wait ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return wait;
    },
    onSecondaryRateLimit: (retryAfter: number, options: { method?: string; url?: string }, octokit: Octo, retryCount: number) => {
      const wait = retryCount < MAX_SECONDARY_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      (log ?? octokit.log)?.warn(
        `GitHub secondary rate limit on ${options.method} ${options.url}; ${wait ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return wait;
    },
  };
}
