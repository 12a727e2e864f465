import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Verdict } from '../../../src/engine/types.ts';
import { toJsonReport } from '../../../src/report/json.ts';
import { readFileSync } from 'node:fs';
import { AnyReportSchema, VerdictSchema as ReportSchema, VerdictV1Schema } from '../../../src/engine/verdict.ts';
import { approval, assessment, input, policy, record } from '../engine/factories.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { failingVerdict, hostileVerdict, manyModels, passingVerdict } from './verdicts.ts';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(z.toJSONSchema(ReportSchema));
const validateV1 = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync('schema/report.v1.schema.json', 'utf8')) as object,
);

function withPreview(): Verdict {
  const v = failingVerdict({ policyChanged: true, policyApprovals: [approval()] });
  v.policy.preview = [
    { model: 'frontier-7', requiredLevel: 'ASL-3', requiredLevelUnderNewPolicy: 'ASL-4', conclusionUnderNewPolicy: 'failure' },
  ];
  return v;
}

const verdicts: Record<string, () => Verdict> = {
  failing: () => failingVerdict(),
  passing: () => passingVerdict(),
  hostile: hostileVerdict,
  many: () => manyModels(20, 5),
  stale: () => evaluate(input({ evidence: [record({ date: '2025-01-01' })] })),
  'self-reported': () => evaluate(input({ evidence: [record({ selfReported: true, stderr: undefined })] })),
  'no evidence, lenient': () => evaluate(input({ evidence: [], policy: policy({ assessment: assessment({ unevaluated: 'finding' }) }) })),
  neutral: () => evaluate(input({ modelsInScope: [], evidence: [], nothingRelevant: true })),
  'policy preview': withPreview,
};

describe('toJsonReport', () => {
  it('is the verdict, 2-space indented, with a trailing newline', () => {
    const v = failingVerdict();
    const text = toJsonReport(v);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "schemaVersion": 2,\n');
    expect(JSON.parse(text)).toEqual(v);
  });

  it('is byte-identical for equal verdicts', () => {
    expect(toJsonReport(failingVerdict())).toBe(toJsonReport(failingVerdict()));
  });
});

describe('ReportSchema', () => {
  it.each(Object.keys(verdicts))('the %s verdict validates against the published JSON Schema', (name) => {
    const report = JSON.parse(toJsonReport(verdicts[name]!()));
    const ok = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it('rejects reports that break the contract', () => {
    const good = JSON.parse(toJsonReport(failingVerdict()));
    const broken = [
      { ...good, schemaVersion: 1 },
      { ...good, schemaVersion: 3 },
      (({ ledger: _dropped, ...rest }) => rest)(good),
      (({ subject: _dropped, ...rest }) => rest)(good),
      { ...good, policy: { ...good.policy, fingerprint: 'not-hex' } },
      { ...good, ledger: [{ command: 'attest', user: 'a', at: '2026-01-01T00:00:00Z', source: { kind: 'email' }, counted: true }] },
      { ...good, conclusion: 'maybe' },
      { ...good, unexpected: true },
      { ...good, models: [{ ...good.models[0], safeguards: [{ ...good.models[0].safeguards[0], status: 'done' }] }] },
      { ...good, findings: [{ code: 'NOT_A_CODE', severity: 'error', message: 'x' }] },
      (({ requiredLevel: _dropped, ...rest }) => rest)(good),
    ];
    for (const report of broken) expect(validate(report)).toBe(false);
  });

  it('documents the contract fields in the JSON Schema', () => {
    const schema = z.toJSONSchema(ReportSchema) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'subject', 'tool', 'conclusion', 'requiredLevel', 'models', 'findings', 'ledger']),
    );
    expect(JSON.stringify(schema)).toContain('"attestedBy"');
  });
});

describe('reports of schemaVersion 1', () => {
  /** A report as rsp-gate wrote it before version 2: version 2 without what version 2 added. */
  function v1Report(): Record<string, unknown> {
    const { subject: _s, tool: _t, ledger: _l, ...rest } = JSON.parse(toJsonReport(failingVerdict()));
    const { fingerprint: _f, ...policy } = rest.policy;
    return { ...rest, schemaVersion: 1, policy };
  }

  it('still validate against the published schema/report.v1.schema.json and are read', () => {
    const report = v1Report();
    expect(validateV1(report)).toBe(true);
    expect(VerdictV1Schema.safeParse(report).success).toBe(true);
    expect(AnyReportSchema.parse(report).schemaVersion).toBe(1);
  });

  it('are not version 2 reports, and version 2 reports are not version 1', () => {
    expect(validate(v1Report())).toBe(false);
    expect(validateV1(JSON.parse(toJsonReport(failingVerdict())))).toBe(false);
    expect(AnyReportSchema.parse(JSON.parse(toJsonReport(failingVerdict()))).schemaVersion).toBe(2);
  });
});
