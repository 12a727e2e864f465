// The verdict, described once: these zod schemas are the engine's output types (via z.infer), the JSON report's
// published JSON Schema (scripts/write-schemas.ts) and the home of every status list the reports and adapters use.
import * as z from 'zod';
import { FindingSchema, SeveritySchema, type Severity } from '../common/finding.ts';
import { DirectionSchema, SafeguardKindSchema } from '../policy/schema.ts';
import { LedgerEntrySchema } from './ledger.ts';

const ConclusionSchema = z.enum(['success', 'failure', 'action_required', 'neutral']);
export type Conclusion = z.infer<typeof ConclusionSchema>;

/** From least to most concerning: the order statusRank() ranks them in. */
export const CapabilityStatusSchema = z.enum(['below', 'approaching', 'unevaluated', 'not_ruled_out', 'crossed']);
export type CapabilityStatus = z.infer<typeof CapabilityStatusSchema>;

const SafeguardStatusSchema = z
  .enum(['satisfied', 'attested', 'pending'])
  .describe('satisfied: in the base ledger · attested: on this PR · pending');
export type SafeguardStatus = z.infer<typeof SafeguardStatusSchema>;

const number = z.number().nullable();

/** One count per severity, every severity present. */
function severityCounts() {
  const shape = Object.fromEntries(SeveritySchema.options.map((s) => [s, z.number().int()]));
  return z.strictObject(shape as Record<Severity, z.ZodNumber>);
}

const HistoryPointSchema = z
  .strictObject({
    date: z.string(),
    value: z.number(),
    lower: z.number().describe('value − z·stderr at the policy confidence'),
    upper: z.number().describe('value + z·stderr at the policy confidence'),
    file: z.string(),
    line: number,
  })
  .describe('One dated, usable result of an evidence rule');
export type HistoryPoint = z.infer<typeof HistoryPointSchema>;

const EvidenceVerdictSchema = z
  .strictObject({
    eval: z.string().describe("The policy's eval id"),
    metric: z.string(),
    value: number.describe('The value of the result that counts (the freshest qualifying one)'),
    stderr: number,
    lower: number.describe('value − z·stderr at the policy confidence'),
    upper: number.describe('value + z·stderr at the policy confidence'),
    alert: number,
    threshold: number,
    direction: DirectionSchema,
    date: z.string().nullable(),
    samples: number,
    file: z.string().nullable(),
    line: number,
    status: CapabilityStatusSchema,
    reason: z.string().describe('Why this rule has this status'),
    stale: z.boolean().optional(),
    freshUntil: z
      .string()
      .optional()
      .describe('The last reference date on which the dated result still counts as fresh: its date + max_age_days (YYYY-MM-DD)'),
    selfReported: z.boolean().optional(),
    history: z
      .array(HistoryPointSchema)
      .optional()
      .describe("The rule's dated, usable results for this model, oldest first (the most recent few): its trend"),
  })
  .describe('One evidence rule of a capability, and the result that decided it');
export type EvidenceVerdict = z.infer<typeof EvidenceVerdictSchema>;

const CapabilityVerdictSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: CapabilityStatusSchema,
  requires: z.string().describe('The level required once the threshold is reached or not ruled out'),
  demandsLevel: z.boolean().describe('True when this capability raises the required level'),
  reason: z.string(),
  evidence: z.array(EvidenceVerdictSchema),
});
export type CapabilityVerdict = z.infer<typeof CapabilityVerdictSchema>;

const SafeguardVerdictSchema = z.strictObject({
  id: z.string(),
  level: z.string(),
  kind: SafeguardKindSchema,
  title: z.string(),
  owners: z.array(z.string()),
  status: SafeguardStatusSchema,
  attestedBy: z.string().nullable(),
  attestedAt: z.string().nullable(),
  attestCommand: z.string().describe('The comment an owner posts to attest this safeguard for this model'),
});
export type SafeguardVerdict = z.infer<typeof SafeguardVerdictSchema>;

