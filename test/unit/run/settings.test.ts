import { describe, expect, it } from 'vitest';
import { envName, readSettings } from '../../../src/run/settings.ts';

describe('the gate settings', () => {
  const fromEnv = (env: Record<string, string>) => readSettings((name) => env[envName(name)], envName);

  it('reads RSP_GATE_* and refuses values it does not know', () => {
    expect(fromEnv({})).toEqual({ checkName: 'rsp-gate', comment: 'auto', report: 'check', policyPath: '.github/rsp-policy.yml' });
    expect(
      fromEnv({ RSP_GATE_CHECK_NAME: 'rsp', RSP_GATE_COMMENT: 'never', RSP_GATE_REPORT: 'both', RSP_GATE_POLICY_PATH: 'p.yml' }),
    ).toEqual({
      checkName: 'rsp',
      comment: 'never',
      report: 'both',
      policyPath: 'p.yml',
    });
    expect(() => fromEnv({ RSP_GATE_REPORT: 'email' })).toThrow('RSP_GATE_REPORT must be one of check, status, both, not "email"');
  });

  it('names an Action input as the workflow spells it, and treats an empty input as unset', () => {
    const inputs: Record<string, string> = { comment: 'ALWAYS', 'check-name': '' };
    expect(
      readSettings(
        (n) => inputs[n],
        (n) => `input ${n}`,
      ),
    ).toMatchObject({ comment: 'always', checkName: 'rsp-gate' });
    expect(() =>
      readSettings(
        () => 'sometimes',
        (n) => `input ${n}`,
      ),
    ).toThrow('input comment must be one of auto, always, never, not "sometimes"');
  });

  it('reads the time to judge as of in one form, and refuses what is not a date', () => {
    expect(fromEnv({ RSP_GATE_EVALUATE_AS_OF: '2026-01-20' }).evaluateAsOf).toBe('2026-01-20T00:00:00.000Z');
    expect(fromEnv({ RSP_GATE_EVALUATE_AS_OF: '2026-01-20T10:00:00+02:00' }).evaluateAsOf).toBe('2026-01-20T08:00:00.000Z');
    expect(fromEnv({ RSP_GATE_EVALUATE_AS_OF: '2026-01-20T08:00:00.000Z' }).evaluateAsOf).toBe('2026-01-20T08:00:00.000Z');
    for (const bad of ['yesterday', '2026-02-30', '20.01.2026'])
      expect(() => fromEnv({ RSP_GATE_EVALUATE_AS_OF: bad })).toThrow(
        `RSP_GATE_EVALUATE_AS_OF must be an ISO 8601 date or date-time, not "${bad}"`,
      );
  });
});
