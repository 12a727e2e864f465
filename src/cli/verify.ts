// `rsp-gate verify REPORT.json`: the recorded verdict re-derived from the repository at the recorded commits, as of the
// recorded reference time, with the recorded ledger replayed; "identical", or each field that differs.
import { readFile } from 'node:fs/promises';
import type { CliCommand } from './args.ts';
import type { CliIO } from './cli.ts';
import { UsageError } from './args.ts';
import { wrapText } from './wrap.ts';
import { replayLedger, rederiveLedger } from '../commands/replay.ts';
import { AnyReportSchema } from '../engine/verdict.ts';
import type { Verdict } from '../engine/types.ts';
import { byImportance, describeDifference, diffReports, type Difference } from '../report/report-diff.ts';
import { escapeTerminal } from '../report/escape.ts';
import { evaluateChange } from '../run/evaluate-change.ts';
import { currentTool } from '../run/tool.ts';
import { LocalGitReader } from '../sources/local-git.ts';

type VerifyCommand = Extract<CliCommand, { command: 'verify' }>;

/** Differences listed before the rest are only counted: the first ones say what happened. */
const LISTED = 40;

export async function runVerify(cmd: VerifyCommand, root: string, io: CliIO, columns: number): Promise<number> {
  const read = await readReport(cmd.report);
  if ('problem' in read) {
    io.stdout(`${wrapText(`cannot verify ${escapeTerminal(cmd.report)}: ${escapeTerminal(read.problem)}`, columns)}\n`);
    return 1;
  }
  const { recorded, simulated } = read;
  const reader = new LocalGitReader(root);
  const [base, head] = [await reader.resolve(recorded.subject.baseSha), await reader.resolve(recorded.subject.headSha)];
  const policyBase = recorded.subject.policySha === undefined ? undefined : await reader.resolve(recorded.subject.policySha);
  const rederived = await rederive(reader, recorded, base, head, policyBase);
  const differences = byImportance(diffReports(comparable(recorded), comparable(rederived)));
  const what = `${base.slice(0, 12)}..${head.slice(0, 12)} as of ${recorded.referenceDate}`;
  const notes = [
    ...(simulated ? ['(a report of a local simulation: its simulated commands are replayed as recorded)'] : []),
    ...(recorded.tool.version === rederived.tool.version
      ? []
      : [`(recorded by rsp-gate ${recorded.tool.version}, re-derived by ${rederived.tool.version})`]),
  ];
  if (differences.length === 0) {
    const summary = `identical: ${escapeTerminal(cmd.report)} re-derives from ${what}: ${recorded.conclusion}, ${recorded.models.length} model(s), ${recorded.ledger.length} ledger entries`;
    io.stdout(`${wrapText([summary, ...notes].join('\n'), columns)}\n`);
    return 0;
  }
  io.stdout(`${wrapText(differenceText(cmd.report, what, differences, notes), columns)}\n`);
  return 1;
}

function differenceText(report: string, what: string, differences: Difference[], notes: string[]): string {
  const lines = differences.slice(0, LISTED).map((d) => `  ${escapeTerminal(describeDifference(d))}`);
  const more = differences.length > LISTED ? [`  … and ${differences.length - LISTED} more`] : [];
  return [
    `differs: ${escapeTerminal(report)} is not what ${what} gives (${differences.length} difference(s)):`,
    ...lines,
    ...more,
    ...notes,
  ].join('\n');
}

/** The report, or why it cannot be verified. A missing file is the user's to fix (exit 2), not a failed check. */
async function readReport(path: string): Promise<{ recorded: Verdict; simulated: boolean } | { problem: string }> {
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`${path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`, 'verify');
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { problem: `it is not JSON (${(err as Error).message})` };
  }
  // `check --format json` with a simulation writes the report beside what was simulated.
  const wrapped = typeof json === 'object' && json !== null && 'simulation' in json && 'report' in json;
  const parsed = AnyReportSchema.safeParse(wrapped ? (json as { report: unknown }).report : json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    return { problem: `it is not an rsp-gate report (${issues.join('; ')})` };
  }
  const report = parsed.data;
  if (report.schemaVersion === 1) return { problem: 'a schemaVersion 1 report records neither its commits nor its ledger' };
  if (report.subject.baseSha === '' || report.subject.headSha === '') return { problem: 'the report records no commits' };
  return { recorded: report, simulated: wrapped };
}

/** The verdict again; a snapshot (check --all) is recognised by judging every model of the repository. */
async function rederive(reader: LocalGitReader, recorded: Verdict, base: string, head: string, policyBase?: string): Promise<Verdict> {
  const subject = {
    ...(recorded.subject.repository === undefined ? {} : { repository: recorded.subject.repository }),
    ...(recorded.subject.pullRequest === undefined ? {} : { pullRequest: recorded.subject.pullRequest }),
  };
  const tool = await currentTool();
  const once = (all: boolean, judged?: Verdict) =>
    evaluateChange(
      reader,
      { base, head, ...(policyBase === undefined ? {} : { policyBase }) },
      {
        all,
        policyPath: recorded.policy.file,
        referenceTime: recorded.referenceDate,
        commands: async () => replayLedger(recorded, judged?.models),
        subject,
        tool,
      },
    );
  // Twice: the first gives the fingerprints that tell which refused attestations the engine outdates again.
  const run = async (all: boolean) => {
    const verdict = await once(all, await once(all));
    return { ...verdict, ledger: rederiveLedger(recorded.ledger, verdict.ledger) };
  };
  const ids = (v: Verdict) => v.models.map((m) => m.id).join(',');
  const change = await run(base === head);
  if (base === head || ids(change) === ids(recorded)) return change;
  const snapshot = await run(true);
  return ids(snapshot) === ids(recorded) ? snapshot : change;
}

/** What verify compares: everything but the version of rsp-gate that wrote it. */
function comparable(report: Verdict): Omit<Verdict, 'tool'> {
  const { tool: _tool, ...rest } = report;
  return rest;
}
