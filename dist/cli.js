const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  DEFAULT_POLICY_PATH,
  OpenPullsSchema,
  REPLY_MARKER,
  canonicalJson,
  carriesState,
  collectCommands,
  commandTime,
  currentTool,
  decodeRecord,
  evaluateChange,
  handlerFor,
  headChangedSince,
  loadPolicy,
  packageVersion,
  parseInstant,
  readChange,
  renderStatusPage,
  require_picomatch,
  sameLogin,
  sourceOf,
  toJsonReport
} from "./chunks/chunk-AOXVOO7M.js";
import {
  AnyReportSchema,
  CAPABILITY_LABEL,
  COMMENT_FIELDS,
  CONCLUSION_LABEL,
  EMPTY_CELL,
  GitHubPortError,
  LedgerEntrySchema,
  POLICY_SCHEMA_URL,
  PRESETS,
  REPORT_MARKER,
  SAFEGUARD_LABEL,
  UNSET,
  allFindings,
  codeSpan,
  commandText,
  createApiClient,
  createHash,
  escapeMarkdown,
  escapeTerminal,
  findPreset,
  formatNumber,
  locationText,
  markdownTable,
  nearest,
  outdatedBecause,
  parseCommands,
  plural,
  renderMarkdown,
  resolveLfsPointers,
  toComment,
  valueText
} from "./chunks/chunk-KGZTP6J2.js";
import {
  BATCH_BLOB_LIMIT,
  GitError,
  GitObjects
} from "./chunks/chunk-SANT3FM2.js";
import {
  access,
  closeSync,
  dirname,
  diskFileSource,
  join,
  memoryFileSource,
  mkdir,
  openSync,
  parseArgs,
  readFile,
  readSync,
  readText,
  readdirSync,
  resolve,
  sep,
  stat,
  statSync,
  writeFile
} from "./chunks/chunk-OX4INR5Z.js";
import {
  WHOLE_FILE_LIMIT
} from "./chunks/chunk-ERTUFIIS.js";
import {
  parseYaml,
  require_dist,
  validate
} from "./chunks/chunk-KFQVW6SN.js";
import {
  FINDING_CODES,
  _enum,
  array,
  boolean,
  record,
  strictObject,
  string
} from "./chunks/chunk-DKXZQWQK.js";
import {
  __toESM
} from "./chunks/chunk-Q5ALM6UT.js";

// src/cli/commands.ts
var REPO = { name: "repo", type: "string", value: "DIR", describe: "the repository to read (default: the current directory)" };
var POLICY = {
  name: "policy",
  type: "string",
  value: "PATH",
  describe: "the policy file in the repository (default: .github/rsp-policy.yml)"
};
var COMMANDS = [
  {
    name: "check",
    summary: "evaluate a change (two commits) against the policy of its base commit",
    flags: [
      REPO,
      {
        name: "base",
        type: "string",
        value: "REF",
        describe: "the commit whose policy judges the change (default: merge base with the default branch)"
      },
      {
        name: "head",
        type: "string",
        value: "REF",
        describe: "the commit to evaluate (default: HEAD); uncommitted edits are not evaluated"
      },
      { name: "all", type: "boolean", describe: "evaluate every model, not only those the change touches (base defaults to head)" },
      {
        name: "at",
        type: "string",
        value: "DATE",
        describe: "judge as of DATE (ISO date or date-time; default: now); a report's referenceDate reproduces it"
      },
      POLICY,
      {
        name: "format",
        type: "string",
        value: "FORMAT",
        describe: "text, markdown (the PR comment), json (the report) or html (the status page) (default: text)"
      },
      { name: "output", type: "string", value: "FILE", describe: "write the report to FILE and print a one-line summary" },
      {
        name: "pulls",
        type: "string",
        value: "FILE",
        describe: "with --format html: a JSON list of open pull requests and whom each awaits, shown on the status page"
      },
      { name: "color", type: "boolean", describe: "colour the text even when not on a terminal" },
      { name: "no-color", type: "boolean", describe: "never colour the text (NO_COLOR=1 does the same)" },
      {
        name: "attest",
        type: "string",
        value: "USER:SAFEGUARD[:MODEL]",
        multiple: true,
        describe: "simulate USER commenting /rsp attest SAFEGUARD [MODEL] after the head (repeatable); nothing is posted"
      },
      {
        name: "comments",
        type: "string",
        value: "FILE",
        describe: "simulate the comments in FILE (YAML or JSON list: author, body, created_at, edited_by, kind), as the bot reads them"
      },
      {
        name: "teams",
        type: "string",
        value: "FILE",
        describe: 'team members for the simulation (YAML or JSON: "@org/team": [login, ...]); without it team owners do not resolve'
      },
      {
        name: "pr-author",
        type: "string",
        value: "LOGIN",
        describe: "the PR's author in the simulation (who may not attest their own PR)"
      },
      {
        name: "proposed-policy",
        type: "string",
        value: "FILE",
        describe: "judge the change under the policy in FILE (on disk) instead of the base commit's (--policy names its path in the repository)"
      }
    ],
    examples: [
      ["rsp-gate check", "this branch, from where it left the default branch"],
      ["rsp-gate check --base origin/main --head HEAD", "an explicit pair of commits"],
      ["rsp-gate check --all --format json --output report.json", "every model: a whole-repository snapshot"],
      ["rsp-gate check --format markdown", "the comment a pull request would get"],
      ["rsp-gate check --all --format html --output status.html", "the status page: every model on one self-contained page"],
      ["rsp-gate check --teams teams.yml --attest alice:asl3-classifiers", "what an owner's attestation would do, before it is posted"],
      ["rsp-gate check --proposed-policy draft-policy.yml", "this change judged under a policy being drafted"],
      ["rsp-gate check --base A --head B --at 2026-11-20T16:30:00.000Z", "a recorded verdict again, as of its reference date"]
    ],
    exit: "0 the gate passes, 1 it does not, 2 usage error"
  },
  {
    name: "validate",
    summary: "check the policy, model configs and result files of the working tree",
    flags: [REPO, POLICY],
    examples: [
      ["rsp-gate validate", "the working tree of the current directory"],
      ["rsp-gate validate --repo ../lab", "another repository"]
    ],
    exit: "0 no errors, 1 errors found, 2 usage error"
  },
  {
    name: "init",
    summary: "write a starter .github/rsp-policy.yml",
    flags: [
      REPO,
      {
        name: "preset",
        type: "string",
        value: "NAME",
        describe: "extend a built-in preset (anthropic-rsp-v3, anthropic-rsp-v2.2, openai-preparedness-v2, gdm-fsf-v3)"
      },
      { name: "force", type: "boolean", describe: "overwrite an existing policy" }
    ],
    examples: [
      ["rsp-gate init", "a standalone policy to fill in"],
      ["rsp-gate init --preset anthropic-rsp-v3", "Anthropic's RSP v3, with the numbers it leaves to you marked SET"]
    ],
    exit: "0 written, 2 usage error (e.g. the policy exists)"
  },
  {
    name: "verify",
    summary: "re-derive a recorded JSON report from the repository and say whether it is identical",
    argument: { value: "REPORT.json", describe: "a JSON report of schemaVersion 2 (from the Action, the App or check --format json)" },
    flags: [REPO],
    examples: [
      ["rsp-gate verify rsp-report.json", "the report against the repository in the current directory"],
      ["rsp-gate verify artifacts/rsp-report.json --repo ../lab", "a report kept as a workflow artifact, against a clone"]
    ],
    exit: "0 identical, 1 it differs (or cannot be re-derived), 2 usage error (e.g. a commit the repository does not have)"
  },
  {
    name: "audit",
    summary: "the PRs the gate evaluated in a period, with verdicts, levels and attestation ledgers",
    flags: [
      {
        name: "repo",
        type: "string",
        value: "OWNER/NAME",
        describe: "the repository on GitHub (GITHUB_API_URL for GitHub Enterprise Server)"
      },
      {
        name: "since",
        type: "string",
        value: "DATE",
        describe: "start of the period (ISO date or time; a date is its first second, UTC)"
      },
      { name: "until", type: "string", value: "DATE", describe: "end of the period (a date is its last second, UTC; default: now)" },
      { name: "format", type: "string", value: "FORMAT", describe: "json, markdown or csv (default: json)" },
      { name: "output", type: "string", value: "FILE", describe: "write the audit to FILE instead of standard output" },
      { name: "token-env", type: "string", value: "NAME", describe: "the environment variable holding the token (default: GITHUB_TOKEN)" },
      { name: "check-name", type: "string", value: "NAME", describe: "the gate's check name in that repository (default: rsp-gate)" }
    ],
    examples: [
      ["rsp-gate audit --repo acme/models --since 2026-01-01 --until 2026-03-31", "a quarter, as JSON"],
      ["rsp-gate audit --repo acme/models --since 2026-01-01 --format csv --output q1.csv", "one row per PR, for a spreadsheet"]
    ],
    exit: "0 written, 1 GitHub could not be read, 2 usage error"
  }
];
var HELP_FLAG = { name: "help", type: "boolean", describe: "show this help" };
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}

