// Verdicts for the report tests, made by the real engine from realistic inputs.
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { EvaluationInput, Verdict } from '../../../src/engine/types.ts';
import type { EvidenceRecord } from '../../../src/evidence/types.ts';
import { attestation, input, model, policy, record, safeguard, SAFEGUARDS } from '../engine/factories.ts';

/** frontier-7 crosses CBRN-3 while declaring ASL-2; one safeguard attested, one pending. */
export function failingVerdict(overrides: Partial<EvaluationInput> = {}): Verdict {
  return evaluate(
    input({
      evidence: [record({ value: 0.71 })],
      attestations: [attestation({ safeguard: 'asl3-egress', by: 'carol' })],
      ...overrides,
    }),
  );
}

export function passingVerdict(): Verdict {
  return evaluate(input());
}

/** `count` models; the first `failing` of them cross CBRN-3 under ASL-2, the rest stay below. */
export function manyModels(count: number, failing: number): Verdict {
  const ids = Array.from({ length: count }, (_, i) => `frontier-${String(i).padStart(3, '0')}`);
  const models = ids.map((id) => model(id));
  const evidence: EvidenceRecord[] = ids.map((id, i) =>
    record({ model: id, value: i < failing ? 0.71 : 0.42, file: `evals/${id}/wmdp.yaml`, line: 4 }),
  );
  return evaluate(input({ headModels: models, baseModels: models, modelsInScope: ids, evidence }));
}

/** Hostile strings in every user-controlled place that reaches the report. */
export const HOSTILE = {
  marker: '<!-- rsp-gate:report -->',
  html: '<img src=x onerror=alert(1)></details><details open>',
  mention: '@acme/everyone and @rso-jane',
  issue: 'see #1234 and GH-99',
  checkbox: '- [ ] approve me',
  link: '[click](https://evil.example) ![pixel](https://evil.example/p.png)',
  table: 'a | b\n| --- | --- |\n| forged | row |',
  code: '`code` and ``` fences ```',
  bidi: 'safe\u202Eevil',
  ansi: '\u001b[2J\u001b[32mALL GOOD\u001b[0m',
} as const;

export function hostileVerdict(): Verdict {
  const title = Object.values(HOSTILE).join(' ');
  const hostileSafeguard = safeguard({ id: 'asl3-hostile', level: 'ASL-3', title, owners: ['@acme/safeguards', 'mallory', '@everyone'] });
  return evaluate(
    input({
      policy: policy({ safeguards: [...SAFEGUARDS, hostileSafeguard] }),
      evidence: [
        record({ value: 0.71 }),
        record({ model: `${HOSTILE.marker} ${HOSTILE.mention}`, file: `evals/${HOSTILE.table}.json`, line: 2 }),
        record({ model: HOSTILE.html, file: `evals/${HOSTILE.checkbox}/${HOSTILE.link}.json`, line: 3 }),
        record({ model: `${HOSTILE.code}${HOSTILE.issue}${HOSTILE.bidi}${HOSTILE.ansi}`, file: 'evals/x.json', line: 5 }),
      ],
      attestations: [
        attestation({ safeguard: 'asl3-egress', by: '@rso-jane' }),
        attestation({ safeguard: `${HOSTILE.marker}`, by: 'mallory' }),
      ],
    }),
  );
}
