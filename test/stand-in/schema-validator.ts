// ajv validators for schemas of GitHub's description, compiled on first use and kept for the process.
// Each validator carries only the components it reaches, so nothing is compiled that no request needs.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { description, type JsonSchema } from './description.ts';

// ajv-formats is CommonJS and sets module.exports to the plugin itself; its typings describe the ESM default instead
const addFormats = ajvFormats as unknown as (ajv: Ajv) => Ajv;
const COMPONENT_REF = '#/components/schemas/';

let exactAjv: Ajv | undefined;
let coercingAjv: Ajv | undefined;

function createAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({
    strict: false,
    validateSchema: false,
    coerceTypes: coerceTypes ? 'array' : false,
    // formats GitHub uses for documentation only
    formats: { 'uri-template': true, 'repo.nwo': true, binary: true, int32: true, int64: true, double: true },
  });
  addFormats(ajv);
  return ajv;
}

const converted = new WeakSet<object>();

/**
 * OpenAPI 3.0 → JSON Schema, in place and once per node: GitHub's description writes `nullable: true` beside
 * `$ref`/`allOf` and with enums that lack null, where it means "or null".
 */
function toJsonSchema(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (converted.has(node)) return node;
  converted.add(node);
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = toJsonSchema(node[i]);
    return node;
  }
  const object = node as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (key !== 'example' && key !== 'examples') object[key] = toJsonSchema(object[key]);
  }
  if (object.nullable !== true) return object;
  delete object.nullable;
  if (Array.isArray(object.enum) && !object.enum.includes(null)) object.enum = [...object.enum, null];
  if (typeof object.type === 'string') {
    object.type = [object.type, 'null'];
    return object;
  }
  const wrapped = { anyOf: [object, { type: 'null' }] };
  converted.add(wrapped);
  return wrapped;
}

/** The schema with the component schemas it reaches, so its `#/components/schemas/…` references resolve. */
function bundle(schema: JsonSchema): JsonSchema {
  const components = description().components.schemas;
  const reached: Record<string, unknown> = {};
  const root = toJsonSchema(schema);
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF)) {
        const name = value.slice(COMPONENT_REF.length);
        if (!(name in reached)) {
          components[name] = toJsonSchema(components[name]) as JsonSchema;
          reached[name] = components[name];
          pending.push(components[name]);
        }
      } else if (key !== 'example' && key !== 'examples') {
        pending.push(value);
      }
    }
  }
  return { allOf: [root], components: { schemas: reached } };
}

const cache = new Map<string, ValidateFunction>();

/** A compiled validator for `schema`, cached under `key`. `coerce` turns query/path strings into the declared types. */
export function validatorFor(key: string, schema: () => JsonSchema, coerce = false): ValidateFunction {
  const cacheKey = `${coerce ? 'coerce' : 'exact'}:${key}`;
  let validate = cache.get(cacheKey);
  if (!validate) {
    const ajv = coerce ? (coercingAjv ??= createAjv(true)) : (exactAjv ??= createAjv(false));
    validate = ajv.compile(bundle(schema()));
    cache.set(cacheKey, validate);
  }
  return validate;
}

/** ajv errors as one line, e.g. `body/output must have required property 'summary'`. */
export function describeErrors(errors: ErrorObject[] | null | undefined, where: string): string {
  return (errors ?? [])
    .filter((error) => error.keyword !== 'allOf')
    .slice(0, 5)
    .map((error) => {
      const allowed = error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : '';
      return `${where}${error.instancePath} ${error.message ?? 'is invalid'}${allowed}`;
    })
    .join('; ');
}
