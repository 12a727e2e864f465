// `check --all` over a lab of many models: the whole evaluation against reading and parsing the same files.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { evaluateChange } from '../src/run/evaluate-change.ts';
import { DirectoryReader, listDirectory } from '../src/sources/directory.ts';
import { generateLab, type LabShape } from './generate.ts';

export async function lab(root: string, shape: LabShape): Promise<string> {
  if (!existsSync(join(root, '.github/rsp-policy.yml'))) await generateLab(root, shape);
  return root;
}

/** The floor: read every file and parse the JSON and YAML ones (a .eval's header is not counted: it is cheap). */
export async function readAndParse(root: string): Promise<string> {
  let parsed = 0;
  for (const path of await listDirectory(root)) {
    const bytes = await readFile(join(root, path));
    if (path.endsWith('.json')) JSON.parse(bytes.toString('utf8').replace(/\bNaN\b/g, 'null'));
    else if (path.endsWith('.yaml') || path.endsWith('.yml')) parseYaml(bytes.toString('utf8'));
    else continue;
    parsed++;
  }
  return `${parsed} files parsed`;
}

export async function checkAll(root: string): Promise<string> {
  const reader = new DirectoryReader(root, '2026-11-27T00:00:00Z');
  const verdict = await evaluateChange(reader, { base: DirectoryReader.COMMIT, head: DirectoryReader.COMMIT }, { all: true });
  const records = verdict.models.reduce((n, m) => n + m.capabilities.reduce((k, c) => k + c.evidence.length, 0), 0);
  return `${verdict.models.length} models, ${records} rule verdicts, conclusion ${verdict.conclusion}`;
}
