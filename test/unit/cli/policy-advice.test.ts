// validate warns about a valid policy in which nobody can attest a safeguard or approve a policy change.
import { describe, expect, it } from 'vitest';
import { policyAdvice } from '../../../src/cli/policy-advice.ts';
import { statusPaths } from '../../../src/cli/uncommitted.ts';
import { loadPolicy } from '../../../src/policy/load.ts';

const POLICY = `version: 1
levels: [ASL-2, ASL-3]
safeguards:
  - id: owned
    level: ASL-3
    kind: security
    title: Has an owner
    owners: [alice]
  - id: orphan
    level: ASL-3
    kind: security
    title: Has none
`;

describe('policyAdvice', () => {
  it('names the safeguards without owners, at their line, and a policy without approvers', () => {
    const advice = policyAdvice(loadPolicy(POLICY, '.github/rsp-policy.yml'));
    expect(advice).toHaveLength(2);
    expect(advice[0]).toMatchObject({ file: '.github/rsp-policy.yml', line: 9 });
    expect(advice[0]!.message).toMatch(/^safeguard "orphan" has no owners: nobody can \/rsp attest/);
    expect(advice[1]!.message).toMatch(/^approvals.policy names nobody: no one can \/rsp approve-policy/);
  });

  it('says nothing when every safeguard has an owner and someone approves policy changes', () => {
    const text = `${POLICY.replace('    title: Has none\n', '    title: Has none\n    owners: ["@acme/sec"]\n')}approvals:\n  policy: ["@acme/rso"]\n`;
    expect(policyAdvice(loadPolicy(text, '.github/rsp-policy.yml'))).toEqual([]);
  });
});

describe('statusPaths', () => {
  it('reads modified, untracked and renamed paths of git status --porcelain -z', () => {
    const porcelain = [' M models/a/model.yaml', '?? evals/a/new result.yaml', 'R  evals/b/new.yaml', 'evals/b/old.yaml', ''].join('\0');
    expect(statusPaths(porcelain)).toEqual(['models/a/model.yaml', 'evals/a/new result.yaml', 'evals/b/new.yaml']);
  });
});
