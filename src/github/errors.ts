// GitHub failures as one sentence a user can act on. Nothing from request headers (tokens) is ever included.

/** A GitHub answer the gate cannot work with (a truncated tree, a missing commit): fail closed with this message. */
export class GitHubPortError extends Error {
  override name = 'GitHubPortError';
}

interface HttpErrorLike {
  status?: unknown;
  message?: unknown;
  request?: { method?: unknown; url?: unknown };
  response?: { data?: unknown; headers?: Record<string, unknown> };
  errors?: Array<{ message?: unknown; type?: unknown }>;
}

export function describeGitHubError(error: unknown): string {
  if (error instanceof GitHubPortError) return error.message;
  const e = (error ?? {}) as HttpErrorLike;
  if (Array.isArray(e.errors) && e.errors.length > 0) {
    return `GitHub GraphQL query failed: ${e.errors.map((x) => String(x.message ?? x.type ?? 'unknown error')).join('; ')}`;
  }
  const status = typeof e.status === 'number' ? e.status : undefined;
  // Not an API answer at all (a network failure, or a fault of our own): its message is all there is to say.
  if (status === undefined && !e.request) return typeof e.message === 'string' ? e.message : String(error);
  const where =
    e.request && typeof e.request.method === 'string' && typeof e.request.url === 'string'
      ? `${e.request.method} ${redactUrl(e.request.url)}`
      : 'a GitHub request';
  const apiMessage = apiMessageOf(e.response?.data) ?? (typeof e.message === 'string' ? e.message : String(error));
  if (status === undefined) return `${where} failed: ${apiMessage}`;
  return `${where} failed with HTTP ${status}: ${apiMessage}${hint(status, e)}`;
}

function apiMessageOf(data: unknown): string | undefined {
  if (data && typeof data === 'object' && 'message' in data && typeof (data as { message: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return undefined;
}

function hint(status: number, e: HttpErrorLike): string {
  const remaining = e.response?.headers?.['x-ratelimit-remaining'];
  if ((status === 403 || status === 429) && String(remaining) === '0') {
    const reset = Number(e.response?.headers?.['x-ratelimit-reset']);
    return Number.isFinite(reset) && reset > 0
      ? ` (rate limit exhausted; it resets at ${new Date(reset * 1000).toISOString()})`
      : ' (rate limit exhausted)';
  }
  if (status === 403) return ' (the token lacks a permission this step needs)';
  if (status === 401) return ' (the token is invalid or expired)';
  if (status >= 500) return ' (GitHub kept failing after retries)';
  return '';
}

function redactUrl(url: string): string {
  return url.replace(/([?&](?:access_token|client_secret|token)=)[^&]*/gi, '$1[REDACTED]');
}

/** True for an HTTP error with this status. */
export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && statuses.includes(status);
}
