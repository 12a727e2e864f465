// GitHub's GraphQL schema (@octokit/graphql-schema), built on first use from its introspection JSON.
// The package's own entry point builds the schema eagerly on import, twice; reading the JSON directly avoids that.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

let cached: GraphQLSchema | undefined;

export function githubSchema(): GraphQLSchema {
  if (!cached) {
    const file = schemaFile();
    const json = JSON.parse(readFileSync(file, 'utf8')) as { data?: IntrospectionQuery } & IntrospectionQuery;
    cached = buildClientSchema(json.data ?? json);
  }
  return cached;
}

// The package exports only its entry point, so look for the file in the node_modules folders Node would search.
function schemaFile(): string {
  const folders = createRequire(import.meta.url).resolve.paths('@octokit/graphql-schema') ?? [];
  const file = folders
    .map((folder) => join(folder, '@octokit', 'graphql-schema', 'schema.json'))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new Error('@octokit/graphql-schema is not installed');
  return file;
}
