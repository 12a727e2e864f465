import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../src/policy/load.ts';
import { mergeOverPreset } from '../../../src/policy/merge.ts';
import { codes, lineOf, POLICY_FILE } from './fixtures.ts';

// A preset-shaped document, written for these tests, to exercise each merge rule on its own.
const preset = {
  version: 1,
  levels: ['L1', 'L2', 'L3'],
  paths: { models: ['models/*/model.yaml'], evals: ['evals/**'] },
  evals: { bench: ['bench_v1', 'suite/bench'], other: ['other_v1'] },
  capabilities: [
    {
      id: 'cap-a',
      title: 'Preset title A',
      requires: 'L2',
      combine: 'all',
      source: 'Framework section 1',
      evidence: [
        { eval: 'bench', metric: 'accuracy', alert: 0.4, threshold: 'SET', source: 'card' },
        { eval: 'other', metric: 'score', alert: 'SET', threshold: 'SET' },
      ],
    },
    { id: 'cap-b', title: 'Preset title B', requires: 'L3', evidence: [{ eval: 'bench', metric: 'pass_at_1', threshold: 0.9 }] },
  ],
  safeguards: [{ id: 'sg-1', level: 'L2', kind: 'security', title: 'Preset safeguard', owners: [], source: 'Framework section 2' }],
  assessment: { max_age_days: 90, notable_increase: 'SET' },
  approvals: { self_attestation: true },
};

describe('mergeOverPreset: the merge rules', () => {
  it("replaces levels and paths with the file's value", () => {
    const { value } = mergeOverPreset({ levels: ['X', 'Y'], paths: { models: ['m/*.yaml'] } }, preset);
    expect(value.levels).toEqual(['X', 'Y']);
    expect(value.paths).toEqual({ models: ['m/*.yaml'] });
  });

  it('takes each key of assessment and approvals from the file when it sets it, else from the preset', () => {
    const { value } = mergeOverPreset({ assessment: { notable_increase: 8 }, approvals: { policy: ['@acme/rso'] } }, preset);
    expect(value.assessment).toEqual({ max_age_days: 90, notable_increase: 8 });
    expect(value.approvals).toEqual({ self_attestation: true, policy: ['@acme/rso'] });
  });

  it('unites eval aliases per id, the file first, and keeps ids of either side', () => {
    const { value } = mergeOverPreset({ evals: { bench: ['my_bench', 'suite/bench'], mine: ['m'] } }, preset);
    expect(value.evals).toEqual({ bench: ['my_bench', 'suite/bench', 'bench_v1'], other: ['other_v1'], mine: ['m'] });
  });

  it('merges a capability field by field and its rules by eval and metric, without defaults overriding the preset', () => {
    const user = {
      capabilities: [
        {
          id: 'cap-a',
          title: 'My title A',
          evidence: [
            { eval: 'BENCH', metric: 'Accuracy', threshold: 0.6 },
            { eval: 'bench', metric: 'f1', threshold: 0.7 },
          ],
        },
      ],
    };
    const { value } = mergeOverPreset(user, preset);
    const capabilities = value.capabilities as Array<Record<string, unknown>>;
    expect(capabilities.map((c) => c.id)).toEqual(['cap-a', 'cap-b']);
    expect(capabilities[0]).toEqual({
      id: 'cap-a',
      title: 'My title A',
      requires: 'L2',
      combine: 'all', // the preset's, not the schema default "any"
      source: 'Framework section 1',
      evidence: [
        { eval: 'BENCH', metric: 'Accuracy', alert: 0.4, threshold: 0.6, source: 'card' },
        { eval: 'other', metric: 'score', alert: 'SET', threshold: 'SET' },
        { eval: 'bench', metric: 'f1', threshold: 0.7 },
      ],
    });
  });

  it('appends entries the preset does not have, in the order of the file', () => {
    const user = {
      capabilities: [
        { id: 'cap-z', title: 'Z', requires: 'L2' },
        { id: 'cap-y', title: 'Y', requires: 'L3' },
      ],
      safeguards: [
        { id: 'sg-1', owners: ['@acme/security'] },
        { id: 'sg-2', level: 'L3', kind: 'governance', title: 'Mine' },
      ],
    };
    const { value } = mergeOverPreset(user, preset);
    expect((value.capabilities as Array<{ id: string }>).map((c) => c.id)).toEqual(['cap-a', 'cap-b', 'cap-z', 'cap-y']);
    expect(value.safeguards).toEqual([
      { id: 'sg-1', level: 'L2', kind: 'security', title: 'Preset safeguard', owners: ['@acme/security'], source: 'Framework section 2' },
      { id: 'sg-2', level: 'L3', kind: 'governance', title: 'Mine' },
    ]);
  });

  it('keeps a second entry with the same id apart, for the duplicate check', () => {
    const user = {
      safeguards: [
        { id: 'sg-1', owners: ['a'] },
        { id: 'sg-1', owners: ['b'] },
      ],
    };
    const { value } = mergeOverPreset(user, preset);
    expect(value.safeguards).toEqual([
      expect.objectContaining({ id: 'sg-1', owners: ['a'], title: 'Preset safeguard' }),
      { id: 'sg-1', owners: ['b'] },
    ]);
  });

  it('never takes version, $schema or extends from the preset', () => {
    const { value } = mergeOverPreset({ extends: 'x' }, { ...preset, $schema: 'https://example.org/s.json' });
    expect(value.version).toBeUndefined();
    expect(value.$schema).toBeUndefined();
    expect(value.extends).toBe('x');
  });
});

