// What a local simulation (`rsp-gate check --attest/--comments/--proposed-policy`) did, as terminal text, Markdown and
// JSON: one line per simulated command with its outcome, under the assumptions the simulation made.
import type { SimulationOutcome, SimulationStatus } from '../commands/simulate.ts';
import type { Verdict } from '../engine/types.ts';
import { codeSpan, escapeMarkdown, escapeTerminal } from './escape.ts';

export interface SimulationSummary {
  outcomes: SimulationOutcome[];
  /** The proposed policy file the change was judged under, when one was given. */
  proposedPolicy?: string;
  /** Where team memberships came from, when given. */
  teamsFile?: string;
  /** The PR author the self-attestation rules were applied to, when given. */
  prAuthor?: string;
}

const LABEL: Record<SimulationStatus, string> = {
  counted: 'counted',
  refused: 'refused',
  'no-effect': 'no effect',
  unreadable: 'not a command',
};

const MARK: Record<SimulationStatus, string> = { counted: '✅', refused: '❌', 'no-effect': '➖', unreadable: '❓' };

/** The assumptions a reader must know to trust the outcome lines. */
function assumptions(s: SimulationSummary): string[] {
  const lines = [
    'Simulated locally: nothing is posted. Every simulated user is taken to have write access to the repository.',
    s.teamsFile === undefined
      ? 'No --teams file: team owners cannot be resolved, only users listed by name count.'
      : `Team memberships from ${s.teamsFile}.`,
    s.prAuthor === undefined ? 'No --pr-author: no one is treated as the PR author.' : `PR author: ${s.prAuthor}.`,
  ];
  if (s.proposedPolicy !== undefined)
    lines.push(`Judged under the proposed policy ${s.proposedPolicy} (at both commits), not the policy of the base commit.`);
  return lines;
}

function detail(o: SimulationOutcome): string {
  if (o.status === 'counted') return `counted (${o.detail})${o.models === undefined ? '' : ` for ${o.models.join(', ')}`}`;
  return `${LABEL[o.status]}: ${o.detail}`;
}

export function renderSimulationText(s: SimulationSummary): string {
  const rows = s.outcomes.map(
    (o) =>
      `  ${MARK[o.status]} ${escapeTerminal(o.user)}: ${escapeTerminal(o.command)}  [${escapeTerminal(o.source)}]\n      ${escapeTerminal(detail(o))}`,
  );
  const body = rows.length === 0 ? ['  (no simulated commands)'] : rows;
  return ['simulation:', ...assumptions(s).map((a) => `  ${escapeTerminal(a)}`), ...body].join('\n');
}

export function renderSimulationMarkdown(s: SimulationSummary): string {
  const rows = s.outcomes.map(
    (o) =>
      `- ${MARK[o.status]} ${escapeMarkdown(o.user)}: ${codeSpan(o.command)} (${escapeMarkdown(o.source)}): ${escapeMarkdown(detail(o))}`,
  );
  return [
    '### Simulated commands',
    '',
    ...assumptions(s).map((a) => `> ${escapeMarkdown(a)}`),
    '',
    ...(rows.length === 0 ? ['No simulated commands.'] : rows),
  ].join('\n');
}

/** The JSON of a simulation: the report as it would be, beside what was simulated, so it is never taken for a real one. */
export function toSimulationJson(s: SimulationSummary, verdict: Verdict): string {
  return `${JSON.stringify({ simulation: s, report: verdict }, null, 2)}\n`;
}
