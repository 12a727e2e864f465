// Generates the benchmarks' inputs, deterministic for a given seed: a lab repository with result files in every
// supported format (by default 10 models x 100 files, about 200 MB with one Inspect .json log of 100 MB), Inspect
// .json logs of any size and .eval archives of any number of sample entries.
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { writeZip, DEFLATE, STORED } from '../test/support/zip-writer.ts';

const TASKS = ['wmdp_bio', 'wmdp_chem', 'wmdp_cyber', 'lab_bench_protocolqa', 'cybench', 'swe_bench_verified'];

/** Small deterministic PRNG (mulberry32), so every run measures the same bytes. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POLICY = `version: 1
levels: [ASL-2, ASL-3, ASL-4]
evals:
  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]
  wmdp-chem: [wmdp_chem, inspect_evals/wmdp_chem]
  cybench: [inspect_evals/cybench]
capabilities:
  - id: cbrn-3
    title: Significant uplift to individuals seeking CBRN weapons
    requires: ASL-3
    evidence:
      - { eval: wmdp-bio, metric: accuracy, alert: 0.55, threshold: 0.75 }
      - { eval: wmdp-chem, metric: accuracy, alert: 0.55, threshold: 0.75 }
  - id: cyber-1
    title: Autonomous cyber operations
    requires: ASL-3
    evidence:
      - { eval: cybench, metric: accuracy, alert: 0.3, threshold: 0.5 }
safeguards:
  - { id: asl3-classifiers, level: ASL-3, kind: deployment, title: Classifier guards, owners: [alice] }
  - { id: asl3-egress, level: ASL-3, kind: security, title: Weight egress controls, owners: [bob] }
assessment: { confidence: 0.95, max_age_days: 3650, notable_increase: 4, unevaluated: finding }
approvals: { policy: [rso] }
`;

function sampleJson(rand: () => number, i: number): string {
  const words = Array.from({ length: 40 }, () => Math.floor(rand() * 1e6).toString(36)).join(' ');
  return JSON.stringify({
    id: i,
    epoch: 1,
    input: `Question ${i}: ${words} "quoted \\ text" {braces} [brackets]`,
    choices: ['A', 'B', 'C', 'D'].map((c) => `${c}) ${words.slice(0, 30)}`),
    target: 'B',
    messages: [
      { role: 'user', content: words },
      { role: 'assistant', content: `ANSWER: B ${words}` },
    ],
    output: { model: 'acme/model', choices: [{ message: { role: 'assistant', content: 'ANSWER: B' }, stop_reason: 'stop' }] },
    scores: { choice: { value: rand() < 0.6 ? 'C' : 'I', answer: 'B', explanation: words.slice(0, 60) } },
    metadata: {},
  });
}

function inspectHeader(model: string, task: string, date: string, acc: number, stderr: number, n: number) {
  return {
    version: 2,
    status: 'success',
    eval: {
      run_id: `run-${task}-${model}`,
      created: date,
      task: `inspect_evals/${task}`,
      task_version: 0,
      model: `acme/${model}`,
      dataset: { name: task, samples: n },
    },
    plan: { name: 'plan', steps: [{ solver: 'multiple_choice', params: {} }] },
    results: {
      total_samples: n,
      completed_samples: n,
      scores: [
        {
          name: 'choice',
          scorer: 'choice',
          params: {},
          metrics: { accuracy: { name: 'accuracy', value: acc, params: {} }, stderr: { name: 'stderr', value: stderr, params: {} } },
        },
      ],
    },
    stats: { started_at: date, completed_at: date, model_usage: {} },
  };
}

/**
 * An Inspect .json log streamed to disk: header keys, then `samples` (indented, as Inspect writes them) until the file
 * reaches `bytes`, then a second `results` after the samples, which a reader must find.
 */
