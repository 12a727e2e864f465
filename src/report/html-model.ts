// One model on the status page: its levels and result, each capability's latest status with its trend chart, the
// safeguards in place and pending with their owners, and its findings.
import { plural } from '../engine/format.ts';
import type { Finding } from '../common/finding.ts';
import type { ModelVerdict, SafeguardStatus } from '../engine/types.ts';
import { locationText } from './evidence-text.ts';
import { capabilityChart } from './html-chart.ts';
import { join, stackTable, tag, type Html } from './html-elements.ts';
import { CAPABILITY_LABEL, CONCLUSION_LABEL, SAFEGUARD_LABEL } from './labels.ts';

export function anchorOf(m: ModelVerdict): string {
  return `model-${m.id}`;
}

export function conclusionBadge(c: ModelVerdict['conclusion']): Html {
  return tag('span', { class: `badge conclusion-${c}` }, CONCLUSION_LABEL[c].word);
}

function levels(m: ModelVerdict): Html {
  const tooLow = m.findings.some((f) => f.code === 'DECLARED_LEVEL_TOO_LOW' || f.code === 'UNKNOWN_LEVEL');
  return tag(
    'p',
    { class: 'levels' },
    'Declared ',
    tag('strong', {}, m.declaredLevel),
    ' · required ',
    tag('strong', {}, m.requiredLevel),
    tooLow ? tag('span', { class: 'flag' }, ' declared level too low') : '',
  );
}

function capabilities(m: ModelVerdict): Html {
  const cards = m.capabilities.map((c) =>
    tag(
      'article',
      { class: `cap status-${c.status}` },
      tag('h4', {}, c.title),
      tag(
        'p',
        { class: 'cap-status' },
        tag('span', { class: `badge status-${c.status}` }, CAPABILITY_LABEL[c.status].word),
        ` ${c.id} · requires ${c.requires}`,
      ),
      capabilityChart(c),
      tag('p', { class: 'reason' }, c.reason),
    ),
  );
  return join([tag('h3', {}, 'Capabilities'), tag('div', { class: 'caps' }, ...cards)]);
}

const ORDER: readonly SafeguardStatus[] = ['pending', 'attested', 'satisfied'];

function safeguards(m: ModelVerdict): Html {
  if (m.safeguards.length === 0) return tag('p', {}, 'No safeguards are required at this level.');
  const count = (s: SafeguardStatus) => m.safeguards.filter((g) => g.status === s).length;
  const summary = ORDER.map((s) => `${count(s)} ${SAFEGUARD_LABEL[s].word}`).join(' · ');
  const sorted = [...m.safeguards].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const rows = sorted.map((g) => [
    tag('span', { class: `badge safeguard-${g.status}` }, SAFEGUARD_LABEL[g.status].word),
    tag('span', { class: 'nowrap' }, g.level),
    join([tag('code', {}, g.id), tag('span', { class: 'muted' }, ` ${g.title}`)]),
    g.status === 'pending'
      ? g.owners.length > 0
        ? g.owners.join(', ')
        : 'no owner: a model ledger only'
      : (g.attestedBy ?? 'model ledger'),
  ]);
  return join([
    tag('h3', {}, 'Safeguards'),
    tag('p', { class: 'summary' }, summary),
    stackTable(['Status', 'Level', 'Safeguard', 'Owners / attested by'], rows),
  ]);
}

export function findingList(findings: readonly Finding[]): Html {
  const items = findings.map((f) =>
    tag(
      'li',
      { class: `finding severity-${f.severity}` },
      tag('code', {}, f.code),
      ` ${f.message}`,
      f.file === undefined ? '' : tag('span', { class: 'where' }, ` ${locationText(f.file, f.line)}`),
    ),
  );
  return tag('ul', { class: 'findings' }, ...items);
}

function findings(m: ModelVerdict): Html {
  const shown = m.findings.filter((f) => f.severity !== 'notice');
  if (shown.length === 0) return join([]);
  return join([tag('h3', {}, `Findings (${plural(shown.length, 'error or warning', 'errors and warnings')})`), findingList(shown)]);
}

export function modelSection(m: ModelVerdict): Html {
  return tag(
    'section',
    { class: 'model', id: anchorOf(m) },
    tag('h2', {}, m.id, ' ', conclusionBadge(m.conclusion)),
    levels(m),
    tag('p', { class: 'muted' }, m.path),
    capabilities(m),
    safeguards(m),
    findings(m),
  );
}
