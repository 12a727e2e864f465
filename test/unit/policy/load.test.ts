import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../src/policy/load.ts';
import { MAX_CONFIG_SIZE } from '../../../src/policy/read-document.ts';
import { edit, errors, lineOf, POLICY_FILE, SMALL_POLICY } from './fixtures.ts';

const load = (text: string | undefined) => loadPolicy(text, POLICY_FILE);

describe('loadPolicy: a valid policy', () => {
  it('loads the small policy without findings and applies defaults', () => {
    const { policy, findings } = load(SMALL_POLICY);
    expect(findings).toEqual([]);
    expect(policy.levels).toEqual(['ASL-2', 'ASL-3', 'ASL-4']);
    expect(policy.capabilities.map((c) => c.id)).toEqual(['cbrn-3', 'ai-rnd-4']);
    // combine and direction were left out for ai-rnd-4: the defaults apply.
    expect(policy.capabilities[1]).toMatchObject({ combine: 'any', evidence: [{ direction: 'higher', threshold: 0.5 }] });
    expect(policy.safeguards[0]!.owners).toEqual(['@acme/safeguards', 'alice']);
    expect(policy.evals).toEqual({ 'wmdp-bio': ['wmdp_bio', 'inspect_evals/wmdp_bio'] });
    expect(policy.approvals).toEqual({ policy: ['@acme/rso'], self_attestation: false, self_approval: false, assessment: [] });
    expect(policy.extends).toBeUndefined();
  });

  it('fills the settings a file leaves out with their defaults', () => {
    const text = SMALL_POLICY.slice(0, SMALL_POLICY.indexOf('assessment:'));
    const { policy, findings } = load(text);
    expect(findings).toEqual([]);
    expect(policy.assessment).toEqual({ confidence: 0.95, max_age_days: 180, notable_increase: 4, unevaluated: 'precautionary' });
    expect(policy.approvals).toEqual({ policy: [], self_attestation: false, self_approval: false, assessment: [] });
  });

  it('locates entries of the loaded policy at their lines', () => {
    const { locate } = load(SMALL_POLICY);
    expect(locate(['capabilities', 1, 'evidence', 0, 'threshold'])).toMatchObject({
      file: POLICY_FILE,
      line: lineOf(SMALL_POLICY, 'threshold: 0.50'),
    });
    expect(locate(['safeguards', 2, 'level']).line).toBe(lineOf(SMALL_POLICY, 'level: ASL-4'));
    expect(locate(['assessment', 'max_age_days']).line).toBe(lineOf(SMALL_POLICY, 'max_age_days'));
  });
});

