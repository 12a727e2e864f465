const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  COMMENT_FIELDS,
  CONCLUSION_LABEL,
  GitHubPortError,
  REPORT_MARKER,
  allFindings,
  codeSpan,
  createApiClient,
  describeGitHubError,
  diffTrees,
  escapeMarkdown,
  findingsSection,
  hasStatus,
  overview,
  plural,
  postComment,
  publishSticky,
  pushTo,
  randomUUID,
  react,
  renderMarkdown,
  replyToLineComment,
  resolveLfsPointers,
  safeUrl,
  singleLine,
  toComment,
  toDoSection
} from "./chunk-KGZTP6J2.js";
import {
  EOL,
  appendFileSync,
  constants,
  existsSync,
  memoryFileSource,
  node_os_default,
  promises
} from "./chunk-OX4INR5Z.js";
import {
  LFS_POINTER_MAX_BYTES,
  LfsObjectUnavailable,
  array,
  number,
  object,
  record,
  string
} from "./chunk-DKXZQWQK.js";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  appendFileSync(filePath, `${toCommandValue(message)}${EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${EOL}${convertedValue}${EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/summary.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
var platform = node_os_default.platform();
var arch = node_os_default.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + EOL);
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

// src/github/changed-files.ts
async function mergeBase(api, repo, base, head) {
  const { data } = await api.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1,
    page: 2
  });
  const sha = data.merge_base_commit?.sha;
  if (typeof sha !== "string") throw new GitHubPortError(`GitHub found no merge base of ${base} and ${head}`);
  return sha;
}
async function changedFiles(api, repo, reader, base, head) {
  const start = await mergeBase(api, repo, base, head);
  const [before, after] = await Promise.all([reader.listFiles(start), reader.listFiles(head)]);
  return diffTrees(before, after);
}

// src/github/check-suites.ts
async function headPushedBy(api, repo, sha) {
  const { data } = await api.request("GET /repos/{owner}/{repo}/commits/{ref}/check-suites", { ...repo, ref: sha, per_page: 100 });
  const suites = data.check_suites ?? [];
  let earliest;
  for (const suite of suites) {
    if (suite.head_sha !== sha || typeof suite.created_at !== "string") continue;
    const ms = Date.parse(suite.created_at);
    if (Number.isNaN(ms)) continue;
    if (earliest === void 0 || ms < earliest.ms) earliest = { iso: suite.created_at, ms };
  }
  return earliest?.iso ?? null;
}

// src/report/check.ts
var CHECK_TITLE_MAX = 100;
var CHECK_SUMMARY_MAX = 65535;
var CHECK_TEXT_MAX = 65535;
var WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;
var ANNOTATION_LEVEL = { error: "failure", warning: "warning", notice: "notice" };
function truncate(text, max) {
  if (text.length <= max) return text;
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}\u2026`;
}
function checkSummary(v, options = {}, compact = false) {
  const { icon, word } = CONCLUSION_LABEL[v.conclusion];
  const url = safeUrl(options.commentUrl);
  const where = url === void 0 ? "The full report is below" : `The full report is below and in [the PR comment](${url})`;
  const parts = [
    `### ${icon} ${escapeMarkdown(options.title ?? "rsp-gate")}: ${word}`,
    `**${escapeMarkdown(v.headline)}**`,
    compact ? "" : overview(v, false),
    toDoSection(v, { compact }),
    errorsToFix(v),
    `${where}. To evaluate again, comment ${codeSpan("/rsp evaluate")} on the pull request.`
  ];
  return parts.filter((p) => p !== "").join("\n\n");
}
var ABOUT_THE_CHECK = /* @__PURE__ */ new Set(["FOREIGN_CHECK"]);
function errorsToFix(v) {
  const errors = allFindings(v).filter((f) => f.severity === "error" || ABOUT_THE_CHECK.has(f.code));
  return errors.length > 0 ? findingsSection(errors, { perCode: 3, collapseRest: false }).replace("### Findings", "### Errors to fix") : "";
}
function pendingPerModel(findings) {
  const pending = /* @__PURE__ */ new Map();
  const rest = [];
  for (const f of findings) {
    if (f.code === "SAFEGUARD_PENDING") pushTo(pending, f.model ?? "", f);
    else rest.push(f);
  }
  const grouped = [...pending].map(([model, items]) => {
    const first = items[0];
    if (items.length === 1) return first;
    const who = model === "" ? "" : `${model}: `;
    return {
      ...first,
      message: `${who}${plural(items.length, "safeguard")} pending attestation: see the checklist in the check's summary`
    };
  });
  return [...rest, ...grouped];
}
function toAnnotation(f) {
  const line = Math.max(1, Math.trunc(f.line ?? 1));
  return {
    path: f.file,
    start_line: line,
    end_line: line,
    annotation_level: ANNOTATION_LEVEL[f.severity],
    title: singleLine(f.model === void 0 ? f.code : `${f.code} (${f.model})`),
    message: singleLine(f.message)
  };
}
function annotationsFor(verdict) {
  const placed = pendingPerModel(allFindings(verdict)).filter((f) => f.file !== void 0 && f.file !== "");
  const rank = { failure: 0, warning: 1, notice: 2 };
  return placed.map(toAnnotation).sort((a, b) => rank[a.annotation_level] - rank[b.annotation_level]);
}
function workflowAnnotations(verdict) {
  const seen = { failure: 0, warning: 0, notice: 0 };
  return annotationsFor(verdict).filter((a) => ++seen[a.annotation_level] <= WORKFLOW_ANNOTATIONS_PER_LEVEL);
}
function toCheckOutput(verdict, markdown, options = {}) {
  const title = truncate(singleLine(`${CONCLUSION_LABEL[verdict.conclusion].word}: ${verdict.headline}`), CHECK_TITLE_MAX);
  const full = checkSummary(verdict, options);
  const summary2 = full.length <= CHECK_SUMMARY_MAX ? full : checkSummary(verdict, options, true);
  const body = markdown.length <= CHECK_TEXT_MAX ? markdown : renderMarkdown(verdict, { ...options, maxLength: CHECK_TEXT_MAX });
  const text = body.startsWith(`${REPORT_MARKER}
`) ? body.slice(REPORT_MARKER.length + 1) : body;
  return { title, summary: truncate(summary2, CHECK_SUMMARY_MAX), text, annotations: annotationsFor(verdict) };
}

