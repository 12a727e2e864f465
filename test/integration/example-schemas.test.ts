// Every file of the bundled example validates against the JSON Schema editors use for it, and the example's JSON
// report validates against the published report schema.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/common/yaml.ts';
import { runCli } from '../../src/cli/cli.ts';
import { buildExampleRepo } from '../../scripts/example-comment.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
(ajvFormats as unknown as (a: Ajv2020) => Ajv2020)(ajv);
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8')) as object);
const validators = { policy: schema('policy'), model: schema('model'), results: schema('results'), report: schema('report') };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? (name === '.repo' ? [] : filesUnder(full)) : [full];
  });
}

function kindOf(path: string): keyof typeof validators | undefined {
  if (path.endsWith('.github/rsp-policy.yml')) return 'policy';
  if (/models\/[^/]+\/model\.yaml$/.test(path)) return 'model';
  if (/\/evals\/.+\.ya?ml$/.test(path)) return 'results';
  return undefined;
}

const files = filesUnder('examples/frontier-lab').flatMap((path) => {
  const kind = kindOf(path);
  return kind === undefined ? [] : [[relative('examples/frontier-lab', path), kind] as const];
});

describe('the example files', () => {
  it('include a policy, model configs and native results', () => {
    expect(new Set(files.map(([, kind]) => kind))).toEqual(new Set(['policy', 'model', 'results']));
  });

  it.each(files)('%s validates as a %s', (path, kind) => {
    const parsed = parseYaml(readFileSync(join('examples/frontier-lab', path), 'utf8'), path);
    expect(parsed.findings).toEqual([]);
    const validate = validators[kind];
    const valid = validate(JSON.parse(JSON.stringify(parsed.value)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe("the example's JSON report", () => {
  let repo: string;
  let cleanup: () => void;
  beforeAll(() => ({ repo, cleanup } = buildExampleRepo()));
  afterAll(() => cleanup());

  it.each([
    ['the PR', ['--base', 'base', '--head', 'head']],
    ['the whole repository', ['--head', 'head', '--all']],
  ])('for %s validates against schema/report.schema.json', async (_what, args) => {
    let out = '';
    await runCli(['check', '--repo', repo, ...args, '--format', 'json'], {
      stdout: (t) => (out += t),
      stderr: () => {},
      isTTY: false,
      env: {},
    });
    const valid = validators.report(JSON.parse(out));
    expect(validators.report.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
