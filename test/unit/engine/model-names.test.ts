// Which model a result belongs to: folder against file, names compared after NFC and without invisible characters,
// and model configs whose names would let one model's results count for another.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { checkModelNames, indexModels, modelIsNamed, namesAny } from '../../../src/engine/matching.ts';
import type { EvaluationInput, Verdict } from '../../../src/engine/types.ts';
import { input, model, record } from './factories.ts';

const run = (overrides: Partial<EvaluationInput>) => evaluate(input(overrides));
const all = (v: Verdict) => [...v.findings, ...v.models.flatMap((m) => m.findings)];
const codes = (v: Verdict) => all(v).map((f) => f.code);

describe('a result file in one model folder that names another model', () => {
  const frontier = model('frontier-7');
  const atlas = model('atlas-2', { aliases: ['acme/atlas-2'] });

  it('is an error, whichever model is evaluated', () => {
    const r = record({ model: 'acme/atlas-2', folder: 'frontier-7', file: 'evals/frontier-7/run.json', value: 0.3 });
    const v = run({
      headModels: [frontier, atlas],
      baseModels: [frontier, atlas],
      modelsInScope: ['frontier-7'],
      evidence: [r, record({ value: 0.3 })],
    });
    expect(all(v)).toContainEqual(
      expect.objectContaining({ code: 'MODEL_MISMATCH', severity: 'error', file: 'evals/frontier-7/run.json' }),
    );
    expect(v.conclusion).toBe('failure');
  });

  it('is fine when the name is an alias of the folder model, or the folder is no model', () => {
    const own = record({ model: 'acme/frontier-7', folder: 'frontier-7' });
    const shared = record({ model: 'frontier-7', folder: 'shared-runs', file: 'evals/shared-runs/x.json' });
    expect(codes(run({ evidence: [own, shared] }))).not.toContain('MODEL_MISMATCH');
  });
});

describe('names compared after normalisation', () => {
  it('matches an NFD spelling to an NFC alias', () => {
    const m = model('cafe-1', { aliases: ['acme/caf\u00e9'] });
    const index = indexModels([m]);
    expect(index.modelsFor('acme/cafe\u0301')).toEqual(['cafe-1']);
  });

  it('matches a name with a zero-width space or trailing space to the model it looks like', () => {
    const index = indexModels([model('frontier-7')]);
    expect(index.modelsFor('acme/frontier-7\u200b')).toEqual(['frontier-7']);
    expect(index.modelsFor('frontier-7 ')).toEqual(['frontier-7']);
  });
});

describe('model configs whose names collide', () => {
  it('refuses an alias that is another model id', () => {
    const findings = checkModelNames([model('frontier-7', { aliases: ['atlas-2'] }), model('atlas-2')]);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'MODEL_INVALID', severity: 'error', file: 'models/frontier-7/model.yaml', line: 2 }),
    ]);
  });

  it('refuses two ids that differ only in case', () => {
    const findings = checkModelNames([model('Frontier-7', { aliases: [] }), model('frontier-7', { aliases: [] })]);
    expect(findings).toEqual([expect.objectContaining({ code: 'MODEL_INVALID', severity: 'error' })]);
  });

  it('refuses an alias two models share, and warns of an alias with invisible characters', () => {
    const findings = checkModelNames([model('a-1', { aliases: ['acme/x'] }), model('b-1', { aliases: ['acme/x', 'acme/b\u200b'] })]);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['MODEL_INVALID', 'error'],
      ['INVISIBLE_NAME', 'warning'],
    ]);
  });

  it('fails the evaluation', () => {
    const a = model('frontier-7', { aliases: ['atlas-2'] });
    const b = model('atlas-2');
    expect(run({ headModels: [a, b], baseModels: [a, b] }).conclusion).toBe('failure');
  });
});

describe('namesAny: one test for the names of several models', () => {
  const frontier = model('frontier-7');
  const atlas = model('atlas-2', { aliases: ['hub/atlas-two'] });
  const names = ['frontier-7', 'ACME/Frontier-7', 'Atlas-2', 'hub/atlas-two\u200B', 'scout-1', 'acme/atlas-2', 'atlas', 'frontier-7/x'];

  it('answers as modelIsNamed over every model: ids and aliases, by nameKey, nothing by a part of a name', () => {
    const named = namesAny([frontier, atlas]);
    expect(names.map(named)).toEqual(names.map((n) => [frontier, atlas].some((m) => modelIsNamed(m, n))));
    expect(names.map(named)).toEqual([true, true, true, true, false, false, false, false]);
  });

  it('names nothing for no models', () => {
    expect(names.some(namesAny([]))).toBe(false);
  });
});