// src/github/checks.ts
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_ANNOTATIONS = 250;
var MAX_STATUS_DESCRIPTION = 140;
async function publishCheck(api, repo, input) {
  const result = { statusWritten: false, annotationsSent: 0, annotationsDropped: 0 };
  if (input.mode === "check" || input.mode === "both") {
    try {
      Object.assign(result, await writeCheckRun(api, repo, input));
    } catch (error2) {
      if (!hasStatus(error2, 403)) throw error2;
      result.fellBackToStatus = "the token may not create check runs (HTTP 403); a commit status was written instead";
    }
  }
  if (input.mode === "status" || input.mode === "both" || result.fellBackToStatus !== void 0) {
    await writeStatus(api, repo, input);
    result.statusWritten = true;
  }
  return result;
}
async function writeCheckRun(api, repo, input) {
  const batches = annotationBatches(input.annotations);
  const dropped = Math.max(0, input.annotations.length - MAX_ANNOTATIONS);
  const summary2 = withDroppedNote(input.summary, dropped);
  const title = truncate(input.title, CHECK_TITLE_MAX);
  const text = input.text === void 0 ? {} : { text: truncate(input.text, CHECK_SUMMARY_MAX) };
  const fields = {
    ...repo,
    status: "completed",
    conclusion: input.conclusion,
    ...input.detailsUrl === void 0 ? {} : { details_url: input.detailsUrl },
    output: { title, summary: summary2, ...text, annotations: batches[0] ?? [] }
  };
  const { data } = input.checkRunId === void 0 ? await api.request("POST /repos/{owner}/{repo}/check-runs", { ...fields, name: input.name, head_sha: input.headSha }) : await api.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...fields, check_run_id: input.checkRunId });
  const run = data;
  for (const batch2 of batches.slice(1)) {
    await api.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...repo,
      check_run_id: run.id,
      output: { title, summary: summary2, ...text, annotations: batch2 }
    });
  }
  const sent = batches.reduce((n, b) => n + b.length, 0);
  const appId = run.app?.id;
  return {
    checkRunId: run.id,
    ...run.html_url ? { checkRunUrl: run.html_url } : {},
    ...appId === void 0 ? {} : { appId },
    annotationsSent: sent,
    annotationsDropped: dropped
  };
}
function annotationBatches(annotations) {
  const rank = { failure: 0, warning: 1, notice: 2 };
  const kept = [...annotations].sort((a, b) => rank[a.annotation_level] - rank[b.annotation_level]).slice(0, MAX_ANNOTATIONS);
  const batches = [];
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST) batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches;
}
async function writeStatus(api, repo, input) {
  await api.request("POST /repos/{owner}/{repo}/statuses/{sha}", {
    ...repo,
    sha: input.headSha,
    state: statusState(input.conclusion),
    context: input.name,
    description: truncate(input.title, MAX_STATUS_DESCRIPTION),
    ...input.detailsUrl === void 0 ? {} : { target_url: input.detailsUrl }
  });
}
function statusState(conclusion) {
  return conclusion === "success" || conclusion === "neutral" ? "success" : "failure";
}
function withDroppedNote(summary2, dropped) {
  if (dropped === 0) return truncate(summary2, CHECK_SUMMARY_MAX);
  const note = `

${dropped} more findings are not shown as annotations; the JSON report lists them all.`;
  return truncate(summary2, CHECK_SUMMARY_MAX - note.length) + note;
}
async function foreignChecks(api, repo, sha, name, own) {
  const found = [];
  if (own.appId !== void 0) {
    const { data } = await api.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
      ...repo,
      ref: sha,
      check_name: name,
      filter: "all",
      per_page: 100
    });
    for (const run of data.check_runs) {
      if (run.app === null || run.app.id === own.appId) continue;
      found.push({ kind: "check run", source: `app ${run.app.slug ?? run.app.id}`, state: run.conclusion ?? run.status });
    }
  }
  if (!own.statusWritten) {
    const { data } = await api.request("GET /repos/{owner}/{repo}/commits/{ref}/statuses", { ...repo, ref: sha, per_page: 100 });
    for (const status of data) {
      if (status.context === name) found.push({ kind: "commit status", source: status.creator?.login ?? "unknown", state: status.state });
    }
  }
  return found;
}
async function startCheck(api, repo, input) {
  const { data } = await api.request("POST /repos/{owner}/{repo}/check-runs", {
    ...repo,
    name: input.name,
    head_sha: input.headSha,
    status: "in_progress",
    ...input.detailsUrl === void 0 ? {} : { details_url: input.detailsUrl },
    output: { title: "Evaluating", summary: "rsp-gate is evaluating this pull request." }
  });
  return data.id;
}
async function abandonCheck(api, repo, checkRunId, reason) {
  const { data } = await api.request("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...repo, check_run_id: checkRunId });
  if (data.status === "completed") return false;
  await api.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
    ...repo,
    check_run_id: checkRunId,
    status: "completed",
    conclusion: "failure",
    output: {
      title: truncate(`Failure: ${reason}`, CHECK_TITLE_MAX),
      summary: truncate(`**rsp-gate did not finish:** ${reason}`, CHECK_SUMMARY_MAX)
    }
  });
  return true;
}
async function linkCheck(api, repo, checkRunId, url) {
  await api.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...repo, check_run_id: checkRunId, details_url: url });
}

