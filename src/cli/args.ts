// Command-line parsing for rsp-gate: subcommands, their flags, and usage errors (exit 2) that say what was meant.
import { parseArgs } from 'node:util';
import { COMMANDS, findCommand, HELP_FLAG, type CommandName, type CommandSpec, type FlagSpec } from './commands.ts';
import { nearest } from '../common/nearest.ts';
import { parseAttestSpec, type AttestSpec } from '../commands/simulate.ts';
import type { SimulationFlags } from './simulate.ts';
import { parseInstant } from '../common/instant.ts';

/** A mistake in the command line; `command` says whose help to point to. */
export class UsageError extends Error {
  readonly command: CommandName | undefined;

  constructor(message: string, command?: CommandName) {
    super(message);
    this.command = command;
  }
}

type Format = 'text' | 'markdown' | 'json' | 'html';

export type CliCommand =
  | {
      command: 'check';
      repo: string;
      base?: string;
      head: string;
      all: boolean;
      /** The time to judge as of (ISO, as toISOString writes it); absent: now. */
      at?: string;
      policy?: string;
      format: Format;
      output?: string;
      color?: boolean;
      /** Open pull requests and whom each awaits, for the HTML status page. */
      pulls?: string;
      /** Commands, team memberships and a proposed policy to simulate locally (see cli/simulate.ts). */
      simulate?: SimulationFlags;
    }
  | { command: 'validate'; repo: string; policy?: string }
  | { command: 'init'; repo: string; preset?: string; force: boolean }
  | { command: 'verify'; repo: string; report: string }
  | {
      command: 'audit';
      repo: string;
      since: string;
      until?: string;
      format: 'json' | 'markdown' | 'csv';
      output?: string;
      tokenEnv: string;
      checkName: string;
    }
  | { command: 'help'; topic?: CommandName }
  | { command: 'version' };

type Values = Record<string, string | boolean | string[] | undefined>;

const TOP_FLAGS = ['--help', '--version', '-h'];

export function parseCli(argv: string[]): CliCommand {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { command: 'help' };
  if (first === '--version') return { command: 'version' };
  if (first === 'help') return helpTopic(rest);
  const spec = findCommand(first);
  if (spec === undefined) throw unknownCommand(first);
  const values = readFlags(spec, rest);
  if (values['help'] === true) return { command: 'help', topic: spec.name };
  if (values['version'] === true) return { command: 'version' };
  return toCommand(spec.name, values);
}

function helpTopic(rest: string[]): CliCommand {
  const [topic] = rest;
  if (topic === undefined) return { command: 'help' };
  const spec = findCommand(topic);
  if (spec === undefined) throw unknownCommand(topic);
  return { command: 'help', topic: spec.name };
}

function unknownCommand(word: string): UsageError {
  if (word.startsWith('-')) return new UsageError(`unknown flag ${word}${didYouMean(nearest(word, TOP_FLAGS))}`);
  return new UsageError(
    `unknown command "${word}"${didYouMean(
      nearest(
        word,
        COMMANDS.map((c) => c.name),
      ),
    )}`,
  );
}

function didYouMean(candidate: string | undefined): string {
  return candidate === undefined ? '' : ` (did you mean ${candidate}?)`;
}