describe('mergeOverPreset: where each merged value was written', () => {
  const user = {
    capabilities: [
      { id: 'cap-new', requires: 'L2' },
      { id: 'cap-b', evidence: [{ eval: 'bench', metric: 'pass_at_1', alert: 0.8 }] },
    ],
    evals: { bench: ['my_bench'] },
    levels: ['L1', 'L2', 'L3'],
  };
  const merged = mergeOverPreset(user, preset);

  it('traces a field the file overrides to the file', () => {
    // cap-b is second in the merged list (the preset's order) and second in the file.
    expect(merged.trace(['capabilities', 1, 'evidence', 0, 'alert'])).toEqual({
      from: 'user',
      path: ['capabilities', 1, 'evidence', 0, 'alert'],
    });
  });

  it('traces a field only the preset gives to the preset', () => {
    expect(merged.trace(['capabilities', 1, 'evidence', 0, 'threshold'])).toEqual({
      from: 'preset',
      path: ['capabilities', 1, 'evidence', 0, 'threshold'],
    });
    expect(merged.trace(['capabilities', 0, 'combine'])).toEqual({ from: 'preset', path: ['capabilities', 0, 'combine'] });
  });

  it("traces an appended entry's missing field to the entry in the file", () => {
    expect(merged.trace(['capabilities', 2, 'title'])).toEqual({ from: 'user', path: ['capabilities', 0] });
  });

  it("traces the preset's aliases to the preset and the file's to the file", () => {
    expect(merged.trace(['evals', 'bench', 0])).toEqual({ from: 'user', path: ['evals', 'bench', 0] });
    expect(merged.trace(['evals', 'bench', 2])).toEqual({ from: 'preset', path: ['evals', 'bench', 1] });
  });

  it('traces a value the file replaced wholesale to the file, never the preset', () => {
    expect(merged.trace(['levels', 2])).toEqual({ from: 'user', path: ['levels', 2] });
    expect(merged.trace(['version'])).toEqual({ from: 'user', path: [] });
  });
});