// src/github/permissions.ts
var UNREADABLE_MEMBERSHIP = "the token cannot read organisation membership: a workflow GITHUB_TOKEN never can; use a GitHub App (Members: read) or a token with read:org";
function createAccessLookup(api, repo) {
  return {
    async repoPermission(login) {
      try {
        const { data } = await api.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...repo, username: login });
        return toPermission(data);
      } catch (error2) {
        if (hasStatus(error2, 404)) return "none";
        throw error2;
      }
    },
    async teamMembership(org, team, login) {
      try {
        const { data } = await api.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
          org,
          team_slug: team,
          username: login
        });
        return data.state === "active" ? { state: "member" } : { state: "not-member" };
      } catch (error2) {
        if (hasStatus(error2, 404)) return { state: "not-member" };
        if (hasStatus(error2, 403)) return { state: "unknown", reason: UNREADABLE_MEMBERSHIP };
        return { state: "unknown", reason: describeGitHubError(error2) };
      }
    }
  };
}
function toPermission(data) {
  const role = data.role_name;
  if (role === "admin" || data.permission === "admin") return "admin";
  if (role === "maintain" || role === "write" || data.permission === "write") return "write";
  if (role === "triage" || role === "read" || data.permission === "read") return "read";
  return "none";
}

// src/github/review-requests.ts
async function requestReviewers(api, repo, number2, users, teams) {
  if (users.length === 0 && teams.length === 0) return;
  await api.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
    ...repo,
    pull_number: number2,
    reviewers: [...users],
    team_reviewers: [...teams]
  });
}

// src/github/head-checks.ts
var HEAD_CHECK_FIELDS = `oid
  checkSuites(first: 100) { nodes { createdAt app { databaseId slug } checkRuns(first: 100, filterBy: { checkName: $checkName }) { nodes { status conclusion } } } }
  status { contexts { context state creator { login } } }`;
function toHeadChecks(headSha, commit) {
  if (commit?.oid !== headSha || commit.checkSuites == null) return void 0;
  const suites = commit.checkSuites.nodes.filter((suite) => suite !== null);
  let earliest = null;
  for (const suite of suites) {
    const ms = typeof suite.createdAt === "string" ? Date.parse(suite.createdAt) : Number.NaN;
    if (!Number.isNaN(ms) && (earliest === null || ms < earliest.ms)) earliest = { iso: suite.createdAt, ms };
  }
  return {
    earliestSuite: earliest?.iso ?? null,
    runs: suites.flatMap(
      (suite) => (suite.checkRuns?.nodes ?? []).filter((run) => run !== null).map((run) => ({
        appId: suite.app?.databaseId ?? null,
        appSlug: suite.app?.slug ?? null,
        state: (run.conclusion ?? run.status).toLowerCase()
      }))
    ),
    statuses: (commit.status?.contexts ?? []).map((s) => ({
      context: s.context,
      state: s.state.toLowerCase(),
      creator: s.creator?.login ?? null
    }))
  };
}
async function queryTolerating(api, query, variables) {
  try {
    return { data: await api.graphql(query, variables), headChecksRefused: false };
  } catch (error2) {
    const partial = error2;
    const onlyCommits = Array.isArray(partial.errors) && partial.errors.length > 0 && partial.errors.every((e) => e.path?.[0] === "repository" && e.path[1] === "pullRequest" && e.path[2] === "commits");
    if (onlyCommits && partial.data !== void 0 && partial.data !== null) return { data: partial.data, headChecksRefused: true };
    throw error2;
  }
}

