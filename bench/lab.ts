// `check --all` over a lab of many models: the whole evaluation against reading and parsing the same files.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { evaluateChange } from '../src/run/evaluate-change.ts';
import { DirectoryReader, listDirectory } from '../src/sources/directory.ts';
// Loaded before the timing starts, as dist/cli.js has them (the Action loads them on first use).
import '../src/evidence/read.ts';
import { generateLab, type LabShape } from './generate.ts';

export async function lab(root: string, shape: LabShape): Promise<string> {
  if (!existsSync(join(root, '.github/rsp-policy.yml'))) await generateLab(root, shape);
  return root;
}

/**
 * The floor: read every file and parse what the gate parses in it, the cheapest way: each file read synchronously (no
 * thread-pool round trips), JSON and YAML files parsed whole, a model card's front matter, a .eval's header.json (found
 * from the archive's end record, inflated, JSON.parse'd). Earlier definitions, printed beside it: `asyncReads` reads
 * through fs/promises, one file at a time (this floor before 2026-12-08); `jsonAndYamlOnly` also parses the JSON and
 * YAML files alone (before 2026-12-07).
 */
export async function readAndParse(root: string, { jsonAndYamlOnly = false, asyncReads = false } = {}): Promise<string> {
  let parsed = 0;
  for (const path of await listDirectory(root)) {
    const bytes = asyncReads ? await readFile(join(root, path)) : readFileSync(join(root, path));
    if (path.endsWith('.json')) JSON.parse(bytes.toString('utf8').replace(/\bNaN\b/g, 'null'));
    else if (path.endsWith('.yaml') || path.endsWith('.yml')) parseYaml(bytes.toString('utf8'));
    else if (jsonAndYamlOnly) continue;
    else if (path.endsWith('.md')) parseYaml(bytes.toString('utf8').split(/^---$/m)[1] ?? '');
    else if (path.endsWith('.eval')) JSON.parse(evalHeader(bytes));
    else continue;
    parsed++;
  }
  return `${parsed} files parsed`;
}

/** header.json of a zip: the last central-directory record of that name, its local header, its data inflated. */
function evalHeader(zip: Buffer): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let header = -1;
  for (let p = zip.readUInt32LE(end + 16), k = 0; k < count; k++) {
    const n = zip.readUInt16LE(p + 28);
    if (n === 11 && zip.toString('latin1', p + 46, p + 57) === 'header.json') header = p;
    p += 46 + n + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  const local = zip.readUInt32LE(header + 42);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + zip.readUInt32LE(header + 20));
  return (zip.readUInt16LE(header + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
}

export async function checkAll(root: string): Promise<string> {
  const reader = new DirectoryReader(root, '2026-11-27T00:00:00Z');
  const verdict = await evaluateChange(reader, { base: DirectoryReader.COMMIT, head: DirectoryReader.COMMIT }, { all: true });
  const records = verdict.models.reduce((n, m) => n + m.capabilities.reduce((k, c) => k + c.evidence.length, 0), 0);
  return `${verdict.models.length} models, ${records} rule verdicts, conclusion ${verdict.conclusion}`;
}
