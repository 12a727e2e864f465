// What a REST route handler gets and returns, and the helpers every handler needs.
import type { StandInApp } from '../app-auth.ts';
import { HttpError, notFound } from '../http-error.ts';
import type { Access, Permission, TokenRecord } from '../identities.ts';
import type { Links } from '../json/links.ts';
import type { PullRequestRecord, RepoRecord, StandInState } from '../state.ts';

export type Caller = { kind: 'token'; token: TokenRecord } | { kind: 'app'; app: StandInApp };

export interface RestContext {
  state: StandInState;
  app: StandInApp | undefined;
  caller: Caller;
  links: Links;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  /** the request URL, for Link headers */
  url: URL;
  accept: string;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  /** sent as is instead of JSON (raw media types) */
  raw?: Buffer;
  headers?: Record<string, string>;
}

export interface RestRoute {
  /** who may call: an installation or personal token, or the App itself with its JWT */
  auth: 'token' | 'app' | 'any';
  /** permissions of which the token needs one */
  requires?: Array<[Permission, Access]>;
  handle(context: RestContext): Promise<RestResponse> | RestResponse;
}

export function tokenOf(context: RestContext): TokenRecord {
  if (context.caller.kind !== 'token') throw new HttpError(401, 'A JSON web token could not be decoded');
  return context.caller.token;
}

export function repoOf(context: RestContext): RepoRecord {
  const repo = context.state.repo(`${String(context.params.owner)}/${String(context.params.repo)}`);
  if (!repo) throw notFound();
  return repo;
}

export function pullOf(context: RestContext, number: unknown): PullRequestRecord {
  const pull = context.state.pullRequest(repoOf(context).fullName, Number(number));
  if (!pull) throw notFound();
  return pull;
}

/** One page of `items` with GitHub's Link header (per_page ≤ 100, pages from 1). */
export function paginate<T>(context: RestContext, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(context.query.per_page ?? 30)));
  const page = Math.max(1, Number(context.query.page ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const url = new URL(context.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${context.links.api}${url.pathname.replace(/^\/api\/v3/, '')}${url.search}>; rel="${rel}"`;
  };
  const relations = [
    ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
  ];
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: relations.length ? { link: relations.join(', ') } : {} };
}
