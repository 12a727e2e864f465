import { describe, expect, it } from 'vitest';
import { readResultFile, WHOLE_FILE_LIMIT } from '../../../src/evidence/read.ts';
import { bytesSource, fixture, fixtureText, usable } from './sources.ts';
import { DEFLATE, STORED, ZSTD, writeZip, type ZipInput } from '../../support/zip-writer.ts';

const WMDP_RECORD = {
  model: 'openai/gpt-4o',
  eval: 'inspect_evals/wmdp_bio',
  metric: 'accuracy',
  value: 0.7125,
  stderr: 0.0507,
  samples: 80,
  date: '2026-11-18T09:14:27+00:00',
  variant: 'choice',
  format: 'inspect',
};

/** The wmdp-bio fixture log as Inspect's header.json holds it: everything but samples and reductions. */
function header(edit: (log: Record<string, unknown>) => void = () => {}): string {
  const log = JSON.parse(fixtureText('inspect/wmdp-bio.json')) as Record<string, unknown>;
  delete log['samples'];
  delete log['reductions'];
  edit(log);
  return JSON.stringify(log);
}

// Four samples of about 2.4 MB: the archive is larger than the size read whole, so it is read by range.
const bigSample = (id: number) => JSON.stringify({ id, epoch: 1, input: `question ${id} `.repeat(200_000), target: 'A' });

function evalArchive(headers: ZipInput[], samples = 4): ReturnType<typeof writeZip> {
  const entries: ZipInput[] = [{ name: '_journal/start.json', data: '{"version": 2}' }];
  for (let id = 1; id <= samples; id++) entries.push({ name: `samples/${id}_epoch_1.json`, data: bigSample(id), method: STORED });
  entries.push({ name: 'summaries.json', data: '[]' }, ...headers);
  return writeZip(entries);
}

describe('Inspect .json logs', () => {
  it('reads the metric with its sibling stderr, task, model, date and sample count', async () => {
    const result = await readResultFile(fixture('inspect/wmdp-bio.json'));
    expect(result.format).toBe('inspect');
    expect(result.findings).toEqual([]);
    expect(usable(result)).toEqual([{ ...WMDP_RECORD, file: 'evals/inspect/wmdp-bio.json', line: 171 }]);
  });

  it('keeps the records of each scorer apart by their variant', async () => {
    const result = await readResultFile(fixture('inspect/multi-scorer.json'));
    expect(usable(result).map((r) => [r.metric, r.value, r.stderr, r.variant, r.line])).toEqual([
      ['accuracy', 0.35, 0.0764, 'check_flag/mean', 132],
      ['accuracy', 0.45, 0.0797, 'check_flag/max', 152],
    ]);
  });

  it.each([
    ['inspect/cancelled.json', 'cancelled'],
    ['inspect/error.json', 'error'],
  ])('counts nothing from %s, whose status is %s', async (name, status) => {
    const result = await readResultFile(fixture(name));
    expect(result.format).toBe('inspect');
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([
      { code: 'UNUSABLE_RESULT', severity: 'warning', line: 3, message: expect.stringContaining(`"${status}"`) },
    ]);
  });

  it('makes NaN and Infinity metrics (and a NaN stderr) unusable at their line', async () => {
    const result = await readResultFile(fixture('inspect/nan-metric.json'));
    expect(usable(result)).toEqual([]);
    // Kept, flagged, for the engine: a newer unusable result must not be replaced by an older usable one.
    expect(result.records.map((r) => [r.line, Number.isNaN(r.value), typeof r.unusable])).toEqual([
      [92, true, 'string'],
      [111, true, 'string'],
      [125, true, 'string'],
    ]);
    expect(result.findings.map((f) => [f.code, f.line])).toEqual([
      ['UNUSABLE_RESULT', 92],
      ['UNUSABLE_RESULT', 111],
      ['UNUSABLE_RESULT', 125],
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringContaining('stderr is NaN'),
      expect.stringContaining('mean (scorer model_graded_qa) is Infinity'),
      expect.stringContaining('accuracy (scorer match) is NaN'),
    ]);
  });

  it('does not count a run whose samples were invalidated', async () => {
    const result = await readResultFile(fixture('inspect/invalidated.json'));
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([{ code: 'UNUSABLE_RESULT', line: 196, model: 'openai/gpt-4o' }]);
  });

  it('reports a JSON syntax error at the line it is on', async () => {
    const result = await readResultFile(fixture('inspect/malformed.json'));
    expect(result.format).toBe('inspect');
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([{ code: 'PARSE_ERROR', severity: 'error', line: 4 }]);
  });

  it('reports a log cut short inside its samples, never its results', async () => {
    const result = await readResultFile(fixture('inspect/truncated.json'));
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([{ code: 'PARSE_ERROR', severity: 'error', message: expect.stringContaining('cut short') }]);
    expect(result.findings[0]!.line).toBe(fixtureText('inspect/truncated.json').split('\n').length);
  });

  it('reports a log that lacks the fields it needs', async () => {
    const log = JSON.parse(fixtureText('inspect/wmdp-bio.json')) as { eval: Record<string, unknown> };
    delete log.eval['task'];
    const result = await readResultFile(bytesSource('evals/x/log.json', new TextEncoder().encode(JSON.stringify(log, null, 2))));
    expect(result.findings).toMatchObject([{ code: 'PARSE_ERROR', line: 4, message: expect.stringContaining('eval.task') }]);
  });
});

