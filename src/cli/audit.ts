// `rsp-gate audit`: every pull request the gate evaluated in a period, read through GitHub's API, as JSON, Markdown or
// CSV. It reads what GitHub keeps (comments, reviews, check runs, merges), so it covers PRs from before it existed.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliCommand } from './args.ts';
import { UsageError } from './args.ts';
import type { CliIO } from './cli.ts';
import { createApiClient } from '../github/client.ts';
import { readAuditPullRequests } from '../github/audit.ts';
import { assembleAudit, type AuditPeriod } from '../report/audit.ts';
import { renderAudit } from '../report/audit-format.ts';
import { escapeTerminal } from '../report/escape.ts';

type AuditCommand = Extract<CliCommand, { command: 'audit' }>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date alone is a whole day in UTC: `since` from its first second, `until` to its last. */
function instant(text: string, end: boolean, flag: string): string {
  const iso = DATE_ONLY.test(text) ? `${text}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : text;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new UsageError(`--${flag} "${text}" is not a date (use 2026-01-31 or 2026-01-31T12:00:00Z)`, 'audit');
  return new Date(ms).toISOString();
}

export function auditPeriod(cmd: Pick<AuditCommand, 'since' | 'until'>, now: Date): AuditPeriod {
  const since = instant(cmd.since, false, 'since');
  const until = cmd.until === undefined ? now.toISOString() : instant(cmd.until, true, 'until');
  if (Date.parse(until) < Date.parse(since)) throw new UsageError(`--until ${cmd.until} is before --since ${cmd.since}`, 'audit');
  return { since, until };
}

export async function runAudit(cmd: AuditCommand, io: CliIO, now = new Date()): Promise<number> {
  const period = auditPeriod(cmd, now);
  const token = io.env[cmd.tokenEnv];
  if (!token) throw new UsageError(`no token in $${cmd.tokenEnv}: set it, or name another variable with --token-env`, 'audit');
  const [owner, name] = cmd.repo.split('/') as [string, string];
  const warn = (m: string) => io.stderr(`rsp-gate: ${escapeTerminal(m)}\n`);
  const api = createApiClient(token, io.env, { debug: () => {}, info: () => {}, warn, error: warn });
  const pulls = await readAuditPullRequests(api, { repo: { owner, repo: name }, since: period.since, checkName: cmd.checkName });
  const rendered = renderAudit(assembleAudit(cmd.repo, period, pulls), cmd.format);
  if (cmd.output === undefined) {
    io.stdout(rendered);
    return 0;
  }
  await mkdir(dirname(resolve(cmd.output)), { recursive: true });
  await writeFile(cmd.output, rendered);
  io.stderr(`rsp-gate: audit of ${escapeTerminal(cmd.repo)} written to ${escapeTerminal(cmd.output)} (${cmd.format})\n`);
  return 0;
}
