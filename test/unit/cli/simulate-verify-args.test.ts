// The flags of the local simulation (check --attest …) and verify's one argument, as people type them.
import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../../src/cli/args.ts';

function usageMessage(argv: string[]): string {
  try {
    parseCli(argv);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('check simulation flags', () => {
  it('collect every --attest, and read the files and the author given', () => {
    const cmd = parseCli([
      'check',
      '--attest',
      'sofia:asl3-classifiers',
      '--attest=sid:asl3-access-controls:frontier-8',
      '--teams',
      'teams.yml',
      '--comments',
      'comments.yml',
      '--pr-author',
      'model-team',
      '--proposed-policy',
      'draft.yml',
    ]);
    expect(cmd).toMatchObject({
      command: 'check',
      simulate: {
        attest: [
          { user: 'sofia', safeguard: 'asl3-classifiers' },
          { user: 'sid', safeguard: 'asl3-access-controls', model: 'frontier-8' },
        ],
        teams: 'teams.yml',
        comments: 'comments.yml',
        prAuthor: 'model-team',
        proposedPolicy: 'draft.yml',
      },
    });
  });

  it('leave a plain check without a simulation, and refuse what only a simulation uses', () => {
    expect(parseCli(['check'])).not.toHaveProperty('simulate');
    expect(usageMessage(['check', '--teams', 'teams.yml'])).toBe('--teams and --pr-author only matter with --attest or --comments');
    expect(usageMessage(['check', '--attest', 'sofia'])).toBe('--attest sofia: expected USER:SAFEGUARD or USER:SAFEGUARD:MODEL');
    expect(usageMessage(['check', '--attest'])).toMatch(/^--attest needs a value/);
  });
});

describe('verify REPORT.json', () => {
  it('takes one report and --repo', () => {
    expect(parseCli(['verify', 'report.json', '--repo', 'lab'])).toEqual({ command: 'verify', repo: 'lab', report: 'report.json' });
    expect(parseCli(['verify', '--repo', 'lab', 'report.json'])).toEqual({ command: 'verify', repo: 'lab', report: 'report.json' });
  });

  it('needs exactly one report, and keeps other commands from taking arguments', () => {
    expect(usageMessage(['verify'])).toBe('verify needs the report to verify: rsp-gate verify REPORT.json');
    expect(usageMessage(['verify', 'a.json', 'b.json'])).toBe('unexpected argument "b.json"');
    expect(usageMessage(['check', 'report.json'])).toBe('unexpected argument "report.json"');
  });
});
