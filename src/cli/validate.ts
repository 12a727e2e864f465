// `rsp-gate validate`: the policy, model configs and result files of a working tree, before anything is committed.
import picomatch from 'picomatch';
import type { CliCommand } from './args.ts';
import type { CliIO } from './cli.ts';
import { policyAdvice, type Advice } from './policy-advice.ts';
import { leadingProblem } from './verdict-line.ts';
import { fitLine, wrapText } from './wrap.ts';
import { listDirectory, directoryFile } from '../sources/directory.ts';
import { readText } from '../sources/file-source.ts';
import { DEFAULT_POLICY_PATH, unreadFile } from '../run/evaluate-change.ts';
import { modelFromFolder } from '../run/scope.ts';
import { loadPolicy } from '../policy/load.ts';
import { loadModelConfig } from '../policy/model-config.ts';
import { readResultFile } from '../evidence/read.ts';
import type { Finding } from '../common/finding.ts';
import { plural } from '../engine/format.ts';
import { escapeTerminal } from '../report/escape.ts';

type ValidateCommand = Extract<CliCommand, { command: 'validate' }>;

export async function runValidate(cmd: ValidateCommand, root: string, io: CliIO, columns: number): Promise<number> {
  const policyPath = cmd.policy ?? DEFAULT_POLICY_PATH;
  const policySource = await directoryFile(root, policyPath);
  const loaded = loadPolicy(policySource ? await readText(policySource) : undefined, policyPath);
  const findings: Finding[] = [...loaded.findings];
  // Nobody to act is a warning about a policy that exists, not about one that is missing.
  const advice = policySource ? policyAdvice(loaded) : [];
  const counts = await readFiles(root, loaded.policy.paths, findings);
  const lines = [...findings.map(formatFinding), ...advice.map(formatAdvice)];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length + advice.length;
  const notices = findings.filter((f) => f.severity === 'notice').length;
  const summary =
    `${errors > 0 ? 'INVALID' : 'VALID'}: ${escapeTerminal(policyPath)}, ${plural(counts.models, 'model config')}, ${plural(counts.results, 'result file')}: ` +
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`;
  const problem = leadingProblem(findings);
  if (lines.length > 0) io.stdout(`${wrapText(lines.join('\n'), columns)}\n\n`);
  io.stdout(`${fitLine(problem === undefined ? summary : `INVALID: ${problem}`, columns)}\n`);
  return errors > 0 ? 1 : 0;
}

/** Reads every model config and result file under the policy's paths, adding what is wrong with them to `findings`. */
async function readFiles(root: string, paths: { models: string[]; evals: string[] }, findings: Finding[]): Promise<{ models: number; results: number }> {
  const isModel = picomatch(paths.models, { dot: true });
  const isEval = picomatch(paths.evals, { dot: true });
  const roots = paths.evals.map((g) => picomatch.scan(g).base);
  let models = 0;
  let results = 0;
  for (const path of await listDirectory(root)) {
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
      findings.push(...read.findings);
    }
  }
  return { models, results };
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
