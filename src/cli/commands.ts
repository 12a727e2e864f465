// What each rsp-gate command is and takes: one table that both the parser and the help read.

export interface FlagSpec {
  name: string;
  /** A boolean flag takes no value; a string flag takes the value named by `value` (DIR, REF …). */
  type: 'string' | 'boolean';
  value?: string;
  describe: string;
}

export type CommandName = 'check' | 'validate' | 'init' | 'audit';

export interface CommandSpec {
  name: CommandName;
  summary: string;
  flags: FlagSpec[];
  /** Command line and what it does, one line each. */
  examples: Array<[string, string]>;
  /** What the exit status means for this command. */
  exit: string;
}

const REPO: FlagSpec = { name: 'repo', type: 'string', value: 'DIR', describe: 'the repository to read (default: the current directory)' };
const POLICY: FlagSpec = {
  name: 'policy',
  type: 'string',
  value: 'PATH',
  describe: 'the policy file in the repository (default: .github/rsp-policy.yml)',
};

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    summary: 'evaluate a change (two commits) against the policy of its base commit',
    flags: [
      REPO,
      {
        name: 'base',
        type: 'string',
        value: 'REF',
        describe: 'the commit whose policy judges the change (default: merge base with the default branch)',
      },
      {
        name: 'head',
        type: 'string',
        value: 'REF',
        describe: 'the commit to evaluate (default: HEAD); uncommitted edits are not evaluated',
      },
      { name: 'all', type: 'boolean', describe: 'evaluate every model, not only those the change touches (base defaults to head)' },
      POLICY,
      { name: 'format', type: 'string', value: 'FORMAT', describe: 'text, markdown (the PR comment) or json (the report) (default: text)' },
      { name: 'output', type: 'string', value: 'FILE', describe: 'write the report to FILE and print a one-line summary' },
      { name: 'color', type: 'boolean', describe: 'colour the text even when not on a terminal' },
      { name: 'no-color', type: 'boolean', describe: 'never colour the text (NO_COLOR=1 does the same)' },
    ],
    examples: [
      ['rsp-gate check', 'this branch, from where it left the default branch'],
      ['rsp-gate check --base origin/main --head HEAD', 'an explicit pair of commits'],
      ['rsp-gate check --all --format json --output report.json', 'every model: a whole-repository snapshot'],
      ['rsp-gate check --format markdown', 'the comment a pull request would get'],
    ],
    exit: '0 the gate passes, 1 it does not, 2 usage error',
  },
  {
    name: 'validate',
    summary: 'check the policy, model configs and result files of the working tree',
    flags: [REPO, POLICY],
    examples: [
      ['rsp-gate validate', 'the working tree of the current directory'],
      ['rsp-gate validate --repo ../lab', 'another repository'],
    ],
    exit: '0 no errors, 1 errors found, 2 usage error',
  },
  {
    name: 'init',
    summary: 'write a starter .github/rsp-policy.yml',
    flags: [
      REPO,
      {
        name: 'preset',
        type: 'string',
        value: 'NAME',
        describe: 'extend a built-in preset (anthropic-rsp-v3, anthropic-rsp-v2.2, openai-preparedness-v2, gdm-fsf-v3)',
      },
      { name: 'force', type: 'boolean', describe: 'overwrite an existing policy' },
    ],
    examples: [
      ['rsp-gate init', 'a standalone policy to fill in'],
      ['rsp-gate init --preset anthropic-rsp-v3', "Anthropic's RSP v3, with the numbers it leaves to you marked SET"],
    ],
    exit: '0 written, 2 usage error (e.g. the policy exists)',
  },
  {
    name: 'audit',
    summary: 'the PRs the gate evaluated in a period, with verdicts, levels and attestation ledgers',
    flags: [
      { name: 'repo', type: 'string', value: 'OWNER/NAME', describe: 'the repository on GitHub (GITHUB_API_URL for GitHub Enterprise Server)' },
      {
        name: 'since',
        type: 'string',
        value: 'DATE',
        describe: 'start of the period (ISO date or time; a date is its first second, UTC)',
      },
      { name: 'until', type: 'string', value: 'DATE', describe: 'end of the period (a date is its last second, UTC; default: now)' },
      { name: 'format', type: 'string', value: 'FORMAT', describe: 'json, markdown or csv (default: json)' },
      { name: 'output', type: 'string', value: 'FILE', describe: 'write the audit to FILE instead of standard output' },
      { name: 'token-env', type: 'string', value: 'NAME', describe: 'the environment variable holding the token (default: GITHUB_TOKEN)' },
      { name: 'check-name', type: 'string', value: 'NAME', describe: "the gate's check name in that repository (default: rsp-gate)" },
    ],
    examples: [
      ['rsp-gate audit --repo acme/models --since 2026-01-01 --until 2026-03-31', 'a quarter, as JSON'],
      [
        'rsp-gate audit --repo acme/models --since 2026-01-01 --format csv --output q1.csv',
        'one row per PR, for a spreadsheet',
      ],
    ],
    exit: '0 written, 1 GitHub could not be read, 2 usage error',
  },
];

/** Flags every command takes. */
export const HELP_FLAG: FlagSpec = { name: 'help', type: 'boolean', describe: 'show this help' };

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
