// The policy and model-config formats (brief §7): one zod schema each is the source of the types, the validator
// and the published JSON Schema (scripts/write-schemas.ts).
import * as z from 'zod';
import { PRESETS } from './presets/index.ts';

export const DirectionSchema = z.enum(['higher', 'lower']).describe('higher: a higher score is more capable');
export const SafeguardKindSchema = z.enum(['deployment', 'security', 'governance']);

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'ids are letters, digits, ".", "_" and "-" (at most 100)');

/** A number the preset leaves to the user: the literal string "SET" until set. */
export const UNSET = 'SET' as const;
const settable = (n: z.ZodNumber) => z.union([n, z.literal(UNSET)]);

const EvidenceRuleSchema = z
  .strictObject({
    eval: id.describe("The policy's eval id (see `evals` for the names result files use)"),
    metric: z.string().min(1).describe('Metric name as the result files report it, e.g. accuracy'),
    alert: settable(z.number()).optional().describe('Early-warning value ("yellow line"); SET: a preset left it to you'),
    threshold: settable(z.number()).describe('Capability threshold ("red line"); SET: a preset left it to you'),
    direction: DirectionSchema.default('higher'),
    max_age_days: z.number().int().positive().optional().describe('Overrides assessment.max_age_days for this rule'),
    proportion: z
      .boolean()
      .optional()
      .describe(
        'Whether the metric is a share between 0 and 1 (accuracy, pass rate): only a proportion gets the 0-1 vs 0-100 scale check and, without stderr, an interval from its sample count. Default: by the metric name (seconds, perplexity, loss, tokens, bleu ... are not)',
      ),
    reading: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Which reading of a run counts when one run reports several for this eval and metric: the lm-eval filter (strict-match, flexible-extract) or the Inspect scorer (match) or scorer/reducer (match/mean). Without it, the most capable reading counts and a notice lists the others',
      ),
    source: z.string().optional().describe('Where the number comes from'),
  })
  .describe('One evaluation that informs the capability');

export const CapabilitySchema = z.strictObject({
  id: id.describe('Stable id of the capability threshold; a policy that extends a preset overrides the entry with this id'),
  title: z.string().min(1).describe('What the threshold means, in one line'),
  requires: z.string().min(1).describe('The level required once the threshold is reached or not ruled out'),
  combine: z.enum(['any', 'all']).default('any').describe('any: the worst rule counts; all: every rule must reach'),
  evidence: z
    .array(EvidenceRuleSchema)
    .default([])
    .describe('The evaluations that inform this threshold; over a preset, rules are matched by eval + metric'),
  source: z.string().optional().describe('Citation of the framework text this capability comes from'),
});

export const SafeguardSchema = z.strictObject({
  id: id.describe('Stable id, used in `/rsp attest <id>` and in model ledgers'),
  level: z.string().min(1).describe('The level that requires this safeguard (one of `levels`)'),
  kind: SafeguardKindSchema.describe('deployment | security | governance'),
  title: z.string().min(1).describe('What must be in place, in one line'),
  owners: z
    .array(z.string().regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9._-]+)?$/, 'a user or @org/team'))
    .default([])
    .describe('Who may attest it: GitHub users or @org/team; without owners only a model ledger satisfies it'),
  source: z.string().optional().describe('Citation of the framework text this safeguard comes from'),
});

export const AssessmentSchema = z.strictObject({
  confidence: z
    .number()
    .min(0)
    .lt(1)
    .default(0.95)
    .describe(
      'Two-sided confidence; bounds are value -/+ z*stderr, or without stderr the Wilson interval of a proportion from its sample count; 0 uses the point value',
    ),
  max_age_days: z
    .number()
    .int()
    .positive()
    .default(180)
    .describe("Evidence older than this many days (at the PR head commit's date, or the base commit's when later) is stale"),
  notable_increase: settable(z.number().gt(1))
    .default(4)
    .describe('Effective-compute ratio over the last comprehensive assessment that demands a new one'),
  point_values: z
    .boolean()
    .optional()
    .describe(
      'true: a result with neither a standard error nor a sample count to derive one from is judged on its value alone. false (default): such a result can show a threshold crossed but never rule one out',
    ),
  unevaluated: z
    .enum(['precautionary', 'finding'])
    .default('precautionary')
    .describe('precautionary: missing or stale evidence counts as reached; finding: report it only'),
});

export const ApprovalsSchema = z.strictObject({
  policy: z.array(z.string()).default([]).describe('Who may `/rsp approve-policy`: GitHub users or @org/team'),
  self_attestation: z.boolean().default(false).describe("May a PR's author attest safeguards on their own PR"),
  self_approval: z.boolean().default(false).describe("May a PR's author approve the policy change their own PR makes"),
  assessment: z
    .array(z.string())
    .default([])
    .describe(
      "Who may `/rsp approve-assessment`: the assessors who attest a change to a model's assessment, compute, declared level or evidence (GitHub users or @org/team); empty: the policy approvers",
    ),
  notify_owners: z
    .boolean()
    .optional()
    .describe('Ask the owners whose attestation a PR needs for a review, once, when it first becomes needed (default true)'),
});

export const PathsSchema = z.strictObject({
  models: z.array(z.string().min(1)).min(1).default(['models/*/model.yaml']).describe('Globs of model configs'),
  evals: z.array(z.string().min(1)).min(1).default(['evals/**']).describe('Globs of eval result files'),
});

/** A model's deployment stage, from research to general availability. */
const StageSchema = z.enum(['research', 'internal', 'limited', 'general']);

