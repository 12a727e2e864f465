import { describe, expect, it } from 'vitest';
import { readResultFile, WHOLE_FILE_LIMIT } from '../../../src/evidence/read.ts';
import { sniff } from '../../../src/evidence/detect.ts';
import type { FileSource } from '../../../src/evidence/types.ts';
import { bytesSource, fixture, fixtureBytes, textSource } from './sources.ts';

const NOTHING = { records: [], findings: [] };

describe('detection by content', () => {
  it.each(['README.md', 'summary.csv', 'inspect-task.yaml', 'dashboard.json', 'prompts.zip', 'chart.png'])(
    'finds no eval result in not-results/%s, and reports nothing',
    async (name) => {
      expect(await readResultFile(fixture(`not-results/${name}`))).toEqual(NOTHING);
    },
  );

  it('ignores empty files, top-level arrays and YAML that does not parse unless it looks like results', async () => {
    expect(await readResultFile(textSource('evals/x/empty.json', ''))).toEqual(NOTHING);
    expect(await readResultFile(textSource('evals/x/list.json', '[{"eval": "wmdp-bio", "value": 0.7}]'))).toEqual(NOTHING);
    expect(await readResultFile(textSource('evals/x/notes.yaml', 'tasks: [wmdp_bio, cybench\nlimit: 5\n'))).toEqual(NOTHING);
    expect(await readResultFile(textSource('evals/x/other.json', '{"results": {"passed": 3, "failed": 0}}'))).toEqual(NOTHING);
  });

  it('does not go by the file name', async () => {
    const inspect = await readResultFile(bytesSource('evals/frontier-7/notes.txt', fixtureBytes('inspect/wmdp-bio.json')));
    expect(inspect.format).toBe('inspect');
    expect(inspect.records).toHaveLength(1);
    const lmEval = await readResultFile(bytesSource('evals/frontier-7/config.yaml', fixtureBytes('lm-eval/pythia-1.4b-v0.3.json')));
    expect(lmEval.format).toBe('lm-eval');
    const archive = await readResultFile(bytesSource('evals/frontier-7/log.json', fixtureBytes('inspect/wmdp-bio.eval')));
    expect(archive.format).toBe('inspect');
    expect(archive.records).toHaveLength(1);
  });

  it('tells zip, JSON and text apart from the first bytes', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(sniff(bytes(0x50, 0x4b, 3, 4, 20))).toBe('zip');
    expect(sniff(bytes(0x50, 0x4b, 5, 6, 0))).toBe('zip');
    expect(sniff(new TextEncoder().encode('\ufeff \n {"a": 1}'))).toBe('json');
    expect(sniff(new TextEncoder().encode('model: x\n'))).toBe('text');
    expect(sniff(new TextEncoder().encode(' [1, 2]'))).toBe('other');
    expect(sniff(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('other');
    expect(sniff(bytes())).toBe('other');
  });

  it('names the format a broken JSON file was meant to be, from the keys before the error', async () => {
    const cases: Array<[string, string]> = [
      ['{"schema_version": "0.3.0", "model_info": {"id": "acme/frontier-7"}, "evaluation_results": [', 'every-eval-ever'],
      ['{"results": {"wmdp_bio": {"acc,none": 0.7}}, "versions": {"wmdp_bio": 1}, "config": {', 'lm-eval'],
      ['{"version": 2, "status": "success", "eval": {"task": ', 'inspect'],
      ['{"model": "frontier-7", "results": [{"eval": "wmdp-bio",}]}', 'native'],
    ];
    for (const [text, format] of cases) {
      const result = await readResultFile(textSource('evals/x/broken.json', text));
      expect(result.format, text).toBe(format);
      expect(result.findings, text).toMatchObject([{ code: 'PARSE_ERROR', severity: 'error', line: 1 }]);
    }
  });
});

describe('limits and failures', () => {
  it('refuses YAML or Markdown results above the whole-file limit, and ignores other large text', async () => {
    const padding = '# '.padEnd(WHOLE_FILE_LIMIT, 'x');
    const results = await readResultFile(textSource('evals/x/huge.yaml', `model: frontier-7\ndate: 2026-11-20\nresults:\n${padding}\n`));
    expect(results).toMatchObject({
      format: 'native',
      records: [],
      findings: [{ code: 'PARSE_ERROR', message: expect.stringContaining('read up to') }],
    });
    expect(await readResultFile(textSource('evals/x/huge.md', `# Notes\n${padding}\n`))).toEqual(NOTHING);
  });

  it('streams JSON above the limit, and refuses native results that large', async () => {
    const entry = '{"eval": "wmdp-bio", "metric": "accuracy", "value": 0.71},\n';
    const text = `{"model": "frontier-7", "date": "2026-11-20", "results": [\n${entry.repeat(Math.ceil(WHOLE_FILE_LIMIT / entry.length))}{"eval": "x", "metric": "y", "value": 1}]}`;
    const src = textSource('evals/x/huge.json', text);
    const result = await readResultFile(src);
    expect(src.chunksStreamed).toBeGreaterThan(1);
    expect(result).toMatchObject({
      format: 'native',
      records: [],
      findings: [{ code: 'PARSE_ERROR', message: expect.stringContaining('read up to') }],
    });
  });

  it('turns a source that fails into a finding, never an exception or an empty result', async () => {
    const small: FileSource = {
      path: 'evals/frontier-7/wmdp.json',
      size: 1000,
      read: async () => Promise.reject(new Error('connection reset')),
      stream: () => (async function* () {})(),
    };
    const large: FileSource = {
      path: 'evals/frontier-7/big.json',
      size: WHOLE_FILE_LIMIT * 2,
      read: async () => new TextEncoder().encode('{"version": 2, "status": "success"'),
      stream: () =>
        (async function* () {
          yield new TextEncoder().encode('{"version": 2, ');
          throw new Error('connection reset');
        })(),
    };
    for (const src of [small, large]) {
      const result = await readResultFile(src);
      expect(result.records).toEqual([]);
      expect(result.findings).toMatchObject([
        { code: 'PARSE_ERROR', severity: 'error', file: src.path, message: expect.stringContaining('connection reset') },
      ]);
      expect(result.format).toBeDefined();
    }
  });
});

describe('YAML between document markers and Markdown front matter', () => {
  it('reads native results written between --- markers', async () => {
    const text = '---\nmodel: frontier-7\ndate: 2026-11-20\nresults:\n  - { eval: wmdp-bio, metric: accuracy, value: 0.71 }\n---\n';
    const result = await readResultFile(textSource('evals/frontier-7/wmdp.yaml', text));
    expect(result.format).toBe('native');
    expect(result.records).toMatchObject([{ eval: 'wmdp-bio', value: 0.71, line: 5 }]);
  });

  it('ignores a Markdown page whose body (not its front matter) has a "results:" line', async () => {
    const text = '---\ntitle: How we evaluate\n---\n\nresults: are published every quarter\n\n- wmdp: {broken\n';
    expect(await readResultFile(textSource('evals/README.md', text))).toEqual(NOTHING);
  });
});

describe('short reads', () => {
  /** A source that says it holds `bytes` but hands out only the first `served` of them, as a failing reader would. */
  function shortSource(path: string, bytes: Uint8Array, served: number): FileSource {
    const part = bytes.subarray(0, served);
    return {
      path,
      size: bytes.byteLength,
      async *stream() {
        yield part;
      },
      async read(start, end) {
        return part.subarray(start, Math.min(end, part.byteLength));
      },
    };
  }

  it('are a PARSE_ERROR, never "no result here"', async () => {
    const bytes = fixtureBytes('inspect/wmdp-bio.json');
    const result = await readResultFile(shortSource('evals/frontier-7/log.json', bytes, 0));
    expect(result.records).toEqual([]);
    expect(result.findings).toMatchObject([
      { code: 'PARSE_ERROR', severity: 'error', message: expect.stringContaining(`read 0 of its ${bytes.byteLength} bytes`) },
    ]);
  });
});
