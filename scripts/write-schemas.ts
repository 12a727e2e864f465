// Write the published JSON Schemas (schema/*.schema.json) from the zod schemas that validate the same files at run
// time, so editors and rsp-gate agree. Run with `npm run schemas`; a test checks the committed files are current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MODEL_SCHEMA_URL, ModelConfigSchema, POLICY_SCHEMA_URL, PublishedPolicySchema, RiskReportSchema } from '../src/policy/schema.ts';
import { VerdictSchema, VerdictV1Schema } from '../src/engine/verdict.ts';
import { NativeResultSchema } from '../src/evidence/formats/native.ts';

const SCHEMA_BASE = POLICY_SCHEMA_URL.slice(0, POLICY_SCHEMA_URL.lastIndexOf('/') + 1);

export interface SchemaTarget {
  /** Path of the schema file, relative to the repository root. */
  file: string;
  schema: z.ZodType;
  /** The schema's `$id`: where it is published. */
  id: string;
  title: string;
  description: string;
}

/** Every published schema; add a format here and run `npm run schemas`. */
export const SCHEMA_TARGETS: SchemaTarget[] = [
  {
    file: 'schema/policy.schema.json',
    schema: PublishedPolicySchema,
    id: POLICY_SCHEMA_URL,
    title: 'rsp-gate policy',
    description: 'The responsible scaling policy rsp-gate enforces (.github/rsp-policy.yml); see docs/policy.md',
  },
  {
    file: 'schema/model.schema.json',
    schema: ModelConfigSchema,
    id: MODEL_SCHEMA_URL,
    title: 'rsp-gate model config',
    description: 'One model: declared level, compute, last assessment and safeguard ledger (models/<id>/model.yaml); see docs/policy.md',
  },
  {
    file: 'schema/results.schema.json',
    schema: NativeResultSchema,
    id: `${SCHEMA_BASE}results.schema.json`,
    title: 'rsp-gate native eval results',
    description: "Eval results in rsp-gate's own format (YAML or JSON under evals/); see docs/formats.md",
  },
  {
    file: 'schema/risk-report.schema.json',
    schema: RiskReportSchema,
    id: `${SCHEMA_BASE}risk-report.schema.json`,
    title: 'rsp-gate Risk Report',
    description:
      'One Risk Report: its date, the models it covers and who approved it (a file under risk_reports.paths); see docs/formats.md',
  },
  {
    file: 'schema/report.schema.json',
    schema: VerdictSchema,
    id: `${SCHEMA_BASE}report.schema.json`,
    title: 'rsp-gate report',
    description:
      'The JSON report of one evaluation (schemaVersion 2): what was judged (repository, PR, commits), by which rsp-gate under which policy text, the conclusion, required level, per-model capabilities, safeguards and findings, and the attestation ledger',
  },
  {
    file: 'schema/report.v1.schema.json',
    schema: VerdictV1Schema,
    id: `${SCHEMA_BASE}report.v1.schema.json`,
    title: 'rsp-gate report, schemaVersion 1',
    description:
      'The JSON report of one evaluation as rsp-gate wrote it before schemaVersion 2 (still read): conclusion, required level, per-model capabilities, safeguards and findings',
  },
];

export interface GeneratedSchema {
  file: string;
  text: string;
}

export function generateSchemas(targets: readonly SchemaTarget[] = SCHEMA_TARGETS): GeneratedSchema[] {
  return targets.map((target) => ({ file: target.file, text: `${JSON.stringify(toJsonSchema(target), null, 2)}\n` }));
}

function toJsonSchema(target: SchemaTarget): Record<string, unknown> {
  // `input`: what a file may contain, so keys with defaults are optional.
  const { $schema, description: _generated, ...rest } = z.toJSONSchema(target.schema, { target: 'draft-2020-12', io: 'input' });
  return { $schema, $id: target.id, title: target.title, description: target.description, ...rest };
}

function writeSchemas(root: string): void {
  for (const { file, text } of generateSchemas()) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeSchemas(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
}