// src/commands/simulate.ts
var Login = string().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/, "a GitHub login");
var Instant = string().refine((s) => !Number.isNaN(Date.parse(s)), "an ISO date and time");
var SimulatedCommentSchema = strictObject({
  author: Login,
  body: string(),
  /** When it is posted (default: now, in list order). */
  created_at: Instant.optional(),
  /** Who last edited it: a command in a comment edited by someone else does not count. */
  edited_by: Login.optional(),
  /** When it was last edited (default: created_at, when edited_by is given). */
  edited_at: Instant.optional(),
  kind: _enum(["comment", "review"]).default("comment"),
  bot: boolean().default(false)
});
var SimulatedCommentsSchema = array(SimulatedCommentSchema);
var TeamsSchema = record(string().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/, "a team: @org/team"), array(Login));
function parseAttestSpec(text2) {
  const parts = text2.split(":");
  const [user, safeguard, model] = parts;
  if (parts.length < 2 || parts.length > 3 || !user || !safeguard || model === "")
    return { error: `--attest ${text2}: expected USER:SAFEGUARD or USER:SAFEGUARD:MODEL` };
  if (!Login.safeParse(user).success) return { error: `--attest ${text2}: "${user}" is not a GitHub login` };
  return { user: user.replace(/^@/, ""), safeguard, ...model === void 0 ? {} : { model } };
}
function simulatedComments(comments, attests, now) {
  const id = (i) => `simulated-${String(i + 1).padStart(4, "0")}`;
  const fromFile = comments.map((c, i) => {
    const createdAt = c.created_at ?? now;
    const editor = c.edited_by?.replace(/^@/, "") ?? null;
    const comment = {
      id: id(i),
      author: { login: c.author.replace(/^@/, ""), isBot: c.bot, editor },
      body: c.body,
      createdAt,
      lastEditedAt: c.edited_at ?? (editor === null ? null : createdAt),
      kind: "simulated"
    };
    return { comment, source: `${c.kind} ${i + 1} of --comments` };
  });
  const fromFlags = attests.map((a, i) => {
    const body = ["/rsp attest", a.safeguard, a.model].filter(Boolean).join(" ");
    const comment = {
      id: id(comments.length + i),
      author: { login: a.user, isBot: false, editor: null },
      body,
      createdAt: now,
      lastEditedAt: null,
      kind: "simulated"
    };
    return { comment, source: `--attest ${a.user}:${a.safeguard}${a.model === void 0 ? "" : `:${a.model}`}` };
  });
  return [...fromFile, ...fromFlags];
}
function teamsAccess(teams, teamsFile) {
  const members = new Map(Object.entries(teams ?? {}).map(([team, logins]) => [team.replace(/^@/, "").toLowerCase(), logins]));
  return {
    async repoPermission() {
      return "write";
    },
    async teamMembership(org, team, login) {
      const listed = members.get(`${org}/${team}`.toLowerCase());
      if (listed === void 0)
        return {
          state: "unknown",
          reason: teamsFile === void 0 ? "no --teams file gives its members" : `${teamsFile} does not list it`
        };
      return listed.some((m) => sameLogin(m.replace(/^@/, ""), login)) ? { state: "member" } : { state: "not-member" };
    }
  };
}
function simulationOutcomes(simulated, decided, verdict, headPushedBy) {
  const out = [];
  for (const sim of simulated) {
    const found = decided.find((d) => d.comment.id === sim.comment.id);
    const user = sim.comment.author.login;
    const base = { source: sim.source, user };
    if (found === void 0) {
      out.push({ ...base, command: firstLine(sim.comment.body), status: "no-effect", detail: "holds no command that changes the verdict" });
      continue;
    }
    for (const { command, decision } of found.outcomes) {
      const typed = commandText(command);
      if (!decision.allowed) out.push({ ...base, command: typed, status: "refused", detail: decision.reason });
      else out.push({ ...base, command: typed, ...effectOf(command, sim.comment, verdict, headPushedBy, decision.via) });
    }
    for (const e of found.errors) out.push({ ...base, command: e.text, status: "unreadable", detail: `line ${e.line}: ${e.message}` });
  }
  return out;
}
function effectOf(command, comment, verdict, headPushedBy, via) {
  const after = handlerFor(command).after?.(command, verdict) ?? {};
  if (after.refused !== void 0) return { status: "no-effect", detail: after.refused };
  if (command.name !== "attest") return { status: "counted", detail: via };
  const login = comment.author.login;
  const named2 = verdict.models.filter((m) => command.model === void 0 || sameLogin(m.id, command.model));
  const rows = named2.flatMap((m) => m.safeguards.filter((s) => s.id === command.safeguard).map((s) => ({ m, s })));
  const at = commandTime(comment);
  const counted2 = rows.filter(
    ({ s }) => s.status === "attested" && s.attestedBy !== null && sameLogin(s.attestedBy, login) && s.attestedAt === at
  );
  if (counted2.length > 0) return { status: "counted", detail: via, models: counted2.map(({ m }) => m.id) };
  if (rows.length === 0) return { status: "no-effect", detail: `no model this PR evaluates requires ${command.safeguard}` };
  const binding = {
    ...command.fingerprint === void 0 ? {} : { fingerprint: command.fingerprint },
    headChangedSince: headChangedSince({ comment, headPushedBy })
  };
  const why = rows.map(({ m, s }) => `${m.id}: ${whyNot(s, outdatedBecause(binding, m.fingerprint))}`);
  return { status: "no-effect", detail: why.join("; ") };
}
function whyNot(s, outdated) {
  if (s.status === "satisfied") return "already satisfied (in the model ledger at the base commit)";
  if (outdated !== void 0) return `does not count: ${outdated}`;
  if (s.status === "attested") return `the attestation by ${s.attestedBy ?? "another owner"} at ${s.attestedAt ?? "another time"} counts`;
  return "a later revocation withdrew it";
}
function firstLine(body) {
  const line = body.trim().split("\n")[0] ?? "";
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

// src/cli/args.ts
var UsageError = class extends Error {
  command;
  constructor(message, command) {
    super(message);
    this.command = command;
  }
};
var TOP_FLAGS = ["--help", "--version", "-h"];
function parseCli(argv) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h") return { command: "help" };
  if (first === "--version") return { command: "version" };
  if (first === "help") return helpTopic(rest);
  const spec = findCommand(first);
  if (spec === void 0) throw unknownCommand(first);
  const values = readFlags(spec, rest);
  if (values["help"] === true) return { command: "help", topic: spec.name };
  if (values["version"] === true) return { command: "version" };
  return toCommand(spec.name, values);
}
function helpTopic(rest) {
  const [topic] = rest;
  if (topic === void 0) return { command: "help" };
  const spec = findCommand(topic);
  if (spec === void 0) throw unknownCommand(topic);
  return { command: "help", topic: spec.name };
}
function unknownCommand(word) {
  if (word.startsWith("-")) return new UsageError(`unknown flag ${word}${didYouMean(nearest(word, TOP_FLAGS))}`);
  return new UsageError(
    `unknown command "${word}"${didYouMean(
      nearest(
        word,
        COMMANDS.map((c) => c.name)
      )
    )}`
  );
}
function didYouMean(candidate) {
  return candidate === void 0 ? "" : ` (did you mean ${candidate}?)`;
}
function readFlags(spec, args) {
  const flags = [...spec.flags, HELP_FLAG];
  const options = Object.fromEntries(flags.map((f) => [f.name, { type: f.type }]));
  const { tokens } = parseArgs({
    args,
    options: { ...options, help: { type: "boolean", short: "h" } },
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  if (tokens.some((t) => t.kind === "option" && t.name === "help")) return { help: true };
  if (tokens.some((t) => t.kind === "option" && t.rawName === "--version")) return { version: true };
  const values = {};
  for (const token of tokens) {
    if (token.kind === "option-terminator") throw new UsageError('unexpected "--"', spec.name);
    if (token.kind === "positional" && spec.argument !== void 0 && values["argument"] === void 0) {
      values["argument"] = token.value;
      continue;
    }
    if (token.kind === "positional")
      throw new UsageError(`unexpected argument "${token.value}"${positionalHint(spec, token.value)}`, spec.name);
    const flag = flags.find((f) => f.name === token.name);
    if (flag === void 0) throw unknownFlag(spec, token.rawName);
    const value = flagValue(spec, flag, token.value, token.inlineValue);
    values[flag.name] = flag.multiple === true ? [...list(values, flag.name), String(value)] : value;
  }
  return values;
}
function positionalHint(spec, value) {
  const flag = nearest(
    value.replace(/^-+/, ""),
    spec.flags.map((f) => f.name)
  );
  return flag === void 0 ? "" : ` (did you mean --${flag}?)`;
}
function unknownFlag(spec, raw) {
  const name = raw.replace(/^-+/, "");
  const owner = COMMANDS.find((c) => c.flags.some((f) => f.name === name));
  if (owner !== void 0) return new UsageError(`${raw} is a flag of ${owner.name}, not of ${spec.name}`, spec.name);
  const guess = nearest(
    name,
    spec.flags.map((f) => f.name)
  );
  return new UsageError(`unknown flag ${raw}${didYouMean(guess === void 0 ? void 0 : `--${guess}`)}`, spec.name);
}
function flagValue(spec, flag, value, inline) {
  if (flag.type === "boolean") {
    if (value !== void 0) throw new UsageError(`--${flag.name} takes no value`, spec.name);
    return true;
  }
  if (value === void 0 || !inline && value.startsWith("-"))
    throw new UsageError(`--${flag.name} needs a value (--${flag.name} ${flag.value})`, spec.name);
  return value;
}
function text(values, name) {
  const v = values[name];
  return typeof v === "string" ? v : void 0;
}
function toVerify(repo, values) {
  const report = text(values, "argument");
  if (report === void 0) throw new UsageError("verify needs the report to verify: rsp-gate verify REPORT.json", "verify");
  return { command: "verify", repo, report };
}
function list(values, name) {
  const v = values[name];
  return Array.isArray(v) ? v : [];
}
function toCommand(name, values) {
  const repo = text(values, "repo") ?? ".";
  const policy = text(values, "policy");
  const withPolicy = policy === void 0 ? {} : { policy };
  if (name === "validate") return { command: name, repo, ...withPolicy };
  if (name === "verify") return toVerify(repo, values);
  const preset = text(values, "preset");
  if (name === "init") return { command: name, repo, force: values["force"] === true, ...preset === void 0 ? {} : { preset } };
  if (name === "audit") return toAudit(values);
  return toCheck(repo, values, withPolicy);
}
var FORMATS = ["text", "markdown", "json", "html"];
var AUDIT_FORMATS = ["json", "markdown", "csv"];
function toAudit(values) {
  const repo = text(values, "repo");
  if (repo === void 0 || !/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(repo))
    throw new UsageError(`--repo must name a repository on GitHub as OWNER/NAME${repo === void 0 ? "" : `, not "${repo}"`}`, "audit");
  const since = text(values, "since");
  if (since === void 0) throw new UsageError("--since DATE is needed: the start of the period to audit", "audit");
  const format = text(values, "format") ?? "json";
  if (!AUDIT_FORMATS.includes(format))
    throw new UsageError(`--format must be json, markdown or csv, not "${format}"${didYouMean(nearest(format, AUDIT_FORMATS))}`, "audit");
  const until = text(values, "until");
  const output = text(values, "output");
  return {
    command: "audit",
    repo,
    since,
    format,
    tokenEnv: text(values, "token-env") ?? "GITHUB_TOKEN",
    checkName: text(values, "check-name") ?? "rsp-gate",
    ...until === void 0 ? {} : { until },
    ...output === void 0 ? {} : { output }
  };
}
function toCheck(repo, values, withPolicy) {
  const format = text(values, "format") ?? "text";
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be text, markdown, json or html, not "${format}"${didYouMean(nearest(format, FORMATS))}`, "check");
  }
  if (values["color"] === true && values["no-color"] === true)
    throw new UsageError("--color and --no-color contradict each other", "check");
  const color = values["no-color"] === true ? false : values["color"] === true ? true : void 0;
  const base = text(values, "base");
  const output = text(values, "output");
  const pulls = text(values, "pulls");
  if (pulls !== void 0 && format !== "html") throw new UsageError("--pulls goes with --format html (the status page)", "check");
  const atText = text(values, "at");
  const at = atText === void 0 ? void 0 : parseInstant(atText);
  if (atText !== void 0 && at === void 0)
    throw new UsageError(`--at must be an ISO 8601 date or date-time (2026-11-20, 2026-11-20T16:30:00Z), not "${atText}"`, "check");
  return {
    command: "check",
    repo,
    head: text(values, "head") ?? "HEAD",
    all: values["all"] === true,
    format,
    ...base === void 0 ? {} : { base },
    ...at === void 0 ? {} : { at },
    ...withPolicy,
    ...output === void 0 ? {} : { output },
    ...color === void 0 ? {} : { color },
    ...pulls === void 0 ? {} : { pulls },
    ...simulationFlags(values)
  };
}
function simulationFlags(values) {
  const attest = list(values, "attest").map((text2) => {
    const spec = parseAttestSpec(text2);
    if ("error" in spec) throw new UsageError(spec.error, "check");
    return spec;
  });
  const named2 = (flag, key) => {
    const v = text(values, flag);
    return v === void 0 ? {} : { [key]: v };
  };
  const flags = {
    attest,
    ...named2("comments", "comments"),
    ...named2("teams", "teams"),
    ...named2("pr-author", "prAuthor"),
    ...named2("proposed-policy", "proposedPolicy")
  };
  const simulating = attest.length > 0 || flags.comments !== void 0 || flags.proposedPolicy !== void 0;
  if (!simulating && (flags.teams !== void 0 || flags.prAuthor !== void 0))
    throw new UsageError("--teams and --pr-author only matter with --attest or --comments", "check");
  return simulating ? { simulate: flags } : {};
}

// src/cli/uncommitted.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function statusPaths(porcelain) {
  const fields = porcelain.split("\0");
  const paths = [];
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i];
    if (entry.length < 4) continue;
    paths.push(entry.slice(3));
    if (entry[0] === "R" || entry[0] === "C") i++;
  }
  return paths;
}
async function uncommittedGoverned(reader, policy, policyPath) {
  const porcelain = await reader.git(["status", "--porcelain=v1", "-z", "--untracked-files=all"]);
  const governed = (0, import_picomatch.default)([...policy.paths.models, ...policy.paths.evals], { dot: true });
  return statusPaths(porcelain).filter((p) => p === policyPath || governed(p));
}

// src/cli/wrap.ts
var SGR = /\u001b\[[0-9;]*m/g;
var MAX_HANG = 40;
function visibleWidth(text2) {
  return [...text2.replace(SGR, "")].length;
}
function hangOf(line, indent) {
  const plain = line.replace(SGR, "");
  const column = /^\s*\S.*?\s{2,}(?=\S)/.exec(plain)?.[0].length;
  if (column !== void 0 && column <= MAX_HANG) return column;
  return Math.min(indent + 2, MAX_HANG);
}
function wordsOf(text2) {
  const words = text2.split(" ");
  const command = words.findIndex((w, i) => w.replace(SGR, "").startsWith("/rsp") && (i === 0 || words[i - 1] === "\u2192"));
  return command < 0 ? words : [...words.slice(0, command), words.slice(command).join(" ")];
}
function continuation(word, indents, width) {
  const indent = indents.find((i) => visibleWidth(i + word) <= width) ?? "";
  return indent + word;
}
function wrapLine(line, width) {
  if (visibleWidth(line) <= width) return [line];
  const indent = line.length - line.trimStart().length;
  const hang = " ".repeat(hangOf(line, indent));
  const out = [];
  let current = line.slice(0, indent);
  let columns = visibleWidth(current);
  let empty = true;
  for (const word of wordsOf(line.slice(indent))) {
    const wordColumns = visibleWidth(word);
    if (empty) {
      current += word;
      columns += wordColumns;
      empty = word === "";
    } else if (columns + 1 + wordColumns <= width) {
      current += ` ${word}`;
      columns += 1 + wordColumns;
    } else if (word !== "") {
      out.push(current.trimEnd());
      current = continuation(word, [hang, " ".repeat(indent + 2)], width);
      columns = visibleWidth(current);
    }
  }
  out.push(current.trimEnd());
  return out;
}
function wrapText(text2, width) {
  return text2.split("\n").flatMap((line) => wrapLine(line, width)).join("\n");
}
function fitLine(line, width) {
  const chars = [...line];
  return chars.length <= width ? line : `${chars.slice(0, Math.max(width - 1, 0)).join("")}\u2026`;
}

// src/cli/verdict-line.ts
function leadingProblem(findings) {
  return findings.some((f) => f.code === "POLICY_NOT_FOUND") ? FINDING_CODES.POLICY_NOT_FOUND : void 0;
}
function gateVerdictLine(verdict, exitCode, width) {
  const word = CONCLUSION_LABEL[verdict.conclusion].word.toUpperCase();
  const reason = leadingProblem(verdict.findings) ?? escapeTerminal(verdict.headline);
  return fitLine(`${word} (exit ${exitCode}): ${reason}`, width);
}

// src/sources/proposed-policy.ts
function withProposedPolicy(reader, policyPath, bytes) {
  const entry = { path: policyPath, oid: `proposed-${createHash("sha1").update(bytes).digest("hex")}`, size: bytes.byteLength };
  return {
    async listFiles(commit) {
      return [...(await reader.listFiles(commit)).filter((e) => e.path !== policyPath), entry];
    },
    async readFiles(commit, paths) {
      const files = await reader.readFiles(
        commit,
        paths.filter((p) => p !== policyPath)
      );
      if (paths.includes(policyPath)) files.set(policyPath, memoryFileSource(policyPath, bytes));
      return files;
    },
    commitDate: (commit) => reader.commitDate(commit)
  };
}

// src/cli/simulate.ts
async function prepareSimulation(flags, reader, head, options) {
  const comments = flags.comments === void 0 ? [] : await readList(flags.comments, SimulatedCommentsSchema, "comments");
  const teams = flags.teams === void 0 ? void 0 : await readList(flags.teams, TeamsSchema, "teams");
  const simulated = simulatedComments(comments, flags.attest, options.now);
  const headPushedBy = await reader.commitDate(head);
  const access2 = teamsAccess(teams, flags.teams);
  let collected;
  const commands = async (policy, { models }) => {
    collected = await collectCommands({
      comments: simulated.map((s) => s.comment),
      policy,
      prAuthor: flags.prAuthor ?? "",
      headPushedBy,
      access: access2,
      models
    });
    return collected.inputs;
  };
  const proposed = flags.proposedPolicy === void 0 ? void 0 : await readBytes(flags.proposedPolicy, "proposed-policy");
  return {
    reader: proposed === void 0 ? reader : withProposedPolicy(reader, options.policyPath, proposed),
    commands,
    summarize: (verdict) => ({
      outcomes: simulationOutcomes(simulated, collected?.decided ?? [], verdict, headPushedBy),
      ...flags.proposedPolicy === void 0 ? {} : { proposedPolicy: flags.proposedPolicy },
      ...flags.teams === void 0 ? {} : { teamsFile: flags.teams },
      ...flags.prAuthor === void 0 ? {} : { prAuthor: flags.prAuthor }
    })
  };
}
async function readBytes(path, flag) {
  try {
    return await readFile(path);
  } catch (err) {
    throw new UsageError(
      `--${flag} ${path}: ${err.code === "ENOENT" ? "no such file" : err.message}`,
      "check"
    );
  }
}
async function readList(path, schema, flag) {
  const text2 = new TextDecoder().decode(await readBytes(path, flag));
  const checked = validate(schema, parseYaml(text2, path), "PARSE_ERROR", `--${flag}`);
  if (checked.value === void 0) {
    const problems = checked.findings.map((f) => `${f.file}:${f.line ?? 1}: ${f.message}`).join("; ");
    throw new UsageError(`--${flag} ${path} cannot be used: ${problems}`, "check");
  }
  return checked.value;
}

// src/sources/local-lfs.ts
function localLfsStore(objectsDir, commit) {
  return {
    async objects(requests) {
      const dir = await objectsDir();
      const out = /* @__PURE__ */ new Map();
      await Promise.all(
        requests.map(async ({ path, pointer }) => {
          const file = join(dir, pointer.oid.slice(0, 2), pointer.oid.slice(2, 4), pointer.oid);
          const size = await fileSize(file);
          out.set(path, size === void 0 ? missing(path, commit) : diskFileSource(path, file, size));
        })
      );
      return out;
    }
  };
}
async function fileSize(file) {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : void 0;
  } catch {
    return void 0;
  }
}
function missing(path, commit) {
  const include = JSON.stringify(path);
  return `the object is not in the local Git LFS store; fetch it with \`git lfs fetch origin ${commit} --include ${include}\` (or, on a checkout of that commit, \`git lfs pull --include ${include}\`) and run rsp-gate again`;
}

// src/sources/local-git.ts
var LocalGitReader = class {
  trees = /* @__PURE__ */ new Map();
  lfsObjects;
  objects;
  /** Every prefetch so far: settled once each has handed its large blobs to a batch copy. */
  prefetching;
  constructor(dir) {
    this.objects = new GitObjects(dir);
  }
  git(args) {
    return this.objects.git(args);
  }
  /** A ref or expression resolved to a full commit id. */
  async resolve(ref) {
    return (await this.git(["rev-parse", "--verify", "--end-of-options", `${ref}^{commit}`])).trim();
  }
  listFiles(commit) {
    let tree = this.trees.get(commit);
    if (!tree) {
      tree = this.git(["ls-tree", "-r", "-l", "-z", "--full-tree", commit]).then(parseTree);
      this.trees.set(commit, tree);
    }
    return tree;
  }
  /**
   * Reads to come: two or more large blobs among them are copied out of git in one `git cat-file --batch`, which
   * resolves a pack's delta chains once for all of them, where a process per blob resolves each again (300 similar
   * logs of 5 MB, packed: 28 s read one process each).
   */
  prefetch(commit, paths) {
    const wanted = new Set(paths);
    const announced = this.listFiles(commit).then(
      (entries) => {
        const large = entries.filter((e) => wanted.has(e.path) && (e.size ?? 0) > BATCH_BLOB_LIMIT);
        if (large.length >= 2) this.objects.copyOutLarge(large);
      },
      // A commit that cannot be listed fails its reads, saying why; the announcement itself never throws.
      () => void 0
    );
    this.prefetching = Promise.all([this.prefetching, announced]).then(() => void 0);
  }
  async readFiles(commit, paths) {
    await this.prefetching;
    const entries = new Map((await this.listFiles(commit)).map((e) => [e.path, e]));
    const wanted = paths.map((p) => entries.get(p)).filter((e) => e !== void 0);
    const out = await this.objects.sources(wanted);
    return resolveLfsPointers(
      out,
      localLfsStore(() => this.lfsObjectsDir(), commit)
    );
  }
  /** Where `git lfs` keeps objects: <common git dir>/lfs/objects, or under `lfs.storage` when that is set. */
  lfsObjectsDir() {
    this.lfsObjects ??= (async () => {
      const common2 = (await this.git(["rev-parse", "--path-format=absolute", "--git-common-dir"])).trim();
      const storage = await this.git(["config", "--get", "lfs.storage"]).then(
        (s) => s.trim(),
        () => ""
      );
      return join(storage === "" ? join(common2, "lfs") : resolve(common2, storage), "objects");
    })();
    return this.lfsObjects;
  }
  async commitDate(commit) {
    return (await this.git(["show", "-s", "--format=%cI", commit])).trim();
  }
};
function parseTree(out) {
  const entries = [];
  for (const line of out.split("\0")) {
    if (!line) continue;
    const tab = line.indexOf("	");
    const [, type, oid, size] = line.slice(0, tab).split(/\s+/);
    if (!oid) continue;
    if (type === "blob") entries.push({ path: line.slice(tab + 1), oid, size: Number(size) });
    else if (type === "commit") entries.push({ path: line.slice(tab + 1), oid, submodule: true });
  }
  return entries;
}

// src/report/text.ts
var SGR2 = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  magenta: [35, 39],
  dim: [2, 22],
  bold: [1, 22]
};
var CONCLUSION_COLOUR = { success: "green", failure: "red", action_required: "yellow", neutral: "dim" };
var CAPABILITY_COLOUR = {
  crossed: "red",
  not_ruled_out: "red",
  unevaluated: "magenta",
  approaching: "yellow",
  below: "green"
};
var SAFEGUARD_COLOUR = { satisfied: "green", attested: "green", pending: "yellow" };
var SEVERITY_COLOUR = { error: "red", warning: "yellow", notice: "dim" };
function painter(color) {
  return (colour, text2) => color ? `\x1B[${SGR2[colour][0]}m${text2}\x1B[${SGR2[colour][1]}m` : text2;
}
function pad(text2, width) {
  return text2.padEnd(width, " ");
}
function modelLines(m, paint) {
  const lines = [
    `${paint("bold", escapeTerminal(m.id))}  needs ${escapeTerminal(m.requiredLevel)} \xB7 declares ${escapeTerminal(m.declaredLevel)} \xB7 ${paint(CONCLUSION_COLOUR[m.conclusion], CONCLUSION_LABEL[m.conclusion].word.toLowerCase())}  (${escapeTerminal(m.path)})`
  ];
  for (const c of m.capabilities) {
    const head = `    ${paint(CAPABILITY_COLOUR[c.status], pad(CAPABILITY_LABEL[c.status].word, 14))} ${escapeTerminal(c.id)}`;
    if (c.evidence.length === 0) lines.push(`${head}  ${escapeTerminal(c.reason)}`);
    for (const e of c.evidence) {
      const where2 = locationText(e.file, e.line);
      const rule = e.status === c.status ? "" : ` [${CAPABILITY_LABEL[e.status].word}]`;
      const trend = trendText(e);
      lines.push(
        `${head}  ${escapeTerminal(e.eval)}/${escapeTerminal(e.metric)} ${valueText(e)}${rule}: ${escapeTerminal(e.reason)}${trend === "" ? "" : `  ${trend}`}${where2 === "" ? "" : `  ${paint("dim", escapeTerminal(where2))}`}`
      );
    }
  }
  if (m.safeguards.length > 0) lines.push(`  safeguards up to ${escapeTerminal(m.requiredLevel)}:`);
  for (const s of m.safeguards) {
    const who = s.attestedBy === null ? "" : ` by ${escapeTerminal(s.attestedBy)} at ${escapeTerminal(s.attestedAt ?? "?")}`;
    const todo = s.status === "pending" ? `  \u2192 ${escapeTerminal(s.attestCommand)}` : "";
    const owners = s.owners.length > 0 ? ` [${s.owners.map(escapeTerminal).join(", ")}]` : "";
    lines.push(
      `    ${paint(SAFEGUARD_COLOUR[s.status], pad(SAFEGUARD_LABEL[s.status].word, 10))} ${escapeTerminal(s.id)} (${escapeTerminal(s.level)}, ${s.kind}) ${escapeTerminal(s.title)}${owners}${who}${todo}`
    );
  }
  return lines;
}
var SPARKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function trendText(e) {
  const points = e.history ?? [];
  const first = points[0];
  const last = points.at(-1);
  if (points.length < 2 || first === void 0 || last === void 0) return "";
  const top = e.threshold !== null && e.threshold > 0 ? e.threshold : Math.max(...points.map((p) => p.value));
  const spark = points.map((p) => SPARKS[Math.round(Math.min(1, Math.max(0, top === 0 ? 0 : p.value / top)) * (SPARKS.length - 1))]).join("");
  const change = last.value - first.value;
  return `trend ${spark} ${change >= 0 ? "+" : "\u2212"}${formatNumber(Math.abs(change))} since ${escapeTerminal(first.date.slice(0, 10))}`;
}
function findingLine(f, paint) {
  const where2 = locationText(f.file, f.line);
  return `${where2 === "" ? "" : `${escapeTerminal(where2)}: `}${paint(SEVERITY_COLOUR[f.severity], f.severity)} ${f.code} ${escapeTerminal(f.message)}`;
}
function renderText(verdict, options) {
  const paint = painter(options.color);
  const { word } = CONCLUSION_LABEL[verdict.conclusion];
  const lines = [`${paint(CONCLUSION_COLOUR[verdict.conclusion], paint("bold", word.toUpperCase()))}  ${escapeTerminal(verdict.headline)}`];
  for (const m of verdict.models) lines.push("", ...modelLines(m, paint));
  const findings = allFindings(verdict).filter((f) => f.code !== "SAFEGUARD_PENDING");
  const pending = verdict.models.reduce((n, m) => n + m.safeguards.filter((s) => s.status === "pending").length, 0);
  if (findings.length > 0 || pending > 0) lines.push("", "findings:", ...findings.map((f) => findingLine(f, paint)));
  if (pending > 0)
    lines.push(`${paint(SEVERITY_COLOUR.warning, "warning")} SAFEGUARD_PENDING ${pending} safeguard(s) pending: see the checklists above`);
  return `${lines.join("\n")}
`;
}

// src/cli/status-page.ts
var import_yaml2 = __toESM(require_dist(), 1);
async function readPulls(file) {
  let value;
  try {
    value = (0, import_yaml2.parse)(await readFile(file, "utf8"), { maxAliasCount: 100 });
  } catch (err) {
    throw new UsageError(`--pulls ${file}: cannot be read: ${err.message.split("\n")[0]}`, "check");
  }
  const parsed = OpenPullsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--pulls ${file}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`, "check");
  }
  return parsed.data;
}
async function statusPage(verdict, pullsFile) {
  const pulls = pullsFile === void 0 ? void 0 : await readPulls(pullsFile);
  return renderStatusPage(verdict, { ...pulls === void 0 ? {} : { pulls }, generator: `rsp-gate ${await packageVersion()}` });
}

// src/report/simulation.ts
var LABEL = {
  counted: "counted",
  refused: "refused",
  "no-effect": "no effect",
  unreadable: "not a command"
};
var MARK = { counted: "\u2705", refused: "\u274C", "no-effect": "\u2796", unreadable: "\u2753" };
function assumptions(s) {
  const lines = [
    "Simulated locally: nothing is posted. Every simulated user is taken to have write access to the repository.",
    s.teamsFile === void 0 ? "No --teams file: team owners cannot be resolved, only users listed by name count." : `Team memberships from ${s.teamsFile}.`,
    s.prAuthor === void 0 ? "No --pr-author: no one is treated as the PR author." : `PR author: ${s.prAuthor}.`
  ];
  if (s.proposedPolicy !== void 0)
    lines.push(`Judged under the proposed policy ${s.proposedPolicy} (at both commits), not the policy of the base commit.`);
  return lines;
}
function detail(o) {
  if (o.status === "counted") return `counted (${o.detail})${o.models === void 0 ? "" : ` for ${o.models.join(", ")}`}`;
  return `${LABEL[o.status]}: ${o.detail}`;
}
function renderSimulationText(s) {
  const rows = s.outcomes.map(
    (o) => `  ${MARK[o.status]} ${escapeTerminal(o.user)}: ${escapeTerminal(o.command)}  [${escapeTerminal(o.source)}]
      ${escapeTerminal(detail(o))}`
  );
  const body = rows.length === 0 ? ["  (no simulated commands)"] : rows;
  return ["simulation:", ...assumptions(s).map((a) => `  ${escapeTerminal(a)}`), ...body].join("\n");
}
function renderSimulationMarkdown(s) {
  const rows = s.outcomes.map(
    (o) => `- ${MARK[o.status]} ${escapeMarkdown(o.user)}: ${codeSpan(o.command)} (${escapeMarkdown(o.source)}): ${escapeMarkdown(detail(o))}`
  );
  return [
    "### Simulated commands",
    "",
    ...assumptions(s).map((a) => `> ${escapeMarkdown(a)}`),
    "",
    ...rows.length === 0 ? ["No simulated commands."] : rows
  ].join("\n");
}
function toSimulationJson(s, verdict) {
  return `${JSON.stringify({ simulation: s, report: verdict }, null, 2)}
`;
}

// src/cli/check.ts
var LISTED_EDITS = 5;
async function runCheck(cmd, root, io, columns) {
  const reader = new LocalGitReader(root);
  const head = await reader.resolve(cmd.head);
  const base = cmd.base !== void 0 ? await reader.resolve(cmd.base) : cmd.all ? head : await defaultBase(reader, head);
  const policyPath = cmd.policy ?? DEFAULT_POLICY_PATH;
  const referenceTime = cmd.at ?? (io.now?.() ?? /* @__PURE__ */ new Date()).toISOString();
  const simulation = cmd.simulate !== void 0 ? await prepareSimulation(cmd.simulate, reader, head, { policyPath, now: referenceTime }) : void 0;
  const verdict = await evaluateChange(
    simulation?.reader ?? reader,
    { base, head },
    {
      all: cmd.all,
      policyPath,
      referenceTime,
      tool: await currentTool(),
      ...simulation === void 0 ? {} : { commands: simulation.commands }
    }
  );
  await warnUncommitted(reader, head, policyPath, io);
  const exitCode = verdict.conclusion === "success" || verdict.conclusion === "neutral" ? 0 : 1;
  const color = cmd.color ?? (io.isTTY && !io.env["NO_COLOR"] && cmd.output === void 0);
  const rendered = cmd.format === "html" ? await statusPage(verdict, cmd.pulls) : simulation === void 0 ? render(verdict, cmd.format, color) : renderSimulated(simulation, verdict, cmd.format, color);
  if (cmd.output !== void 0) {
    await mkdir(dirname(resolve(cmd.output)), { recursive: true });
    await writeFile(cmd.output, rendered);
    io.stdout(`report written to ${escapeTerminal(cmd.output)} (${cmd.format})
${gateVerdictLine(verdict, exitCode, columns)}
`);
  } else if (cmd.format === "text") {
    io.stdout(`${wrapText(rendered.trimEnd(), columns)}

${gateVerdictLine(verdict, exitCode, columns)}
`);
  } else {
    io.stdout(rendered.endsWith("\n") ? rendered : `${rendered}
`);
  }
  return exitCode;
}
function render(verdict, format, color) {
  if (format === "json") return toJsonReport(verdict);
  if (format === "markdown") return `${renderMarkdown(verdict, {})}
`;
  return renderText(verdict, { color });
}
function renderSimulated(simulation, verdict, format, color) {
  const summary = simulation.summarize(verdict);
  if (format === "json") return toSimulationJson(summary, verdict);
  if (format === "markdown") return `${renderMarkdown(verdict, {})}

${renderSimulationMarkdown(summary)}
`;
  return `${renderText(verdict, { color }).trimEnd()}

${renderSimulationText(summary)}
`;
}
async function defaultBase(reader, head) {
  for (const candidate of ["origin/HEAD", "origin/main", "main", "origin/master", "master"]) {
    try {
      const ref = await reader.resolve(candidate);
      return (await reader.git(["merge-base", ref, head])).trim();
    } catch {
    }
  }
  throw new UsageError("no default branch found to compare with: pass --base REF (or --all)", "check");
}
async function warnUncommitted(reader, head, policyPath, io) {
  if (head !== await reader.resolve("HEAD")) return;
  const policyFile = (await reader.readFiles(head, [policyPath])).get(policyPath);
  const { policy } = loadPolicy(policyFile ? await readText(policyFile) : void 0, policyPath);
  const edits = await uncommittedGoverned(reader, policy, policyPath);
  if (edits.length === 0) return;
  const listed = edits.slice(0, LISTED_EDITS).map(escapeTerminal).join(", ");
  const more = edits.length > LISTED_EDITS ? ` and ${edits.length - LISTED_EDITS} more` : "";
  io.stderr(
    `rsp-gate: warning: ${edits.length} uncommitted change(s) under the policy, model or result paths are not evaluated (check compares commits; commit them, or run rsp-gate validate on the working tree): ${listed}${more}
`
  );
}

// src/cli/help.ts
function table(rows) {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}
function examples(list2) {
  return list2.flatMap(([line, what], i) => [...i > 0 ? [""] : [], `  # ${what}`, `  ${line}`]);
}
function flagName(flag) {
  return flag.type === "string" ? `--${flag.name} ${flag.value}` : `--${flag.name}`;
}
function commandHelp(name) {
  const spec = COMMANDS.find((c) => c.name === name);
  return [
    `rsp-gate ${spec.name}: ${spec.summary}`,
    "",
    `Usage: rsp-gate ${spec.name}${spec.argument === void 0 ? "" : ` ${spec.argument.value}`} [flags]`,
    "",
    ...spec.argument === void 0 ? [] : ["Argument:", ...table([[spec.argument.value, spec.argument.describe]]), ""],
    "Flags:",
    ...table([...spec.flags.map((f) => [flagName(f), f.describe]), ["-h, --help", HELP_FLAG.describe]]),
    "",
    "Examples:",
    ...examples(spec.examples),
    "",
    `Exit status: ${spec.exit}.`,
    ""
  ].join("\n");
}
function mainHelp() {
  return [
    "rsp-gate: put a responsible scaling policy into pull requests (and run it locally)",
    "",
    "Usage: rsp-gate <command> [flags]",
    "",
    "Commands:",
    ...table(COMMANDS.map((c) => [c.name, c.summary])),
    "",
    "Flags:",
    ...table([
      ["-h, --help", "show this help; rsp-gate <command> --help shows the flags of a command"],
      ["--version", "print the version of rsp-gate"]
    ]),
    "",
    "Examples:",
    ...examples(COMMANDS.flatMap((c) => c.examples.slice(0, 1))),
    "",
    "Exit status: 0 the gate passes, 1 it does not, 2 usage error.",
    ""
  ].join("\n");
}
function helpPointer(command) {
  return command === void 0 ? "Run `rsp-gate --help` for the commands." : `Run \`rsp-gate ${command} --help\` for its flags and examples.`;
}

// src/policy/init.ts
function policySchemaUrl(version) {
  return version === void 0 ? POLICY_SCHEMA_URL : POLICY_SCHEMA_URL.replace("/main/", `/v${version}/`);
}
var header = (version) => `# yaml-language-server: $schema=${policySchemaUrl(version)}
# rsp-gate policy. rsp-gate reads it from the base commit of every pull request, so a change takes effect once it
# is merged, and a pull request that changes it also needs /rsp approve-policy from one of approvals.policy.
# The format, the merge rules and the presets are described in the rsp-gate documentation (docs/policy.md).
version: 1
`;
var PATHS = `
# paths:                  # where model configs and eval results live; these are the defaults
#   models: ["models/*/model.yaml"]
#   evals: ["evals/**"]
`;
var APPROVALS = `
approvals:
  policy: []                # who may /rsp approve-policy: GitHub users or @org/team, e.g. ["@your-org/rso"]
  self_attestation: false   # may a pull request's author attest safeguards on it
  self_approval: false      # may a pull request's author approve the policy change it makes
`;
function initPolicy(preset, options = {}) {
  const top = header(options.version);
  if (preset === void 0) return top + STANDALONE + PATHS + APPROVALS;
  const found = findPreset(preset);
  if (found === void 0) throw new Error(`unknown preset "${preset}": the built-in presets are ${Object.keys(PRESETS).join(", ")}`);
  const { policy } = loadPolicy(`version: 1
extends: ${preset}
`, ".github/rsp-policy.yml");
  return `${top}extends: ${preset}   # ${found.title}
${unsetSection(policy)}${ownersSection(policy)}${PATHS}${APPROVALS}`;
}
function unsetSection(policy) {
  const lines = [];
  for (const capability of policy.capabilities) {
    const rules = capability.evidence.filter((r) => r.alert === UNSET || r.threshold === UNSET);
    if (rules.length === 0) continue;
    lines.push(`#   - id: ${capability.id}`, "#     evidence:");
    for (const rule of rules) {
      lines.push(`#       - eval: ${rule.eval}`, `#         metric: ${rule.metric}`);
      if (rule.alert === UNSET) lines.push(`#         alert: ${UNSET}`);
      if (rule.threshold === UNSET) lines.push(`#         threshold: ${UNSET}`);
    }
  }
  const capabilities = lines.length > 0 ? ["# capabilities:", ...lines] : [];
  const assessment = policy.assessment.notable_increase === UNSET ? ["# assessment:", `#   notable_increase: ${UNSET}`] : [];
  if (capabilities.length + assessment.length === 0) return "";
  return `
# The preset publishes no value for these numbers: until each is set, rsp-gate reports PRESET_VALUE_UNSET and the
# gate fails. Uncomment them and replace every ${UNSET} with a number. Capabilities and safeguards are matched by id,
# evidence rules by eval and metric; what you leave out comes from the preset.
${[...capabilities, ...assessment].join("\n")}
`;
}
function ownersSection(policy) {
  if (policy.safeguards.length === 0) return "";
  const width = Math.max(...policy.safeguards.map((s) => s.id.length));
  const lines = policy.safeguards.map(
    (s) => `#   - { id: ${s.id}, ${" ".repeat(width - s.id.length)}owners: ["@your-org/team"] }   # ${s.level}: ${s.title}`
  );
  return `
# Owners attest safeguards with /rsp attest <id>. The preset names no owners, and a safeguard without owners can
# only be satisfied by a model's ledger (safeguards: in its model.yaml). Name the owners of each:
# safeguards:
${lines.join("\n")}
`;
}
var STANDALONE = `levels: [ASL-2, ASL-3]   # ascending; the first is the baseline every model starts at

evals:                    # names that result files use -> the policy's eval ids
  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]

capabilities:
  - id: cbrn-uplift
    title: Significant uplift to individuals seeking chemical or biological weapons
    requires: ASL-3         # the level a model must be handled at once this is reached or not ruled out
    evidence:
      - eval: wmdp-bio
        metric: accuracy
        alert: ${UNSET}          # early warning ("yellow line"): a number
        threshold: ${UNSET}      # the capability threshold ("red line"): a number
        direction: higher   # a higher score is more capable

safeguards:
  - id: misuse-classifiers
    level: ASL-3
    kind: deployment        # deployment | security | governance
    title: Real-time classifiers block chemical and biological weapons uplift
    owners: []              # GitHub users or @org/team who may /rsp attest it
  - id: weight-access-controls
    level: ASL-3
    kind: security
    title: Two-party access control on model weights
    owners: []

assessment:
  confidence: 0.95          # two-sided; bounds are value -/+ z*stderr
  max_age_days: 180         # evidence older than this (at the time of the evaluation) is stale
  notable_increase: 4       # effective-compute ratio since the last comprehensive assessment
  unevaluated: precautionary   # missing or stale evidence counts as reached
`;

// src/cli/init-command.ts
async function runInit(cmd, root, io) {
  const target = join(root, DEFAULT_POLICY_PATH);
  const exists = await access(target).then(
    () => true,
    () => false
  );
  if (exists && !cmd.force) throw new UsageError(`${DEFAULT_POLICY_PATH} already exists (use --force to overwrite)`, "init");
  const version = await packageVersion();
  let text2;
  try {
    text2 = initPolicy(cmd.preset, { version });
  } catch (err) {
    throw new UsageError(err.message, "init");
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text2);
  io.stdout(
    `wrote ${DEFAULT_POLICY_PATH}${cmd.preset ? ` (extends ${cmd.preset})` : ""}; set every value marked SET, then run: rsp-gate validate
`
  );
  return 0;
}

// src/github/audit.ts
var PULLS_PER_PAGE = 20;
var REVIEW_FIELDS = "id url body createdAt lastEditedAt author { login __typename } editor { login }";
var PULLS_QUERY = `query($owner: String!, $name: String!, $after: String, $check: String!) {
  repository(owner: $owner, name: $name) {
    pullRequests(first: ${PULLS_PER_PAGE}, after: $after, orderBy: { field: UPDATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id number title url state createdAt updatedAt mergedAt mergedBy { login } author { login } baseRefOid headRefOid
        comments(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } }
        reviews(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${REVIEW_FIELDS} } }
        commits(last: 1) { nodes { commit { oid
          checkSuites(first: 50) { nodes { app { slug } checkRuns(first: 20, filterBy: { checkName: $check }) { nodes { name status conclusion completedAt url } } } }
          status { contexts { context state } }
        } } }
      }
    }
  }
}`;
var moreQuery = (connection, fields) => `query($id: ID!, $after: String!) {
  node(id: $id) { ... on PullRequest { ${connection}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${fields} } } } }
}`;
async function readAuditPullRequests(api, options) {
  const pulls = [];
  let after = null;
  for (; ; ) {
    const data = await api.graphql(PULLS_QUERY, {
      owner: options.repo.owner,
      name: options.repo.repo,
      after,
      check: options.checkName
    });
    const page = data.repository?.pullRequests;
    if (!page) throw new GitHubPortError(`the repository ${options.repo.owner}/${options.repo.repo} was not found`);
    const nodes = page.nodes.filter((n) => n !== null);
    for (const node of nodes) {
      if (Date.parse(node.updatedAt) < Date.parse(options.since)) return pulls;
      pulls.push(await toPull(api, node, options.checkName));
    }
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return pulls;
    after = page.pageInfo.endCursor;
  }
}
async function toPull(api, node, checkName) {
  const comments = (await allPages(api, node, "comments", COMMENT_FIELDS)).map(toComment);
  const reviews = (await allPages(api, node, "reviews", REVIEW_FIELDS)).map(toReview);
  const head = node.commits.nodes.at(-1)?.commit;
  return {
    number: node.number,
    title: node.title,
    url: node.url,
    state: node.state,
    author: node.author?.login ?? "ghost",
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    mergedAt: node.mergedAt,
    mergedBy: node.mergedBy?.login ?? null,
    baseSha: node.baseRefOid,
    headSha: node.headRefOid,
    comments: [...comments, ...reviews].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)),
    checkRuns: head?.oid === node.headRefOid ? checkRunsOf(head.checkSuites?.nodes ?? []) : [],
    statuses: head?.oid === node.headRefOid ? (head.status?.contexts ?? []).filter((c) => c.context === checkName) : []
  };
}
function checkRunsOf(suites) {
  return suites.flatMap(
    (suite) => (suite?.checkRuns.nodes ?? []).flatMap(
      (run) => run === null ? [] : [
        {
          name: run.name,
          status: run.status.toLowerCase(),
          conclusion: run.conclusion === null ? null : run.conclusion.toLowerCase(),
          completedAt: run.completedAt,
          app: suite?.app?.slug ?? null,
          url: run.url
        }
      ]
    )
  );
}
function toReview(node) {
  return {
    id: node.id,
    url: node.url,
    body: node.body,
    createdAt: node.createdAt,
    lastEditedAt: node.lastEditedAt,
    kind: "review",
    author: {
      login: node.author?.login ?? "ghost",
      isBot: node.author?.__typename !== "User",
      editor: node.editor?.login ?? (node.lastEditedAt ? "ghost" : null)
    }
  };
}
async function allPages(api, pr, connection, fields) {
  const first = pr[connection];
  const nodes = first.nodes.filter((n) => n !== null);
  let info = first.pageInfo;
  while (info.hasNextPage && info.endCursor) {
    const more = await api.graphql(moreQuery(connection, fields), { id: pr.id, after: info.endCursor });
    const page = more.node?.[connection];
    if (!page)
      throw new GitHubPortError(`the ${connection} of pull request #${pr.number} could not be read past the first ${nodes.length}`);
    nodes.push(...page.nodes.filter((n) => n !== null));
    info = page.pageInfo;
  }
  return nodes;
}

