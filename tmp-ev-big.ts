import { readResultFile } from './src/evidence/read.ts';
import { evaluate } from './src/engine/evaluate.ts';
import { input, record } from './test/unit/engine/factories.ts';
const rows: string[] = [];
for (let i = 0; i < 150_000; i++) rows.push(`"t${i}": {"acc,none": NaN}`);
const text = `{"results": {${rows.join(',\n')}}, "model_name": "acme/frontier-7", "date": 1763648591}`;
const bytes = new TextEncoder().encode(text);
const src = {
  path: 'evals/frontier-7/r.json',
  size: bytes.length,
  async *stream() {
    for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
  },
  async read(a: number, b: number) {
    return bytes.subarray(a, b);
  },
};
let t = Date.now();
const r = await readResultFile(src);
console.log('read', r.records.length, r.findings.length, Date.now() - t, 'ms');
t = Date.now();
try {
  const v = evaluate(
    input({ evidence: Array.from({ length: 150_000 }, (_, i) => record({ value: 42, line: i + 1 })), inputFindings: r.findings }),
  );
  console.log('evaluate', v.conclusion, v.models[0]!.findings.length, Date.now() - t, 'ms');
} catch (e) {
  console.log('evaluate crashed', (e as Error).message);
}
console.log('rss MiB', Math.round(process.memoryUsage().rss / 1048576));
