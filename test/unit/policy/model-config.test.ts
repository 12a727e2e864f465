import { describe, expect, it } from 'vitest';
import { loadModelConfig } from '../../../src/policy/model-config.ts';
import { MAX_CONFIG_SIZE } from '../../../src/policy/read-document.ts';
import { edit, lineOf } from './fixtures.ts';

const FILE = 'models/frontier-7/model.yaml';

const MODEL = `# Frontier 7, the lab's largest model
id: frontier-7
aliases: [acme/frontier-7]          # model names that result files use
declared_level: ASL-3
stage: internal
effective_compute: 3.2e25           # FLOP
last_assessment: { date: 2026-09-01, effective_compute: 8.0e24 }
safeguards: [asl3-classifiers]
`;

describe('loadModelConfig', () => {
  it('loads a valid config with the line of each top-level key', () => {
    const { model, findings } = loadModelConfig(MODEL, FILE);
    expect(findings).toEqual([]);
    expect(model!.file).toBe(FILE);
    expect(model!.config).toEqual({
      id: 'frontier-7',
      aliases: ['acme/frontier-7'],
      declared_level: 'ASL-3',
      stage: 'internal',
      effective_compute: 3.2e25,
      last_assessment: { date: '2026-09-01', effective_compute: 8.0e24 },
      safeguards: ['asl3-classifiers'],
    });
    expect(model!.lines).toEqual({
      id: 2,
      aliases: 3,
      declared_level: 4,
      stage: 5,
      effective_compute: 6,
      last_assessment: 7,
      safeguards: 8,
    });
  });

  it('applies defaults to a minimal config', () => {
    const { model, findings } = loadModelConfig('id: small-1\ndeclared_level: ASL-2\n', 'models/small-1/model.yaml');
    expect(findings).toEqual([]);
    expect(model!.config).toEqual({ id: 'small-1', aliases: [], declared_level: 'ASL-2', safeguards: [] });
  });

  it('reads the same config written as JSON', () => {
    const json = JSON.stringify({ id: 'frontier-7', declared_level: 'ASL-3', last_assessment: { date: '2026-09-01' } }, null, 2);
    const { model, findings } = loadModelConfig(json, 'models/frontier-7/model.json');
    expect(findings).toEqual([]);
    expect(model!.config.last_assessment).toEqual({ date: '2026-09-01' });
    expect(model!.lines.declared_level).toBe(lineOf(json, 'declared_level'));
  });

  it('turns a YAML timestamp and a date with a time into YYYY-MM-DD', () => {
    const tagged = loadModelConfig(edit(MODEL, 'date: 2026-09-01', 'date: !!timestamp 2026-09-01'), FILE);
    expect(tagged.findings).toEqual([]);
    expect(tagged.model!.config.last_assessment!.date).toBe('2026-09-01');
    const withTime = loadModelConfig(edit(MODEL, 'date: 2026-09-01', 'date: "2026-09-01T14:30:00Z"'), FILE);
    expect(withTime.findings).toEqual([]);
    expect(withTime.model!.config.last_assessment!.date).toBe('2026-09-01');
  });

  it('refuses a date that names no day', () => {
    for (const date of ['2026-02-30', '2026-13-01', '2026-09-01junk']) {
      const text = edit(MODEL, 'date: 2026-09-01', `date: "${date}"`);
      const { model, findings } = loadModelConfig(text, FILE);
      expect(model).toBeUndefined();
      expect(findings).toEqual([
        expect.objectContaining({ code: 'MODEL_INVALID', severity: 'error', file: FILE, line: lineOf(text, 'date:') }),
      ]);
    }
  });

  it('reports an unknown key at its line and column', () => {
    const text = edit(MODEL, 'stage: internal', 'stage: internal\ndeclared_levle: ASL-4');
    const { model, findings } = loadModelConfig(text, FILE);
    expect(model).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ code: 'MODEL_INVALID', line: lineOf(text, 'declared_levle'), column: 1 })]);
    expect(findings[0]!.message).toContain('unknown key "declared_levle"');
  });

  it('reports wrong types and missing keys', () => {
    let text = edit(MODEL, 'effective_compute: 3.2e25', 'effective_compute: lots');
    text = edit(text, 'stage: internal', 'stage: production');
    text = edit(text, 'declared_level: ASL-3\n', '');
    const { model, findings } = loadModelConfig(text, FILE);
    expect(model).toBeUndefined();
    expect(findings.every((f) => f.code === 'MODEL_INVALID' && f.severity === 'error')).toBe(true);
    // The missing declared_level is reported where the mapping starts, after the leading comment.
    expect(findings.map((f) => f.line)).toEqual([
      lineOf(text, 'id: frontier-7'),
      lineOf(text, 'stage:'),
      lineOf(text, 'effective_compute: lots'),
    ]);
  });

  it('reports malformed YAML as a parse error at its line', () => {
    const text = edit(MODEL, 'aliases: [acme/frontier-7]', 'aliases: [acme/frontier-7');
    const { model, findings } = loadModelConfig(text, FILE);
    expect(model).toBeUndefined();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.code === 'PARSE_ERROR' && f.file === FILE)).toBe(true);
    expect(findings[0]!.line).toBeGreaterThanOrEqual(lineOf(text, 'aliases:'));
  });

  it('refuses duplicate keys, an empty file, a list, a huge file and `__proto__`', () => {
    const cases: Array<[string, string]> = [
      [edit(MODEL, 'stage: internal', 'stage: internal\nstage: general'), 'PARSE_ERROR'],
      ['', 'PARSE_ERROR'],
      ['- id: frontier-7\n', 'PARSE_ERROR'],
      [`${MODEL}#${'x'.repeat(MAX_CONFIG_SIZE)}`, 'PARSE_ERROR'],
      [`${MODEL}__proto__: { declared_level: ASL-2 }\n`, 'MODEL_INVALID'],
    ];
    for (const [text, code] of cases) {
      const { model, findings } = loadModelConfig(text, FILE);
      expect(model).toBeUndefined();
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.code === code && f.severity === 'error')).toBe(true);
    }
    expect(({} as Record<string, unknown>).declared_level).toBeUndefined();
  });
});

describe('a last_assessment that cannot exist', () => {
  it.each(['2026-02-29', '"2026-09-01T25:00:00Z"', '"2026-09-01T10:61:00Z"', '"2026-09-01T10:00:00+15:00"'])('refuses %s', (date) => {
    const { model, findings } = loadModelConfig(MODEL.replace('date: 2026-09-01', `date: ${date}`), FILE);
    expect(model).toBeUndefined();
    expect(findings).toContainEqual(expect.objectContaining({ code: 'MODEL_INVALID', severity: 'error', line: 7 }));
  });

  it('accepts a real time of day', () => {
    const { model } = loadModelConfig(MODEL.replace('date: 2026-09-01', 'date: "2026-09-01T23:59:59+14:00"'), FILE);
    expect(model!.config.last_assessment!.date).toBe('2026-09-01');
  });
});
