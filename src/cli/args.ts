// Command-line parsing for rsp-gate: subcommands, their flags, and usage errors (exit 2).
import { parseArgs } from 'node:util';

export const USAGE = `Usage:
  rsp-gate check    [--repo DIR] [--base REF] [--head REF] [--all] [--policy PATH]
                    [--format text|markdown|json] [--output FILE] [--no-color]
  rsp-gate validate [--repo DIR] [--policy PATH]
  rsp-gate init     [--repo DIR] [--preset NAME] [--force]
  rsp-gate help

check     evaluates the change from --base to --head (default: the merge base with the default branch, and HEAD)
          against the policy at --base; --all evaluates every model. Exit 0: the gate passes; 1: it does not.
validate  checks the policy, the model configs and the result files of the working tree.
init      writes a starter .github/rsp-policy.yml (presets: anthropic-rsp-v3, anthropic-rsp-v2.2,
          openai-preparedness-v2, gdm-fsf-v3).`;

export class UsageError extends Error {}

export type Format = 'text' | 'markdown' | 'json';

export type CliCommand =
  | { command: 'check'; repo: string; base?: string; head: string; all: boolean; policy?: string; format: Format; output?: string; color?: boolean }
  | { command: 'validate'; repo: string; policy?: string }
  | { command: 'init'; repo: string; preset?: string; force: boolean }
  | { command: 'help' };

export function parseCli(argv: string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  const parsed = (() => {
    try {
      return parseArgs({
        args: rest,
        strict: true,
        allowPositionals: false,
        options: {
          repo: { type: 'string', default: '.' },
          base: { type: 'string' },
          head: { type: 'string', default: 'HEAD' },
          all: { type: 'boolean', default: false },
          policy: { type: 'string' },
          format: { type: 'string', default: 'text' },
          output: { type: 'string' },
          'no-color': { type: 'boolean', default: false },
          color: { type: 'boolean', default: false },
          preset: { type: 'string' },
          force: { type: 'boolean', default: false },
        },
      }).values;
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  })();
  const allowed: Record<string, string[]> = {
    check: ['repo', 'base', 'head', 'all', 'policy', 'format', 'output', 'no-color', 'color'],
    validate: ['repo', 'policy'],
    init: ['repo', 'preset', 'force'],
  };
  const flags = allowed[command];
  if (!flags) throw new UsageError(`unknown command "${command}"`);
  for (const [key, value] of Object.entries(parsed)) {
    const isDefault = value === false || (key === 'repo' && value === '.') || (key === 'head' && value === 'HEAD') || (key === 'format' && value === 'text');
    if (!flags.includes(key) && !isDefault) throw new UsageError(`--${key} does not apply to "${command}"`);
  }
  const repo = parsed.repo ?? '.';
  if (command === 'validate') return { command, repo, ...(parsed.policy ? { policy: parsed.policy } : {}) };
  if (command === 'init') return { command, repo, force: parsed.force ?? false, ...(parsed.preset ? { preset: parsed.preset } : {}) };
  const format = parsed.format ?? 'text';
  if (format !== 'text' && format !== 'markdown' && format !== 'json') throw new UsageError(`--format must be text, markdown or json, not "${format}"`);
  const color = parsed['no-color'] ? false : parsed.color ? true : undefined;
  return {
    command: 'check',
    repo,
    head: parsed.head ?? 'HEAD',
    all: parsed.all ?? false,
    format,
    ...(parsed.base ? { base: parsed.base } : {}),
    ...(parsed.policy ? { policy: parsed.policy } : {}),
    ...(parsed.output ? { output: parsed.output } : {}),
    ...(color === undefined ? {} : { color }),
  };
}
