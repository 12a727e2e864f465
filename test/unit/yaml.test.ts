import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYaml, validate } from '../../src/common/yaml.ts';

describe('parseYaml', () => {
  it('locates keys and values by path, including a key repeated along the path', () => {
    const p = parseYaml('evals:\n  evals: [a]\n  other:\n    - x\n    - y\n', 'p.yml');
    expect(p.findings).toEqual([]);
    expect(p.locate(['evals'])).toMatchObject({ line: 1, column: 1 });
    expect(p.locate(['evals', 'evals'])).toMatchObject({ line: 2, column: 3 });
    expect(p.locate(['evals', 'other', 1])).toMatchObject({ line: 5, column: 7 });
  });

  it('points a missing path at its nearest existing parent', () => {
    const p = parseYaml('a:\n  b: 1\n', 'p.yml');
    expect(p.locate(['a', 'missing', 'deeper'])).toMatchObject({ line: 2 });
  });

  it('refuses duplicate keys and alias bombs with a finding, never a value', () => {
    const dup = parseYaml('a: 1\na: 2\n', 'dup.yml');
    expect(dup.value).toBeUndefined();
    expect(dup.findings[0]).toMatchObject({ code: 'PARSE_ERROR', file: 'dup.yml', line: 2 });
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    const parsed = parseYaml(`${bomb.join('\n')}\n`, 'bomb.yml');
    expect(parsed.value).toBeUndefined();
    expect(parsed.findings[0]?.message).toMatch(/alias/i);
  });

  it('keeps __proto__ as plain data without touching any prototype', () => {
    const p = parseYaml('__proto__: { polluted: true }\n', 'p.yml');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.hasOwn(p.value as object, '__proto__')).toBe(true);
  });
});

describe('validate', () => {
  const schema = z.strictObject({ name: z.string(), size: z.union([z.number(), z.literal('SET')]) });

  it('reports each unknown key on its own line, and a union in words', () => {
    const parsed = parseYaml('name: a\nsize: big\ncolour: red\nshape: round\n', 'x.yml');
    const { value, findings } = validate(schema, parsed, 'PARSE_ERROR', 'thing');
    expect(value).toBeUndefined();
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [2, 'thing: size: expected a number or "SET"'],
      [3, 'thing: unknown key "colour" in (top level)'],
      [4, 'thing: unknown key "shape" in (top level)'],
    ]);
  });
});
