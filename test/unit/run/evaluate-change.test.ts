// The shared orchestration over an in-memory repository: what it reads, which models a change puts in scope, and
// that the policy always comes from the base commit.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { evaluateChange, laterDate } from '../../../src/run/evaluate-change.ts';
import { diffTrees, modelFromFolder } from '../../../src/run/scope.ts';
import { memoryFileSource } from '../../../src/sources/file-source.ts';
import type { FileSource } from '../../../src/evidence/types.ts';
import type { RepoReader, TreeEntry } from '../../../src/ports/repo-reader.ts';

type Files = Record<string, string>;

/** Two commits, `base` and `head`, held in memory; counts reads so tests can see what is fetched. */
class MemoryReader implements RepoReader {
  readonly reads: Array<{ commit: string; paths: string[] }> = [];
  private readonly commits: Record<string, Files>;
  private readonly dates: Record<string, string>;
  constructor(commits: Record<string, Files>, dates: Record<string, string> = {}) {
    this.commits = commits;
    this.dates = dates;
  }
  async listFiles(commit: string): Promise<TreeEntry[]> {
    return Object.entries(this.commits[commit] ?? {}).map(([path, text]) => ({
      path,
      oid: createHash('sha1').update(text).digest('hex'),
      size: text.length,
    }));
  }
  async readFiles(commit: string, paths: string[]): Promise<Map<string, FileSource>> {
    this.reads.push({ commit, paths });
    const files = this.commits[commit] ?? {};
    return new Map(paths.filter((p) => p in files).map((p) => [p, memoryFileSource(p, Buffer.from(files[p]!))]));
  }
  async commitDate(commit: string): Promise<string> {
    return this.dates[commit] ?? '2026-11-20T12:00:00Z';
  }
}

const POLICY = `version: 1
levels: [ASL-2, ASL-3]
capabilities:
  - id: cbrn
    title: CBRN uplift
    requires: ASL-3
    evidence:
      - { eval: wmdp-bio, metric: accuracy, alert: 0.5, threshold: 0.65 }
safeguards:
  - { id: classifiers, level: ASL-3, kind: deployment, title: Classifier guards, owners: [alice] }
approvals: { policy: [rso] }
`;
const model = (id: string, level = 'ASL-2', extra = '') => `id: ${id}\ndeclared_level: ${level}\n${extra}`;
const result = (id: string, value: number, date = '2026-11-18') =>
  `model: ${id}\ndate: ${date}\nresults:\n  - { eval: wmdp-bio, metric: accuracy, value: ${value}, stderr: 0.01, samples: 1000 }\n`;

const BASE: Files = {
  '.github/rsp-policy.yml': POLICY,
  'models/m1/model.yaml': model('m1'),
  'models/m2/model.yaml': model('m2'),
  'evals/m1/wmdp.yaml': result('m1', 0.3),
  'evals/m2/wmdp.yaml': result('m2', 0.31),
  'README.md': '# lab\n',
};

