// `rsp-gate validate`: the policy, model configs and result files of a working tree, before anything is committed.
import type { CliCommand } from './args.ts';
import type { CliIO } from './cli.ts';
import { policyAdvice, type Advice } from './policy-advice.ts';
import { leadingProblem } from './verdict-line.ts';
import { fitLine, wrapText } from './wrap.ts';
import { DirectoryReader, directoryFile } from '../sources/directory.ts';
import { readText } from '../sources/file-source.ts';
import { DEFAULT_POLICY_PATH, readChange } from '../run/evaluate-change.ts';
import { loadPolicy } from '../policy/load.ts';
import type { Finding } from '../common/finding.ts';
import { plural } from '../engine/format.ts';
import { escapeTerminal } from '../report/escape.ts';

type ValidateCommand = Extract<CliCommand, { command: 'validate' }>;

export async function runValidate(cmd: ValidateCommand, root: string, io: CliIO, columns: number): Promise<number> {
  const policyPath = cmd.policy ?? DEFAULT_POLICY_PATH;
  // The working tree read as check reads a commit, every file counted as changed: one reading, one set of file findings.
  const reader = new DirectoryReader(root, new Date().toISOString());
  const tree = await reader.listFiles();
  const change = { base: DirectoryReader.COMMIT, head: DirectoryReader.COMMIT, changedFiles: tree.map((e) => e.path) };
  const { input, resultsRead } = await readChange(reader, change, { policyPath, all: true });
  const findings: Finding[] = [...input.policyFindings, ...input.inputFindings];
  // Nobody to act is a warning about a policy that exists, not about one that is missing.
  const policySource = await directoryFile(root, policyPath);
  const advice = policySource ? policyAdvice(loadPolicy(await readText(policySource), policyPath)) : [];
  const lines = [...findings.map(formatFinding), ...advice.map(formatAdvice)];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length + advice.length;
  const notices = findings.filter((f) => f.severity === 'notice').length;
  const summary =
    `${errors > 0 ? 'INVALID' : 'VALID'}: ${escapeTerminal(policyPath)}, ${plural(input.headModels.length, 'model config')}, ${plural(resultsRead, 'result file')}: ` +
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`;
  const problem = leadingProblem(findings);
  if (lines.length > 0) io.stdout(`${wrapText(lines.join('\n'), columns)}\n\n`);
  io.stdout(`${fitLine(problem === undefined ? summary : `INVALID: ${problem}`, columns)}\n`);
  return errors > 0 ? 1 : 0;
}

function place(file: string | undefined, line: number | undefined, column: number | undefined): string {
  return file ? `${escapeTerminal(file)}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ` : '';
}

/** File paths and messages carry the repository's text: no escape sequences reach the terminal. */
function formatFinding(f: Finding): string {
  return `${place(f.file, f.line, f.column)}${f.severity} ${f.code} ${escapeTerminal(f.message)}`;
}

function formatAdvice(a: Advice): string {
  return `${place(a.file, a.line, a.column)}warning ${escapeTerminal(a.message)}`;
}
