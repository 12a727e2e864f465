import { describe, expect, it } from 'vitest';
import { closeArchive, listEntries, openArchive, readEntry, walkEntries, type Listing } from '../../../src/evidence/zip/archive.ts';
import { DEFLATE, STORED, writeZip, type ZipInput } from '../../support/zip-writer.ts';
import { bytesSource } from './sources.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { diskFileSource } from '../../../src/sources/file-source.ts';
import type { FileSource } from '../../../src/evidence/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'rsp-gate-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The archive as a file on disk: a source that can be held open, so its directory is stepped window by window. */
function diskSource(name: string, bytes: Uint8Array): FileSource & { opened: number } {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const disk = diskFileSource(name, path, bytes.byteLength);
  const src = { ...disk, opened: 0 };
  src.open = () => {
    src.opened++;
    return disk.open!();
  };
  return src;
}

const WANTED = new Set(['header.json']);

function samples(count: number): ZipInput[] {
  return Array.from({ length: count }, (_, i) => ({ name: `samples/${i}_epoch_1.json`, data: `{"id": ${i}}`, method: STORED }));
}

/** What a listing says, in plain values: each wanted name's entry (by its data offset and size) and the top level. */
function summary(listing: Listing) {
  const last = [...listing.last].map(([name, e]) => [name, e.relativeOffsetOfLocalHeader, e.uncompressedSize, e.crc32]);
  return listing.topLevel === undefined ? { last } : { last, topLevel: [...listing.topLevel].sort() };
}

async function bothListings(inputs: ZipInput[]) {
  const bytes = writeZip(inputs).bytes;
  const fast = await openArchive(bytesSource('a.eval', bytes));
  let parsed = 0;
  fast.on('entry', () => parsed++);
  const quick = await listEntries(fast, WANTED).then(summary, (e: Error) => ({ error: e.message }));
  const walked = await walkEntries(await openArchive(bytesSource('a.eval', bytes)), WANTED).then(summary, (e: Error) => ({
    error: e.message,
  }));
  return { quick, walked, parsed };
}