describe('evaluateChange', () => {
  it('evaluates only the models a change touches, through their result files', async () => {
    const reader = new MemoryReader({ base: BASE, head: { ...BASE, 'evals/m2/wmdp.yaml': result('m2', 0.35) } });
    const v = await evaluateChange(reader, { base: 'base', head: 'head' });
    expect(v.models.map((m) => m.id)).toEqual(['m2']);
    expect(v.conclusion).toBe('success');
    // Only what the verdict needs, each file once: the policy, the configs, and m2's results; never m1's.
    const read = reader.reads.flatMap((r) => r.paths.map((p) => `${r.commit}:${p}`));
    expect(new Set(read).size).toBe(read.length);
    expect(read.filter((p) => p.includes('evals/'))).toEqual(['head:evals/m2/wmdp.yaml', 'base:evals/m2/wmdp.yaml']);
  });

  it('judges a PR that lowers the bar by the base policy, and previews the proposed policy', async () => {
    const lowered = POLICY.replace('threshold: 0.65', 'threshold: 0.99').replace('alert: 0.5', 'alert: 0.98');
    const head = { ...BASE, '.github/rsp-policy.yml': lowered, 'evals/m1/wmdp.yaml': result('m1', 0.9) };
    const v = await evaluateChange(new MemoryReader({ base: BASE, head }), { base: 'base', head: 'head' });
    const m1 = v.models.find((m) => m.id === 'm1')!;
    expect(m1.requiredLevel).toBe('ASL-3');
    expect(v.conclusion).toBe('failure');
    expect(v.policy.changed).toBe(true);
    // A policy change puts every model in scope and shows what the new policy would decide.
    expect(v.models.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(v.policy.preview).toContainEqual({
      model: 'm1',
      requiredLevel: 'ASL-3',
      requiredLevelUnderNewPolicy: 'ASL-2',
      conclusionUnderNewPolicy: 'success',
    });
    const codes = [...v.findings, ...v.models.flatMap((m) => m.findings)].map((f) => f.code);
    expect(codes).toContain('POLICY_CHANGE_UNAPPROVED');
  });

  it('takes a PR that deletes the policy for a policy change that needs approval, never a pass', async () => {
    const head = { ...BASE };
    delete head['.github/rsp-policy.yml'];
    const v = await evaluateChange(new MemoryReader({ base: BASE, head }), { base: 'base', head: 'head' });
    expect(v.policy.changed).toBe(true);
    expect(v.conclusion).not.toBe('success');
    expect(v.findings.map((f) => f.code)).toContain('POLICY_CHANGE_UNAPPROVED');
    expect(v.models.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('does not take a branch that forked before a policy change on main for a policy change', async () => {
    // base is main's tip with a newer policy; the branch still has the old text but its own diff never touched it.
    const newer = POLICY.replace('threshold: 0.65', 'threshold: 0.6');
    const head = { ...BASE, 'evals/m2/wmdp.yaml': result('m2', 0.35) };
    const v = await evaluateChange(new MemoryReader({ base: { ...BASE, '.github/rsp-policy.yml': newer }, head }), {
      base: 'base',
      head: 'head',
      changedFiles: ['evals/m2/wmdp.yaml'],
    });
    expect(v.policy.changed).toBe(false);
    expect(v.models.map((m) => m.id)).toEqual(['m2']);
    expect(v.conclusion).toBe('success');
  });

  it('hands the head models to the command collector, after the base policy is loaded', async () => {
    const seen: string[] = [];
    await evaluateChange(
      new MemoryReader({ base: BASE, head: { ...BASE, 'evals/m2/wmdp.yaml': result('m2', 0.35) } }),
      { base: 'base', head: 'head' },
      {
        commands: async (policy, { models }) => {
          seen.push(policy.capabilities[0]!.id, ...models.map((m) => m.id));
          return { attestations: [], approvals: [] };
        },
      },
    );
    expect(seen).toEqual(['cbrn', 'm1', 'm2']);
  });

  it('puts a model in scope when a file in its results folder changes, even one that is no result', async () => {
    const head = { ...BASE, 'evals/m1/scores.parquet': 'PAR1 binary' };
    const v = await evaluateChange(new MemoryReader({ base: BASE, head }), { base: 'base', head: 'head' });
    expect(v.models.map((m) => m.id)).toEqual(['m1']);
    expect(v.conclusion).not.toBe('neutral');
    expect(v.findings).toContainEqual(
      expect.objectContaining({ code: 'UNREAD_FILE', severity: 'warning', file: 'evals/m1/scores.parquet' }),
    );
  });

  it('fails a PR that adds a data file no reader recognises under the results paths', async () => {
    const head = { ...BASE, 'evals/m1/custom-harness.json': '{"run": {"bio_score": 0.93}}' };
    const v = await evaluateChange(new MemoryReader({ base: BASE, head }), { base: 'base', head: 'head' });
    expect(v.findings).toContainEqual(
      expect.objectContaining({ code: 'UNREAD_FILE', severity: 'error', file: 'evals/m1/custom-harness.json' }),
    );
    expect(v.conclusion).toBe('failure');
    // Unchanged files stay quiet: only what the PR touches is reported.
    const later = await evaluateChange(new MemoryReader({ base: head, head: { ...head, 'evals/m2/wmdp.yaml': result('m2', 0.35) } }), {
      base: 'base',
      head: 'head',
    });
    expect(later.findings.map((f) => f.code)).not.toContain('UNREAD_FILE');
  });

  it('measures staleness from the base commit when the head commit is backdated', async () => {
    // Results from May are 186 days old on 2026-11-20 (stale at 180), fresh against a head dated 2026-06-01.
    const head = { ...BASE, 'evals/m1/wmdp.yaml': result('m1', 0.3, '2026-05-18') };
    const reader = new MemoryReader({ base: BASE, head }, { base: '2026-11-20T12:00:00Z', head: '2026-06-01T00:00:00Z' });
    const v = await evaluateChange(reader, { base: 'base', head: 'head' });
    expect(v.referenceDate).toBe('2026-11-20T12:00:00Z');
    expect(v.models[0]!.findings.map((f) => f.code)).toContain('STALE_EVIDENCE');
    expect(v.conclusion).toBe('failure');
  });

  it('puts a model in scope when the PR deletes its evidence, and then finds it missing', async () => {
    const head = { ...BASE };
    delete head['evals/m1/wmdp.yaml'];
    const v = await evaluateChange(new MemoryReader({ base: BASE, head }), { base: 'base', head: 'head' });
    expect(v.models.map((m) => m.id)).toEqual(['m1']);
    expect(v.models[0]!.findings.map((f) => f.code)).toContain('MISSING_EVIDENCE');
    expect(v.conclusion).toBe('failure');
  });

  it("reads a result outside every model folder that names an in-scope model through an alias, and skips other models' folders", async () => {
    const base = {
      ...BASE,
      'models/m1/model.yaml': model('m1', 'ASL-2', 'aliases: [acme/m1-large]\n'),
      'evals/shared/cbrn.yaml': result('acme/m1-large', 0.7, '2026-11-19'),
    };
    const reader = new MemoryReader({ base, head: { ...base, 'evals/m1/extra.yaml': result('m1', 0.31) } });
    const v = await evaluateChange(reader, { base: 'base', head: 'head' });
    expect(v.models.map((m) => [m.id, m.requiredLevel])).toEqual([['m1', 'ASL-3']]);
    const read = reader.reads.flatMap((r) => r.paths.filter((p) => p.startsWith('evals/')).map((p) => `${r.commit}:${p}`));
    expect(read.sort()).toEqual(['head:evals/m1/extra.yaml', 'head:evals/m1/wmdp.yaml', 'head:evals/shared/cbrn.yaml']);
  });

  it("refuses a result filed in one model's folder that names another, since evidence is looked for by folder", async () => {
    const head = { ...BASE, 'evals/m2/m1-rerun.yaml': result('m1', 0.7) };
    const v = await evaluateChange(new MemoryReader({ base: BASE, head }), { base: 'base', head: 'head' });
    expect(v.findings).toContainEqual(
      expect.objectContaining({ code: 'MISFILED_RESULT', severity: 'error', file: 'evals/m2/m1-rerun.yaml' }),
    );
    expect(v.conclusion).toBe('failure');
  });

  it('reads every result file when a model config changes: a new alias may claim results filed anywhere', async () => {
    const base = { ...BASE, 'evals/legacy/old.yaml': result('m1-legacy', 0.7, '2026-11-19') };
    const head = { ...base, 'models/m1/model.yaml': model('m1', 'ASL-2', 'aliases: [m1-legacy]\n') };
    const reader = new MemoryReader({ base, head });
    const v = await evaluateChange(reader, { base: 'base', head: 'head' });
    expect(v.models.map((m) => [m.id, m.requiredLevel])).toEqual([['m1', 'ASL-3']]);
    expect(reader.reads.flatMap((r) => r.paths)).toContain('evals/m2/wmdp.yaml');
  });

  it('reads result files in slices of bounded size, each file once', async () => {
    const { slices } = await import('../../../src/run/evidence-reads.ts');
    const sizes: Record<string, number> = { a: 40, b: 40, c: 30, d: 200, e: 10 };
    expect(slices(Object.keys(sizes), (p) => sizes[p], 100)).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
    expect(slices(['x', 'y'], () => undefined, 100 << 10)).toEqual([['x'], ['y']]);
  });

  it('is neutral when nothing the policy governs changed, and reads no result file', async () => {
    const reader = new MemoryReader({ base: BASE, head: { ...BASE, 'README.md': '# the lab\n' } });
    const v = await evaluateChange(reader, { base: 'base', head: 'head' });
    expect(v.conclusion).toBe('neutral');
    expect(reader.reads.flatMap((r) => r.paths).filter((p) => p.startsWith('evals/'))).toEqual([]);
  });

  it('fails when the base commit has no policy, even if the PR adds one', async () => {
    const base = { ...BASE };
    delete base['.github/rsp-policy.yml'];
    const v = await evaluateChange(new MemoryReader({ base, head: BASE }), { base: 'base', head: 'head' });
    expect(v.conclusion).toBe('failure');
    expect(v.findings.map((f) => f.code)).toContain('POLICY_NOT_FOUND');
  });

  it('refuses two configs claiming one id, and an oversized config, with findings at the file', async () => {
    const head = { ...BASE, 'models/copy/model.yaml': model('m1', 'ASL-3'), 'models/huge/model.yaml': `# ${'x'.repeat(1 << 20)}\n` };
    const v = await evaluateChange(new MemoryReader({ base: BASE, head }), { base: 'base', head: 'head' });
    const all = [...v.findings, ...v.models.flatMap((m) => m.findings)];
    expect(all).toContainEqual(expect.objectContaining({ code: 'DUPLICATE_MODEL', severity: 'error', file: 'models/copy/model.yaml' }));
    expect(all).toContainEqual(
      expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error', file: 'models/huge/model.yaml', line: 1 }),
    );
    expect(v.conclusion).toBe('failure');
  });

  it('evaluates every model with all, on a single commit', async () => {
    const v = await evaluateChange(new MemoryReader({ head: BASE }), { base: 'head', head: 'head' }, { all: true });
    expect(v.models.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(v.policy.changed).toBe(false);
  });
});

describe('helpers', () => {
  it('takes the later of two dates, and the readable one when the other is not', () => {
    expect(laterDate('2026-11-20T12:00:00Z', '2026-06-01')).toBe('2026-11-20T12:00:00Z');
    expect(laterDate('2026-06-01', '2026-11-20T12:00:00Z')).toBe('2026-11-20T12:00:00Z');
    expect(laterDate('2026-06-01', 'not a date')).toBe('2026-06-01');
    expect(laterDate('not a date', '2026-06-01')).toBe('2026-06-01');
  });

  it('takes the model id from the first folder below the results root', () => {
    expect(modelFromFolder('evals/frontier-7/run/a.json', ['evals'])).toBe('frontier-7');
    expect(modelFromFolder('evals/a.json', ['evals'])).toBeUndefined();
    expect(modelFromFolder('other/m/a.json', ['evals'])).toBeUndefined();
  });

  it('lists added, changed and removed paths between two trees', () => {
    const a = [
      { path: 'x', oid: '1' },
      { path: 'y', oid: '2' },
    ];
    const b = [
      { path: 'x', oid: '1' },
      { path: 'y', oid: '3' },
      { path: 'z', oid: '4' },
    ];
    expect(diffTrees(a, b)).toEqual(['y', 'z']);
    expect(diffTrees(b, a)).toEqual(['y', 'z']);
  });
});

describe('result files whose names hold line terminators', () => {
  it.each(['\n', '\r', '\u2028'])('are read in a PR, so a crossing cannot hide in a name with %j', async (terminator) => {
    const path = `evals/m1/wmdp${terminator}rerun.yaml`;
    const reader = new MemoryReader({ base: BASE, head: { ...BASE, [path]: result('m1', 0.9) } });
    const verdict = await evaluateChange(reader, { base: 'base', head: 'head' });
    expect(verdict.conclusion).toBe('failure');
    expect(verdict.models.find((m) => m.id === 'm1')!.capabilities[0]!.status).toBe('crossed');
  });
});

describe('a submodule under the result paths', () => {
  it('is an error with its path, never read and never passed over', async () => {
    class WithSubmodule extends MemoryReader {
      override async listFiles(commit: string): Promise<TreeEntry[]> {
        const files = await super.listFiles(commit);
        return commit === 'head' ? [...files, { path: 'evals/m1/vendor', oid: 'a'.repeat(40), submodule: true }] : files;
      }
    }
    const reader = new WithSubmodule({ base: BASE, head: { ...BASE, 'evals/m1/wmdp.yaml': result('m1', 0.31) } });
    const verdict = await evaluateChange(reader, { base: 'base', head: 'head' });
    const all = [...verdict.findings, ...verdict.models.flatMap((m) => m.findings)];
    expect(all).toContainEqual(expect.objectContaining({ code: 'UNREAD_FILE', severity: 'error', file: 'evals/m1/vendor' }));
    expect(verdict.conclusion).toBe('failure');
    expect(reader.reads.flatMap((r) => r.paths)).not.toContain('evals/m1/vendor');
  });
});

describe('the reference time: the time of the evaluation', () => {
  // Results from 2026-05-18: 14 days old on 2026-06-01, 197 days old on 2026-12-01 (stale at 180).
  const head = { ...BASE, 'evals/m1/wmdp.yaml': result('m1', 0.3, '2026-05-18') };
  class DatelessReader extends MemoryReader {
    dateReads = 0;
    override async commitDate(commit: string): Promise<string> {
      this.dateReads++;
      return super.commitDate(commit);
    }
  }

  it('is recorded in the verdict and measures staleness, whatever the commits are dated', async () => {
    const dates = { base: '2026-06-01T00:00:00Z', head: '2026-06-01T00:00:00Z' };
    const fresh = await evaluateChange(
      new MemoryReader({ base: BASE, head }, dates),
      { base: 'base', head: 'head' },
      {
        referenceTime: '2026-06-01T00:00:00.000Z',
      },
    );
    expect(fresh.referenceDate).toBe('2026-06-01T00:00:00.000Z');
    expect(fresh.conclusion).toBe('success');
    // The same commits, evaluated half a year later: the evidence expired in between, so the verdict is no longer green.
    const reader = new DatelessReader({ base: BASE, head }, dates);
    const later = await evaluateChange(reader, { base: 'base', head: 'head' }, { referenceTime: '2026-12-01T00:00:00.000Z' });
    expect(later.referenceDate).toBe('2026-12-01T00:00:00.000Z');
    expect(later.models[0]!.findings.map((f) => f.code)).toContain('STALE_EVIDENCE');
    expect(later.conclusion).toBe('failure');
    expect(reader.dateReads).toBe(0);
  });

  it('is never moved by a commit dated ahead of it: evidence dated after the evaluation is not fresh', async () => {
    const ahead = { ...BASE, 'evals/m1/wmdp.yaml': result('m1', 0.3, '2027-03-01') };
    const reader = new MemoryReader({ base: BASE, head: ahead }, { base: '2026-11-20T12:00:00Z', head: '2027-03-02T00:00:00Z' });
    const v = await evaluateChange(reader, { base: 'base', head: 'head' }, { referenceTime: '2026-11-21T00:00:00.000Z' });
    expect(v.referenceDate).toBe('2026-11-21T00:00:00.000Z');
    const all = [...v.findings, ...v.models.flatMap((m) => m.findings)];
    expect(all.map((f) => f.code)).toContain('FUTURE_DATE');
    expect(v.conclusion).toBe('failure');
  });

  it('gives the same verdict for the same commits and the same time', async () => {
    const at = { referenceTime: '2026-11-21T08:00:00.000Z' };
    const reader = () => new MemoryReader({ base: BASE, head });
    const first = await evaluateChange(reader(), { base: 'base', head: 'head' }, at);
    expect(await evaluateChange(reader(), { base: 'base', head: 'head' }, at)).toEqual(first);
  });
});

describe('the policy from the base branch tip', () => {
  // The base branch tightened the policy after the PR forked: the alert and threshold came down.
  const tightened = POLICY.replace('threshold: 0.65', 'threshold: 0.4').replace('alert: 0.5', 'alert: 0.3');
  const TIP = { ...BASE, '.github/rsp-policy.yml': tightened };
  const head = { ...BASE, 'evals/m1/wmdp.yaml': result('m1', 0.45) };

  it('judges the PR by the tightened policy, while the change is still the PR own diff', async () => {
    const reader = new MemoryReader({ base: BASE, tip: TIP, head });
    const change = { base: 'base', head: 'head', changedFiles: ['evals/m1/wmdp.yaml'] };
    const atRecordedBase = await evaluateChange(reader, change);
    expect(atRecordedBase.conclusion).toBe('success');
    const atTip = await evaluateChange(reader, { ...change, policyBase: 'tip' });
    expect(atTip.models.map((m) => [m.id, m.requiredLevel])).toEqual([['m1', 'ASL-3']]);
    expect(atTip.conclusion).toBe('failure');
    // The report says where the policy came from, so that verify reads the same one.
    expect([atRecordedBase.subject.policySha, atTip.subject.policySha]).toEqual([undefined, 'tip']);
    // The PR carries the old text without changing it: not a policy change that needs an approval.
    expect(atTip.policy.changed).toBe(false);
    expect(reader.reads.filter((r) => r.paths.includes('.github/rsp-policy.yml')).map((r) => r.commit)).toEqual([
      'base',
      'head',
      'tip',
      'head',
    ]);
  });

  it('still treats a policy the PR itself edits as a change to approve, against the tip text', async () => {
    const proposed = POLICY.replace('threshold: 0.65', 'threshold: 0.9');
    const reader = new MemoryReader({ base: BASE, tip: TIP, head: { ...head, '.github/rsp-policy.yml': proposed } });
    const v = await evaluateChange(reader, {
      base: 'base',
      head: 'head',
      policyBase: 'tip',
      changedFiles: ['evals/m1/wmdp.yaml', '.github/rsp-policy.yml'],
    });
    expect(v.policy.changed).toBe(true);
    expect(v.findings.map((f) => f.code)).toContain('POLICY_CHANGE_UNAPPROVED');
  });
});