describe('loadPolicy: what cannot be read fails closed', () => {
  it('reports a missing policy once, saying where it was expected', () => {
    const { findings, policy } = load(undefined);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'POLICY_NOT_FOUND', severity: 'error', file: POLICY_FILE });
    expect(findings[0]!.message).toContain(`no policy found at ${POLICY_FILE}: run \`rsp-gate init\``);
    expect(findings[0]!.message).toContain('base commit');
    expect(policy).toMatchObject({ levels: [], capabilities: [], safeguards: [] });
  });

  it('reports malformed YAML at its line', () => {
    const text = edit(SMALL_POLICY, 'levels: [ASL-2, ASL-3, ASL-4]', 'levels: [ASL-2, ASL-3');
    const { findings, policy } = load(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.code === 'POLICY_INVALID' && f.severity === 'error')).toBe(true);
    expect(findings[0]!.line).toBeGreaterThanOrEqual(lineOf(text, 'levels:'));
    expect(policy.capabilities).toEqual([]);
  });

  it('refuses duplicate keys in a mapping', () => {
    const text = edit(SMALL_POLICY, '  max_age_days: 180\n', '  max_age_days: 180\n  max_age_days: 9999\n');
    const { findings } = load(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'POLICY_INVALID', line: lineOf(text, 'max_age_days: 9999') });
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = [
      'version: 1',
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]',
    ].join('\n');
    const started = performance.now();
    const { findings } = load(bomb);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'POLICY_INVALID', severity: 'error' });
    expect(findings[0]!.message).toMatch(/alias/i);
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `${SMALL_POLICY}# ${'x'.repeat(MAX_CONFIG_SIZE)}\n`;
    const { findings } = load(huge);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'POLICY_INVALID', line: 1 });
    expect(findings[0]!.message).toContain('the limit is 1,000,000');
  });

  it('refuses a document nested deeper than any policy needs, quickly', () => {
    const deep = `version: 1\nlevels: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
    const started = performance.now();
    const { findings } = load(deep);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(findings).toEqual([expect.objectContaining({ code: 'POLICY_INVALID', severity: 'error', line: 2 })]);
    expect(findings[0]!.message).toContain('more than 64 deep');
  });

  it('does not count brackets inside quoted text or comments as nesting', () => {
    const brackets = '['.repeat(100);
    const text = edit(
      SMALL_POLICY,
      'title: Two-party access control on model weights',
      `title: "Two-party access ${brackets}" # ${brackets}`,
    );
    const { findings, policy } = load(text);
    expect(findings).toEqual([]);
    expect(policy.safeguards[1]!.title).toBe(`Two-party access ${brackets}`);
  });

  it('refuses `__proto__` keys at their line and never touches a prototype', () => {
    const text = edit(SMALL_POLICY, 'evals:\n', 'evals:\n  __proto__: [polluted]\n');
    const withTop = `__proto__:\n  polluted: true\n${text}`;
    const { findings, policy } = load(withTop);
    const proto = findings.filter((f) => f.message.includes('__proto__'));
    expect(proto.map((f) => f.line)).toEqual([1, lineOf(withTop, '__proto__: [polluted]')]);
    expect(proto.every((f) => f.code === 'POLICY_INVALID' && f.severity === 'error')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(policy.evals)).toBe(Object.prototype);
    expect(Object.keys(policy.evals)).toEqual(['wmdp-bio']);
  });

  it('refuses an empty file and a document that is not a mapping', () => {
    for (const text of ['', '# only a comment\n', '- version: 1\n', 'just text\n']) {
      const { findings } = load(text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ code: 'POLICY_INVALID', severity: 'error', line: 1 });
    }
  });
});

describe('loadPolicy: schema findings point at the offending key', () => {
  it('reports an unknown top-level key at its line and column', () => {
    const text = edit(SMALL_POLICY, 'assessment:\n', 'thresholds: {}\nassessment:\n');
    const { findings } = load(text);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'POLICY_INVALID', severity: 'error', line: lineOf(text, 'thresholds:'), column: 1 }),
    ]);
    expect(findings[0]!.message).toContain('unknown key "thresholds"');
  });

  it('reports a misspelt key inside an evidence rule, naming the rule', () => {
    const text = edit(SMALL_POLICY, '        threshold: 0.65', '        treshold: 0.65');
    const { findings } = load(text);
    const unknown = findings.find((f) => f.message.includes('unknown key "treshold"'));
    expect(unknown).toMatchObject({ line: lineOf(text, 'treshold'), column: 9 });
    expect(unknown!.message).toContain('capabilities[cbrn-3].evidence[wmdp-bio/accuracy]');
    // The rule now lacks its threshold: reported at the rule.
    const missing = findings.find((f) => f.message.includes('.threshold'));
    expect(missing).toMatchObject({ code: 'POLICY_INVALID', line: lineOf(text, 'eval: wmdp-bio') });
  });

  it('reports wrong types at their lines', () => {
    let text = edit(SMALL_POLICY, 'threshold: 0.65', 'threshold: high');
    text = edit(text, 'confidence: 0.95', 'confidence: 2');
    text = edit(text, 'owners: ["@acme/security"]', 'owners: "@acme/security"');
    const { findings } = load(text);
    const at = (needle: string) => findings.find((f) => f.line === lineOf(text, needle));
    expect(at('threshold: high')!.message).toBe('capabilities[cbrn-3].evidence[wmdp-bio/accuracy].threshold: expected a number or "SET"');
    expect(at('confidence: 2')!.message).toContain('assessment.confidence');
    expect(at('owners: "@acme/security"')!.message).toContain('safeguards[asl3-weights-access].owners');
    expect(findings.every((f) => f.code === 'POLICY_INVALID' && f.severity === 'error')).toBe(true);
  });

  it('requires version 1', () => {
    const { findings } = load(edit(SMALL_POLICY, 'version: 1', 'version: 2'));
    expect(findings).toEqual([expect.objectContaining({ code: 'POLICY_INVALID', line: 1 })]);
    expect(findings[0]!.message).toContain('version');
  });

  it('still returns the valid part of an invalid policy', () => {
    const text = edit(SMALL_POLICY, '    requires: ASL-4\n', '    requires: 4\n');
    const { policy, findings } = load(text);
    expect(errors(findings)).toHaveLength(1);
    expect(policy.capabilities.map((c) => c.id)).toEqual(['cbrn-3']);
    expect(policy.safeguards).toHaveLength(3);
    expect(policy.levels).toEqual(['ASL-2', 'ASL-3', 'ASL-4']);
  });
});

