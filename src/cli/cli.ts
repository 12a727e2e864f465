// The rsp-gate CLI: the same core as the Action and the App, over a local git repository.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCli, UsageError, type CliCommand } from './args.ts';
import { runCheck } from './check.ts';
import { commandHelp, helpPointer, mainHelp } from './help.ts';
import { runInit } from './init-command.ts';
import { runAudit } from './audit.ts';
import { runValidate } from './validate.ts';
import { runVerify } from './verify.ts';
import { packageVersion } from '../run/tool.ts';
import { wrapText } from './wrap.ts';
import { GitError } from '../sources/git-objects.ts';
import { escapeTerminal } from '../report/escape.ts';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Columns of the terminal; text output is wrapped to fit (default 100). */
  columns?: number;
  /** The clock `check` judges by without --at (default: the system clock). */
  now?: () => Date;
}

const DEFAULT_COLUMNS = 100;

/** Runs one CLI invocation and returns its exit code: 0 the gate passes, 1 it does not, 2 usage error. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(parseCli(argv), io);
  } catch (err) {
    if (err instanceof UsageError) {
      // Only the mistake and where to read about it: the full help would bury the one line that matters.
      io.stderr(`rsp-gate: ${escapeTerminal(err.message)}\n${helpPointer(err.command)}\n`);
      return 2;
    }
    if (err instanceof GitError) {
      io.stderr(`rsp-gate: ${escapeTerminal(err.message)}\n`);
      return 2;
    }
    // Fail closed: anything unexpected means the gate does not pass, with a message rather than only a trace.
    io.stderr(`rsp-gate: could not complete: ${escapeTerminal((err as Error).message)}\n`);
    if (io.env['RSP_GATE_DEBUG']) io.stderr(`${(err as Error).stack ?? ''}\n`);
    return 1;
  }
}

async function dispatch(cmd: CliCommand, io: CliIO): Promise<number> {
  switch (cmd.command) {
    case 'help':
      io.stdout(wrapText(cmd.topic === undefined ? mainHelp() : commandHelp(cmd.topic), columnsOf(io)));
      return 0;
    case 'version':
      io.stdout(`${await packageVersion()}\n`);
      return 0;
    case 'check':
      return runCheck(cmd, await existingRepo(cmd), io, columnsOf(io));
    case 'validate':
      return runValidate(cmd, await existingRepo(cmd), io, columnsOf(io));
    case 'init':
      return runInit(cmd, await existingRepo(cmd), io);
    case 'verify':
      return runVerify(cmd, await existingRepo(cmd), io, columnsOf(io));
    case 'audit':
      return runAudit(cmd, io);
  }
}

/** --repo must name a directory: a typo there is the user's to fix, not a gate that fails. */
async function existingRepo(cmd: { command: 'check' | 'validate' | 'init' | 'verify'; repo: string }): Promise<string> {
  const root = resolve(cmd.repo);
  const isDir = await stat(root).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new UsageError(`--repo ${cmd.repo}: no such directory`, cmd.command);
  return root;
}

/** The terminal's width; when output is piped, $COLUMNS as shells and other tools honour it, else 100. */
function columnsOf(io: CliIO): number {
  const fromEnv = Number(io.env['COLUMNS']);
  if (io.columns !== undefined && io.columns > 0) return io.columns;
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_COLUMNS;
}
