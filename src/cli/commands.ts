// What each rsp-gate command is and takes: one table that both the parser and the help read.

export interface FlagSpec {
  name: string;
  /** A boolean flag takes no value; a string flag takes the value named by `value` (DIR, REF …). */
  type: 'string' | 'boolean';
  value?: string;
  describe: string;
  /** A string flag that may be given more than once; every value counts. */
  multiple?: boolean;
}

export type CommandName = 'check' | 'validate' | 'init' | 'verify' | 'audit';

export interface CommandSpec {
  name: CommandName;
  summary: string;
  flags: FlagSpec[];
  /** Command line and what it does, one line each. */
  examples: Array<[string, string]>;
  /** What the exit status means for this command. */
  exit: string;
  /** The one argument the command takes besides its flags, when it takes one. */
  argument?: { value: string; describe: string };
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
      {
        name: 'at',
        type: 'string',
        value: 'DATE',
        describe: "judge as of DATE (ISO date or date-time; default: now); a report's referenceDate reproduces it",
      },
      POLICY,
      {
        name: 'format',
        type: 'string',
        value: 'FORMAT',
        describe: 'text, markdown (the PR comment), json (the report) or html (the status page) (default: text)',
      },
      { name: 'output', type: 'string', value: 'FILE', describe: 'write the report to FILE and print a one-line summary' },
      {
        name: 'pulls',
        type: 'string',
        value: 'FILE',
        describe: 'with --format html: a JSON list of open pull requests and whom each awaits, shown on the status page',
      },
      { name: 'color', type: 'boolean', describe: 'colour the text even when not on a terminal' },
      { name: 'no-color', type: 'boolean', describe: 'never colour the text (NO_COLOR=1 does the same)' },
      {
        name: 'attest',
        type: 'string',
        value: 'USER:SAFEGUARD[:MODEL]',
        multiple: true,
        describe: 'simulate USER commenting /rsp attest SAFEGUARD [MODEL] after the head (repeatable); nothing is posted',
      },
      {
        name: 'comments',
        type: 'string',
        value: 'FILE',
        describe: 'simulate the comments in FILE (YAML or JSON list: author, body, created_at, edited_by, kind), as the bot reads them',
      },
      {
        name: 'teams',
        type: 'string',
        value: 'FILE',
        describe: 'team members for the simulation (YAML or JSON: "@org/team": [login, ...]); without it team owners do not resolve',
      },
      {
        name: 'pr-author',
        type: 'string',
        value: 'LOGIN',
        describe: "the PR's author in the simulation (who may not attest their own PR)",
      },
      {
        name: 'proposed-policy',
        type: 'string',
        value: 'FILE',
        describe:
          "judge the change under the policy in FILE (on disk) instead of the base commit's (--policy names its path in the repository)",
      },
    ],
    examples: [
      ['rsp-gate check', 'this branch, from where it left the default branch'],
      ['rsp-gate check --base origin/main --head HEAD', 'an explicit pair of commits'],
      ['rsp-gate check --all --format json --output report.json', 'every model: a whole-repository snapshot'],
      ['rsp-gate check --format markdown', 'the comment a pull request would get'],
      ['rsp-gate check --all --format html --output status.html', 'the status page: every model on one self-contained page'],
      ['rsp-gate check --teams teams.yml --attest alice:asl3-classifiers', "what an owner's attestation would do, before it is posted"],
      ['rsp-gate check --proposed-policy draft-policy.yml', 'this change judged under a policy being drafted'],
      ['rsp-gate check --base A --head B --at 2026-11-20T16:30:00.000Z', 'a recorded verdict again, as of its reference date'],
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
    name: 'verify',
    summary: 're-derive a recorded JSON report from the repository and say whether it is identical',
    argument: { value: 'REPORT.json', describe: 'a JSON report of schemaVersion 2 (from the Action, the App or check --format json)' },
    flags: [REPO],
    examples: [
      ['rsp-gate verify rsp-report.json', 'the report against the repository in the current directory'],
      ['rsp-gate verify artifacts/rsp-report.json --repo ../lab', 'a report kept as a workflow artifact, against a clone'],
    ],
    exit: '0 identical, 1 it differs (or cannot be re-derived), 2 usage error (e.g. a commit the repository does not have)',
  },
  {
    name: 'audit',
    summary: 'the PRs the gate evaluated in a period, with verdicts, levels and attestation ledgers',
    flags: [
      {
        name: 'repo',
        type: 'string',
        value: 'OWNER/NAME',
        describe: 'the repository on GitHub (GITHUB_API_URL for GitHub Enterprise Server)',
      },
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
      ['rsp-gate audit --repo acme/models --since 2026-01-01 --format csv --output q1.csv', 'one row per PR, for a spreadsheet'],
    ],
    exit: '0 written, 1 GitHub could not be read, 2 usage error',
  },
];

/** Flags every command takes. */
export const HELP_FLAG: FlagSpec = { name: 'help', type: 'boolean', describe: 'show this help' };

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
