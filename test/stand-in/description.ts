// GitHub's published REST description (api.github.com, from @octokit/openapi), loaded once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type JsonSchema = { [key: string]: unknown };

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface OperationObject {
  operationId: string;
  parameters?: Array<ParameterObject | { $ref: string }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface Description {
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, ParameterObject>;
    responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
  };
  'x-webhooks': Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}

let cached: Description | undefined;

/** The parsed description. Its schemas are OpenAPI 3.0; schema-validator.ts makes them JSON Schema as it needs them. */
export function description(): Description {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as Description;
  }
  return cached;
}

/** Resolves a local `#/components/...` reference inside the description. */
export function resolveRef<T>(ref: string): T {
  let node: unknown = description();
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part];
  if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return node as T;
}
