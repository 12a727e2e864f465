// Files that look like results are read or refused, never passed over: a second YAML document, a model card that is
// UTF-16 or holds a NUL byte, a quoted "model-index" key, an Inspect status no Inspect version writes.
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { bytesSource, textSource, usable } from './sources.ts';

const CARD = [
  '---',
  'model-index:',
  '- name: acme/frontier-7',
  '  results:',
  '  - dataset: {type: cais/wmdp, config: wmdp-bio}',
  '    metrics:',
  '    - {type: acc, value: 0.91}',
  '---',
  '# Card',
  '',
].join('\n');

describe('YAML documents after a leading ---', () => {
  it('refuses a results file whose second document would be dropped', async () => {
    const text =
      '---\nmodel: m\ndate: 2026-11-20\nresults:\n  - { eval: wmdp-bio, metric: accuracy, value: 0.3, stderr: 0.01 }\n---\nmodel: m\ndate: 2026-11-21\nresults:\n  - { eval: wmdp-bio, metric: accuracy, value: 0.9, stderr: 0.01 }\n';
    const result = await readResultFile(textSource('evals/m/results.yaml', text));
    expect(usable(result)).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error' })]);
  });

  it('still reads one document between --- markers', async () => {
    const text =
      '---\nmodel: m\ndate: 2026-11-20\nresults:\n  - { eval: wmdp-bio, metric: accuracy, value: 0.3, stderr: 0.01 }\n---\n# end\n';
    const result = await readResultFile(textSource('evals/m/results.yaml', text));
    expect(usable(result)).toHaveLength(1);
    expect(usable(result)[0]!.line).toBe(5);
  });

  it('reads the front matter of a Markdown card and not the prose after it', async () => {
    const result = await readResultFile(textSource('evals/m/README.md', CARD));
    expect(usable(result)).toMatchObject([{ model: 'acme/frontier-7', value: 0.91, line: 7 }]);
  });

  it('reads, or reports, a card whose front matter is never closed', async () => {
    const commented = await readResultFile(textSource('evals/m/README.md', CARD.replace('---\n# Card', '# Card')));
    expect(usable(commented)).toHaveLength(1);
    const prose = await readResultFile(textSource('evals/m/README.md', CARD.replace('---\n# Card', 'A card: [unclosed')));
    expect(prose.findings.map((f) => [f.code, f.severity])).toContainEqual(['PARSE_ERROR', 'error']);
  });
});

describe('model cards that cannot be read', () => {
  it('is an error for a UTF-16 card', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(CARD, 'utf16le')]);
    const result = await readResultFile(bytesSource('evals/m/README.md', utf16));
    expect(result.format).toBe('hf-model-index');
    expect(result.findings).toEqual([expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error' })]);
    expect(result.findings[0]!.message).toContain('UTF-16');
  });

  it('is an error for a card with a NUL byte', async () => {
    const bytes = new TextEncoder().encode(CARD.replace('# Card', '# Card\0'));
    const result = await readResultFile(bytesSource('evals/m/README.md', bytes));
    expect(result.findings).toEqual([expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error' })]);
  });

  it('reads a quoted "model-index" key, and reports a broken one', async () => {
    const quoted = await readResultFile(textSource('evals/m/README.md', CARD.replace('model-index:', '"model-index":')));
    expect(usable(quoted)).toHaveLength(1);
    const broken = await readResultFile(
      textSource('evals/m/README.md', CARD.replace('model-index:', '"model-index":').replace('- name', '- name: [')),
    );
    expect(broken.findings.map((f) => [f.code, f.severity])).toContainEqual(['PARSE_ERROR', 'error']);
  });

  it('ignores a binary file that is no result', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await readResultFile(bytesSource('evals/m/plot.png', png))).toEqual({ records: [], findings: [] });
  });
});

describe('an Inspect status no Inspect writes', () => {
  it('is an error, not a skipped run', async () => {
    const log = {
      version: 2,
      status: 'succeeded',
      eval: { task: 't', model: 'm', created: '2026-11-20T10:00:00Z' },
      results: { scores: [] },
    };
    const result = await readResultFile(textSource('evals/m/log.json', JSON.stringify(log)));
    expect(result.findings).toEqual([expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error' })]);
    const cancelled = await readResultFile(textSource('evals/m/log.json', JSON.stringify({ ...log, status: 'cancelled' })));
    expect(cancelled.findings).toEqual([expect.objectContaining({ code: 'UNUSABLE_RESULT', severity: 'warning' })]);
  });
});
