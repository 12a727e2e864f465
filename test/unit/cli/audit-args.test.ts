import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../../src/cli/args.ts';
import { auditPeriod } from '../../../src/cli/audit.ts';
import { commandHelp } from '../../../src/cli/help.ts';

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  throw new Error('no usage error');
}

describe('rsp-gate audit arguments', () => {
  it('reads the repository, the period, the format and where the token is', () => {
    expect(parseCli(['audit', '--repo', 'acme/models', '--since', '2026-01-01', '--format', 'csv', '--token-env', 'AUDIT_TOKEN'])).toEqual({
      command: 'audit',
      repo: 'acme/models',
      since: '2026-01-01',
      format: 'csv',
      tokenEnv: 'AUDIT_TOKEN',
      checkName: 'rsp-gate',
    });
  });

  it('refuses what it cannot audit, saying what was meant', () => {
    expect(usageError(() => parseCli(['audit', '--since', '2026-01-01']))).toBe('--repo must name a repository on GitHub as OWNER/NAME');
    expect(usageError(() => parseCli(['audit', '--repo', '.', '--since', '2026-01-01']))).toContain('not "."');
    expect(usageError(() => parseCli(['audit', '--repo', 'acme/models']))).toContain('--since DATE is needed');
    expect(usageError(() => parseCli(['audit', '--repo', 'acme/models', '--since', 'x', '--format', 'cvs']))).toContain(
      '(did you mean csv?)',
    );
  });

  it('reads a date alone as a whole day in UTC, and refuses a period that ends before it starts', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect(auditPeriod({ since: '2026-01-01', until: '2026-03-31' }, now)).toEqual({
      since: '2026-01-01T00:00:00.000Z',
      until: '2026-03-31T23:59:59.999Z',
    });
    expect(auditPeriod({ since: '2026-01-01T08:00:00+02:00' }, now)).toEqual({
      since: '2026-01-01T06:00:00.000Z',
      until: now.toISOString(),
    });
    expect(usageError(() => auditPeriod({ since: 'last week' }, now))).toContain('is not a date');
    expect(usageError(() => auditPeriod({ since: '2026-02-01', until: '2026-01-01' }, now))).toContain('is before --since');
  });

  it('has help with its flags and examples', () => {
    const help = commandHelp('audit');
    expect(help).toContain('--repo OWNER/NAME');
    expect(help).toContain('--token-env NAME');
    expect(help).toContain('rsp-gate audit --repo acme/models --since 2026-01-01 --until 2026-03-31');
  });
});
