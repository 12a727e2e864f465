import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { generateSchemas, SCHEMA_TARGETS } from '../../../scripts/write-schemas.ts';
import { initPolicy } from '../../../src/policy/init.ts';
import { loadPolicy } from '../../../src/policy/load.ts';
import { loadModelConfig } from '../../../src/policy/model-config.ts';
import { PRESETS } from '../../../src/policy/presets/index.ts';
import { parseYaml } from '../../../src/common/yaml.ts';
import { POLICY_FILE, SMALL_POLICY } from './fixtures.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv-formats is CommonJS and sets module.exports to the plugin itself; its typings describe the ESM default instead.
const addFormats = ajvFormats as unknown as (ajv: Ajv2020) => Ajv2020;
addFormats(ajv);
const validatePolicy = ajv.compile(JSON.parse(read('schema/policy.schema.json')) as object);
const validateModel = ajv.compile(JSON.parse(read('schema/model.schema.json')) as object);

const yamlValue = (text: string, file: string): unknown => {
  const parsed = parseYaml(text, file);
  expect(parsed.findings).toEqual([]);
  return parsed.value;
};

/** Files under examples/ that are policies or model configs, by where they stand. */
function exampleFiles(): string[] {
  const dir = join(root, 'examples');
  const found: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(relative(root, full));
    }
  };
  try {
    walk(dir);
  } catch {
    return [];
  }
  return found.filter((f) => f.endsWith('rsp-policy.yml') || /models\/[^/]+\/model\.ya?ml$/.test(f));
}

/** YAML blocks of docs/policy.md whose first line names the file they stand for. */
function docBlocks(kind: 'policy' | 'model'): string[] {
  const blocks = [...read('docs/policy.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const marker = kind === 'policy' ? /^# \.github\/rsp-policy\.yml\n/ : /^# models\/[^/]+\/model\.yaml\n/;
  return blocks.filter((b) => marker.test(b));
}

describe('published JSON Schemas', () => {
  it('are the files the script generates (run `npm run schemas` after changing a schema)', () => {
    const generated = generateSchemas();
    expect(generated.map((g) => g.file)).toEqual(SCHEMA_TARGETS.map((t) => t.file));
    for (const { file, text } of generated) expect(read(file), file).toBe(text);
  });

  it('carry an $id, a title and the draft 2020-12 dialect', () => {
    for (const { text } of generateSchemas()) {
      const schema = JSON.parse(text) as Record<string, unknown>;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
      expect(schema.title).toMatch(/^rsp-gate /);
    }
  });

  it('reject what rsp-gate rejects: an unknown key, a wrong type, an unknown preset', () => {
    expect(validatePolicy(yamlValue(SMALL_POLICY, 'small.yml'))).toBe(true);
    expect(validatePolicy(yamlValue(`${SMALL_POLICY}thresholds: {}\n`, 'bad.yml'))).toBe(false);
    expect(validatePolicy(yamlValue(SMALL_POLICY.replace('threshold: 0.65', 'threshold: high'), 'bad.yml'))).toBe(false);
    expect(validatePolicy({ version: 1, extends: 'acme-rsp-v1' })).toBe(false);
    expect(validateModel({ id: 'frontier-7' })).toBe(false);
    expect(validateModel({ id: 'frontier-7', declared_level: 'ASL-3', stage: 'production' })).toBe(false);
  });

  it('accept an override that gives only the matching keys', () => {
    const override = 'version: 1\nextends: gdm-fsf-v3\nsafeguards:\n  - id: sl3-security\n    owners: ["@acme/security"]\n';
    expect(validatePolicy(yamlValue(override, 'override.yml'))).toBe(true);
  });
});

describe.each(Object.keys(PRESETS))('preset %s against the policy schema', (name) => {
  it('validates as written', () => {
    const valid = validatePolicy(yamlValue(PRESETS[name]!.text, `${name}.yml`));
    expect(validatePolicy.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('validates merged with a file that extends it, and as the starter file init writes', () => {
    const { policy } = loadPolicy(`version: 1\nextends: ${name}\n`, POLICY_FILE);
    expect(validatePolicy(JSON.parse(JSON.stringify(policy)))).toBe(true);
    expect(validatePolicy(yamlValue(initPolicy(name), 'init.yml'))).toBe(true);
  });
});

describe('documentation examples', () => {
  const policies = docBlocks('policy');
  const models = docBlocks('model');

  it('include policies and model configs', () => {
    expect(policies.length).toBeGreaterThanOrEqual(2);
    expect(models.length).toBeGreaterThanOrEqual(2);
  });

  it.each(policies.map((text, i) => [i, text] as const))('policy example %i validates and loads', (_i, text) => {
    expect(validatePolicy(yamlValue(text, 'doc.yml'))).toBe(true);
    const { findings } = loadPolicy(text, POLICY_FILE);
    expect(findings.filter((f) => f.code !== 'PRESET_VALUE_UNSET')).toEqual([]);
  });

  it('the worked example loads without any finding', () => {
    expect(loadPolicy(policies[0]!, POLICY_FILE).findings).toEqual([]);
  });

  it.each(models.map((text, i) => [i, text] as const))('model example %i validates and loads', (_i, text) => {
    expect(validateModel(yamlValue(text, 'model.yaml'))).toBe(true);
    expect(loadModelConfig(text, 'models/frontier-7/model.yaml').findings).toEqual([]);
  });
});

describe('examples/', () => {
  const files = exampleFiles();
  it.each(files)('%s validates against its schema and loads', (file) => {
    const text = read(file);
    if (file.endsWith('rsp-policy.yml')) {
      expect(validatePolicy(yamlValue(text, file))).toBe(true);
      expect(loadPolicy(text, file).findings.filter((f) => f.code !== 'PRESET_VALUE_UNSET')).toEqual([]);
    } else {
      expect(validateModel(yamlValue(text, file))).toBe(true);
      expect(loadModelConfig(text, file).findings).toEqual([]);
    }
  });
});
