// Relay connections with GitHub's rules: `first` or `last` is required and at most 100.
import { GraphQLError } from 'graphql';

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const cursorOf = (index: number) => Buffer.from(`cursor:v2:${index}`).toString('base64');

function indexOf(cursor: string, name: string): number {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match)
    throw new GraphQLError(`\`${cursor}\` does not appear to be a valid cursor.`, {
      extensions: { type: 'INVALID_CURSOR_ARGUMENTS', connection: name },
    });
  return Number(match[1]);
}

/** Thrown for what GitHub refuses as a malformed query; the stand-in records the request as invalid. */
export class QueryRuleError extends GraphQLError {}

export function connection<T>(items: T[], args: ConnectionArgs, name: string) {
  const { first, last } = args;
  if (first == null && last == null) {
    throw new QueryRuleError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`, {
      extensions: { type: 'MISSING_PAGINATION_BOUNDARIES' },
    });
  }
  for (const [argument, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > 100)) {
      throw new QueryRuleError(
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${argument}\` limit of 100 records.`,
        { extensions: { type: 'EXCESSIVE_PAGINATION' } },
      );
    }
  }
  let start = args.after ? indexOf(args.after, name) + 1 : 0;
  let end = args.before ? indexOf(args.before, name) : items.length;
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const edges = items.slice(start, end).map((node, offset) => ({ node, cursor: cursorOf(start + offset) }));
  return {
    totalCount: items.length,
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