describe('Inspect .eval archives', () => {
  it('reads header.json of a deflated archive as Inspect writes it', async () => {
    const result = await readResultFile(fixture('inspect/wmdp-bio.eval'));
    expect(result.format).toBe('inspect');
    expect(result.findings).toEqual([]);
    expect(usable(result)).toEqual([{ ...WMDP_RECORD, file: 'evals/inspect/wmdp-bio.eval' }]);
  });

  it.each([
    ['zstd (method 93)', ZSTD],
    ['deflate', DEFLATE],
    ['stored', STORED],
  ])('reads a %s header.json of a large archive without reading any sample', async (_, method) => {
    const zip = evalArchive([{ name: 'header.json', data: header(), method }]);
    expect(zip.bytes.length).toBeGreaterThan(WHOLE_FILE_LIMIT);
    const src = bytesSource('evals/frontier-7/wmdp.eval', zip.bytes);
    const result = await readResultFile(src);
    expect(usable(result)).toEqual([{ ...WMDP_RECORD, file: 'evals/frontier-7/wmdp.eval' }]);
    // Besides the first bytes (to tell a zip), only the archive's tail is read: yauzl looks for the end record in
    // the last 64 KiB, then reads the central directory and header.json. Samples before that are never touched.
    const tail = zip.bytes.length - (65_535 + 22);
    const untouched = zip.entries.filter((e) => e.name.startsWith('samples/') && e.end <= tail);
    expect(untouched.length).toBeGreaterThanOrEqual(2);
    expect(src.reads[0]).toEqual([0, 512]);
    const reads = src.reads.slice(1);
    for (const [start, end] of reads) {
      for (const sample of untouched) expect(end <= sample.start || start >= sample.end, `${start}-${end} reads ${sample.name}`).toBe(true);
    }
    const bytesRead = reads.reduce((sum, [start, end]) => sum + Math.min(end, zip.bytes.length) - start, 0);
    expect(bytesRead).toBeLessThan(zip.bytes.length / 10);
    expect(src.chunksStreamed).toBe(0);
  });

  it('reads a small archive in one call', async () => {
    const zip = evalArchive([{ name: 'header.json', data: header(), method: ZSTD }], 1);
    expect(zip.bytes.length).toBeLessThan(WHOLE_FILE_LIMIT);
    const src = bytesSource('evals/frontier-7/wmdp.eval', zip.bytes);
    const result = await readResultFile(src);
    expect(usable(result)).toHaveLength(1);
    expect(src.reads).toEqual([[0, zip.bytes.length]]);
  });

  it('reads zstd data written as several frames', async () => {
    const { zstdCompressSync } = await import('node:zlib');
    const text = header();
    const half = Math.floor(text.length / 2);
    const frames = Buffer.concat([zstdCompressSync(Buffer.from(text.slice(0, half))), zstdCompressSync(Buffer.from(text.slice(half)))]);
    const zip = writeZip([{ name: 'header.json', data: frames, method: STORED }]);
    // Relabel the stored entry as zstd: its bytes are the two frames, its size and CRC those of the whole text.
    const bytes = Buffer.from(zip.bytes);
    const { crc32 } = await import('node:zlib');
    bytes.writeUInt16LE(ZSTD, 8);
    bytes.writeUInt32LE(text.length, 22);
    bytes.writeUInt16LE(ZSTD, zip.centralDirectoryOffset + 10);
    bytes.writeUInt32LE(crc32(text), zip.centralDirectoryOffset + 16);
    bytes.writeUInt32LE(text.length, zip.centralDirectoryOffset + 24);
    bytes.writeUInt32LE(crc32(text), 14);
    const result = await readResultFile(bytesSource('evals/frontier-7/multi-frame.eval', new Uint8Array(bytes)));
    expect(result.findings).toEqual([]);
    expect(usable(result)).toHaveLength(1);
  });

  it('refuses deflated data that inflates past the size the archive gives, without inflating all of it', async () => {
    const { deflateRawSync } = await import('node:zlib');
    // 64 MiB of text deflated to a few KiB, labelled as the few KiB it takes: a bomb, not a header.
    const packed = deflateRawSync(Buffer.alloc(64 << 20, 0x20));
    const zip = writeZip([{ name: 'header.json', data: packed, method: STORED }]);
    const bytes = Buffer.from(zip.bytes);
    bytes.writeUInt16LE(DEFLATE, 8);
    bytes.writeUInt16LE(DEFLATE, zip.centralDirectoryOffset + 10);
    const result = await readResultFile(bytesSource('evals/x/bomb.eval', new Uint8Array(bytes)));
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([
      { code: 'PARSE_ERROR', severity: 'error', message: expect.stringContaining('deflate data is corrupt') },
    ]);
  });

  it('takes the last header.json when the name repeats', async () => {
    const stale = header((log) => {
      log['status'] = 'started';
      delete log['results'];
    });
    const edited = header((log) => {
      const results = log['results'] as { scores: Array<{ metrics: { accuracy: { value: number } } }> };
      results.scores[0]!.metrics.accuracy.value = 0.8;
    });
    const zip = evalArchive([
      { name: 'header.json', data: stale, method: ZSTD },
      { name: 'header.json', data: edited, method: ZSTD },
    ]);
    const result = await readResultFile(bytesSource('evals/frontier-7/wmdp.eval', zip.bytes));
    expect(result.findings).toEqual([]);
    expect(usable(result).map((r) => r.value)).toEqual([0.8]);
  });

  it('does not count an archive without header.json: the run never finished', async () => {
    for (const src of [fixture('inspect/unfinished.eval'), bytesSource('evals/x/run.eval', evalArchive([]).bytes)]) {
      const result = await readResultFile(src);
      expect(result.format).toBe('inspect');
      expect(usable(result)).toEqual([]);
      expect(result.findings).toMatchObject([
        { code: 'UNUSABLE_RESULT', severity: 'warning', message: expect.stringContaining('never finished') },
      ]);
    }
  });

  it('reports a truncated archive as unreadable', async () => {
    const result = await readResultFile(fixture('inspect/truncated.eval'));
    expect(result.format).toBe('inspect');
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([{ code: 'PARSE_ERROR', severity: 'error', message: expect.stringContaining('truncated') }]);
  });

  it('reports a corrupt entry, an unknown compression method and a header that is not JSON', async () => {
    const cases: Array<[ZipInput, string]> = [
      [{ name: 'header.json', data: header(), method: DEFLATE, crc: 0x12345678 }, 'CRC-32'],
      [{ name: 'header.json', data: header(), method: 12 }, 'compression method 12'],
      [{ name: 'header.json', data: '{"version": 2, "status": "success",', method: DEFLATE }, 'header.json line 1'],
    ];
    for (const [entry, message] of cases) {
      const zip = writeZip([entry]);
      const result = await readResultFile(bytesSource('evals/x/bad.eval', zip.bytes));
      expect(usable(result), message).toEqual([]);
      expect(result.findings, message).toMatchObject([
        { code: 'PARSE_ERROR', severity: 'error', message: expect.stringContaining(message) },
      ]);
    }
  });

  it('applies the status rule to header.json too', async () => {
    const zip = evalArchive([{ name: 'header.json', data: header((log) => (log['status'] = 'cancelled')), method: ZSTD }]);
    const result = await readResultFile(bytesSource('evals/x/run.eval', zip.bytes));
    expect(result.findings).toMatchObject([{ code: 'UNUSABLE_RESULT', message: expect.stringContaining('cancelled') }]);
    expect(result.findings[0]!.line).toBeUndefined();
  });

  it('ignores a zip that is no Inspect log', async () => {
    const result = await readResultFile(fixture('not-results/prompts.zip'));
    expect(result).toEqual({ records: [], findings: [] });
  });
});