const ModelVerdictSchema = z.strictObject({
  id: z.string(),
  path: z.string().describe('The model config in the repository'),
  declaredLevel: z.string(),
  requiredLevel: z.string(),
  conclusion: ConclusionSchema,
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('sha256 of the policy, the model config and its evidence: attestations are bound to it'),
  capabilities: z.array(CapabilityVerdictSchema),
  safeguards: z.array(SafeguardVerdictSchema),
  findings: z.array(FindingSchema),
});
export type ModelVerdict = z.infer<typeof ModelVerdictSchema>;

/** One model as the PR's new policy would judge it, next to the verdict of the base policy. */
const PolicyPreviewSchema = z.strictObject({
  model: z.string(),
  requiredLevel: z.string(),
  requiredLevelUnderNewPolicy: z.string(),
  conclusionUnderNewPolicy: ConclusionSchema,
});
export type PolicyPreview = z.infer<typeof PolicyPreviewSchema>;

const SHA = z.string().describe("A commit SHA; '' when it could not be read");

/** What was judged: the repository, the PR and the two commits. */
const SubjectSchema = z
  .strictObject({
    repository: z.string().optional().describe('owner/name on GitHub; absent for a local run'),
    pullRequest: z.number().int().optional().describe('The PR number; absent when no PR was judged'),
    baseSha: SHA,
    headSha: SHA,
    policySha: SHA.optional().describe("The commit the policy was read at, when not baseSha (the base branch's tip)"),
  })
  .describe('What this evaluation judged');
export type Subject = z.infer<typeof SubjectSchema>;

const ToolSchema = z.strictObject({ name: z.literal('rsp-gate'), version: z.string() }).describe('The rsp-gate that wrote the report');
export type Tool = z.infer<typeof ToolSchema>;

const PolicyReportSchema = z.strictObject({
  file: z.string(),
  extends: z.string().nullable(),
  changed: z.boolean(),
  approvedBy: z.array(z.string()),
  preview: z.array(PolicyPreviewSchema).optional().describe("Each model under the PR's new policy, when the PR changes it"),
});

/** The report as rsp-gate wrote it before the ledger (schemaVersion 1): still read and published, never written. */
export const VerdictV1Schema = z
  .strictObject({
    schemaVersion: z.literal(1),
    conclusion: ConclusionSchema,
    requiredLevel: z.string().describe('Highest required level over the models evaluated (the baseline level when none)'),
    headline: z.string().describe('One line a busy reviewer reads first'),
    referenceDate: z
      .string()
      .describe(
        'The time of the evaluation (ISO 8601), which evidence age is measured against; `rsp-gate check --at` it to reproduce the verdict',
      ),
    policy: PolicyReportSchema,
    models: z.array(ModelVerdictSchema),
    findings: z.array(FindingSchema).describe('Findings not about one evaluated model (policy, inputs, unknown models)'),
    counts: severityCounts().describe('Over all findings'),
  })
  .describe('rsp-gate JSON report');

/** schemaVersion 2: version 1, self-describing (what was judged, by which rsp-gate, under which policy text) with its ledger. */
export const VerdictSchema = VerdictV1Schema.extend({
  schemaVersion: z.literal(2),
  referenceDate: z
    .string()
    .describe(
      'The time of the evaluation (ISO 8601), which evidence age is measured against; `rsp-gate check --at` it to reproduce the verdict',
    ),
  subject: SubjectSchema,
  tool: ToolSchema,
  policy: PolicyReportSchema.extend({
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable()
      .describe("sha256 of the policy text used (the base commit's); null when the base has no policy file"),
  }),
  ledger: z.array(LedgerEntrySchema).describe('Every attest / revoke / approve command seen, in time order, and whether it counted'),
}).describe('rsp-gate JSON report');
export type Verdict = z.infer<typeof VerdictSchema>;

/** Any report rsp-gate has written: what readers of stored reports (audit, verify) accept. */
export const AnyReportSchema = z.discriminatedUnion('schemaVersion', [VerdictV1Schema, VerdictSchema]);