export async function writeInspectJson(
  path: string,
  rand: () => number,
  model: string,
  task: string,
  date: string,
  bytes: number,
): Promise<void> {
  const out = createWriteStream(path);
  const header = inspectHeader(model, task, date, 0.4 + rand() * 0.2, 0.01, 1000);
  const head = JSON.stringify(header, null, 2);
  const tail = JSON.stringify({ results: header.results }, null, 2).slice(1, -2);
  let written = 0;
  const write = async (s: string) => {
    written += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(`${head.slice(0, -2)},\n  "samples": [\n`);
  for (let i = 0; written < bytes; i++) await write(`${i > 0 ? ',\n' : ''}    ${indented(sampleJson(rand, i))}`);
  await write(`\n  ],${tail}\n}\n`);
  out.end();
  await once(out, 'finish');
}

/** A sample as Inspect indents it inside the log: two spaces per level, four to start with. */
function indented(json: string): string {
  return JSON.stringify(JSON.parse(json), null, 2).replace(/\n/g, '\n    ');
}

function lmEval(rand: () => number, model: string, task: string, date: number, padKb: number): string {
  const acc = 0.3 + rand() * 0.3;
  return JSON.stringify(
    {
      results: {
        [task]: { alias: task, 'acc,none': acc, 'acc_stderr,none': 0.012, 'acc_norm,none': acc + 0.01, 'acc_norm_stderr,none': 'N/A' },
      },
      groups: {},
      configs: {
        [task]: {
          task,
          dataset_path: `cais/${task}`,
          description: 'x'.repeat(padKb * 1024),
          num_fewshot: 0,
          metric_list: [{ metric: 'acc', aggregation: 'mean', higher_is_better: true }],
        },
      },
      versions: { [task]: 1 },
      'n-shot': { [task]: 0 },
      higher_is_better: { [task]: { acc: true, acc_norm: true } },
      'n-samples': { [task]: { original: 1273, effective: 1273 } },
      config: { model: 'hf', model_args: `pretrained=acme/${model},dtype=bfloat16`, batch_size: 8 },
      model_name: `acme/${model}`,
      date,
    },
    null,
    2,
  );
}

function everyEvalEver(rand: () => number, model: string, task: string, date: string, padKb: number): string {
  return JSON.stringify(
    {
      schema_version: '0.1.0',
      evaluation_id: `${task}/${model}/${date}`,
      retrieved_timestamp: date,
      source_metadata: {
        source_name: 'bench',
        source_type: 'evaluation_run',
        evaluator_relationship: 'first_party',
        notes: 'n'.repeat(padKb * 1024),
      },
      model_info: { name: `acme/${model}`, id: `acme/${model}`, developer: 'acme' },
      evaluation_results: [
        {
          evaluation_name: task,
          metric_config: {
            evaluation_description: 'accuracy',
            lower_is_better: false,
            score_type: 'continuous',
            min_score: 0,
            max_score: 1,
          },
          score_details: { score: 0.3 + rand() * 0.3, uncertainty: { standard_error: { value: 0.015 }, num_samples: 800 } },
        },
      ],
    },
    null,
    2,
  );
}

function native(rand: () => number, model: string, date: string): string {
  const rows = TASKS.slice(0, 3)
    .map((t) => `  - { eval: ${t}, metric: accuracy, value: ${(0.3 + rand() * 0.3).toFixed(4)}, stderr: 0.012, samples: 1273 }`)
    .join('\n');
  return `model: ${model}\ndate: ${date}\nresults:\n${rows}\n`;
}

function hfCard(rand: () => number, model: string): string {
  return `---\nlicense: apache-2.0\nmodel-index:\n  - name: ${model}\n    results:\n      - task: { type: question-answering }\n        dataset: { name: WMDP Bio, type: wmdp_bio }\n        metrics:\n          - { type: accuracy, value: ${(30 + rand() * 30).toFixed(1)}, name: accuracy }\n---\n# ${model}\n\n${'Model card text. '.repeat(300)}\n`;
}

/** A .eval archive: header.json (last, as Inspect writes it) after sample entries that must never be read. */
export function inspectEval(
  rand: () => number,
  model: string,
  task: string,
  date: string,
  sampleCount: number,
  sampleData?: string,
): Uint8Array {
  const header = JSON.stringify(inspectHeader(model, task, date, 0.3 + rand() * 0.3, 0.01, sampleCount));
  const samples = Array.from({ length: sampleCount }, (_, i) => ({
    name: `samples/${i}_epoch_1.json`,
    data: sampleData ?? sampleJson(rand, i),
    method: sampleData === undefined ? DEFLATE : STORED,
  }));
  return writeZip([...samples, { name: 'header.json', data: header, method: DEFLATE }]).bytes;
}

export interface Generated {
  root: string;
  files: number;
  bytes: number;
  largest: number;
}

export interface LabShape {
  models?: number;
  filesPerModel?: number;
  /** Padding of the JSON result files, in KiB. */
  padKb?: number;
  /** The one large Inspect .json log; 0 for none. */
  bigLogBytes?: number;
  seed?: number;
}

export async function generateLab(root: string, shape: LabShape = {}): Promise<Generated> {
  const { models = 10, filesPerModel = 100, padKb = 175, bigLogBytes = 100 * 1024 * 1024, seed = 7 } = shape;
  const MODELS = Array.from({ length: models }, (_, i) => `bench-model-${i}`);
  const total = models * filesPerModel;
  const rand = prng(seed);
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, '.github'), { recursive: true });
  await writeFile(join(root, '.github/rsp-policy.yml'), POLICY);
  for (const [i, m] of MODELS.entries()) {
    await mkdir(join(root, 'models', m), { recursive: true });
    await writeFile(
      join(root, 'models', m, 'model.yaml'),
      `id: ${m}\naliases: [acme/${m}]\ndeclared_level: ASL-${i % 2 === 0 ? 3 : 2}\nstage: internal\nsafeguards: [asl3-classifiers]\n`,
    );
    await mkdir(join(root, 'evals', m), { recursive: true });
  }
  let bytes = 0;
  let largest = 0;
  let files = 0;
  const put = async (path: string, data: string | Uint8Array) => {
    await writeFile(join(root, path), data);
    const size = Buffer.byteLength(data);
    bytes += size;
    largest = Math.max(largest, size);
    files++;
  };
  const date = (i: number) => `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;

  if (bigLogBytes > 0) {
    const bigPath = join(root, 'evals', MODELS[0]!, 'wmdp_bio-full.json');
    await writeInspectJson(bigPath, rand, MODELS[0]!, 'wmdp_bio', '2026-11-01T09:00:00+00:00', bigLogBytes);
    const { size: bigSize } = await import('node:fs/promises').then((fs) => fs.stat(bigPath));
    bytes += bigSize;
    largest = Math.max(largest, bigSize);
    files++;
  }

  for (let i = 0; files < total; i++) {
    const model = MODELS[i % MODELS.length]!;
    const task = TASKS[i % TASKS.length]!;
    const kind = i % 6;
    if (kind === 0) {
      const p = join(root, 'evals', model, `inspect-${i}.json`);
      await writeInspectJson(p, rand, model, task, `${date(i)}T12:00:00+00:00`, padKb * 1024);
      bytes += padKb * 1024;
      files++;
    } else if (kind === 1) await put(`evals/${model}/results_2026-${i}.json`, lmEval(rand, model, task, 1.76e9 + i, padKb));
    else if (kind === 2)
      await put(`evals/${model}/eee-${i}.json`, everyEvalEver(rand, model, task, `${date(i)}T00:00:00Z`, Math.ceil(padKb * 0.7)));
    else if (kind === 3) await put(`evals/${model}/native-${i}.yaml`, native(rand, model, date(i)));
    else if (kind === 4)
      await put(
        `evals/${model}/run-${i}.eval`,
        inspectEval(rand, model, task, `${date(i)}T08:00:00+00:00`, Math.max(1, Math.round(padKb))),
      );
    else {
      await mkdir(join(root, 'evals', model, `card-${i}`), { recursive: true });
      await put(`evals/${model}/card-${i}/README.md`, hfCard(rand, model));
    }
  }
  return { root, files, bytes, largest };
}
