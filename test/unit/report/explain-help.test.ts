import { describe, expect, it } from 'vitest';
import { explainWithCause } from '../../../src/report/explain.ts';
import { yourPart } from '../../../src/report/reply.ts';
import { expectNothingInjected } from './markdown-checks.ts';
import { failingVerdict, passingVerdict } from './verdicts.ts';

describe('/rsp explain', () => {
  it('starts with why the model is not green, what blocks it and who can unblock it, then the evidence once', () => {
    const v = failingVerdict();
    const text = explainWithCause(v.models[0]!, v);
    const lines = text.split('\n');
    expect(lines[0]).toBe('❌ **frontier-7** is not green (Failure) because:');
    expect(text).toContain(
      "1 error, for the PR's author to fix:\n- `DECLARED_LEVEL_TOO_LOW` models/frontier-7/model.yaml:3 — frontier-7 needs ASL-3 but declares ASL-2",
    );
    expect(text).toContain(
      '2 pending attestations, for their owners:\n- @\u200Bacme/safeguards can attest `asl3-classifiers`\n- alice can attest `asl3-classifiers`',
    );
    expect(text.indexOf('can attest')).toBeLessThan(text.indexOf('`cbrn-3`'));
    expect(text.match(/`cbrn-3`/g)).toHaveLength(1);
  });

  it('says plainly when nothing blocks a model', () => {
    const v = passingVerdict();
    expect(explainWithCause(v.models[0]!, v).split('\n')[0]).toBe('✅ **frontier-7** passes (Success): nothing blocks it.');
  });
});

describe('/rsp help', () => {
  it('tells the commenter which pending safeguards name them, with the lines to paste', () => {
    const v = failingVerdict();
    const part = yourPart('alice', v);
    expect(part).toContain('alice, the policy names you as an owner of 1 pending safeguard(s); to attest them, comment:');
    expect(part).toContain(`\`\`\`text\n${v.models[0]!.safeguards.find((s) => s.id === 'asl3-classifiers')!.attestCommand}\n\`\`\``);
    expect(part).not.toContain('Team-owned');
  });

  it('names the team-owned safeguards to someone the policy does not name, without pinging the team', () => {
    const part = yourPart('mallory', failingVerdict());
    expect(part).toContain('mallory, the policy names you directly as the owner of no pending safeguard on this PR.');
    expect(part).toContain('- `asl3-classifiers` of frontier-7, if you belong to @\u200Bacme/safeguards');
    expectNothingInjected(`<!-- rsp-gate:report -->\n${part}`);
  });

  it('points at the report when there is no evaluation to read', () => {
    expect(yourPart('alice', undefined)).toContain('at the top of the report comment');
  });
});
