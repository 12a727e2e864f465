// Fault injection: answer the next matching requests with an error instead of serving them, or hold them back a
// while before serving them (to force an interleaving between two concurrent evaluations).

export interface FaultTarget {
  method: string;
  /** path without the /api/v3 prefix */
  path: string;
  /** REST operation id, e.g. `checks/create`, or `graphql` */
  operationId: string | undefined;
  /** GraphQL operation name or root fields */
  graphqlOperation: string | undefined;
}

export type FaultMatch = string | RegExp | ((target: FaultTarget) => boolean);

/** An error answer as GitHub sends it. */
export interface FaultAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Fault {
  /** operation id (`issues/create-comment`), `graphql`, a GraphQL operation name, a RegExp over `METHOD /path`, or a predicate; default: any request */
  match?: FaultMatch;
  /** the error status to answer with; without it the request is served (after `delayMs`) */
  status?: number;
  /** wait this long before answering */
  delayMs?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** how many matching requests fail; default 1 */
  times?: number;
}

const DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';

/** The 403 GitHub sends when a secondary rate limit trips (Octokit's throttling plugin looks for "secondary rate"). */
export function secondaryRateLimit(retryAfterSeconds = 1): FaultAnswer {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url: `${DOCS}#about-secondary-rate-limits`,
      status: '403',
    },
  };
}

/** The 403 GitHub sends when the primary rate limit is used up. */
export function primaryRateLimit(resetInSeconds = 1): FaultAnswer {
  return {
    status: 403,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
      'x-ratelimit-resource': 'core',
    },
    body: {
      message: 'API rate limit exceeded for installation ID 4242.',
      documentation_url: `${DOCS}#about-primary-rate-limits`,
      status: '403',
    },
  };
}

/** A 502 like GitHub's front end sends when a backend times out. */
export function badGateway(): FaultAnswer {
  return { status: 502, body: { message: 'Server Error' } };
}

export class FaultQueue {
  #faults: Array<Fault & { remaining: number }> = [];

  add(fault: Fault): void {
    this.#faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  /** The fault to answer this request with, if one matches; uses one of its times. */
  take(target: FaultTarget): Fault | undefined {
    const fault = this.#faults.find((f) => f.remaining > 0 && matches(f.match, target));
    if (!fault) return undefined;
    fault.remaining -= 1;
    this.#faults = this.#faults.filter((f) => f.remaining > 0);
    return fault;
  }

  pending(): number {
    return this.#faults.reduce((n, f) => n + f.remaining, 0);
  }

  clear(): void {
    this.#faults = [];
  }
}

function matches(match: Fault['match'], target: FaultTarget): boolean {
  if (match === undefined) return true;
  if (typeof match === 'function') return match(target);
  if (match instanceof RegExp) return match.test(`${target.method} ${target.path}`);
  return match === target.operationId || (target.graphqlOperation !== undefined && match === target.graphqlOperation);
}
