// The policy and model-config formats (brief §7): one zod schema each is the source of the types, the validator
// and the published JSON Schema (scripts/write-schemas.ts).
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'ids are letters, digits, ".", "_" and "-" (at most 100)');

/** A number the preset leaves to the user: the literal string "SET" until set. */
export const UNSET = 'SET' as const;
const settable = (n: z.ZodNumber) => z.union([n, z.literal(UNSET)]);

export const EvidenceRuleSchema = z
  .strictObject({
    eval: id.describe("The policy's eval id (see `evals` for the names result files use)"),
    metric: z.string().min(1).describe('Metric name as the result files report it, e.g. accuracy'),
    alert: settable(z.number()).optional().describe('Early-warning value ("yellow line")'),
    threshold: settable(z.number()).describe('Capability threshold ("red line")'),
    direction: z.enum(['higher', 'lower']).default('higher').describe('higher: a higher score is more capable'),
    max_age_days: z.number().int().positive().optional().describe('Overrides assessment.max_age_days for this rule'),
    source: z.string().optional().describe('Where the number comes from'),
  })
  .describe('One evaluation that informs the capability');

export const CapabilitySchema = z.strictObject({
  id,
  title: z.string().min(1),
  requires: z.string().min(1).describe('The level required once the threshold is reached or not ruled out'),
  combine: z.enum(['any', 'all']).default('any').describe('any: the worst rule counts; all: every rule must reach'),
  evidence: z.array(EvidenceRuleSchema).default([]),
  source: z.string().optional().describe('Citation of the framework text this capability comes from'),
});

export const SafeguardSchema = z.strictObject({
  id,
  level: z.string().min(1),
  kind: z.enum(['deployment', 'security', 'governance']),
  title: z.string().min(1),
  owners: z.array(z.string().regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9._-]+)?$/, 'a user or @org/team')).default([]),
  source: z.string().optional(),
});

export const AssessmentSchema = z.strictObject({
  confidence: z.number().min(0).lt(1).default(0.95).describe('Two-sided confidence; bounds are value -/+ z*stderr'),
  max_age_days: z.number().int().positive().default(180),
  notable_increase: settable(z.number().gt(1)).default(4),
  unevaluated: z.enum(['precautionary', 'finding']).default('precautionary'),
});

export const ApprovalsSchema = z.strictObject({
  policy: z.array(z.string()).default([]),
  self_attestation: z.boolean().default(false),
});

export const PathsSchema = z.strictObject({
  models: z.array(z.string().min(1)).min(1).default(['models/*/model.yaml']),
  evals: z.array(z.string().min(1)).min(1).default(['evals/**']),
});

export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    extends: z.string().optional().describe('A built-in preset this file builds on; entries here override it by id'),
    levels: z.array(z.string().min(1)).min(1).optional().describe('Ascending; the first is the baseline'),
    paths: PathsSchema.optional(),
    evals: z.record(z.string(), z.array(z.string().min(1))).optional(),
    capabilities: z.array(CapabilitySchema).optional(),
    safeguards: z.array(SafeguardSchema).optional(),
    assessment: AssessmentSchema.partial().optional(),
    approvals: ApprovalsSchema.partial().optional(),
  })
  .describe('rsp-gate policy (.github/rsp-policy.yml)');

export const ModelConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id,
    aliases: z.array(z.string().min(1)).default([]),
    declared_level: z.string().min(1),
    stage: z.enum(['research', 'internal', 'limited', 'general']).optional(),
    effective_compute: z.number().positive().optional().describe('FLOP'),
    last_assessment: z
      .strictObject({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'a date, YYYY-MM-DD'),
        effective_compute: z.number().positive().optional(),
      })
      .optional(),
    safeguards: z.array(id).default([]).describe('The ledger: safeguards implemented for this model'),
  })
  .describe('rsp-gate model config (models/<id>/model.yaml)');

export type PolicyFile = z.infer<typeof PolicySchema>;
export type EvidenceRule = z.infer<typeof EvidenceRuleSchema>;
export type Capability = z.infer<typeof CapabilitySchema>;
export type Safeguard = z.infer<typeof SafeguardSchema>;
export type ModelConfig = z.infer<typeof ModelConfigSchema>;

/** The policy after presets are merged and defaults applied: what the engine reads. */
export interface Policy {
  version: 1;
  /** The preset this policy extends, if any. */
  extends?: string;
  levels: string[];
  paths: { models: string[]; evals: string[] };
  /** policy eval id -> names used by result files (the id itself always matches). */
  evals: Record<string, string[]>;
  capabilities: Capability[];
  safeguards: Safeguard[];
  assessment: z.infer<typeof AssessmentSchema>;
  approvals: z.infer<typeof ApprovalsSchema>;
}
