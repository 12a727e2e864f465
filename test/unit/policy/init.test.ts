import { describe, expect, it } from 'vitest';
import { initPolicy } from '../../../src/policy/init.ts';
import { loadPolicy } from '../../../src/policy/load.ts';
import { PRESETS } from '../../../src/policy/presets/index.ts';
import { POLICY_SCHEMA_URL, UNSET } from '../../../src/policy/schema.ts';
import { codes, POLICY_FILE } from './fixtures.ts';

/** What a user does next: uncomment the override blocks and put numbers where SET stands (alert below threshold). */
function fillIn(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^# (capabilities:|assessment:|safeguards:|paths:|\s+(- |[a-z_]+:))/.test(line) ? line.slice(2) : line))
    .map((line) =>
      line
        .replace(/alert: SET/, 'alert: 0.1')
        .replace(/threshold: SET/, 'threshold: 0.75')
        .replace(/notable_increase: SET/, 'notable_increase: 4'),
    )
    .join('\n');
}

describe('initPolicy', () => {
  it('starts with the editor hint for the published schema', () => {
    for (const preset of [undefined, ...Object.keys(PRESETS)]) {
      expect(initPolicy(preset).split('\n')[0]).toBe(`# yaml-language-server: $schema=${POLICY_SCHEMA_URL}`);
    }
  });

  it('writes a standalone policy that loads with only the values left to set', () => {
    const { findings, policy } = loadPolicy(initPolicy(), POLICY_FILE);
    expect(findings.length).toBeGreaterThan(0);
    expect(codes(findings).every((c) => c === 'PRESET_VALUE_UNSET')).toBe(true);
    expect(policy.levels.length).toBeGreaterThanOrEqual(2);
    expect(policy.capabilities.length).toBeGreaterThan(0);
    expect(policy.safeguards.length).toBeGreaterThan(0);
  });

  it('gives a standalone policy without findings once its numbers are set', () => {
    const { findings, policy } = loadPolicy(fillIn(initPolicy()), POLICY_FILE);
    expect(findings).toEqual([]);
    expect(policy.capabilities[0]!.evidence[0]).toMatchObject({ alert: 0.1, threshold: 0.75 });
    expect(policy.paths).toEqual({ models: ['models/*/model.yaml'], evals: ['evals/**'] });
  });

  it.each(Object.keys(PRESETS))('writes a policy extending %s that loads with only PRESET_VALUE_UNSET', (name) => {
    const text = initPolicy(name);
    expect(text).toMatch(new RegExp(`^extends: ${name.replace('.', '\\.')}\\b`, 'm'));
    const { findings, policy } = loadPolicy(text, POLICY_FILE);
    expect(findings.length).toBeGreaterThan(0);
    expect(codes(findings).every((c) => c === 'PRESET_VALUE_UNSET')).toBe(true);
    expect(policy.extends).toBe(name);
    // Every value left to set appears in the commented override, ready to fill in.
    expect(text.split('\n').filter((l) => l.startsWith('#') && l.endsWith(`: ${UNSET}`))).toHaveLength(findings.length);
  });

  it.each(Object.keys(PRESETS))('gives a policy extending %s without findings once its blocks are filled in', (name) => {
    const filled = fillIn(initPolicy(name));
    const { findings, policy } = loadPolicy(filled, POLICY_FILE);
    expect(findings).toEqual([]);
    expect(policy.safeguards.every((s) => s.owners.length === 1)).toBe(true);
  });

  it('refuses an unknown preset, naming the ones there are', () => {
    expect(() => initPolicy('acme-rsp-v1')).toThrow(/unknown preset "acme-rsp-v1".*anthropic-rsp-v3/);
  });
});
