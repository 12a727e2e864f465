// Checks a REST request's path parameters, query and JSON body against its operation in GitHub's description.
import type { JsonSchema } from './description.ts';
import { invalidRequest, notFound } from './http-error.ts';
import type { Operation } from './operations.ts';
import { describeErrors, validatorFor } from './schema-validator.ts';

export interface ValidatedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

export interface ValidationOptions {
  /** reject query parameters and top-level body properties the description does not list (GitHub ignores them; a client sending them has a bug) */
  rejectUnknownParameters: boolean;
}

/** Throws the HttpError GitHub would answer with; returns the parameters coerced to their declared types. */
export function validateRequest(
  operation: Operation,
  rawParams: Record<string, string>,
  searchParams: URLSearchParams,
  body: unknown,
  options: ValidationOptions,
): ValidatedRequest {
  const params: Record<string, unknown> = { ...rawParams };
  const validateParams = validatorFor(`${operation.id}:path`, () => parametersSchema(operation, 'path'), true);
  // GitHub answers a malformed path parameter (issue_number=abc) with 404
  if (!validateParams(params)) throw notFound(describeErrors(validateParams.errors, 'path'));

  const query = queryObject(operation, searchParams);
  const known = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  const unknown = Object.keys(query).filter((name) => !known.has(name));
  if (options.rejectUnknownParameters && unknown.length > 0) {
    throw invalidRequest(`query parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} not in the description of ${operation.id}`);
  }
  const validateQuery = validatorFor(`${operation.id}:query`, () => parametersSchema(operation, 'query'), true);
  if (!validateQuery(query)) throw invalidRequest(describeErrors(validateQuery.errors, 'query'));

  const bodySchema = operation.spec.requestBody?.content?.['application/json']?.schema;
  if (body === undefined) {
    if (operation.spec.requestBody?.required) throw invalidRequest(`${operation.id} requires a JSON body`);
  } else if (!bodySchema) {
    if (options.rejectUnknownParameters && !isEmptyObject(body)) throw invalidRequest(`${operation.id} takes no body`);
  } else {
    const validateBody = validatorFor(`${operation.id}:body`, () => bodySchema);
    if (!validateBody(body)) throw invalidRequest(describeErrors(validateBody.errors, 'body'));
    const extra = options.rejectUnknownParameters ? unknownProperties(bodySchema, body) : [];
    if (extra.length > 0)
      throw invalidRequest(`body propert${extra.length > 1 ? 'ies' : 'y'} ${extra.join(', ')} not in the description of ${operation.id}`);
  }
  return { params, query, body };
}

function parametersSchema(operation: Operation, location: 'path' | 'query'): JsonSchema {
  const parameters = operation.parameters.filter((p) => p.in === location);
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema ?? {}])),
    required: parameters.filter((p) => p.required || location === 'path').map((p) => p.name),
  };
}

function queryObject(operation: Operation, searchParams: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    const declared = operation.parameters.find((p) => p.in === 'query' && p.name === name);
    // form style without explode: a=x,y is the array [x, y]
    query[name] = declared?.schema?.type === 'array' ? values.flatMap((v) => v.split(',')) : values.length === 1 ? values[0] : values;
  }
  return query;
}

function unknownProperties(schema: JsonSchema, body: unknown): string[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  const properties = schema.properties as Record<string, unknown> | undefined;
  if (!properties || schema.additionalProperties !== undefined) return [];
  return Object.keys(body).filter((key) => !(key in properties));
}

function isEmptyObject(value: unknown): boolean {
  return !!value && typeof value === 'object' && Object.keys(value).length === 0;
}