// src/github/pull-request.ts
var REVIEW_STATES = "states: [APPROVED, CHANGES_REQUESTED, COMMENTED]";
var SNAPSHOT_QUERY = `query($owner: String!, $name: String!, $number: Int!, $checkName: String!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      id number state url headRefOid baseRefOid baseRefName baseRef { target { oid } }
      author { login }
      comments(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } }
      reviews(first: 100, ${REVIEW_STATES}) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } }
      timelineItems(last: 100, itemTypes: [HEAD_REF_FORCE_PUSHED_EVENT]) { totalCount nodes { ... on HeadRefForcePushedEvent { createdAt afterCommit { oid } } } }
      commits(last: 1) { nodes { commit { ${HEAD_CHECK_FIELDS} } } }
    }
  }
}`;
var MORE_QUERY = {
  comments: `query($id: ID!, $after: String!) {
  node(id: $id) {
    ... on PullRequest { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } } }
  }
}`,
  reviews: `query($id: ID!, $after: String!) {
  node(id: $id) {
    ... on PullRequest { reviews(first: 100, after: $after, ${REVIEW_STATES}) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } } }
  }
}`
};
async function restOf(api, pr, field) {
  const nodes = [...pr[field].nodes];
  let page = pr[field].pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const more = await api.graphql(MORE_QUERY[field], { id: pr.id, after: page.endCursor });
    if (!more.node)
      throw new GitHubPortError(`the ${field} of pull request #${pr.number} could not be read past the first ${nodes.length}`);
    nodes.push(...more.node[field].nodes);
    page = more.node[field].pageInfo;
  }
  return nodes;
}
async function readPullRequest(api, repo, number2, checkName) {
  const answer = await queryTolerating(api, SNAPSHOT_QUERY, { owner: repo.owner, name: repo.repo, number: number2, checkName });
  const data = answer.data;
  const pr = data.repository?.pullRequest;
  if (!pr) throw new GitHubPortError(`pull request #${number2} was not found in ${repo.owner}/${repo.repo}`);
  const nodes = await restOf(api, pr, "comments");
  const reviews = await restOf(api, pr, "reviews");
  const snapshot = {
    number: pr.number,
    state: pr.state,
    url: pr.url,
    author: pr.author?.login ?? "ghost",
    headSha: pr.headRefOid,
    baseSha: pr.baseRefOid,
    baseRef: pr.baseRefName,
    ...pr.baseRef?.target ? { baseTipSha: pr.baseRef.target.oid } : {},
    comments: [
      ...nodes.filter((n) => n !== null).map(toComment),
      // A review's body is read like a comment (an empty one holds no command). The gate writes no reviews: one by
      // its token is neither its report nor a command.
      ...reviews.filter((n) => n !== null && n.body !== "" && !n.viewerDidAuthor).map((n) => ({ ...toComment(n), review: true }))
    ],
    headForcePush: lastForcePushTo(pr.headRefOid, pr.timelineItems)
  };
  const headChecks = answer.headChecksRefused ? void 0 : toHeadChecks(pr.headRefOid, pr.commits?.nodes.at(-1)?.commit);
  if (headChecks !== void 0) snapshot.headChecks = headChecks;
  return snapshot;
}
function lastForcePushTo(head, timeline) {
  let at = null;
  for (const event of timeline.nodes) {
    if (event?.afterCommit?.oid !== head || typeof event.createdAt !== "string") continue;
    if (at === null || Date.parse(event.createdAt) > Date.parse(at)) at = event.createdAt;
  }
  return { at, complete: at !== null || timeline.totalCount <= timeline.nodes.length };
}
async function currentHead(api, repo, number2) {
  const { data } = await api.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: number2 });
  const pr = data;
  return { sha: pr.head.sha, state: pr.state };
}
async function openPullRequests(api, repo, baseRef) {
  const found = [];
  for (let page = 1; ; page++) {
    const { data } = await api.request("GET /repos/{owner}/{repo}/pulls", {
      ...repo,
      state: "open",
      ...baseRef === void 0 ? {} : { base: baseRef },
      per_page: 100,
      page
    });
    const pulls = data;
    found.push(...pulls.map((p) => ({ number: p.number, headSha: p.head.sha })));
    if (pulls.length < 100) return found;
  }
}

// src/github/lfs-download.ts
var REQUEST_TIMEOUT_MS = 12e4;
var CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+|\*)$/;
function lfsDownloadSource(path, pointer, link, fetchImpl = fetch) {
  const size = pointer.size;
  const fail = (why) => {
    throw new LfsObjectUnavailable(pointer, `downloading it from the LFS storage failed: ${why}`);
  };
  const get = async (range, timeout) => {
    const headers = { ...link.header, "user-agent": "rsp-gate", ...range === void 0 ? {} : { range } };
    try {
      return await fetchImpl(link.href, { headers, ...timeout ? { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } : {} });
    } catch (error2) {
      return fail(error2.message);
    }
  };
  return {
    path,
    size,
    async *stream() {
      const response = await get(void 0, false);
      if (response.status !== 200 || response.body === null) return fail(await statusOf(response));
      for await (const chunk2 of response.body) yield chunk2;
    },
    async read(start, end) {
      const from = Math.max(0, start);
      const to = Math.min(end, size);
      if (to <= from) return new Uint8Array(0);
      const whole = from === 0 && to === size;
      const response = await get(whole ? void 0 : `bytes=${from}-${to - 1}`, true);
      if (response.status !== (whole ? 200 : 206)) {
        return fail(response.status === 200 ? "the storage ignored the range request" : await statusOf(response));
      }
      const range = whole ? void 0 : CONTENT_RANGE.exec(response.headers.get("content-range") ?? "");
      if (range !== void 0 && (range === null || Number(range[1]) !== from || Number(range[2]) !== to - 1 || range[3] !== "*" && Number(range[3]) !== size)) {
        await response.body?.cancel();
        return fail(
          `it answered bytes ${response.headers.get("content-range") ?? "(no content-range)"} for bytes ${from}-${to - 1} of ${size}`
        );
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength !== to - from) return fail(`${bytes.byteLength} bytes arrived of the ${to - from} asked for`);
      return bytes;
    }
  };
}
async function statusOf(response) {
  await response.body?.cancel();
  return `HTTP ${response.status}`;
}

