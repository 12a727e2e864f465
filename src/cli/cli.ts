// The rsp-gate CLI: the same core as the Action and the App, over a local git repository.
import { mkdir, writeFile, access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { append } from '../append.ts';
import { pathMatcher } from '../globs.ts';
import { parseCli, USAGE, UsageError, type CliCommand } from './args.ts';
import { LocalGitReader, GitError } from '../sources/local-git.ts';
import { listDirectory, directoryFile } from '../sources/directory.ts';
import { readText } from '../sources/file-source.ts';
import { evaluateChange, DEFAULT_POLICY_PATH, unreadFile } from '../run/evaluate-change.ts';
import { modelFromFolder } from '../run/scope.ts';
import { loadPolicy } from '../policy/load.ts';
import { loadModelConfig } from '../policy/model-config.ts';
import { initPolicy } from '../policy/init.ts';
import { readResultFile } from '../evidence/read.ts';
import { renderText } from '../report/text.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { toJsonReport } from '../report/json.ts';
import type { Finding } from '../finding.ts';
import { escapeTerminal } from '../report/escape.ts';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** Runs one CLI invocation and returns its exit code: 0 the gate passes, 1 it does not, 2 usage error. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let cmd: CliCommand;
  try {
    cmd = parseCli(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`rsp-gate: ${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    switch (cmd.command) {
      case 'help':
        io.stdout(`${USAGE}\n`);
        return 0;
      case 'check':
        return await check(cmd, io);
      case 'validate':
        return await validate(cmd, io);
      case 'init':
        return await init(cmd, io);
    }
  } catch (err) {
    if (err instanceof UsageError || err instanceof GitError) {
      io.stderr(`rsp-gate: ${escapeTerminal(err.message)}\n`);
      return 2;
    }
    // Fail closed: anything unexpected means the gate does not pass, with a message rather than only a trace.
    io.stderr(`rsp-gate: could not complete: ${escapeTerminal((err as Error).message)}\n`);
    if (io.env['RSP_GATE_DEBUG']) io.stderr(`${(err as Error).stack ?? ''}\n`);
    return 1;
  }
}

async function check(cmd: Extract<CliCommand, { command: 'check' }>, io: CliIO): Promise<number> {
  const reader = new LocalGitReader(resolve(cmd.repo));
  const head = await reader.resolve(cmd.head);
  const base = cmd.base !== undefined ? await reader.resolve(cmd.base) : cmd.all ? head : await defaultBase(reader, head);
  const verdict = await evaluateChange(reader, { base, head }, { all: cmd.all, ...(cmd.policy ? { policyPath: cmd.policy } : {}) });
  const color = cmd.color ?? (io.isTTY && !io.env['NO_COLOR'] && cmd.output === undefined);
  const rendered =
    cmd.format === 'json' ? toJsonReport(verdict) : cmd.format === 'markdown' ? `${renderMarkdown(verdict, {})}\n` : renderText(verdict, { color });
  if (cmd.output !== undefined) {
    await mkdir(dirname(resolve(cmd.output)), { recursive: true });
    await writeFile(cmd.output, rendered);
    io.stdout(`${verdict.conclusion}: ${escapeTerminal(verdict.headline)} (report written to ${escapeTerminal(cmd.output)})\n`);
  } else {
    io.stdout(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  }
  return verdict.conclusion === 'success' || verdict.conclusion === 'neutral' ? 0 : 1;
}

/** Without --base, a change is judged from where it left the default branch. */
async function defaultBase(reader: LocalGitReader, head: string): Promise<string> {
  for (const candidate of ['origin/HEAD', 'origin/main', 'main', 'origin/master', 'master']) {
    try {
      const ref = await reader.resolve(candidate);
      return (await reader.git(['merge-base', ref, head])).trim();
    } catch {
      // try the next candidate
    }
  }
  throw new UsageError('no default branch found to compare with: pass --base REF (or --all)');
}

async function validate(cmd: Extract<CliCommand, { command: 'validate' }>, io: CliIO): Promise<number> {
  const root = resolve(cmd.repo);
  const policyPath = cmd.policy ?? DEFAULT_POLICY_PATH;
  const policySource = await directoryFile(root, policyPath);
  const loaded = loadPolicy(policySource ? await readText(policySource) : undefined, policyPath);
  const findings: Finding[] = [...loaded.findings];
  const files = await listDirectory(root);
  const isModel = pathMatcher(loaded.policy.paths.models);
  const isEval = pathMatcher(loaded.policy.paths.evals);
  const roots = loaded.policy.paths.evals.map((g) => picomatch.scan(g).base);
  let models = 0;
  let results = 0;
  for (const path of files) {
    const src = await directoryFile(root, path);
    if (!src) continue;
    if (isModel(path)) {
      models++;
      findings.push(...loadModelConfig(await readText(src), path).findings);
    } else if (isEval(path)) {
      const folderModel = modelFromFolder(path, roots);
      const read = await readResultFile(src, folderModel === undefined ? {} : { folderModel });
      if (read.format) results++;
      else findings.push(unreadFile(path));
      append(findings, read.findings);
    }
  }
  for (const f of findings) io.stdout(`${formatFinding(f)}\n`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  io.stdout(`${policyPath}: ${models} model config(s), ${results} result file(s), ${errors} error(s), ${findings.length - errors} other finding(s)\n`);
  return errors > 0 ? 1 : 0;
}

async function init(cmd: Extract<CliCommand, { command: 'init' }>, io: CliIO): Promise<number> {
  const target = join(resolve(cmd.repo), DEFAULT_POLICY_PATH);
  const exists = await access(target).then(() => true, () => false);
  if (exists && !cmd.force) throw new UsageError(`${DEFAULT_POLICY_PATH} already exists (use --force to overwrite)`);
  let text: string;
  try {
    text = initPolicy(cmd.preset);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  io.stdout(`wrote ${DEFAULT_POLICY_PATH}${cmd.preset ? ` (extends ${cmd.preset})` : ''}; set every value marked SET, then run: rsp-gate validate\n`);
  return 0;
}

/** File paths and messages carry the repository's text: no escape sequences reach the terminal. */
function formatFinding(f: Finding): string {
  const where = f.file ? `${escapeTerminal(f.file)}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}: ` : '';
  return `${where}${f.severity} ${f.code} ${escapeTerminal(f.message)}`;
}
