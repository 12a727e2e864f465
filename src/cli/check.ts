// `rsp-gate check`: a change between two commits of a local repository, judged as the Action judges a pull request.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliCommand } from './args.ts';
import type { CliIO } from './cli.ts';
import { UsageError } from './args.ts';
import { uncommittedGoverned } from './uncommitted.ts';
import { gateVerdictLine } from './verdict-line.ts';
import { wrapText } from './wrap.ts';
import { prepareSimulation, type Simulation } from './simulate.ts';
import { LocalGitReader } from '../sources/local-git.ts';
import { readText } from '../sources/file-source.ts';
import { evaluateChange, DEFAULT_POLICY_PATH } from '../run/evaluate-change.ts';
import { currentTool } from '../run/tool.ts';
import { loadPolicy } from '../policy/load.ts';
import type { Verdict } from '../engine/types.ts';
import { renderText } from '../report/text.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { toJsonReport } from '../report/json.ts';
import { escapeTerminal } from '../report/escape.ts';
import { statusPage } from './status-page.ts';
import { renderSimulationMarkdown, renderSimulationText, toSimulationJson } from '../report/simulation.ts';

type CheckCommand = Extract<CliCommand, { command: 'check' }>;

/** Paths named at most in the warning about uncommitted edits; the rest are counted. */
const LISTED_EDITS = 5;

export async function runCheck(cmd: CheckCommand, root: string, io: CliIO, columns: number): Promise<number> {
  const reader = new LocalGitReader(root);
  const head = await reader.resolve(cmd.head);
  const base = cmd.base !== undefined ? await reader.resolve(cmd.base) : cmd.all ? head : await defaultBase(reader, head);
  const policyPath = cmd.policy ?? DEFAULT_POLICY_PATH;
  // As of now unless --at says when: the report records the time, and --at with it reproduces the verdict.
  const referenceTime = cmd.at ?? (io.now?.() ?? new Date()).toISOString();
  const simulation =
    cmd.simulate !== undefined ? await prepareSimulation(cmd.simulate, reader, head, { policyPath, now: referenceTime }) : undefined;
  const verdict = await evaluateChange(
    simulation?.reader ?? reader,
    { base, head },
    {
      all: cmd.all,
      policyPath,
      referenceTime,
      tool: await currentTool(),
      ...(simulation === undefined ? {} : { commands: simulation.commands }),
    },
  );
  await warnUncommitted(reader, head, policyPath, io);
  const exitCode = verdict.conclusion === 'success' || verdict.conclusion === 'neutral' ? 0 : 1;
  const color = cmd.color ?? (io.isTTY && !io.env['NO_COLOR'] && cmd.output === undefined);
  const rendered =
    cmd.format === 'html'
      ? await statusPage(verdict, cmd.pulls)
      : simulation === undefined
        ? render(verdict, cmd.format, color)
        : renderSimulated(simulation, verdict, cmd.format, color);
  if (cmd.output !== undefined) {
    await mkdir(dirname(resolve(cmd.output)), { recursive: true });
    await writeFile(cmd.output, rendered);
    io.stdout(`report written to ${escapeTerminal(cmd.output)} (${cmd.format})\n${gateVerdictLine(verdict, exitCode, columns)}\n`);
  } else if (cmd.format === 'text') {
    io.stdout(`${wrapText(rendered.trimEnd(), columns)}\n\n${gateVerdictLine(verdict, exitCode, columns)}\n`);
  } else {
    io.stdout(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  }
  return exitCode;
}

function render(verdict: Verdict, format: Exclude<CheckCommand['format'], 'html'>, color: boolean): string {
  if (format === 'json') return toJsonReport(verdict);
  if (format === 'markdown') return `${renderMarkdown(verdict, {})}\n`;
  return renderText(verdict, { color });
}

/** The report with what was simulated: after the text and the comment, beside the JSON report. */
function renderSimulated(simulation: Simulation, verdict: Verdict, format: CheckCommand['format'], color: boolean): string {
  const summary = simulation.summarize(verdict);
  if (format === 'json') return toSimulationJson(summary, verdict);
  if (format === 'markdown') return `${renderMarkdown(verdict, {})}\n\n${renderSimulationMarkdown(summary)}\n`;
  return `${renderText(verdict, { color }).trimEnd()}\n\n${renderSimulationText(summary)}\n`;
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
  throw new UsageError('no default branch found to compare with: pass --base REF (or --all)', 'check');
}

/** On stderr, so that --format json stays one document: edits to HEAD's working tree that the verdict leaves out. */
async function warnUncommitted(reader: LocalGitReader, head: string, policyPath: string, io: CliIO): Promise<void> {
  if (head !== (await reader.resolve('HEAD'))) return;
  const policyFile = (await reader.readFiles(head, [policyPath])).get(policyPath);
  const { policy } = loadPolicy(policyFile ? await readText(policyFile) : undefined, policyPath);
  const edits = await uncommittedGoverned(reader, policy, policyPath);
  if (edits.length === 0) return;
  const listed = edits.slice(0, LISTED_EDITS).map(escapeTerminal).join(', ');
  const more = edits.length > LISTED_EDITS ? ` and ${edits.length - LISTED_EDITS} more` : '';
  io.stderr(
    `rsp-gate: warning: ${edits.length} uncommitted change(s) under the policy, model or result paths are not evaluated ` +
      `(check compares commits; commit them, or run rsp-gate validate on the working tree): ${listed}${more}\n`,
  );
}