describe('listEntries', () => {
  it('finds header.json written last from the end of the directory, reading none of 10,000 sample records', async () => {
    const bytes = writeZip([
      ...samples(10_000),
      { name: '_journal/start.json', data: '{}' },
      { name: 'header.json', data: '{"status": "success"}', method: DEFLATE },
    ]).bytes;
    const read: number[] = [];
    const src = bytesSource('a.eval', bytes);
    const readRange = src.read.bind(src);
    src.read = (start, end) => (read.push(end - start), readRange(start, end));
    const zip = await openArchive(src);
    let parsed = 0;
    zip.on('entry', () => parsed++);
    const quick = summary(await listEntries(zip, WANTED));
    const walked = summary(await walkEntries(await openArchive(bytesSource('a.eval', bytes)), WANTED));
    expect(quick).toEqual({ last: walked.last });
    expect(parsed).toBe(1);
    // The end of the file, and the one record: far less than the directory's 10,000 records.
    expect(read.reduce((a, b) => a + b, 0)).toBeLessThan(bytes.byteLength / 2);
  });

  it('finds header.json last in a zip64 archive (over 65,535 entries, as a large Inspect log is) from the end too', async () => {
    const bytes = writeZip([...samples(70_000), { name: 'header.json', data: '{"status": "success"}', method: DEFLATE }]).bytes;
    const src = bytesSource('a.eval', bytes);
    let read = 0;
    const readRange = src.read.bind(src);
    src.read = (start, end) => ((read += end - start), readRange(start, end));
    const quick = summary(await listEntries(await openArchive(src), WANTED));
    const walked = summary(await walkEntries(await openArchive(bytesSource('a.eval', bytes)), WANTED));
    expect(quick).toEqual({ last: walked.last });
    expect(read).toBeLessThan(bytes.byteLength / 4);
  });

  it('steps the whole directory when a record inside the last one could also be read as the last record', async () => {
    // The last record's comment holds a record of its own, named header.json and ending where the directory ends.
    const fake = Buffer.alloc(46 + 'header.json'.length);
    fake.writeUInt32LE(0x02014b50, 0);
    fake.writeUInt16LE('header.json'.length, 28);
    fake.write('header.json', 46, 'latin1');
    const inputs: ZipInput[] = [
      { name: 'header.json', data: '{"real": 1}' },
      ...samples(20),
      { name: 'samples/last.json', data: '{}', comment: fake },
    ];
    const { quick, walked } = await bothListings(inputs);
    expect(quick).toEqual(walked);
    expect((quick as { last: unknown[][] }).last[0]![2]).toBe('{"real": 1}'.length);
  });

  it('finds header.json by the step when another entry is last, with the top level of every entry', async () => {
    const { quick, walked, parsed } = await bothListings([
      ...samples(10_000),
      { name: 'header.json', data: '{"status": "success"}', method: DEFLATE },
      { name: '_journal/start.json', data: '{}' },
    ]);
    expect(quick).toEqual(walked);
    expect(quick).toMatchObject({ topLevel: ['_journal', 'header.json', 'samples'] });
    expect(parsed).toBe(1);
  });

  it('takes the last of a repeated name wherever the repeats stand', async () => {
    const inputs = [
      { name: 'header.json', data: '{"a": 1}' },
      ...samples(50),
      { name: 'header.json', data: '{"a": 22}' },
      ...samples(3).map((s) => ({ ...s, name: `x/${s.name}` })),
    ];
    const { quick, walked } = await bothListings(inputs);
    expect(quick).toEqual(walked);
    expect((quick as { last: unknown[][] }).last[0]![2]).toBe(9);
  });

  it('says so when there is no header.json, with the top level of every entry', async () => {
    const { quick, walked } = await bothListings([...samples(5), { name: 'summaries.json', data: '[]' }]);
    expect(quick).toEqual(walked);
    expect(quick).toEqual({ last: [], topLevel: ['samples', 'summaries.json'] });
  });

  it('leaves names it cannot vouch for to the full walk: the same answer, or the same refusal', async () => {
    for (const odd of ['samples/caf\u00e9.json', '../escape.json', 'samples\\win.json', '/abs.json', 'C:/drive.json', 'a/../b.json']) {
      const { quick, walked } = await bothListings([
        { name: 'header.json', data: '{}' },
        { name: odd, data: 'x' },
      ]);
      expect(quick, odd).toEqual(walked);
    }
    const refused = await bothListings([
      { name: 'header.json', data: '{}' },
      { name: '../escape.json', data: 'x' },
    ]);
    expect(refused.quick).toMatchObject({ error: expect.stringContaining('invalid relative path') });
  });

  it('steps a directory larger than its window through the open file, records cut by the window included', async () => {
    // 20,000 records of 60-odd bytes: about five windows of 256 KiB, with records across every window's end.
    const inputs: ZipInput[] = [
      { name: 'header.json', data: '{"first": true}' },
      ...samples(20_000),
      { name: `samples/${'long-name-'.repeat(400)}.json`, data: '{}' },
      { name: 'header.json', data: '{"status": "success"}', method: DEFLATE },
      { name: 'reductions.json', data: '[]' },
    ];
    const bytes = writeZip(inputs).bytes;
    const src = diskSource('big.eval', bytes);
    const zip = await openArchive(src);
    let parsed = 0;
    zip.on('entry', () => parsed++);
    const quick = summary(await listEntries(zip, WANTED));
    const walked = summary(await walkEntries(await openArchive(bytesSource('a.eval', bytes)), WANTED));
    expect(quick).toEqual(walked);
    expect(quick.topLevel).toEqual(['header.json', 'reductions.json', 'samples']);
    expect(quick.last[0]![2]).toBe('{"status": "success"}'.length);
    expect(parsed).toBe(1);
    expect(src.opened).toBe(1);
  });

  it('refuses an unsafe name far into a large directory read window by window, as the full walk does', async () => {
    const bytes = writeZip([
      ...samples(15_000),
      { name: 'samples/../../escape.json', data: 'x' },
      { name: 'header.json', data: '{}' },
      { name: 'reductions.json', data: '[]' },
    ]).bytes;
    const quick = await listEntries(await openArchive(diskSource('unsafe.eval', bytes)), WANTED).then(summary, (e: Error) => ({
      error: e.message,
    }));
    expect(quick).toMatchObject({ error: expect.stringContaining('invalid relative path') });
  });
});

describe('closeArchive', () => {
  it("lets go of the archive's bytes at once, not on the later turn of the event loop where yauzl closes its reader", async () => {
    const bytes = writeZip([...samples(3), { name: 'header.json', data: '{"status": "success"}', method: DEFLATE }]).bytes;
    const zip = await openArchive(bytesSource('a.eval', bytes));
    const header = (await listEntries(zip, WANTED)).last.get('header.json')!;
    expect(Buffer.from(await readEntry(zip, header, 1 << 20)).toString()).toBe('{"status": "success"}');
    closeArchive(zip);
    // Synchronously after closing: nothing is read any more, because the reader no longer holds the source.
    await expect(readEntry(zip, header, 1 << 20)).rejects.toThrow('the archive is closed');
  });
});
