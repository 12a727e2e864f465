// Errors shaped as GitHub sends them: `{ message, documentation_url, status }`, with `errors[]` on 422.

const DOCS = 'https://docs.github.com/rest';

export interface ValidationErrorItem {
  resource: string;
  code: string;
  field?: string;
  message?: string;
}

export class HttpError extends Error {
  readonly status: number;
  /** set when GitHub would reject the request as wrong (recorded as invalid), not merely refuse it */
  readonly invalid: string | undefined;
  readonly errors: ValidationErrorItem[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, message: string, invalid?: string, errors?: ValidationErrorItem[], headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.invalid = invalid;
    this.errors = errors;
    this.headers = headers;
  }

  body(): Record<string, unknown> {
    return { message: this.message, ...(this.errors ? { errors: this.errors } : {}), documentation_url: DOCS, status: String(this.status) };
  }
}

export const notFound = (invalid?: string): HttpError => new HttpError(404, 'Not Found', invalid);

/** The 422 GitHub answers when a request breaks the published schema. */
export const invalidRequest = (details: string): HttpError => new HttpError(422, `Invalid request.\n\n${details}`, details);

/** The 422 GitHub answers when a well-formed request fails a server-side rule. */
export const validationFailed = (item: ValidationErrorItem): HttpError =>
  new HttpError(422, 'Validation Failed', `${item.resource}.${item.field ?? ''}: ${item.message ?? item.code}`, [item]);

export const notAccessible = (kind: 'integration' | 'personal access token'): HttpError =>
  new HttpError(403, `Resource not accessible by ${kind}`);