describe('loadPolicy with a preset', () => {
  it('overrides a preset threshold by eval and metric and keeps the rest of the rule', () => {
    const text = `version: 1
extends: anthropic-rsp-v3
capabilities:
  - id: cbrn-non-novel
    evidence:
      - eval: vct
        metric: accuracy
        alert: 0.15
`;
    const { policy, findings } = loadPolicy(text, POLICY_FILE);
    const capability = policy.capabilities.find((c) => c.id === 'cbrn-non-novel')!;
    expect(capability.title).toMatch(/^Significant help to individuals/);
    expect(capability.evidence.find((r) => r.eval === 'vct')).toMatchObject({ alert: 0.15, threshold: 0.221, direction: 'higher' });
    expect(findings.some((f) => f.message.includes('evidence[vct/accuracy].alert'))).toBe(false);
    expect(codes(findings).every((c) => c === 'PRESET_VALUE_UNSET')).toBe(true);
  });

  it('gives a preset safeguard its owners and keeps its level, kind and title', () => {
    const text = `version: 1\nextends: gdm-fsf-v3\nsafeguards:\n  - id: sl3-security\n    owners: ["@acme/security"]\n`;
    const { policy } = loadPolicy(text, POLICY_FILE);
    expect(policy.safeguards.find((s) => s.id === 'sl3-security')).toEqual({
      id: 'sl3-security',
      level: 'SL3',
      kind: 'security',
      title: 'Security controls meeting the goals of RAND SL3',
      owners: ['@acme/security'],
      source: expect.stringContaining('Frontier Safety Framework'),
    });
  });

  it("points findings about the preset's values at the extends line and names the preset", () => {
    const text = `version: 1\nextends: anthropic-rsp-v2.2\nlevels: [ASL-2, ASL-3]\n`;
    const { findings, locate, policy } = loadPolicy(text, POLICY_FILE);
    const unknownLevel = findings.filter((f) => f.message.includes('not one of the levels'));
    expect(unknownLevel.length).toBeGreaterThan(0);
    expect(unknownLevel.every((f) => f.line === 2 && f.message.endsWith('(from preset anthropic-rsp-v2.2)'))).toBe(true);
    const cbrn4 = policy.capabilities.findIndex((c) => c.id === 'cbrn-4');
    expect(locate(['capabilities', cbrn4, 'requires'])).toMatchObject({ file: POLICY_FILE, line: 2 });
    expect(locate(['levels', 1])).toMatchObject({ line: 3 });
  });

  it('reports a preset value still SET at the extends line, naming the preset and the key path', () => {
    const text = `# comment first\nversion: 1\nextends: gdm-fsf-v3\n`;
    const { findings } = loadPolicy(text, POLICY_FILE);
    const unset = findings.find((f) => f.message.includes('ml-rnd-automation-1'));
    expect(unset).toMatchObject({ code: 'PRESET_VALUE_UNSET', severity: 'error', line: lineOf(text, 'extends:') });
    expect(unset!.message).toBe(
      'preset "gdm-fsf-v3" leaves capabilities[ml-rnd-automation-1].evidence[mle-bench/accuracy].alert to you: set it in this file',
    );
  });

  it("points a finding at the file's line when the file wrote the offending value", () => {
    const text = `version: 1
extends: anthropic-rsp-v3
capabilities:
  - id: cbrn-non-novel
    evidence:
      - eval: long-form-virology
        metric: score
        threshold: 0.40
`;
    const { findings } = loadPolicy(text, POLICY_FILE);
    const beyond = findings.find((f) => f.message.includes('is beyond threshold'));
    // The preset's alert 0.50 is now past the file's threshold 0.40: the file's number is the one to look at.
    expect(beyond).toMatchObject({ code: 'POLICY_INVALID', line: lineOf(text, 'threshold: 0.40') });
    expect(beyond!.message).not.toContain('(from preset');
  });

  it("extends a preset's aliases with the file's and reports a collision with the preset's", () => {
    const text = `version: 1\nextends: openai-preparedness-v2\nevals:\n  wmdp-bio: [wmdp-bio-mc]\n  cybench-hard: [inspect_evals/cybench]\n`;
    const { policy, findings } = loadPolicy(text, POLICY_FILE);
    expect(policy.evals['wmdp-bio']).toEqual(['wmdp-bio-mc', 'wmdp_bio', 'inspect_evals/wmdp_bio']);
    const collision = findings.filter((f) => f.code === 'POLICY_INVALID');
    expect(collision).toEqual([expect.objectContaining({ line: lineOf(text, 'cybench-hard') })]);
    expect(collision[0]!.message).toContain('"inspect_evals/cybench" also names eval "cybench"');
  });

  it('appends a capability of its own after the preset capabilities', () => {
    const text = `version: 1
extends: openai-preparedness-v2
capabilities:
  - id: persuasion-high
    title: Persuasion at the level of a skilled campaign
    requires: high
    evidence:
      - { eval: persuasion-suite, metric: win_rate, alert: 0.5, threshold: 0.7 }
`;
    const { policy, findings, locate } = loadPolicy(text, POLICY_FILE);
    const presetCount = loadPolicy('version: 1\nextends: openai-preparedness-v2\n', POLICY_FILE).policy.capabilities.length;
    expect(policy.capabilities.map((c) => c.id).slice(presetCount)).toEqual(['persuasion-high']);
    expect(locate(['capabilities', presetCount, 'evidence', 0, 'threshold']).line).toBe(lineOf(text, 'persuasion-suite'));
    expect(codes(findings).every((c) => c === 'PRESET_VALUE_UNSET')).toBe(true);
  });
});
