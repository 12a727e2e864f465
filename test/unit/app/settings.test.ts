import { describe, expect, it } from 'vitest';
import { settingsFromEnv, sweepIntervalFromEnv } from '../../../src/app/settings.ts';

describe("the App's sweep interval", () => {
  it('is off unless set, in whole minutes, and a bad value stops the server', () => {
    expect(sweepIntervalFromEnv({})).toBeUndefined();
    expect(sweepIntervalFromEnv({ RSP_GATE_SWEEP_INTERVAL: '0' })).toBeUndefined();
    expect(sweepIntervalFromEnv({ RSP_GATE_SWEEP_INTERVAL: ' 360 ' })).toBe(360 * 60_000);
    for (const bad of ['-5', '1.5', '6h', '00'])
      expect(() => sweepIntervalFromEnv({ RSP_GATE_SWEEP_INTERVAL: bad })).toThrow(
        `RSP_GATE_SWEEP_INTERVAL must be a whole number of minutes (0: off), not "${bad}"`,
      );
  });

  it('sits beside the gate settings, which take the time to judge as of from RSP_GATE_EVALUATE_AS_OF', () => {
    expect(settingsFromEnv({ RSP_GATE_EVALUATE_AS_OF: '2026-01-10' }).evaluateAsOf).toBe('2026-01-10T00:00:00.000Z');
    expect(settingsFromEnv({}).evaluateAsOf).toBeUndefined();
  });
});
