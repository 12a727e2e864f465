// A REST request's way through the stand-in: find the operation, authenticate, validate, then serve.
import type { IncomingHttpHeaders } from 'node:http';
import { jwtProblem, looksLikeJwt, type StandInApp } from '../app-auth.ts';
import { HttpError, notAccessible } from '../http-error.ts';
import { allows } from '../identities.ts';
import type { Links } from '../json/links.ts';
import { findOperation, type Operation } from '../operations.ts';
import { validateRequest, type ValidationOptions } from '../request-validation.ts';
import type { StandInState } from '../state.ts';
import type { Caller, RestContext, RestResponse, RestRoute } from './context.ts';
import { restRoutes } from './index.ts';

export interface RestRequest {
  method: string;
  /** path without the /api/v3 prefix */
  path: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: unknown;
  links: Links;
}

export interface PreparedRest {
  operation: Operation;
  route: RestRoute;
  context: RestContext;
}

export interface RestEnvironment {
  state: StandInState;
  app: StandInApp | undefined;
  validation: ValidationOptions;
}

/** Credentials as GitHub takes them: `token X` or `Bearer X`. */
function credentialOf(headers: IncomingHttpHeaders): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

/** Authenticates the caller; throws the 401 GitHub answers. */
export function authenticate(headers: IncomingHttpHeaders, environment: RestEnvironment): Caller {
  if (headers.authorization === undefined) throw new HttpError(401, 'Requires authentication', 'no authorization header');
  const credential = credentialOf(headers);
  if (!credential) throw new HttpError(401, 'Bad credentials', `authorization header is neither "token …" nor "Bearer …"`);
  if (looksLikeJwt(credential)) {
    if (!environment.app) throw new HttpError(401, 'A JSON web token could not be decoded', 'a JWT, but the stand-in has no GitHub App');
    const problem = jwtProblem(credential, environment.app, Math.floor(Date.now() / 1000));
    if (problem) throw new HttpError(401, problem, `App JWT refused: ${problem}`);
    return { kind: 'app', app: environment.app };
  }
  const token = environment.state.tokens.get(credential);
  if (!token || (token.expiresAt !== undefined && token.expiresAt < new Date().toISOString())) throw new HttpError(401, 'Bad credentials');
  return { kind: 'token', token };
}

/** What is known of a request as it goes through, for the request log even when it is refused. */
export interface RestNotes {
  operationId?: string;
  caller?: Caller;
}

export function prepareRest(request: RestRequest, environment: RestEnvironment, notes: RestNotes): PreparedRest {
  const found = findOperation(request.method, request.path);
  if (found === undefined || found === 'method-not-allowed') {
    const why = found === undefined ? 'no such route' : 'method not allowed on this route';
    throw new HttpError(404, 'Not Found', `${why} in GitHub's REST description: ${request.method} ${request.path}`);
  }
  const { operation, params } = found;
  notes.operationId = operation.id;
  const caller = authenticate(request.headers, environment);
  notes.caller = caller;
  const route = restRoutes[operation.id];
  if (route?.auth === 'app' && caller.kind !== 'app') {
    throw new HttpError(401, 'A JSON web token could not be decoded', `${operation.id} needs the App's JWT, not a token`);
  }
  if (route?.auth === 'token' && caller.kind !== 'token') {
    throw new HttpError(403, 'Resource not accessible by integration', `${operation.id} needs an installation token, not the App's JWT`);
  }
  const validated = validateRequest(operation, params, request.url.searchParams, request.body, environment.validation);
  if (!route)
    throw new HttpError(501, `The GitHub stand-in does not implement ${operation.id}`, `not implemented by the stand-in: ${operation.id}`);
  if (
    caller.kind === 'token' &&
    route.requires &&
    !route.requires.some(([permission, access]) => allows(caller.token, permission, access))
  ) {
    throw notAccessible(caller.token.kind === 'installation' ? 'integration' : 'personal access token');
  }
  const context: RestContext = {
    state: environment.state,
    app: environment.app,
    caller,
    links: request.links,
    params: validated.params,
    query: validated.query,
    body: (validated.body ?? {}) as Record<string, unknown>,
    url: request.url,
    accept: String(request.headers.accept ?? ''),
  };
  return { operation, route, context };
}

export async function serveRest(prepared: PreparedRest): Promise<RestResponse> {
  return prepared.route.handle(prepared.context);
}