/** The command's flags, last one wins; anything else is a usage error naming what was probably meant. */
function readFlags(spec: CommandSpec, args: string[]): Values {
  const flags = [...spec.flags, HELP_FLAG];
  const options = Object.fromEntries(flags.map((f) => [f.name, { type: f.type }]));
  const { tokens } = parseArgs({
    args,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // --help (and --version) win over any other mistake on the line: whoever asks for help gets it.
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { help: true };
  if (tokens.some((t) => t.kind === 'option' && t.rawName === '--version')) return { version: true };
  const values: Values = {};
  for (const token of tokens) {
    if (token.kind === 'option-terminator') throw new UsageError('unexpected "--"', spec.name);
    if (token.kind === 'positional' && spec.argument !== undefined && values['argument'] === undefined) {
      values['argument'] = token.value;
      continue;
    }
    if (token.kind === 'positional')
      throw new UsageError(`unexpected argument "${token.value}"${positionalHint(spec, token.value)}`, spec.name);
    const flag = flags.find((f) => f.name === token.name);
    if (flag === undefined) throw unknownFlag(spec, token.rawName);
    const value = flagValue(spec, flag, token.value, token.inlineValue);
    // A repeatable flag collects its values; any other flag: the last one wins.
    values[flag.name] = flag.multiple === true ? [...list(values, flag.name), String(value)] : value;
  }
  return values;
}

function positionalHint(spec: CommandSpec, value: string): string {
  const flag = nearest(
    value.replace(/^-+/, ''),
    spec.flags.map((f) => f.name),
  );
  return flag === undefined ? '' : ` (did you mean --${flag}?)`;
}

function unknownFlag(spec: CommandSpec, raw: string): UsageError {
  const name = raw.replace(/^-+/, '');
  const owner = COMMANDS.find((c) => c.flags.some((f) => f.name === name));
  if (owner !== undefined) return new UsageError(`${raw} is a flag of ${owner.name}, not of ${spec.name}`, spec.name);
  const guess = nearest(
    name,
    spec.flags.map((f) => f.name),
  );
  return new UsageError(`unknown flag ${raw}${didYouMean(guess === undefined ? undefined : `--${guess}`)}`, spec.name);
}

function flagValue(spec: CommandSpec, flag: FlagSpec, value: string | undefined, inline: boolean | undefined): string | boolean {
  if (flag.type === 'boolean') {
    if (value !== undefined) throw new UsageError(`--${flag.name} takes no value`, spec.name);
    return true;
  }
  // `--repo --all` is a forgotten value, not a directory called "--all".
  if (value === undefined || (!inline && value.startsWith('-')))
    throw new UsageError(`--${flag.name} needs a value (--${flag.name} ${flag.value})`, spec.name);
  return value;
}

function text(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function toVerify(repo: string, values: Values): CliCommand {
  const report = text(values, 'argument');
  if (report === undefined) throw new UsageError('verify needs the report to verify: rsp-gate verify REPORT.json', 'verify');
  return { command: 'verify', repo, report };
}

function list(values: Values, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : [];
}

function toCommand(name: CommandName, values: Values): CliCommand {
  const repo = text(values, 'repo') ?? '.';
  const policy = text(values, 'policy');
  const withPolicy = policy === undefined ? {} : { policy };
  if (name === 'validate') return { command: name, repo, ...withPolicy };
  if (name === 'verify') return toVerify(repo, values);
  const preset = text(values, 'preset');
  if (name === 'init') return { command: name, repo, force: values['force'] === true, ...(preset === undefined ? {} : { preset }) };
  if (name === 'audit') return toAudit(values);
  return toCheck(repo, values, withPolicy);
}

const FORMATS: readonly Format[] = ['text', 'markdown', 'json', 'html'];
const AUDIT_FORMATS = ['json', 'markdown', 'csv'] as const;

function toAudit(values: Values): CliCommand {
  const repo = text(values, 'repo');
  if (repo === undefined || !/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(repo))
    throw new UsageError(`--repo must name a repository on GitHub as OWNER/NAME${repo === undefined ? '' : `, not "${repo}"`}`, 'audit');
  const since = text(values, 'since');
  if (since === undefined) throw new UsageError('--since DATE is needed: the start of the period to audit', 'audit');
  const format = text(values, 'format') ?? 'json';
  if (!(AUDIT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be json, markdown or csv, not "${format}"${didYouMean(nearest(format, AUDIT_FORMATS))}`, 'audit');
  const until = text(values, 'until');
  const output = text(values, 'output');
  return {
    command: 'audit',
    repo,
    since,
    format: format as (typeof AUDIT_FORMATS)[number],
    tokenEnv: text(values, 'token-env') ?? 'GITHUB_TOKEN',
    checkName: text(values, 'check-name') ?? 'rsp-gate',
    ...(until === undefined ? {} : { until }),
    ...(output === undefined ? {} : { output }),
  };
}

function toCheck(repo: string, values: Values, withPolicy: { policy?: string }): CliCommand {
  const format = text(values, 'format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be text, markdown, json or html, not "${format}"${didYouMean(nearest(format, FORMATS))}`, 'check');
  }
  if (values['color'] === true && values['no-color'] === true)
    throw new UsageError('--color and --no-color contradict each other', 'check');
  const color = values['no-color'] === true ? false : values['color'] === true ? true : undefined;
  const base = text(values, 'base');
  const output = text(values, 'output');
  const pulls = text(values, 'pulls');
  if (pulls !== undefined && format !== 'html') throw new UsageError('--pulls goes with --format html (the status page)', 'check');
  const atText = text(values, 'at');
  const at = atText === undefined ? undefined : parseInstant(atText);
  if (atText !== undefined && at === undefined)
    throw new UsageError(`--at must be an ISO 8601 date or date-time (2026-11-20, 2026-11-20T16:30:00Z), not "${atText}"`, 'check');
  return {
    command: 'check',
    repo,
    head: text(values, 'head') ?? 'HEAD',
    all: values['all'] === true,
    format: format as Format,
    ...(base === undefined ? {} : { base }),
    ...(at === undefined ? {} : { at }),
    ...withPolicy,
    ...(output === undefined ? {} : { output }),
    ...(color === undefined ? {} : { color }),
    ...(pulls === undefined ? {} : { pulls }),
    ...simulationFlags(values),
  };
}

/** The simulation's flags, when there are any. */
function simulationFlags(values: Values): { simulate?: SimulationFlags } {
  const attest = list(values, 'attest').map((text): AttestSpec => {
    const spec = parseAttestSpec(text);
    if ('error' in spec) throw new UsageError(spec.error, 'check');
    return spec;
  });
  const named = (flag: string, key: keyof SimulationFlags) => {
    const v = text(values, flag);
    return v === undefined ? {} : { [key]: v };
  };
  const flags: SimulationFlags = {
    attest,
    ...named('comments', 'comments'),
    ...named('teams', 'teams'),
    ...named('pr-author', 'prAuthor'),
    ...named('proposed-policy', 'proposedPolicy'),
  };
  const simulating = attest.length > 0 || flags.comments !== undefined || flags.proposedPolicy !== undefined;
  if (!simulating && (flags.teams !== undefined || flags.prAuthor !== undefined))
    throw new UsageError('--teams and --pr-author only matter with --attest or --comments', 'check');
  return simulating ? { simulate: flags } : {};
}
