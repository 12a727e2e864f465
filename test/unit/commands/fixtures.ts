import type { Policy } from '../../../src/policy/schema.ts';
import type { AccessLookup, Membership, Permission } from '../../../src/commands/authorize.ts';
import type { CommandComment } from '../../../src/commands/handler.ts';

export function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    version: 1,
    levels: ['ASL-2', 'ASL-3'],
    paths: { models: ['models/*/model.yaml'], evals: ['evals/**'] },
    evals: {},
    capabilities: [],
    safeguards: [
      { id: 'asl3-classifiers', level: 'ASL-3', kind: 'deployment', title: 'Classifier guards', owners: ['@acme/safeguards', 'alice'] },
      { id: 'asl3-egress', level: 'ASL-3', kind: 'security', title: 'Egress controls', owners: ['bob'] },
    ],
    assessment: { confidence: 0.95, max_age_days: 180, notable_increase: 4, unevaluated: 'precautionary' },
    approvals: { policy: ['@acme/rso'], self_attestation: false, self_approval: false, assessment: [] },
    ...overrides,
  };
}

export interface FakeAccess extends AccessLookup {
  calls: string[];
}

/** The owners, approvers and authors the tests use can write to the repository unless a test says otherwise. */
const WRITERS: Record<string, Permission> = { alice: 'write', bob: 'write', carol: 'write', dave: 'write', erin: 'write' };

/** Repository permissions by login (over WRITERS), and team members by `org/team` (a team missing from `teams` is unreadable). */
export function access(
  permissions: Record<string, Permission>,
  teams: Record<string, string[]>,
  unreadableReason = 'the token cannot read organisation membership',
): FakeAccess {
  const calls: string[] = [];
  const granted: Record<string, Permission> = { ...WRITERS, ...permissions };
  return {
    calls,
    async repoPermission(login) {
      calls.push(`permission ${login}`);
      return granted[login.toLowerCase()] ?? 'none';
    },
    async teamMembership(org, team, login): Promise<Membership> {
      calls.push(`team ${org}/${team} ${login}`);
      const members = teams[`${org}/${team}`];
      if (members === undefined) return { state: 'unknown', reason: unreadableReason };
      return members.some((m) => m.toLowerCase() === login.toLowerCase()) ? { state: 'member' } : { state: 'not-member' };
    },
  };
}

let next = 0;
export function comment(
  login: string,
  body: string,
  options: Partial<Omit<CommandComment, 'author'>> & { editor?: string; isBot?: boolean } = {},
): CommandComment {
  next++;
  const { editor, isBot, ...rest } = options;
  return {
    id: `C_${next}`,
    databaseId: next,
    author: { login, isBot: isBot ?? false, editor: editor ?? null },
    body,
    createdAt: '2026-11-20T10:00:00Z',
    lastEditedAt: editor === undefined ? null : '2026-11-20T10:05:00Z',
    url: `https://github.example/acme/models/pull/1#issuecomment-${next}`,
    ...rest,
  };
}
