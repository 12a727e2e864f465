// The command line as people type it: help for every command, the version, and usage errors that say what was meant.
import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../../src/cli/args.ts';
import { COMMANDS } from '../../../src/cli/commands.ts';
import { nearest } from '../../../src/common/nearest.ts';

function usageError(argv: string[]): UsageError {
  try {
    parseCli(argv);
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCli', () => {
  it("asks for a command's help with --help, -h or help <command>, even next to a mistake", () => {
    for (const { name } of COMMANDS) {
      expect(parseCli([name, '--help'])).toEqual({ command: 'help', topic: name });
      expect(parseCli([name, '-h'])).toEqual({ command: 'help', topic: name });
      expect(parseCli(['help', name])).toEqual({ command: 'help', topic: name });
      expect(parseCli([name, '--no-such-flag', '--help'])).toEqual({ command: 'help', topic: name });
    }
    expect(parseCli([])).toEqual({ command: 'help' });
    expect(parseCli(['--help'])).toEqual({ command: 'help' });
    expect(parseCli(['--version'])).toEqual({ command: 'version' });
    expect(parseCli(['check', '--all', '--version'])).toEqual({ command: 'version' });
  });

  it('reads the flags of check, with defaults', () => {
    expect(parseCli(['check'])).toEqual({ command: 'check', repo: '.', head: 'HEAD', all: false, format: 'text' });
    expect(parseCli(['check', '--repo=lab', '--base', 'main', '--all', '--format', 'json', '--output', 'r.json', '--no-color'])).toEqual({
      command: 'check',
      repo: 'lab',
      base: 'main',
      head: 'HEAD',
      all: true,
      format: 'json',
      output: 'r.json',
      color: false,
    });
    expect(parseCli(['init', '--preset', 'gdm-fsf-v3', '--force'])).toEqual({
      command: 'init',
      repo: '.',
      preset: 'gdm-fsf-v3',
      force: true,
    });
    expect(parseCli(['validate', '--policy', 'p.yml'])).toEqual({ command: 'validate', repo: '.', policy: 'p.yml' });
  });

  it('suggests the command or flag that was meant, and points to the help of the command', () => {
    expect(usageError(['chek']).message).toBe('unknown command "chek" (did you mean check?)');
    expect(usageError(['valdiate']).message).toBe('unknown command "valdiate" (did you mean validate?)');
    expect(usageError(['--verison']).message).toBe('unknown flag --verison (did you mean --version?)');
    const flag = usageError(['check', '--fromat', 'json']);
    expect(flag.message).toBe('unknown flag --fromat (did you mean --format?)');
    expect(flag.command).toBe('check');
    expect(usageError(['check', '--format', 'jsno']).message).toBe(
      '--format must be text, markdown, json or html, not "jsno" (did you mean json?)',
    );
    expect(usageError(['validate', '--preset', 'x']).message).toBe('--preset is a flag of init, not of validate');
    expect(usageError(['check', '--zzzzzz']).message).toBe('unknown flag --zzzzzz');
    expect(usageError(['check', 'all']).message).toBe('unexpected argument "all" (did you mean --all?)');
  });

  it('refuses a flag without its value, and a value given to a switch', () => {
    expect(usageError(['check', '--repo']).message).toBe('--repo needs a value (--repo DIR)');
    expect(usageError(['check', '--repo', '--all']).message).toBe('--repo needs a value (--repo DIR)');
    expect(usageError(['check', '--all=yes']).message).toBe('--all takes no value');
    expect(usageError(['check', '--color', '--no-color']).message).toBe('--color and --no-color contradict each other');
    expect(usageError(['check', '--pulls', 'p.json']).message).toBe('--pulls goes with --format html (the status page)');
  });

  it('reads the status page with its open pull requests', () => {
    expect(parseCli(['check', '--all', '--format', 'html', '--pulls', 'p.json', '--output', 's.html'])).toEqual({
      command: 'check',
      repo: '.',
      head: 'HEAD',
      all: true,
      format: 'html',
      pulls: 'p.json',
      output: 's.html',
    });
  });
});

describe('nearest', () => {
  it('finds a swap, a missing letter or an abbreviation, and nothing for an unrelated word', () => {
    expect(nearest('fromat', ['format', 'force'])).toBe('format');
    expect(nearest('prest', ['preset', 'repo'])).toBe('preset');
    expect(nearest('val', ['check', 'validate', 'init'])).toBe('validate');
    expect(nearest('deploy', ['check', 'validate', 'init'])).toBeUndefined();
  });
});
