// The help texts: a table with one line per command or flag, examples, and what the exit status means.
import { COMMANDS, HELP_FLAG, type CommandName, type FlagSpec } from './commands.ts';

function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}

/** Each example as a comment saying what it does, then the command line to copy. */
function examples(list: Array<[string, string]>): string[] {
  return list.flatMap(([line, what], i) => [...(i > 0 ? [''] : []), `  # ${what}`, `  ${line}`]);
}

function flagName(flag: FlagSpec): string {
  return flag.type === 'string' ? `--${flag.name} ${flag.value}` : `--${flag.name}`;
}

export function commandHelp(name: CommandName): string {
  const spec = COMMANDS.find((c) => c.name === name)!;
  return [
    `rsp-gate ${spec.name}: ${spec.summary}`,
    '',
    `Usage: rsp-gate ${spec.name}${spec.argument === undefined ? '' : ` ${spec.argument.value}`} [flags]`,
    '',
    ...(spec.argument === undefined ? [] : ['Argument:', ...table([[spec.argument.value, spec.argument.describe]]), '']),
    'Flags:',
    ...table([...spec.flags.map((f): [string, string] => [flagName(f), f.describe]), ['-h, --help', HELP_FLAG.describe]]),
    '',
    'Examples:',
    ...examples(spec.examples),
    '',
    `Exit status: ${spec.exit}.`,
    '',
  ].join('\n');
}

export function mainHelp(): string {
  return [
    'rsp-gate: put a responsible scaling policy into pull requests (and run it locally)',
    '',
    'Usage: rsp-gate <command> [flags]',
    '',
    'Commands:',
    ...table(COMMANDS.map((c) => [c.name, c.summary])),
    '',
    'Flags:',
    ...table([
      ['-h, --help', 'show this help; rsp-gate <command> --help shows the flags of a command'],
      ['--version', 'print the version of rsp-gate'],
    ]),
    '',
    'Examples:',
    ...examples(COMMANDS.flatMap((c) => c.examples.slice(0, 1))),
    '',
    'Exit status: 0 the gate passes, 1 it does not, 2 usage error.',
    '',
  ].join('\n');
}

/** Where a usage error sends the reader. */
export function helpPointer(command: CommandName | undefined): string {
  return command === undefined
    ? 'Run `rsp-gate --help` for the commands.'
    : `Run \`rsp-gate ${command} --help\` for its flags and examples.`;
}
