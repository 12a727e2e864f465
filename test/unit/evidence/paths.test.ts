// Result files whose names hold line terminators are still under the results paths.
import { describe, expect, it } from 'vitest';
import { pathMatcher } from '../../../src/common/globs.ts';

describe('pathMatcher', () => {
  it.each([
    'evals/m/a\nb.json',
    'evals/m/a\rb.json',
    'evals/m/a\u2028b.json',
    'evals/m/a\u2029b.json',
    'evals/m\n/x.json',
    'evals/.hidden/x.json',
  ])('matches %j under evals/**', (path) => {
    expect(pathMatcher(['evals/**'])(path)).toBe(true);
    expect(pathMatcher(['evals/**/*.json'])(path)).toBe(true);
  });

  it('matches a model config in a folder whose name holds a newline', () => {
    expect(pathMatcher(['models/*/model.yaml'])('models/a\nb/model.yaml')).toBe(true);
  });

  it('still matches nothing outside the globs', () => {
    const isEval = pathMatcher(['evals/**']);
    expect(isEval('notes/evals/x.json')).toBe(false);
    expect(isEval('evals/../x.json')).toBe(false);
  });
});