// src/report/audit.ts
var AuditLedgerEntrySchema = LedgerEntrySchema.extend({
  counted: boolean().nullable().describe("null: no audit record on the PR says whether it counted (re-derived from its comments)")
});
var NOT_RECORDED = "not recorded: the PR has no audit record (evaluated before rsp-gate wrote one), so whether this command counted is unknown";
function gateReport(comments) {
  return comments.filter((c) => c.kind !== "review" && c.author.isBot && c.body.trimStart().startsWith(REPORT_MARKER)).filter((c) => c.author.editor === null || c.author.editor.toLowerCase() === c.author.login.toLowerCase()).at(-1);
}
function isGateText(c) {
  const body = c.body.trimStart();
  return body.startsWith(REPORT_MARKER) || body.startsWith(REPLY_MARKER);
}
function rederivedLedger(comments) {
  const entries = [];
  for (const c of comments) {
    if (isGateText(c)) continue;
    for (const command of parseCommands(c.body).commands) {
      if (!carriesState(command)) continue;
      const entry = {
        command: command.name,
        user: c.author.login,
        at: commandTime(c),
        source: sourceOf(c),
        counted: null,
        reason: NOT_RECORDED
      };
      if ("model" in command && command.model !== void 0) entry.model = command.model;
      if ("safeguard" in command) entry.safeguard = command.safeguard;
      if ("fingerprint" in command && command.fingerprint !== void 0) entry.fingerprint = command.fingerprint;
      entries.push(entry);
    }
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
function finalCheck(runs) {
  const time = (r) => r.completedAt === null ? -Infinity : Date.parse(r.completedAt);
  const sorted = [...runs].sort((a, b) => time(a) - time(b));
  return sorted.filter((r) => r.status === "completed").at(-1) ?? sorted.at(-1);
}
function wasEvaluated(pr) {
  return pr.checkRuns.length > 0 || pr.statuses.length > 0 || gateReport(pr.comments) !== void 0;
}
function verdictOf(pr, record2, notes) {
  const check = finalCheck(pr.checkRuns);
  const apps = [...new Set(pr.checkRuns.map((r) => r.app ?? "unknown"))];
  if (apps.length > 1) notes.push(`check runs of this name come from several apps (${apps.join(", ")}); the latest is shown`);
  if (record2 !== void 0 && record2.headSha !== pr.headSha)
    notes.push(`the sticky comment's record describes head ${record2.headSha.slice(0, 12)}, not the PR's head ${pr.headSha.slice(0, 12)}`);
  const recorded = record2?.headSha === pr.headSha ? record2.conclusion : void 0;
  if (check?.conclusion != null) {
    if (recorded !== void 0 && recorded !== check.conclusion)
      notes.push(`the check run concluded ${check.conclusion} but the record says ${recorded}`);
    return { conclusion: check.conclusion, verdictFrom: "check-run", checkRun: check };
  }
  const status = pr.statuses.at(-1);
  if (status !== void 0) return { conclusion: status.state.toLowerCase(), verdictFrom: "status", checkRun: check ?? null };
  if (recorded !== void 0) return { conclusion: recorded, verdictFrom: "record", checkRun: check ?? null };
  return { conclusion: null, verdictFrom: "none", checkRun: check ?? null };
}
function auditRow(pr) {
  const notes = [];
  const report = gateReport(pr.comments);
  const record2 = report === void 0 ? void 0 : decodeRecord(report.body);
  if (report !== void 0 && record2 === void 0) notes.push("the report comment carries no readable audit record");
  if (record2?.omitted !== void 0 && record2.omitted.ledger + record2.omitted.models > 0)
    notes.push(`the record left out ${record2.omitted.ledger} ledger entries and ${record2.omitted.models} models to stay within its size`);
  const verdict = verdictOf(pr, record2, notes);
  return {
    number: pr.number,
    title: pr.title,
    url: pr.url,
    author: pr.author,
    state: pr.state,
    createdAt: pr.createdAt,
    mergedAt: pr.mergedAt,
    mergedBy: pr.mergedBy,
    headSha: pr.headSha,
    ...verdict,
    recordHeadSha: record2?.headSha ?? null,
    referenceDate: record2?.referenceDate ?? null,
    requiredLevel: record2?.requiredLevel ?? null,
    models: record2?.models ?? [],
    ledgerFrom: record2 === void 0 ? "comments" : "record",
    ledger: record2 === void 0 ? rederivedLedger(pr.comments) : record2.ledger,
    notes
  };
}
function inPeriod(pr, period) {
  return Date.parse(pr.createdAt) <= Date.parse(period.until) && Date.parse(pr.updatedAt) >= Date.parse(period.since);
}
function assembleAudit(repository, period, pulls) {
  const scanned = pulls.filter((p) => inPeriod(p, period));
  const rows = scanned.filter(wasEvaluated).map(auditRow).sort((a, b) => a.number - b.number);
  return { auditVersion: 1, repository, since: period.since, until: period.until, scanned: scanned.length, pullRequests: rows };
}

// src/report/audit-format.ts
function renderAudit(audit, format) {
  if (format === "json") return `${JSON.stringify(audit, null, 2)}
`;
  if (format === "csv") return auditCsv(audit);
  return auditMarkdown(audit);
}
function levels(row) {
  return row.models.map((m) => `${m.id} ${m.declaredLevel}/${m.requiredLevel}`).join("; ");
}
function tally(ledger) {
  return {
    counted: ledger.filter((e) => e.counted === true).length,
    refused: ledger.filter((e) => e.counted === false).length,
    unknown: ledger.filter((e) => e.counted === null).length
  };
}
function merged(row) {
  return row.mergedAt === null ? row.state.toLowerCase() : `merged ${row.mergedAt} by ${row.mergedBy ?? "unknown"}`;
}
var counted = (e) => e.counted === null ? "unknown" : e.counted ? "counted" : "not counted";
function where(e) {
  const url = e.source.url;
  if (url === void 0 || !/^https?:\/\//.test(url)) return e.source.kind;
  return `[${e.source.kind}](${encodeURI(url).replace(/\(/g, "%28").replace(/\)/g, "%29")})`;
}
function ledgerTable(row) {
  if (row.ledger.length === 0) return "No attest, revoke or approve command.";
  const rows = row.ledger.map((e) => [
    escapeMarkdown(e.at),
    escapeMarkdown(e.user),
    escapeMarkdown([e.command, e.safeguard, e.model].filter((x) => x !== void 0).join(" ")),
    counted(e),
    escapeMarkdown(e.reason ?? "") || EMPTY_CELL,
    where(e)
  ]);
  return markdownTable(["When", "Who", "Command", "Counted", "Why not", "Where"], rows);
}
function auditMarkdown(audit) {
  const head = [
    `# rsp-gate audit of ${escapeMarkdown(audit.repository)}`,
    "",
    `Pull requests created by ${escapeMarkdown(audit.until)} and last updated from ${escapeMarkdown(audit.since)} on: ${audit.scanned}, of which the gate evaluated ${audit.pullRequests.length}.`
  ];
  const summary = markdownTable(
    ["PR", "State", "Verdict", "Declared/required", "Counted", "Not counted", "Unknown"],
    audit.pullRequests.map((r) => {
      const t = tally(r.ledger);
      return [
        `#${r.number}`,
        escapeMarkdown(merged(r)),
        escapeMarkdown(`${r.conclusion ?? "none"} (${r.verdictFrom})`),
        escapeMarkdown(levels(r)) || EMPTY_CELL,
        String(t.counted),
        String(t.refused),
        String(t.unknown)
      ];
    })
  );
  const details = audit.pullRequests.map(
    (r) => [
      `## #${r.number} ${escapeMarkdown(r.title)}`,
      "",
      `Author ${escapeMarkdown(r.author)} \xB7 head \`${r.headSha.slice(0, 12)}\` \xB7 ledger from the ${r.ledgerFrom === "record" ? "audit record" : "PR's comments (not recorded)"}`,
      ...r.notes.map((n) => `
- ${escapeMarkdown(n)}`),
      "",
      ledgerTable(r)
    ].join("\n")
  );
  return `${[...head, "", summary, ...details.flatMap((d) => ["", d])].join("\n")}
`;
}
var CSV_HEADERS = [
  "repository",
  "number",
  "title",
  "author",
  "state",
  "created_at",
  "merged_at",
  "merged_by",
  "head_sha",
  "conclusion",
  "verdict_from",
  "levels",
  "counted",
  "not_counted",
  "unknown",
  "ledger_from",
  "notes"
];
function cell(value) {
  const text2 = value === null ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text2) ? `'${text2}` : text2;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function auditCsv(audit) {
  const rows = audit.pullRequests.map((r) => {
    const t = tally(r.ledger);
    return [
      audit.repository,
      r.number,
      r.title,
      r.author,
      r.state.toLowerCase(),
      r.createdAt,
      r.mergedAt,
      r.mergedBy,
      r.headSha,
      r.conclusion,
      r.verdictFrom,
      levels(r),
      t.counted,
      t.refused,
      t.unknown,
      r.ledgerFrom,
      r.notes.join("; ")
    ];
  });
  return [CSV_HEADERS, ...rows].map((r) => r.map(cell).join(",")).join("\r\n").concat("\r\n");
}

// src/cli/audit.ts
var DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
function instant(text2, end, flag) {
  const iso = DATE_ONLY.test(text2) ? `${text2}T${end ? "23:59:59.999" : "00:00:00.000"}Z` : text2;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new UsageError(`--${flag} "${text2}" is not a date (use 2026-01-31 or 2026-01-31T12:00:00Z)`, "audit");
  return new Date(ms).toISOString();
}
function auditPeriod(cmd, now) {
  const since = instant(cmd.since, false, "since");
  const until = cmd.until === void 0 ? now.toISOString() : instant(cmd.until, true, "until");
  if (Date.parse(until) < Date.parse(since)) throw new UsageError(`--until ${cmd.until} is before --since ${cmd.since}`, "audit");
  return { since, until };
}
async function runAudit(cmd, io, now = /* @__PURE__ */ new Date()) {
  const period = auditPeriod(cmd, now);
  const token = io.env[cmd.tokenEnv];
  if (!token) throw new UsageError(`no token in $${cmd.tokenEnv}: set it, or name another variable with --token-env`, "audit");
  const [owner, name] = cmd.repo.split("/");
  const warn = (m) => io.stderr(`rsp-gate: ${escapeTerminal(m)}
`);
  const api = createApiClient(token, io.env, { debug: () => {
  }, info: () => {
  }, warn, error: warn });
  const pulls = await readAuditPullRequests(api, { repo: { owner, repo: name }, since: period.since, checkName: cmd.checkName });
  const rendered = renderAudit(assembleAudit(cmd.repo, period, pulls), cmd.format);
  if (cmd.output === void 0) {
    io.stdout(rendered);
    return 0;
  }
  await mkdir(dirname(resolve(cmd.output)), { recursive: true });
  await writeFile(cmd.output, rendered);
  io.stderr(`rsp-gate: audit of ${escapeTerminal(cmd.repo)} written to ${escapeTerminal(cmd.output)} (${cmd.format})
`);
  return 0;
}

// src/cli/policy-advice.ts
function policyAdvice(loaded) {
  const advice = [];
  const { safeguards, approvals } = loaded.policy;
  const ownerless = safeguards.flatMap((s, i) => s.owners.length === 0 ? [{ id: s.id, at: loaded.locate(["safeguards", i]) }] : []);
  const [first] = ownerless;
  if (first !== void 0) {
    const which = ownerless.length === 1 ? `safeguard "${first.id}" has` : `${ownerless.length} safeguards have`;
    const list2 = ownerless.length === 1 ? "" : ` (${ownerless.map((s) => s.id).join(", ")})`;
    advice.push({
      ...first.at,
      message: `${which} no owners${list2}: nobody can /rsp attest them, so only a model's ledger (safeguards: in its model.yaml) can satisfy them`
    });
  }
  if (approvals.policy.length === 0) {
    advice.push({
      ...loaded.locate(["approvals", "policy"]),
      message: "approvals.policy names nobody: no one can /rsp approve-policy, so a pull request that changes the policy can never pass"
    });
  }
  return advice;
}

// src/sources/directory.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function listDirectory(root) {
  const out = [];
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.isFile()) {
        out.push(`${prefix}${entry.name}`);
      }
    }
  };
  walk(root, "");
  return out.sort();
}
async function directoryFile(root, path) {
  const full = join(root, path);
  try {
    const info = await stat(full);
    return info.isFile() ? diskFileSource(path, full, info.size) : void 0;
  } catch {
    return void 0;
  }
}
var WholeFile = class {
  path;
  size;
  root;
  whole;
  /** `root`: the tree's directory with a separator at its end (see DirectoryReader.base). */
  constructor(root, path, size) {
    this.root = root;
    this.path = path;
    this.size = size;
  }
  bytes() {
    this.whole ??= memoryFileSource(this.path, readListed(this.root + this.path, this.size));
    return this.whole;
  }
  async *stream() {
    yield* this.bytes().stream();
  }
  async read(start, end) {
    return this.bytes().read(start, end);
  }
};
function readListed(full, size) {
  const fd = openSync(full, "r");
  try {
    const buffer = Buffer.allocUnsafe(size + 1);
    let got = 0;
    for (let n = -1; n !== 0 && got < size; got += n) n = readSync(fd, buffer, got, buffer.length - got, null);
    if (got > size) throw new Error(`it holds more than the ${size} bytes listed: it changed since the listing`);
    return buffer.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
var DirectoryReader = class {
  static COMMIT = "WORKTREE";
  /** `referenceDate`: the date staleness is measured against (a working tree has no commit date). */
  root;
  /** The root, normalised once, with a separator at its end: a listed path (clean, '/'-separated) is appended to it,
   * where path.join would normalise each of ten thousand paths again. */
  base;
  referenceDate;
  /** One listing per reader: base and head are the same "commit", and the walk stats every file. */
  listing;
  /** The listed sizes by path, made once: an evaluation asks for files in many batches. */
  sizes;
  constructor(root, referenceDate) {
    this.root = root;
    const normal = join(root, ".");
    this.base = normal.endsWith(sep) ? normal : `${normal}${sep}`;
    this.referenceDate = referenceDate;
  }
  listFiles() {
    this.listing ??= listDirectory(this.root).then(
      (paths) => paths.map((path) => {
        const info = statSync(this.base + path);
        return { path, oid: `${info.size}:${info.mtimeMs}`, size: info.size };
      })
    );
    return this.listing;
  }
  /**
   * The listed files among `paths`, read lazily: those a result reader reads whole are read at once when first asked
   * for, larger ones from disk by range. A file changed since the listing is read as it is now; a size that no longer
   * matches the listing is refused by the readers, never read in part.
   */
  async readFiles(_commit, paths) {
    this.sizes ??= this.listFiles().then((listed) => new Map(listed.map((e) => [e.path, e.size])));
    const sizes = await this.sizes;
    const out = /* @__PURE__ */ new Map();
    for (const path of paths) {
      const size = sizes.get(path);
      if (size === void 0) continue;
      out.set(path, size > WHOLE_FILE_LIMIT ? diskFileSource(path, this.base + path, size) : new WholeFile(this.base, path, size));
    }
    return out;
  }
  async commitDate() {
    return this.referenceDate;
  }
};

// src/cli/validate.ts
async function runValidate(cmd, root, io, columns) {
  const policyPath = cmd.policy ?? DEFAULT_POLICY_PATH;
  const reader = new DirectoryReader(root, (/* @__PURE__ */ new Date()).toISOString());
  const tree = await reader.listFiles();
  const change = { base: DirectoryReader.COMMIT, head: DirectoryReader.COMMIT, changedFiles: tree.map((e) => e.path) };
  const { input, resultsRead } = await readChange(reader, change, { policyPath, all: true });
  const findings = [...input.policyFindings, ...input.inputFindings];
  const policySource = await directoryFile(root, policyPath);
  const advice = policySource ? policyAdvice(loadPolicy(await readText(policySource), policyPath)) : [];
  const lines = [...findings.map(formatFinding), ...advice.map(formatAdvice)];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length + advice.length;
  const notices = findings.filter((f) => f.severity === "notice").length;
  const summary = `${errors > 0 ? "INVALID" : "VALID"}: ${escapeTerminal(policyPath)}, ${plural(input.headModels.length, "model config")}, ${plural(resultsRead, "result file")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}`;
  const problem = leadingProblem(findings);
  if (lines.length > 0) io.stdout(`${wrapText(lines.join("\n"), columns)}

`);
  io.stdout(`${fitLine(problem === void 0 ? summary : `INVALID: ${problem}`, columns)}
`);
  return errors > 0 ? 1 : 0;
}
function place(file, line, column) {
  return file ? `${escapeTerminal(file)}${line ? `:${line}${column ? `:${column}` : ""}` : ""}: ` : "";
}
function formatFinding(f) {
  return `${place(f.file, f.line, f.column)}${f.severity} ${f.code} ${escapeTerminal(f.message)}`;
}
function formatAdvice(a) {
  return `${place(a.file, a.line, a.column)}warning ${escapeTerminal(a.message)}`;
}

// src/commands/replay.ts
function replayLedger(recorded, judged) {
  const inputs = { attestations: [], approvals: [], assessmentApprovals: [], ledger: [] };
  for (const entry of recorded.ledger) {
    if (!entry.counted) {
      const outdated = judged === void 0 ? void 0 : stillOutdated(entry, judged);
      if (outdated === void 0) inputs.ledger.push(entry);
      else inputs.attestations.push(outdated);
      continue;
    }
    if (entry.command === "attest" || entry.command === "revoke") inputs.attestations.push(...attestations(entry, recorded.models));
    else if (entry.command === "approve-policy") inputs.approvals.push(policyApproval(entry));
    else inputs.assessmentApprovals.push(assessmentApproval(entry, recorded.models));
  }
  return inputs;
}
function common(entry) {
  return { by: entry.user, at: entry.at, source: entry.source, ...entry.source.url === void 0 ? {} : { url: entry.source.url } };
}
function named(models, model) {
  return model === void 0 ? [...models] : models.filter((m) => sameLogin(m.id, model));
}
function attestations(entry, models) {
  const base = {
    kind: entry.command === "revoke" ? "revoke" : "attest",
    safeguard: entry.safeguard ?? "",
    ...common(entry),
    ...entry.model === void 0 ? {} : { model: entry.model }
  };
  if (base.kind === "revoke") return [base];
  if (entry.fingerprint !== void 0) return [{ ...base, fingerprint: entry.fingerprint }];
  const bound = named(models, entry.model).filter((m) => m.safeguards.some((s) => s.id === entry.safeguard));
  if (bound.length === 0) return [{ ...base, headChangedSince: false }];
  return bound.map((m) => ({ ...base, model: m.id, fingerprint: m.fingerprint }));
}
function stillOutdated(entry, judged) {
  if (entry.command !== "attest") return void 0;
  const unbound = { headChangedSince: true };
  const binding = entry.fingerprint !== void 0 ? { fingerprint: entry.fingerprint } : entry.reason === outdatedBecause(unbound, "") ? unbound : void 0;
  if (binding === void 0) return void 0;
  const needing = named(judged, entry.model).filter((m) => m.safeguards.some((s) => s.id === entry.safeguard));
  if (needing.length === 0 || needing.some((m) => outdatedBecause(binding, m.fingerprint) === void 0)) return void 0;
  return {
    kind: "attest",
    safeguard: entry.safeguard ?? "",
    ...common(entry),
    ...entry.model === void 0 ? {} : { model: entry.model },
    ...binding
  };
}
function policyApproval(entry) {
  const approval = common(entry);
  if (entry.fingerprint !== void 0) approval.fingerprint = entry.fingerprint;
  else approval.headChangedSince = false;
  return approval;
}
function assessmentApproval(entry, models) {
  const model = entry.model ?? "";
  const approval = { model, ...common(entry) };
  const [recorded] = named(models, model);
  if (entry.fingerprint !== void 0) approval.fingerprint = entry.fingerprint;
  else if (recorded !== void 0) approval.fingerprint = recorded.fingerprint;
  else approval.headChangedSince = false;
  return approval;
}
function rederiveLedger(recorded, engine) {
  return recorded.map((entry) => {
    if (!entry.counted) return entry;
    const replays = engine.filter((e) => sameCommand(e, entry));
    if (replays.length === 0 || replays.some((e) => e.counted)) return entry;
    const { reason: _recordedReason, ...rest } = entry;
    const reasons = [...new Set(replays.flatMap((e) => e.reason ?? []))];
    return { ...rest, counted: false, ...reasons.length === 0 ? {} : { reason: reasons.join("; ") } };
  });
}
function sameCommand(a, b) {
  return a.command === b.command && a.user === b.user && a.at === b.at && a.safeguard === b.safeguard && a.source.kind === b.source.kind && a.source.id === b.source.id;
}

// src/report/report-diff.ts
var AS_SETS = /* @__PURE__ */ new Set(["findings"]);
function diffReports(recorded, rederived, path = "") {
  if (canonicalJson(recorded) === canonicalJson(rederived)) return [];
  if (Array.isArray(recorded) && Array.isArray(rederived)) return diffLists(recorded, rederived, path);
  if (isRecord(recorded) && isRecord(rederived)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(recorded), ...Object.keys(rederived)])];
    return keys.flatMap((k) => diffReports(recorded[k], rederived[k], path === "" ? k : `${path}.${k}`));
  }
  return [{ path, recorded, rederived }];
}
function diffLists(recorded, rederived, path) {
  const key = path.split(".").at(-1) ?? "";
  if (AS_SETS.has(key.replace(/\[.*$/, ""))) return diffSets(recorded, rederived, path);
  const ids = (list2) => list2.map((v) => isRecord(v) && typeof v["id"] === "string" ? v["id"] : void 0);
  const [a, b] = [ids(recorded), ids(rederived)];
  if (a.every((id) => id !== void 0) && b.every((id) => id !== void 0) && new Set(a).size === a.length) {
    const all = [.../* @__PURE__ */ new Set([...a, ...b])];
    return all.flatMap((id) => diffReports(recorded[a.indexOf(id)], rederived[b.indexOf(id)], `${path}[${id}]`));
  }
  const length = Math.max(recorded.length, rederived.length);
  return Array.from({ length }, (_, i) => diffReports(recorded[i], rederived[i], `${path}[${i}]`)).flat();
}
function diffSets(recorded, rederived, path) {
  const text2 = (list2) => list2.map((v) => canonicalJson(v));
  const [a, b] = [text2(recorded), text2(rederived)];
  const onlyRecorded = recorded.filter((_, i) => !b.includes(a[i]));
  const onlyRederived = rederived.filter((_, i) => !a.includes(b[i]));
  return [
    ...onlyRecorded.map((v) => ({ path: `${path}[]`, recorded: v, rederived: void 0 })),
    ...onlyRederived.map((v) => ({ path: `${path}[]`, recorded: void 0, rederived: v }))
  ];
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function shown(value) {
  if (value === void 0) return "(none)";
  if (isRecord(value) && typeof value["code"] === "string" && typeof value["message"] === "string")
    return `${value["code"]} ${String(value["severity"] ?? "")}: ${value["message"]}`;
  const json = JSON.stringify(value);
  return json.length > 200 ? `${json.slice(0, 197)}...` : json;
}
function rank(path) {
  if (!/[.[]/.test(path)) return 0;
  if (path.startsWith("ledger")) return 1;
  if (/^models\[[^\]]+\](\.(conclusion|requiredLevel|declaredLevel|fingerprint))?$/.test(path) || path.startsWith("policy.")) return 2;
  return 3;
}
function byImportance(differences) {
  return [...differences].sort((a, b) => rank(a.path) - rank(b.path));
}
function describeDifference(d) {
  if (d.recorded === void 0) return `${d.path}: only re-derived: ${shown(d.rederived)}`;
  if (d.rederived === void 0) return `${d.path}: only recorded: ${shown(d.recorded)}`;
  return `${d.path}: recorded ${shown(d.recorded)}, re-derived ${shown(d.rederived)}`;
}

// src/cli/verify.ts
var LISTED = 40;
async function runVerify(cmd, root, io, columns) {
  const read = await readReport(cmd.report);
  if ("problem" in read) {
    io.stdout(`${wrapText(`cannot verify ${escapeTerminal(cmd.report)}: ${escapeTerminal(read.problem)}`, columns)}
`);
    return 1;
  }
  const { recorded, simulated } = read;
  const reader = new LocalGitReader(root);
  const [base, head] = [await reader.resolve(recorded.subject.baseSha), await reader.resolve(recorded.subject.headSha)];
  const policyBase = recorded.subject.policySha === void 0 ? void 0 : await reader.resolve(recorded.subject.policySha);
  const rederived = await rederive(reader, recorded, base, head, policyBase);
  const differences = byImportance(diffReports(comparable(recorded), comparable(rederived)));
  const what = `${base.slice(0, 12)}..${head.slice(0, 12)} as of ${recorded.referenceDate}`;
  const notes = [
    ...simulated ? ["(a report of a local simulation: its simulated commands are replayed as recorded)"] : [],
    ...recorded.tool.version === rederived.tool.version ? [] : [`(recorded by rsp-gate ${recorded.tool.version}, re-derived by ${rederived.tool.version})`]
  ];
  if (differences.length === 0) {
    const summary = `identical: ${escapeTerminal(cmd.report)} re-derives from ${what}: ${recorded.conclusion}, ${recorded.models.length} model(s), ${recorded.ledger.length} ledger entries`;
    io.stdout(`${wrapText([summary, ...notes].join("\n"), columns)}
`);
    return 0;
  }
  io.stdout(`${wrapText(differenceText(cmd.report, what, differences, notes), columns)}
`);
  return 1;
}
function differenceText(report, what, differences, notes) {
  const lines = differences.slice(0, LISTED).map((d) => `  ${escapeTerminal(describeDifference(d))}`);
  const more = differences.length > LISTED ? [`  \u2026 and ${differences.length - LISTED} more`] : [];
  return [
    `differs: ${escapeTerminal(report)} is not what ${what} gives (${differences.length} difference(s)):`,
    ...lines,
    ...more,
    ...notes
  ].join("\n");
}
async function readReport(path) {
  const text2 = await readFile(path, "utf8").catch((err) => {
    throw new UsageError(`${path}: ${err.code === "ENOENT" ? "no such file" : err.message}`, "verify");
  });
  let json;
  try {
    json = JSON.parse(text2);
  } catch (err) {
    return { problem: `it is not JSON (${err.message})` };
  }
  const wrapped = typeof json === "object" && json !== null && "simulation" in json && "report" in json;
  const parsed = AnyReportSchema.safeParse(wrapped ? json.report : json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`);
    return { problem: `it is not an rsp-gate report (${issues.join("; ")})` };
  }
  const report = parsed.data;
  if (report.schemaVersion === 1) return { problem: "a schemaVersion 1 report records neither its commits nor its ledger" };
  if (report.subject.baseSha === "" || report.subject.headSha === "") return { problem: "the report records no commits" };
  return { recorded: report, simulated: wrapped };
}
async function rederive(reader, recorded, base, head, policyBase) {
  const subject = {
    ...recorded.subject.repository === void 0 ? {} : { repository: recorded.subject.repository },
    ...recorded.subject.pullRequest === void 0 ? {} : { pullRequest: recorded.subject.pullRequest }
  };
  const tool = await currentTool();
  const once = (all, judged) => evaluateChange(
    reader,
    { base, head, ...policyBase === void 0 ? {} : { policyBase } },
    {
      all,
      policyPath: recorded.policy.file,
      referenceTime: recorded.referenceDate,
      commands: async () => replayLedger(recorded, judged?.models),
      subject,
      tool
    }
  );
  const run = async (all) => {
    const verdict = await once(all, await once(all));
    return { ...verdict, ledger: rederiveLedger(recorded.ledger, verdict.ledger) };
  };
  const ids = (v) => v.models.map((m) => m.id).join(",");
  const change = await run(base === head);
  if (base === head || ids(change) === ids(recorded)) return change;
  const snapshot = await run(true);
  return ids(snapshot) === ids(recorded) ? snapshot : change;
}
function comparable(report) {
  const { tool: _tool, ...rest } = report;
  return rest;
}

// src/cli/cli.ts
var DEFAULT_COLUMNS = 100;
async function runCli(argv, io) {
  try {
    return await dispatch(parseCli(argv), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`rsp-gate: ${escapeTerminal(err.message)}
${helpPointer(err.command)}
`);
      return 2;
    }
    if (err instanceof GitError) {
      io.stderr(`rsp-gate: ${escapeTerminal(err.message)}
`);
      return 2;
    }
    io.stderr(`rsp-gate: could not complete: ${escapeTerminal(err.message)}
`);
    if (io.env["RSP_GATE_DEBUG"]) io.stderr(`${err.stack ?? ""}
`);
    return 1;
  }
}
async function dispatch(cmd, io) {
  switch (cmd.command) {
    case "help":
      io.stdout(wrapText(cmd.topic === void 0 ? mainHelp() : commandHelp(cmd.topic), columnsOf(io)));
      return 0;
    case "version":
      io.stdout(`${await packageVersion()}
`);
      return 0;
    case "check":
      return runCheck(cmd, await existingRepo(cmd), io, columnsOf(io));
    case "validate":
      return runValidate(cmd, await existingRepo(cmd), io, columnsOf(io));
    case "init":
      return runInit(cmd, await existingRepo(cmd), io);
    case "verify":
      return runVerify(cmd, await existingRepo(cmd), io, columnsOf(io));
    case "audit":
      return runAudit(cmd, io);
  }
}
async function existingRepo(cmd) {
  const root = resolve(cmd.repo);
  const isDir = await stat(root).then(
    (s) => s.isDirectory(),
    () => false
  );
  if (!isDir) throw new UsageError(`--repo ${cmd.repo}: no such directory`, cmd.command);
  return root;
}
function columnsOf(io) {
  const fromEnv = Number(io.env["COLUMNS"]);
  if (io.columns !== void 0 && io.columns > 0) return io.columns;
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_COLUMNS;
}

// src/cli/index.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text2) => process.stdout.write(text2),
  stderr: (text2) => process.stderr.write(text2),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  ...process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}
});
