// What the CLI prints on a terminal: the headline, each model's capabilities and checklist, then the findings.
import type { Finding, Severity } from '../common/finding.ts';
import { formatNumber } from '../engine/format.ts';
import type { CapabilityStatus, Conclusion, EvidenceVerdict, ModelVerdict, SafeguardStatus, Verdict } from '../engine/types.ts';
import { allFindings } from './all-findings.ts';
import { escapeTerminal as t } from './escape.ts';
import { locationText, valueText } from './evidence-text.ts';
import { CAPABILITY_LABEL, CONCLUSION_LABEL, SAFEGUARD_LABEL } from './labels.ts';

export interface TextOptions {
  color: boolean;
}

type Colour = 'red' | 'yellow' | 'green' | 'magenta' | 'dim' | 'bold';
const SGR: Record<Colour, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  magenta: [35, 39],
  dim: [2, 22],
  bold: [1, 22],
};

const CONCLUSION_COLOUR: Record<Conclusion, Colour> = { success: 'green', failure: 'red', action_required: 'yellow', neutral: 'dim' };
const CAPABILITY_COLOUR: Record<CapabilityStatus, Colour> = {
  crossed: 'red',
  not_ruled_out: 'red',
  unevaluated: 'magenta',
  approaching: 'yellow',
  below: 'green',
};
const SAFEGUARD_COLOUR: Record<SafeguardStatus, Colour> = { satisfied: 'green', attested: 'green', pending: 'yellow' };
const SEVERITY_COLOUR: Record<Severity, Colour> = { error: 'red', warning: 'yellow', notice: 'dim' };

function painter(color: boolean): (colour: Colour, text: string) => string {
  return (colour, text) => (color ? `\u001b[${SGR[colour][0]}m${text}\u001b[${SGR[colour][1]}m` : text);
}

function pad(text: string, width: number): string {
  return text.padEnd(width, ' ');
}

function modelLines(m: ModelVerdict, paint: ReturnType<typeof painter>): string[] {
  const lines = [
    `${paint('bold', t(m.id))}  needs ${t(m.requiredLevel)} · declares ${t(m.declaredLevel)} · ${paint(CONCLUSION_COLOUR[m.conclusion], CONCLUSION_LABEL[m.conclusion].word.toLowerCase())}  (${t(m.path)})`,
  ];
  for (const c of m.capabilities) {
    const head = `    ${paint(CAPABILITY_COLOUR[c.status], pad(CAPABILITY_LABEL[c.status].word, 14))} ${t(c.id)}`;
    if (c.evidence.length === 0) lines.push(`${head}  ${t(c.reason)}`);
    for (const e of c.evidence) {
      const where = locationText(e.file, e.line);
      const rule = e.status === c.status ? '' : ` [${CAPABILITY_LABEL[e.status].word}]`;
      const trend = trendText(e);
      lines.push(
        `${head}  ${t(e.eval)}/${t(e.metric)} ${valueText(e)}${rule}: ${t(e.reason)}${trend === '' ? '' : `  ${trend}`}${where === '' ? '' : `  ${paint('dim', t(where))}`}`,
      );
    }
  }
  if (m.safeguards.length > 0) lines.push(`  safeguards up to ${t(m.requiredLevel)}:`);
  for (const s of m.safeguards) {
    const who = s.attestedBy === null ? '' : ` by ${t(s.attestedBy)} at ${t(s.attestedAt ?? '?')}`;
    const todo = s.status === 'pending' ? `  → ${t(s.attestCommand)}` : '';
    const owners = s.owners.length > 0 ? ` [${s.owners.map(t).join(', ')}]` : '';
    lines.push(
      `    ${paint(SAFEGUARD_COLOUR[s.status], pad(SAFEGUARD_LABEL[s.status].word, 10))} ${t(s.id)} (${t(s.level)}, ${s.kind}) ${t(s.title)}${owners}${who}${todo}`,
    );
  }
  return lines;
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** The rule's dated results as a one-line sparkline on the scale from 0 to its threshold, and the change since the first. */
export function trendText(e: EvidenceVerdict): string {
  const points = e.history ?? [];
  const first = points[0];
  const last = points.at(-1);
  if (points.length < 2 || first === undefined || last === undefined) return '';
  const top = e.threshold !== null && e.threshold > 0 ? e.threshold : Math.max(...points.map((p) => p.value));
  const spark = points
    .map((p) => SPARKS[Math.round(Math.min(1, Math.max(0, top === 0 ? 0 : p.value / top)) * (SPARKS.length - 1))])
    .join('');
  const change = last.value - first.value;
  return `trend ${spark} ${change >= 0 ? '+' : '−'}${formatNumber(Math.abs(change))} since ${t(first.date.slice(0, 10))}`;
}

function findingLine(f: Finding, paint: ReturnType<typeof painter>): string {
  const where = locationText(f.file, f.line);
  return `${where === '' ? '' : `${t(where)}: `}${paint(SEVERITY_COLOUR[f.severity], f.severity)} ${f.code} ${t(f.message)}`;
}

export function renderText(verdict: Verdict, options: TextOptions): string {
  const paint = painter(options.color);
  const { word } = CONCLUSION_LABEL[verdict.conclusion];
  const lines = [`${paint(CONCLUSION_COLOUR[verdict.conclusion], paint('bold', word.toUpperCase()))}  ${t(verdict.headline)}`];
  for (const m of verdict.models) lines.push('', ...modelLines(m, paint));
  // Pending safeguards are already listed, with the command to attest, in each model's checklist above.
  const findings = allFindings(verdict).filter((f) => f.code !== 'SAFEGUARD_PENDING');
  const pending = verdict.models.reduce((n, m) => n + m.safeguards.filter((s) => s.status === 'pending').length, 0);
  if (findings.length > 0 || pending > 0) lines.push('', 'findings:', ...findings.map((f) => findingLine(f, paint)));
  if (pending > 0)
    lines.push(`${paint(SEVERITY_COLOUR.warning, 'warning')} SAFEGUARD_PENDING ${pending} safeguard(s) pending: see the checklists above`);
  return `${lines.join('\n')}\n`;
}