describe('loadPolicy: what the schema cannot check', () => {
  it('reports duplicate capability, safeguard and level ids at the second one', () => {
    let text = edit(SMALL_POLICY, '  - id: ai-rnd-4', '  - id: cbrn-3');
    text = edit(text, '  - id: asl3-weights-access', '  - id: asl3-classifiers');
    text = edit(text, 'levels: [ASL-2, ASL-3, ASL-4]', 'levels: [ASL-2, ASL-3, ASL-3, ASL-4]');
    const { findings } = load(text);
    const duplicates = findings.filter((f) => f.message.startsWith('duplicate'));
    expect(duplicates.map((f) => f.message.split(' (')[0])).toEqual([
      'duplicate level "ASL-3"',
      'duplicate capability id "cbrn-3"',
      'duplicate safeguard id "asl3-classifiers"',
    ]);
    expect(duplicates[1]!.line).toBe(lineOf(text, '- id: cbrn-3', 'requires: ASL-3'));
    expect(duplicates[1]!.message).toContain(`first at line ${lineOf(text, '- id: cbrn-3')}`);
    expect(duplicates[2]!.line).toBe(lineOf(text, '- id: asl3-classifiers', 'kind: deployment'));
    expect(duplicates.every((f) => f.code === 'POLICY_INVALID' && f.severity === 'error')).toBe(true);
  });

  it('reports two rules of one capability on the same eval and metric, in any letter case', () => {
    const text = edit(
      SMALL_POLICY,
      '        direction: higher\n',
      '        direction: higher\n      - eval: wmdp-bio\n        metric: ACCURACY\n        threshold: 0.7\n',
    );
    const { findings } = load(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'POLICY_INVALID', line: lineOf(text, 'metric: ACCURACY') - 1 })]);
    expect(findings[0]!.message).toContain('duplicate evidence rule in capability "cbrn-3": wmdp-bio/ACCURACY');
  });

  it('reports two eval ids that differ only in letter case', () => {
    const text = edit(SMALL_POLICY, '      - eval: swe-bench-verified-hard', '      - eval: WMDP-Bio');
    const { findings } = load(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'POLICY_INVALID', line: lineOf(text, 'eval: WMDP-Bio') })]);
    expect(findings[0]!.message).toBe('eval id "WMDP-Bio" also names eval "wmdp-bio": a result named so would count for both');
  });

  it('reports a level that is not in levels, for capabilities and safeguards', () => {
    let text = edit(SMALL_POLICY, '    requires: ASL-4', '    requires: ASL-5');
    text = edit(text, '    level: ASL-4', '    level: asl-4');
    const { findings } = load(text);
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [
        lineOf(text, 'requires: ASL-5'),
        'capability "ai-rnd-4" requires level "ASL-5", which is not one of the levels (ASL-2, ASL-3, ASL-4)',
      ],
      [
        lineOf(text, 'level: asl-4'),
        'safeguard "asl4-rand-sl4" is for level "asl-4", which is not one of the levels (ASL-2, ASL-3, ASL-4)',
      ],
      // ASL-4 now has no safeguard of its own, and nothing requires it: no warning about it either.
    ]);
  });

  it('reports an alert beyond its threshold when a higher score is more capable', () => {
    const text = edit(SMALL_POLICY, 'alert: 0.50', 'alert: 0.70');
    const { findings } = load(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'POLICY_INVALID', severity: 'error', line: lineOf(text, 'alert: 0.70') })]);
    expect(findings[0]!.message).toContain('alert 0.7 is beyond threshold 0.65');
  });

  it('reports an alert beyond its threshold when a lower score is more capable', () => {
    const lower = edit(
      edit(edit(SMALL_POLICY, 'alert: 0.50', 'alert: 0.40'), 'threshold: 0.65', 'threshold: 0.30'),
      'direction: higher',
      'direction: lower',
    );
    expect(load(lower).findings).toEqual([]);
    const beyond = edit(lower, 'alert: 0.40', 'alert: 0.20');
    const { findings } = load(beyond);
    expect(findings).toEqual([expect.objectContaining({ code: 'POLICY_INVALID', line: lineOf(beyond, 'alert: 0.20') })]);
    expect(findings[0]!.message).toContain('with direction lower the alert must be at or above the threshold');
  });

  it('accepts an alert equal to its threshold', () => {
    expect(load(edit(SMALL_POLICY, 'alert: 0.50', 'alert: 0.65')).findings).toEqual([]);
  });

  it('reports an alias that names two evals, in any letter case', () => {
    const text = edit(
      SMALL_POLICY,
      '  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]\n',
      '  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]\n  wmdp-bio-v2: [WMDP_BIO]\n',
    );
    const { findings } = load(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'POLICY_INVALID', severity: 'error', line: lineOf(text, 'wmdp-bio-v2') })]);
    expect(findings[0]!.message).toBe(
      'alias of eval "wmdp-bio-v2", "WMDP_BIO" also names eval "wmdp-bio": a result named so would count for both',
    );
  });

  it('reports an alias that names two evals once normalised (NFD, a zero-width space)', () => {
    const text = edit(
      SMALL_POLICY,
      '  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]\n',
      '  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]\n  wmdp-bio-v2: ["wmdp_bio\\u200B"]\n',
    );
    const { findings } = load(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'POLICY_INVALID', severity: 'error', line: lineOf(text, 'wmdp-bio-v2') })]);
  });

  it('reports an alias that is another eval id', () => {
    const text = edit(
      SMALL_POLICY,
      '  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]\n',
      '  wmdp-bio: [wmdp_bio, swe-bench-verified-hard]\n',
    );
    const { findings } = load(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('"swe-bench-verified-hard" also names eval "swe-bench-verified-hard"');
  });

  it('reports an unknown preset at the extends line, listing the presets', () => {
    for (const name of ['anthropic-rsp-v9', 'constructor', '__proto__']) {
      const text = `version: 1\nextends: ${name}\n`;
      const { findings } = load(text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ code: 'POLICY_INVALID', severity: 'error', line: 2 });
      expect(findings[0]!.message).toContain(`unknown preset "${name}"`);
      expect(findings[0]!.message).toContain('anthropic-rsp-v3, anthropic-rsp-v2.2, openai-preparedness-v2, gdm-fsf-v3');
    }
  });

  it('requires levels and a capability from a policy without a preset', () => {
    const { findings } = load('version: 1\nsafeguards: []\n');
    expect(findings.map((f) => [f.code, f.severity, f.message.split(':')[0]])).toEqual([
      ['POLICY_INVALID', 'error', 'the policy defines no levels'],
      ['POLICY_INVALID', 'error', 'the policy defines no capabilities'],
    ]);
  });

  it('reports a SET the file wrote itself as a value still to set, at its line', () => {
    const text = edit(SMALL_POLICY, 'threshold: 0.65', 'threshold: SET');
    const { findings, policy } = load(text);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'PRESET_VALUE_UNSET', severity: 'error', line: lineOf(text, 'threshold: SET') }),
    ]);
    expect(findings[0]!.message).toBe(
      'capabilities[cbrn-3].evidence[wmdp-bio/accuracy].threshold is still "SET": replace it with a number',
    );
    expect(policy.capabilities[0]!.evidence[0]!.threshold).toBe('SET');
  });

  it('warns about a capability without evidence and a required level without safeguards', () => {
    let text = edit(
      SMALL_POLICY,
      `    evidence:
      - eval: swe-bench-verified-hard
        metric: accuracy
        alert: 0.40
        threshold: 0.50
`,
      '',
    );
    text = edit(text, '    level: ASL-4', '    level: ASL-3');
    const { findings } = load(text);
    expect(findings.map((f) => [f.severity, f.line])).toEqual([
      ['warning', lineOf(text, '- id: ai-rnd-4')],
      ['warning', lineOf(text, 'requires: ASL-4')],
    ]);
    expect(findings[0]!.message).toContain('"ai-rnd-4" has no evidence rules');
    expect(findings[1]!.message).toContain('no safeguard is defined for level "ASL-4"');
  });
});
