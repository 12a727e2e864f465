// One measured run in its own process, so that its peak memory (maxRSS) is its own:
//   idle      load the modules and stop (what a process costs before it reads anything)
//   baseline  read every file and JSON.parse the JSON ones (the floor any reader must pay)
//   rsp-gate  evaluate the whole lab: list, read every result file, normalise, run the engine
import { readFile } from 'node:fs/promises';
import { DirectoryReader, listDirectory } from '../src/sources/directory.ts';
import { evaluateChange } from '../src/run/evaluate-change.ts';
import { join } from 'node:path';

const [mode, root] = process.argv.slice(2);
if (!mode || !root) throw new Error('usage: measure.ts idle|baseline|rsp-gate ROOT');

const started = performance.now();
let detail = '';
if (mode === 'baseline') {
  let parsed = 0;
  for (const path of await listDirectory(root)) {
    const bytes = await readFile(join(root, path));
    if (path.endsWith('.json')) {
      JSON.parse(bytes.toString('utf8').replace(/\bNaN\b/g, 'null'));
      parsed++;
    }
  }
  detail = `${parsed} JSON files parsed`;
} else if (mode === 'rsp-gate') {
  const reader = new DirectoryReader(root, '2026-11-27T00:00:00Z');
  const verdict = await evaluateChange(reader, { base: DirectoryReader.COMMIT, head: DirectoryReader.COMMIT }, { all: true });
  const records = verdict.models.reduce((n, m) => n + m.capabilities.reduce((k, c) => k + c.evidence.length, 0), 0);
  detail = `${verdict.models.length} models, ${records} rule verdicts, conclusion ${verdict.conclusion}`;
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ mode, ms, maxRssKb: process.resourceUsage().maxRSS, detail })}\n`);
