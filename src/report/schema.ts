// The JSON report (brief §5): the verdict itself, described once as a zod schema that emits the published JSON Schema.
import { z } from 'zod';
import { FINDING_CODES, type FindingCode } from '../common/finding.ts';
import type { Verdict } from '../engine/types.ts';

const conclusion = z.enum(['success', 'failure', 'action_required', 'neutral']);
const capabilityStatus = z.enum(['crossed', 'not_ruled_out', 'approaching', 'below', 'unevaluated']);
const number = z.number().nullable();

export const FindingReportSchema = z
  .strictObject({
    code: z.enum(Object.keys(FINDING_CODES) as [FindingCode, ...FindingCode[]]).describe('Stable finding code'),
    severity: z.enum(['error', 'warning', 'notice']).describe('error: the gate cannot pass · warning: shown, does not block · notice: information'),
    message: z.string(),
    file: z.string().optional(),
    line: z.number().int().positive().optional(),
    column: z.number().int().positive().optional(),
    model: z.string().optional().describe('The model the finding is about'),
  })
  .describe('A problem or fact found, at the file and line it concerns');

export const EvidenceReportSchema = z
  .strictObject({
    eval: z.string().describe("The policy's eval id"),
    metric: z.string(),
    value: number.describe('The value of the result that counts (the freshest qualifying one)'),
    stderr: number,
    lower: number.describe('value − z·stderr at the policy confidence'),
    upper: number.describe('value + z·stderr at the policy confidence'),
    alert: number,
    threshold: number,
    direction: z.enum(['higher', 'lower']).describe('higher: a higher score is more capable'),
    date: z.string().nullable(),
    samples: number,
    file: z.string().nullable(),
    line: number,
    status: capabilityStatus,
    reason: z.string().describe('Why this rule has this status'),
    stale: z.boolean().optional(),
    selfReported: z.boolean().optional(),
  })
  .describe('One evidence rule of a capability, and the result that decided it');

export const CapabilityReportSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: capabilityStatus,
  requires: z.string().describe('The level required once the threshold is reached or not ruled out'),
  demandsLevel: z.boolean().describe('True when this capability raises the required level'),
  reason: z.string(),
  evidence: z.array(EvidenceReportSchema),
});

export const SafeguardReportSchema = z.strictObject({
  id: z.string(),
  level: z.string(),
  kind: z.enum(['deployment', 'security', 'governance']),
  title: z.string(),
  owners: z.array(z.string()),
  status: z.enum(['satisfied', 'attested', 'pending']).describe('satisfied: in the base ledger · attested: on this PR · pending'),
  attestedBy: z.string().nullable(),
  attestedAt: z.string().nullable(),
  attestCommand: z.string().describe('The comment an owner posts to attest this safeguard for this model'),
});

export const ModelReportSchema = z.strictObject({
  id: z.string(),
  path: z.string().describe('The model config in the repository'),
  declaredLevel: z.string(),
  requiredLevel: z.string(),
  conclusion,
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the policy, the model config and its evidence'),
  capabilities: z.array(CapabilityReportSchema),
  safeguards: z.array(SafeguardReportSchema),
  findings: z.array(FindingReportSchema),
});

export const ReportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    conclusion,
    requiredLevel: z.string().describe('Highest required level over the models evaluated'),
    headline: z.string(),
    referenceDate: z.string().describe('The date evidence age is measured against (the head commit date)'),
    policy: z.strictObject({
      file: z.string(),
      extends: z.string().nullable(),
      changed: z.boolean(),
      approvedBy: z.array(z.string()),
      preview: z
        .array(
          z.strictObject({
            model: z.string(),
            requiredLevel: z.string(),
            requiredLevelUnderNewPolicy: z.string(),
            conclusionUnderNewPolicy: conclusion,
          }),
        )
        .optional()
        .describe("Each model under the PR's new policy, when the PR changes it"),
    }),
    models: z.array(ModelReportSchema),
    findings: z.array(FindingReportSchema).describe('Findings not about one evaluated model (policy, inputs, unknown models)'),
    counts: z.strictObject({ error: z.number().int(), warning: z.number().int(), notice: z.number().int() }).describe('Over all findings'),
  })
  .describe('rsp-gate JSON report');

export type Report = z.infer<typeof ReportSchema>;

// Compile-time proof that every verdict is a report: the build breaks if the two drift apart.
type Assert<T extends true> = T;
export type VerdictIsReport = Assert<Verdict extends Report ? true : false>;
export type ReportIsVerdict = Assert<Report extends Verdict ? true : false>;