export const RiskReportsSchema = z.strictObject({
  paths: z
    .array(z.string().min(1))
    .min(1)
    .default(['risk-reports/**'])
    .describe('Globs of the Risk Report files (YAML, or Markdown with YAML front matter), one file per report'),
  cadence_days: z
    .number()
    .int()
    .positive()
    .default(183)
    .describe("A model's newest covering Risk Report older than this many days (at the reference date) is overdue"),
  stages: z
    .array(StageSchema)
    .default(['limited', 'general'])
    .describe('Deployment stages whose models must be covered by a current Risk Report'),
});

/** One Risk Report file: its YAML (or a Markdown file's front matter). */
export const RiskReportSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema of this file, for editors'),
    title: z.string().min(1).optional().describe('The report, in one line'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD')
      .describe('The date of the report (its coverage date), YYYY-MM-DD'),
    models: z.array(id).min(1).describe('Ids of the models the report covers'),
    approvers: z.array(z.string().min(1)).min(1).describe('Who approved the report (e.g. the CEO and the Responsible Scaling Officer)'),
  })
  .describe('rsp-gate Risk Report (a file under risk_reports.paths)');

export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema of this file, for editors'),
    version: z.literal(1).describe('Format version: 1'),
    extends: z.string().optional().describe('A built-in preset this file builds on; entries here override it by id'),
    levels: z.array(z.string().min(1)).min(1).optional().describe('Ascending; the first is the baseline'),
    paths: PathsSchema.optional().describe('Where model configs and eval results live'),
    evals: z
      .record(z.string(), z.array(z.string().min(1)))
      .optional()
      .describe('Eval aliases: policy eval id -> the names result files use for it'),
    capabilities: z.array(CapabilitySchema).optional().describe('Capability thresholds'),
    safeguards: z.array(SafeguardSchema).optional().describe('Required safeguards, each for one level'),
    assessment: AssessmentSchema.partial().optional().describe('How evidence is judged'),
    approvals: ApprovalsSchema.partial().optional().describe('Who approves what'),
    risk_reports: RiskReportsSchema.partial()
      .optional()
      .describe('Risk Reports the policy requires: where they live, how often, and for which deployment stages'),
  })
  .describe('rsp-gate policy (.github/rsp-policy.yml)');

export const ModelConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema of this file, for editors'),
    id: id.describe('The model id, unique across the repository'),
    aliases: z.array(z.string().min(1)).default([]).describe('Model names that result files use for this model'),
    declared_level: z.string().min(1).describe('The safety level the model is handled under (one of the policy levels)'),
    stage: StageSchema.optional().describe('Deployment stage'),
    effective_compute: z.number().positive().optional().describe('Effective training compute, FLOP'),
    last_assessment: z
      .strictObject({
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}/, 'a date, YYYY-MM-DD')
          .describe('Date of the assessment, YYYY-MM-DD'),
        effective_compute: z.number().positive().optional().describe('Effective compute assessed, FLOP'),
      })
      .optional()
      .describe('The last comprehensive capability assessment'),
    safeguards: z.array(id).default([]).describe('The ledger: safeguards implemented for this model'),
  })
  .describe('rsp-gate model config (models/<id>/model.yaml)');

/**
 * The policy file as editors see it (schema/policy.schema.json). An entry may override a preset entry with only the
 * fields it changes, so here only the matching keys are required; the loader validates the merged policy against
 * PolicySchema, which requires every field.
 */
export const PublishedPolicySchema = PolicySchema.extend({
  extends: z
    .enum(Object.keys(PRESETS) as [string, ...string[]])
    .optional()
    .describe('A built-in preset this file builds on; entries here override it by id'),
  capabilities: z
    .array(
      CapabilitySchema.partial()
        .required({ id: true })
        .extend({
          evidence: z
            .array(
              EvidenceRuleSchema.partial()
                .required({ eval: true, metric: true })
                .describe(EvidenceRuleSchema.description ?? ''),
            )
            .optional()
            .describe('The evaluations that inform this threshold; over a preset, rules are matched by eval + metric'),
        })
        .describe(
          "A capability threshold (title, requires and each rule's threshold are required unless a preset entry with this id gives them)",
        ),
    )
    .optional()
    .describe('Capability thresholds'),
  safeguards: z
    .array(
      SafeguardSchema.partial()
        .required({ id: true })
        .describe('A required safeguard (level, kind and title are required unless a preset entry with this id gives them)'),
    )
    .optional()
    .describe('Required safeguards, each for one level'),
}).describe('rsp-gate policy (.github/rsp-policy.yml)');

/** Where the published JSON Schemas live (their `$id`), for editors and the `$schema` hint of new files. */
export const POLICY_SCHEMA_URL = 'https://raw.githubusercontent.com/rsp-gate/rsp-gate/main/schema/policy.schema.json';
export const MODEL_SCHEMA_URL = 'https://raw.githubusercontent.com/rsp-gate/rsp-gate/main/schema/model.schema.json';

export type EvidenceRule = z.infer<typeof EvidenceRuleSchema>;
export type Capability = z.infer<typeof CapabilitySchema>;
export type Safeguard = z.infer<typeof SafeguardSchema>;
export type ModelConfig = z.infer<typeof ModelConfigSchema>;
export type RiskReportRule = z.infer<typeof RiskReportsSchema>;

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
  /** Present only when the policy (or its preset) declares Risk Reports. */
  risk_reports?: RiskReportRule;
}
