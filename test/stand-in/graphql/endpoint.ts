// POST /graphql: parse and validate against GitHub's schema, then execute over the stand-in's state.
import {
  execute,
  type GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type OperationDefinitionNode,
} from 'graphql';
import type { TokenRecord } from '../identities.ts';
import type { Links } from '../json/links.ts';
import type { StandInState } from '../state.ts';
import { QueryRuleError } from './connection.ts';
import { queryRoot, type GraphContext } from './objects.ts';
import { githubSchema } from './schema.ts';

export interface GraphqlOutcome {
  body: { data?: unknown; errors?: unknown[] };
  /** operation name, or the root fields of an anonymous operation */
  operation: string | undefined;
  /** why GitHub would refuse the query, when it would */
  invalid: string | undefined;
}

class UnimplementedFieldError extends Error {}

// Fields resolve from plain objects; a function is called with the field's arguments.
const fieldResolver: GraphQLFieldResolver<unknown, GraphContext> = (source, args, _context, info) => {
  if (source !== null && typeof source === 'object' && info.fieldName in source) {
    const value = (source as Record<string, unknown>)[info.fieldName];
    return typeof value === 'function' ? (value as (a: unknown) => unknown)(args) : value;
  }
  throw new UnimplementedFieldError(`The GitHub stand-in does not implement the GraphQL field ${info.parentType.name}.${info.fieldName}`);
};

function operationLabel(document: DocumentNode, operationName: string | undefined): string | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return undefined;
  if (operation.name) return operation.name.value;
  const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return `${operation.operation} { ${[...new Set(fields)].join(' ')} }`;
}

// GitHub puts `type` beside message, path and locations
function githubError(error: GraphQLError): Record<string, unknown> {
  const { extensions, ...rest } = error.toJSON();
  const type = extensions?.type;
  return { ...(type ? { type } : {}), ...rest };
}

export async function runGraphql(
  request: { query?: unknown; variables?: unknown; operationName?: unknown },
  state: StandInState,
  token: TokenRecord,
  links: Links,
): Promise<GraphqlOutcome> {
  if (typeof request.query !== 'string') {
    return {
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
      operation: undefined,
      invalid: 'no query string',
    };
  }
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    const parseError = error as GraphQLError;
    return { body: { errors: [githubError(parseError)] }, operation: undefined, invalid: `GraphQL syntax: ${parseError.message}` };
  }
  const operation = operationLabel(document, operationName);
  const validationErrors = validate(githubSchema(), document);
  if (validationErrors.length > 0) {
    return {
      body: { errors: validationErrors.map(githubError) },
      operation,
      invalid: `GraphQL validation: ${validationErrors.map((e) => e.message).join('; ')}`,
    };
  }
  // every query costs one point here; GitHub's estimate grows with the connections asked for
  const cost = 1;
  state.spendRateLimit(`graphql:${token.token}`, cost);
  const context: GraphContext = { state, token, links, cost };
  const result = await execute({
    schema: githubSchema(),
    document,
    rootValue: queryRoot(context),
    contextValue: context,
    variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
    operationName,
    fieldResolver,
  });
  const errors = result.errors ?? [];
  const refused = errors.filter(
    (e) => e.originalError instanceof QueryRuleError || e.originalError instanceof UnimplementedFieldError || !e.path,
  );
  return {
    body: { ...(result.data !== undefined ? { data: result.data } : {}), ...(errors.length ? { errors: errors.map(githubError) } : {}) },
    operation,
    invalid: refused.length ? refused.map((e) => e.message).join('; ') : undefined,
  };
}