// src/github/lfs.ts
var MEDIA_TYPE = "application/vnd.git-lfs+json";
var MAX_OBJECTS_PER_BATCH = 100;
var BATCH_TIMEOUT_MS = 6e4;
var BatchAnswer = object({
  transfer: string().optional(),
  objects: array(
    object({
      oid: string(),
      size: number(),
      actions: object({ download: object({ href: string(), header: record(string(), string()).optional() }).optional() }).optional(),
      error: object({ code: number(), message: string() }).optional()
    })
  )
});
function githubLfsStore(repo, server, fetchImpl = fetch) {
  return {
    async objects(requests) {
      if (server === void 0) throw new Error("the GitHub web origin is not known, so the LFS object cannot be fetched");
      const unique = [...new Map(requests.map((r) => [r.pointer.oid, r.pointer])).values()];
      const answers = /* @__PURE__ */ new Map();
      for (let i = 0; i < unique.length; i += MAX_OBJECTS_PER_BATCH) {
        for (const object2 of await batch(server, repo, unique.slice(i, i + MAX_OBJECTS_PER_BATCH), fetchImpl))
          answers.set(object2.oid, object2);
      }
      const out = /* @__PURE__ */ new Map();
      for (const { path, pointer } of requests)
        out.set(path, objectSource(path, pointer, answers.get(pointer.oid), server.origin, fetchImpl));
      return out;
    }
  };
}
async function batch(server, repo, pointers, fetchImpl) {
  const url = `${server.origin.replace(/\/+$/, "")}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}.git/info/lfs/objects/batch`;
  const credentials = Buffer.from(`x-access-token:${await server.token()}`).toString("base64");
  const body = { operation: "download", transfers: ["basic"], objects: pointers.map(({ oid, size }) => ({ oid, size })) };
  let response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { accept: MEDIA_TYPE, "content-type": MEDIA_TYPE, authorization: `Basic ${credentials}`, "user-agent": "rsp-gate" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(BATCH_TIMEOUT_MS)
    });
  } catch (error2) {
    throw new Error(`the Git LFS batch request failed: ${error2.message}`);
  }
  const text = await response.text();
  if (!response.ok) throw new Error(`the Git LFS batch request was refused: HTTP ${response.status}${messageOf(text)}`);
  const answer = BatchAnswer.safeParse(parseJson(text));
  if (!answer.success || answer.data.transfer !== void 0 && answer.data.transfer !== "basic") {
    throw new Error("the Git LFS batch answer is not in the form the Batch API specifies");
  }
  return answer.data.objects;
}
function objectSource(path, pointer, answer, origin, fetchImpl) {
  if (answer === void 0) return "the LFS server did not answer for this object";
  if (answer.error) {
    const hint = answer.error.code === 404 ? " (was it pushed? `git lfs push --all origin` uploads what is missing)" : "";
    return `the LFS server answered ${answer.error.code}: ${answer.error.message}${hint}`;
  }
  const download = answer.actions?.download;
  if (download === void 0) return "the LFS server gave no download link for this object";
  if (answer.size !== pointer.size) return `the LFS server says the object is ${answer.size} bytes, the pointer says ${pointer.size}`;
  if (!/^https?:/.test(download.href) || download.href.startsWith("http:") && !origin.startsWith("http:"))
    return "the LFS server gave a download link that is not HTTPS";
  return lfsDownloadSource(path, pointer, download, fetchImpl);
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function messageOf(text) {
  const message = parseJson(text)?.message;
  return typeof message === "string" ? ` (${message.slice(0, 200)})` : "";
}
function webOriginOf(apiBaseUrl) {
  let url;
  try {
    url = new URL(apiBaseUrl);
  } catch {
    return void 0;
  }
  if (url.hostname === "api.github.com") return "https://github.com";
  const cloud = /^api\.(.+\.ghe\.com)$/.exec(url.hostname);
  if (cloud) return `https://${cloud[1]}`;
  const path = url.pathname.replace(/\/+$/, "");
  return path.endsWith("/api/v3") ? `${url.origin}${path.slice(0, -"/api/v3".length)}` : void 0;
}
function lfsServerOf(api) {
  const octokit = api;
  const baseUrl = octokit.request.endpoint?.DEFAULTS?.baseUrl;
  const origin = typeof baseUrl === "string" ? webOriginOf(baseUrl) : void 0;
  const auth = octokit.auth;
  if (origin === void 0 || typeof auth !== "function") return void 0;
  return {
    origin,
    async token() {
      const token = (await auth({ type: "installation" }))?.token;
      if (typeof token !== "string" || token === "") throw new Error("no token to authenticate to the Git LFS server");
      return token;
    }
  };
}

// src/github/repo-reader.ts
var DEFAULTS = {
  maxPathsPerQuery: 500,
  maxBytesPerQuery: 4 << 20,
  largeBlobBytes: 4e5,
  blobConcurrency: 4,
  fetchMinBlobs: 3
};
var UNKNOWN_SIZE = 64 << 10;
var BINARY_EXTENSIONS = /\.(?:eval|zip|gz|zst|parquet|bin)$/i;
function createApiRepoReader(api, repo, options = {}, web = lfsServerOf(api), lfs = githubLfsStore(repo, web)) {
  return new ApiRepoReader(api, repo, { ...DEFAULTS, ...options }, lfs, web);
}
var ApiRepoReader = class {
  api;
  repo;
  opts;
  trees = /* @__PURE__ */ new Map();
  /** Trees already listed, by commit and path: sizes and blob ids route each read without waiting for a listing. */
  listed = /* @__PURE__ */ new Map();
  dates = /* @__PURE__ */ new Map();
  /** REST downloads in flight, by blob id: base and head often hold the same blob, and it is fetched once. */
  inFlight = /* @__PURE__ */ new Map();
  pending = [];
  flushScheduled = false;
  activeBlobs = 0;
  blobQueue = [];
  lfs;
  web;
  /** Large blobs fetched by git (or being fetched), by blob id; undefined when that fetch failed. */
  fetched = /* @__PURE__ */ new Map();
  constructor(api, repo, opts, lfs, web) {
    this.api = api;
    this.repo = repo;
    this.opts = opts;
    this.lfs = lfs;
    this.web = web;
  }
  /**
   * Reads to come: when they hold enough large blobs (listed already), one git fetch brings them all, instead of a REST
   * request each. A fetch that fails leaves those blobs to REST, so it can cost requests but never a wrong read.
   */
  prefetch(commit, paths) {
    const { web } = this;
    const listed = this.listed.get(commit);
    if (web === void 0 || listed === void 0) return;
    const wanted = /* @__PURE__ */ new Map();
    for (const path of paths) {
      const entry = listed.get(path);
      if (entry && !entry.submodule && !this.fetched.has(entry.oid) && this.viaRest(path, entry.size ?? 0)) wanted.set(entry.oid, entry);
    }
    if (wanted.size < this.opts.fetchMinBlobs) return;
    const fetch2 = import("./git-fetch-3YXNZ5ZA.js").then(({ fetchBlobs }) => fetchBlobs(web, this.repo, [...wanted.values()])).catch(() => void 0);
    for (const oid of wanted.keys()) this.fetched.set(oid, fetch2);
  }
  /** Removes the temporary stores of the blobs git fetched. */
  async close() {
    const stores = new Set(this.fetched.values());
    this.fetched.clear();
    await Promise.all([...stores].map(async (store) => (await store)?.remove()));
  }
  /** A blob GraphQL would not return whole: large, or binary of more than pointer size (a pointer is text). */
  viaRest(path, size) {
    return size > this.opts.largeBlobBytes || BINARY_EXTENSIONS.test(path) && size >= LFS_POINTER_MAX_BYTES;
  }
  listFiles(commit) {
    let tree = this.trees.get(commit);
    if (!tree) {
      tree = this.fetchTree(commit);
      this.trees.set(commit, tree);
      tree.then(
        (entries) => this.listed.set(commit, new Map(entries.map((e) => [e.path, e]))),
        () => void 0
      );
    }
    return tree;
  }
  async readFiles(commit, paths) {
    const unique = [...new Set(paths)];
    const sources = await Promise.all(
      unique.map(
        (path) => new Promise((resolve, reject) => this.schedule({ kind: "file", commit, path, size: 0, resolve, reject }))
      )
    );
    const files = /* @__PURE__ */ new Map();
    unique.forEach((path, i) => {
      const source = sources[i];
      if (source) files.set(path, source);
    });
    return resolveLfsPointers(files, this.lfs);
  }
  commitDate(commit) {
    let date = this.dates.get(commit);
    if (!date) {
      date = new Promise((resolve, reject) => this.schedule({ kind: "date", commit, resolve, reject }));
      this.dates.set(commit, date);
    }
    return date;
  }
  schedule(request) {
    this.pending.push(request);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      const batch2 = this.pending;
      this.pending = [];
      void this.flush(batch2);
    });
  }
  async flush(batch2) {
    const viaGraphql = [];
    const viaRest = [];
    const viaFetch = /* @__PURE__ */ new Map();
    for (const request of batch2) {
      const entry = request.kind === "file" ? this.listed.get(request.commit)?.get(request.path) : void 0;
      if (request.kind === "file" && entry) {
        request.size = entry.size ?? 0;
        if (this.viaRest(request.path, request.size)) {
          const fetched = this.fetched.get(entry.oid);
          if (fetched) viaFetch.set(fetched, [...viaFetch.get(fetched) ?? [], { request, entry }]);
          else viaRest.push({ request, oid: entry.oid, size: entry.size });
          continue;
        }
      }
      viaGraphql.push(request);
    }
    const work = chunk(viaGraphql, this.opts).map((part) => this.queryBatch(part));
    work.push(...viaRest.map(({ request, oid, size }) => this.restBlob(oid, request.path, size).then(request.resolve, request.reject)));
    for (const [fetched, reads] of viaFetch) work.push(this.readFetched(fetched, reads));
    await Promise.all(work);
  }
  /** Reads from a git fetch's store; through REST when that fetch failed. */
  async readFetched(fetched, reads) {
    const store = await fetched;
    const sources = await store?.objects.sources(reads.map(({ request, entry }) => ({ ...entry, path: request.path }))).catch(() => void 0);
    await Promise.all(
      reads.map(({ request, entry }) => {
        const source = sources?.get(request.path);
        if (source) return request.resolve(source);
        return this.restBlob(entry.oid, request.path, entry.size).then(request.resolve, request.reject);
      })
    );
  }
  async queryBatch(batch2) {
    const { query, variables } = batchQuery(batch2, this.repo);
    let repository;
    try {
      const data = await this.api.graphql(query, variables);
      if (!data.repository) throw new GitHubPortError(`repository ${this.repo.owner}/${this.repo.repo} is not visible to this token`);
      repository = data.repository;
    } catch (error2) {
      for (const request of batch2) request.reject(error2);
      return;
    }
    const fallbacks = [];
    batch2.forEach((request, i) => {
      const fallback = this.settle(request, repository[`f${i}`]);
      if (fallback) fallbacks.push(fallback);
    });
    await Promise.all(fallbacks);
  }
  /** Answer one request from its node in the query's answer; a REST download when the text is not there whole. */
  settle(request, node) {
    if (request.kind === "date") {
      if (typeof node?.committedDate === "string") request.resolve(node.committedDate);
      else request.reject(new GitHubPortError(`commit ${request.commit} was not found in ${this.repo.owner}/${this.repo.repo}`));
      return void 0;
    }
    if (!node || typeof node.oid !== "string") return void request.resolve(void 0);
    const text = node.text;
    const whole = typeof text === "string" && !node.isBinary && !node.isTruncated && Buffer.byteLength(text, "utf8") === node.byteSize;
    if (whole) return void request.resolve(memoryFileSource(request.path, Buffer.from(text, "utf8")));
    return this.restBlob(node.oid, request.path, node.byteSize).then(request.resolve, request.reject);
  }
  async restBlob(oid, path, size) {
    let bytes = this.inFlight.get(oid);
    if (!bytes) {
      bytes = this.downloadBlob(oid, path, size).finally(() => this.inFlight.delete(oid));
      this.inFlight.set(oid, bytes);
    }
    return memoryFileSource(path, await bytes);
  }
  /** One blob through the REST API, four at a time: raw bytes when its size is known to check them against, else base64. */
  async downloadBlob(oid, path, size) {
    if (this.activeBlobs >= this.opts.blobConcurrency) await new Promise((resolve) => this.blobQueue.push(resolve));
    this.activeBlobs++;
    try {
      const raw = size === void 0 ? void 0 : await this.rawBlob(oid, path, size);
      return raw ?? await this.base64Blob(oid, path);
    } finally {
      this.activeBlobs--;
      this.blobQueue.shift()?.();
    }
  }
  /**
   * The blob's bytes as they are (no base64 text four thirds their size to hold and decode). Undefined when the answer
   * is not bytes (text a proxy decoded, or JSON), so the base64 form is asked for instead: text is never trusted here.
   */
  async rawBlob(oid, path, size) {
    const { data } = await this.api.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
      owner: this.repo.owner,
      repo: this.repo.repo,
      file_sha: oid,
      mediaType: { format: "raw" }
    });
    if (typeof data === "object" && data !== null && "content" in data) return decodeBlob(data, oid, path);
    if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) return void 0;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (bytes.byteLength !== size)
      throw new GitHubPortError(`${path}: GitHub returned ${bytes.byteLength} of the ${size} bytes of blob ${oid}`);
    return bytes;
  }
  async base64Blob(oid, path) {
    const { data } = await this.api.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
      owner: this.repo.owner,
      repo: this.repo.repo,
      file_sha: oid
    });
    return decodeBlob(data, oid, path);
  }
  async fetchTree(commit) {
    const { data } = await this.api.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
      owner: this.repo.owner,
      repo: this.repo.repo,
      tree_sha: commit,
      recursive: "1"
    });
    const tree = data;
    if (!Array.isArray(tree.tree)) throw new GitHubPortError(`GitHub's answer for the file tree of ${commit} holds no list of files`);
    if (tree.truncated) {
      throw new GitHubPortError(
        `the file tree of ${commit} is too large for GitHub to list in one response (truncated); rsp-gate cannot see every file, so it cannot evaluate this change`
      );
    }
    const entries = [];
    for (const e of tree.tree) {
      if (typeof e.path !== "string" || typeof e.sha !== "string") continue;
      if (e.type === "commit") entries.push({ path: e.path, oid: e.sha, submodule: true });
      if (e.type !== "blob") continue;
      entries.push(typeof e.size === "number" ? { path: e.path, oid: e.sha, size: e.size } : { path: e.path, oid: e.sha });
    }
    return entries;
  }
};
function decodeBlob(data, oid, path) {
  const blob = data;
  if (typeof blob.content !== "string" || blob.encoding !== "base64" && blob.encoding !== "utf-8") {
    throw new GitHubPortError(`${path}: GitHub returned blob ${oid} in an unexpected form`);
  }
  const bytes = blob.encoding === "base64" ? Buffer.from(blob.content, "base64") : Buffer.from(blob.content, "utf8");
  if (typeof blob.size === "number" && bytes.byteLength !== blob.size) {
    throw new GitHubPortError(`${path}: GitHub returned ${bytes.byteLength} of the ${blob.size} bytes of blob ${oid}`);
  }
  return bytes;
}
function batchQuery(batch2, repo) {
  const variables = { owner: repo.owner, name: repo.repo };
  const declarations = ["$owner: String!", "$name: String!"];
  const fields = [];
  batch2.forEach((request, i) => {
    declarations.push(`$e${i}: String!`);
    if (request.kind === "file") {
      variables[`e${i}`] = `${request.commit}:${request.path}`;
      fields.push(`f${i}: object(expression: $e${i}) { ... on Blob { text byteSize isBinary isTruncated oid } }`);
    } else {
      variables[`e${i}`] = request.commit;
      fields.push(`f${i}: object(expression: $e${i}) { ... on Commit { committedDate } }`);
    }
  });
  return { query: `query(${declarations.join(", ")}) { repository(owner: $owner, name: $name) { ${fields.join(" ")} } }`, variables };
}
function chunk(requests, opts) {
  const parts = [];
  let current = [];
  let bytes = 0;
  for (const request of requests) {
    const size = request.kind === "file" ? request.size || UNKNOWN_SIZE : 0;
    if (current.length > 0 && (current.length >= opts.maxPathsPerQuery || bytes + size > opts.maxBytesPerQuery)) {
      parts.push(current);
      current = [];
      bytes = 0;
    }
    current.push(request);
    bytes += size;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

// src/github/port.ts
function createGitHubPort(api, options = {}) {
  const lfs = options.lfs ?? lfsServerOf(api);
  return {
    readPullRequest: (repo, number2, checkName) => readPullRequest(api, repo, number2, checkName),
    currentHead: (repo, number2) => currentHead(api, repo, number2),
    openPullRequests: (repo, baseRef) => openPullRequests(api, repo, baseRef),
    reader: (repo) => createApiRepoReader(api, repo, options.reader, lfs, githubLfsStore(repo, lfs)),
    changedFiles: (repo, reader, base, head) => changedFiles(api, repo, reader, base, head),
    headPushedBy: (repo, sha) => headPushedBy(api, repo, sha),
    access: (repo) => createAccessLookup(api, repo),
    publishSticky: (repo, input) => publishSticky(api, repo, input),
    publishCheck: (repo, input) => publishCheck(api, repo, input),
    foreignChecks: (repo, sha, name, own) => foreignChecks(api, repo, sha, name, own),
    startCheck: (repo, input) => startCheck(api, repo, input),
    abandonCheck: (repo, id, reason) => abandonCheck(api, repo, id, reason),
    linkCheck: (repo, id, url) => linkCheck(api, repo, id, url),
    postComment: (repo, number2, body) => postComment(api, repo, number2, body),
    replyToLineComment: (repo, number2, commentId, body) => replyToLineComment(api, repo, number2, commentId, body),
    react: (repo, commentId, content) => react(api, repo, commentId, content),
    requestReviewers: (repo, number2, users, teams) => requestReviewers(api, repo, number2, users, teams),
    describeError: describeGitHubError
  };
}

// src/action/client.ts
var log = { debug, info, warn: warning, error: (m) => error(m) };
function createActionClient(token, env) {
  return createApiClient(token, env, log);
}

// src/action/post.ts
var CHECK_RUN_STATE = "check-run-id";
async function post(env = process.env) {
  const id = Number(getState(CHECK_RUN_STATE));
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!Number.isSafeInteger(id) || id <= 0 || !owner || !repo) return;
  const api = createActionClient(getInput("github-token"), env);
  const reason = "the job was cancelled or timed out before rsp-gate finished its evaluation; re-run the job or comment /rsp evaluate";
  try {
    if (await createGitHubPort(api).abandonCheck({ owner, repo }, id, reason))
      warning(`rsp-gate: check run ${id} completed as failure: ${reason}`);
  } catch (error2) {
    warning(`rsp-gate could not complete its unfinished check run ${id}: ${describeGitHubError(error2)}`);
  }
}

export {
  summary,
  setSecret,
  getInput,
  setOutput,
  setFailed,
  error,
  warning,
  notice,
  info,
  saveState,
  CHECK_SUMMARY_MAX,
  truncate,
  workflowAnnotations,
  toCheckOutput,
  createGitHubPort,
  createActionClient,
  CHECK_RUN_STATE,
  post
};
