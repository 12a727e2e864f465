// The one orchestration every adapter shares: read the inputs of a change through a RepoReader, decide, return the
// verdict. Data flows one way: policy (base) -> file lists -> model configs + evidence -> engine.
import picomatch from 'picomatch';
import type { FileSource, EvidenceRecord } from '../evidence/types.ts';
import { createHash } from 'node:crypto';
import type { AssessmentApproval, Attestation, PolicyApproval } from '../engine/inputs.ts';
import type { Policy } from '../policy/schema.ts';
import type { LedgerEntry, Tool, Verdict } from '../engine/types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { finding, type Finding } from '../common/finding.ts';
import { append } from '../common/append.ts';
import { pathMatcher } from '../common/globs.ts';
import { loadPolicy } from '../policy/load.ts';
import { MAX_CONFIG_SIZE } from '../policy/read-document.ts';
import { loadModelConfig } from '../policy/model-config.ts';
import { evaluate } from '../engine/evaluate.ts';
import { indexModels } from '../engine/matching.ts';
import { readText } from '../sources/file-source.ts';
import { diffTrees, modelFromFolder, modelsInScope } from './scope.ts';
import type { RepoReader, TreeEntry } from '../ports/repo-reader.ts';
import { misfiledResult, neededResults, readResults, type ReadResults } from './evidence-reads.ts';
import { relevantNotices } from './relevant-notices.ts';
import { pushTo } from '../common/group.ts';
import { readRiskReports } from './risk-report-reads.ts';

export const DEFAULT_POLICY_PATH = '.github/rsp-policy.yml';

export interface Change {
  base: string;
  head: string;
  /** The paths the change touches; undefined: found by comparing the two trees. */
  changedFiles?: string[];
  /**
   * The commit the policy is read from when it is not `base`: the base branch's tip, which moves on (a tightened
   * policy) while a PR's recorded base SHA stays where it was. The change itself is still `base`..`head`.
   */
  policyBase?: string;
}

interface CommandInputs {
  attestations: Attestation[];
  approvals: PolicyApproval[];
  assessmentApprovals?: AssessmentApproval[];
  /** Commands refused before the evaluation, for the report's ledger. */
  ledger?: LedgerEntry[];
}

export interface EvaluateOptions {
  policyPath?: string;
  /** Every model, not only those the change touches. */
  all?: boolean;
  /**
   * The time of the evaluation (ISO), which staleness is measured against and the report records: the adapter's
   * clock, or a time given to reproduce a verdict. Absent (callers without a clock): the later of the commit dates.
   */
  referenceTime?: string;
  /**
   * Called once the base policy and the head model configs are loaded, to turn PR comments into authorised
   * attestations and approvals (so that a command naming an unknown safeguard or model is refused up front).
   */
  commands?: (policy: Policy, context: { models: Array<{ id: string; aliases: string[] }> }) => Promise<CommandInputs>;
  /** The repository and PR judged, for the report (the commits come from the change). */
  subject?: { repository?: string; pullRequest?: number };
  /** The rsp-gate that evaluates, for the report. */
  tool?: Tool;
}

/** Everything a change's verdict is decided from: what check judges and validate reports on. */
export interface ChangeInputs {
  input: EngineInput;
  headPolicyText: string | undefined;
  /** Result files read that some reader recognised. */
  resultsRead: number;
}

export async function evaluateChange(reader: RepoReader, change: Change, options: EvaluateOptions = {}): Promise<Verdict> {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  // 1–5. Read the inputs; 6. the verdict, and under a proposed policy its preview.
  const { input, headPolicyText } = await readChange(reader, change, options);
  const verdict = evaluate(input);
  if (input.policyChanged) verdict.policy.preview = previewUnder(headPolicyText, policyPath, input, verdict);
  return verdict;
}

/** Steps 1–5 of an evaluation: the base policy, the model configs and the evidence the models in scope need. */
export async function readChange(reader: RepoReader, change: Change, options: EvaluateOptions = {}): Promise<ChangeInputs> {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  // 1. Both trees, both dates and the policy at base (and at head, to tell a policy change).
  const start = await readStart(reader, change, policyPath, options.referenceTime);
  // 2. Which paths are model configs and result files, and what the change touches.
  const layout = classify(start, change, policyPath, options);
  // 3. Model configs on both sides, and the changed result files on both sides: what decides the scope.
  const { baseModels, headModels, changedHead, changedBase, inputFindings } = await readChangedInputs(reader, change, start, layout);
  for (const path of start.headSubmodules.filter((p) => layout.isEval(p))) inputFindings.push(submoduleFinding(path));
  // 4. The models the change touches.
  const inScope = scopeOf(layout, baseModels, headModels, changedHead, changedBase, options);
  // 5. The rest of the evidence those models need, in bounded slices, reusing the changed files already read.
  const evidence = await readEvidence(reader, change, start, layout, { baseModels, headModels, changedHead, inScope, inputFindings });
  const models = headModels.map((m) => ({ id: m.config.id, aliases: m.config.aliases }));
  const commandInputs = options.commands ? await options.commands(start.policy, { models }) : { attestations: [], approvals: [] };
  const inScopeModels = headModels.filter((m) => inScope.includes(m.config.id));
  const riskReports = await readRiskReports(reader, change.base, start.baseTree, start.policy, inScopeModels);
  const input: EngineInput = {
    policy: start.policy,
    policyFindings: start.policyFindings,
    policyFile: policyPath,
    baseModels,
    headModels,
    modelsInScope: inScope,
    evidence,
    inputFindings: relevantNotices(inputFindings, new Set(layout.changed), inScopeModels, recordsByFile(evidence)),
    riskReports: riskReports.reports,
    riskReportReadFindings: riskReports.findings,
    attestations: commandInputs.attestations,
    policyApprovals: commandInputs.approvals,
    assessmentApprovals: commandInputs.assessmentApprovals ?? [],
    ledger: commandInputs.ledger ?? [],
    // What `/rsp approve-policy fp:` binds to: the proposed text ('' when the PR deletes the policy).
    policyFingerprint: policyTextFingerprint(start.headPolicyText),
    // Results the PR changes or removes, as the base had them: a removed crossing is a claim (see claims.ts).
    baseChangedEvidence: [...changedBase.records.values()].flat(),
    policyChanged: layout.policyChanged,
    referenceDate: start.referenceDate,
    nothingRelevant: !layout.relevantChange && options.all !== true,
    subject: {
      ...options.subject,
      baseSha: change.base,
      headSha: change.head,
      ...(change.policyBase === undefined || change.policyBase === change.base ? {} : { policySha: change.policyBase }),
    },
    ...(options.tool === undefined ? {} : { tool: options.tool }),
    basePolicyFingerprint: start.basePolicyText === undefined ? null : sha256(start.basePolicyText),
  };
  const resultsRead = [...changedHead.formats.values()].filter((f) => f !== undefined).length;
  return { input, headPolicyText: start.headPolicyText, resultsRead };
}

/** What `/rsp approve-policy fp:` binds to: sha256 of the proposed policy text, '' when there is none. */
export function policyTextFingerprint(text: string | undefined): string {
  return text === undefined ? '' : sha256(text);
}

type EngineInput = Parameters<typeof evaluate>[0];

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

interface Start {
  baseTree: TreeEntry[];
  headTree: TreeEntry[];
  /** Paths of the submodules at head. */
  headSubmodules: string[];
  referenceDate: string;
  policy: Policy;
  policyFindings: Finding[];
  basePolicyText: string | undefined;
  /** Undefined when the head has no policy; the base text when base and head are one commit. */
  headPolicyText: string | undefined;
  headPolicyRead: boolean;
}

async function readStart(reader: RepoReader, change: Change, policyPath: string, referenceTime: string | undefined): Promise<Start> {
  const policyBase = change.policyBase ?? change.base;
  const [baseListing, headListing, referenceDate, basePolicyFiles, headPolicyFiles] = await Promise.all([
    reader.listFiles(change.base),
    reader.listFiles(change.head),
    referenceTime ?? commitReference(reader, change),
    reader.readFiles(policyBase, [policyPath]),
    policyBase === change.head ? undefined : reader.readFiles(change.head, [policyPath]),
  ]);
  // Submodules hold no bytes here: kept aside, so that one under the result paths is reported, not read.
  const [baseTree, headTree] = [baseListing, headListing].map((tree) => tree.filter((entry) => !entry.submodule)) as [
    TreeEntry[],
    TreeEntry[],
  ];
  const headSubmodules = headListing.filter((entry) => entry.submodule).map((entry) => entry.path);
  const basePolicyText = await configText(basePolicyFiles.get(policyPath));
  const loaded = loadPolicy(basePolicyText.text, policyPath);
  const headPolicySource = headPolicyFiles?.get(policyPath);
  // A PR that deletes the policy changes it too (to none), and needs an approval like any other change.
  const headPolicyText =
    headPolicyFiles === undefined ? basePolicyText.text : headPolicySource ? (await configText(headPolicySource)).text : undefined;
  return {
    baseTree,
    headTree,
    headSubmodules,
    referenceDate,
    policy: loaded.policy,
    policyFindings: [...basePolicyText.findings, ...loaded.findings],
    basePolicyText: basePolicyText.text,
    headPolicyText,
    headPolicyRead: headPolicyFiles !== undefined,
  };
}

/**
 * Without a clock, staleness is measured at the head commit's date; a PR's author sets that date, so never earlier
 * than the base's. (With one, commit dates play no part: a commit dated ahead cannot make evidence fresher.)
 */
async function commitReference(reader: RepoReader, change: Change): Promise<string> {
  const [headDate, baseDate] = await Promise.all([reader.commitDate(change.head), reader.commitDate(change.base)]);
  return laterDate(headDate, baseDate);
}

interface Layout {
  changed: string[];
  policyChanged: boolean;
  relevantChange: boolean;
  /** A model config added, changed or removed: model names may have moved, so every result file is read. */
  configsChanged: boolean;
  evalRoots: string[];
  isEval: (path: string) => boolean;
  baseModelPaths: string[];
  headModelPaths: string[];
  /** Every result file at head. */
  headEvalPaths: string[];
  changedHeadEvals: string[];
  /** The base side of changed result files tells whose evidence a PR removes or moves away. */
  changedBaseEvals: string[];
}

function classify(start: Start, change: Change, policyPath: string, options: EvaluateOptions): Layout {
  const { policy, baseTree, headTree } = start;
  // A branch that forked before the policy changed on the base branch carries the old text without changing it:
  // only a change the PR itself makes (per its changed files, when known) is a policy change.
  const changed = change.changedFiles ?? diffTrees(baseTree, headTree);
  const policyChanged = start.headPolicyRead && start.headPolicyText !== start.basePolicyText && changed.includes(policyPath);
  const isModel = pathMatcher(policy.paths.models);
  const matchesEval = pathMatcher(policy.paths.evals);
  const isEval = (p: string) => matchesEval(p) && !isModel(p);
  const relevantChange = changed.some((p) => p === policyPath || isModel(p) || matchesEval(p));
  const wantsEvidence = relevantChange || options.all === true;
  const headEvalPaths = wantsEvidence ? headTree.map((e) => e.path).filter(isEval) : [];
  const headEvals = new Set(headEvalPaths);
  const baseEvals = new Set(baseTree.map((e) => e.path).filter(isEval));
  return {
    changed,
    policyChanged,
    relevantChange,
    configsChanged: changed.some((p) => isModel(p)),
    evalRoots: policy.paths.evals.map((glob) => picomatch.scan(glob).base),
    isEval: matchesEval,
    baseModelPaths: baseTree.map((e) => e.path).filter((p) => isModel(p)),
    headModelPaths: headTree.map((e) => e.path).filter((p) => isModel(p)),
    headEvalPaths,
    changedHeadEvals: changed.filter((p) => headEvals.has(p)),
    changedBaseEvals: changed.filter((p) => baseEvals.has(p)),
  };
}

interface ChangedInputs {
  baseModels: LoadedModel[];
  headModels: LoadedModel[];
  changedHead: ReadResults;
  changedBase: ReadResults;
  inputFindings: Finding[];
}

async function readChangedInputs(reader: RepoReader, change: Change, start: Start, layout: Layout): Promise<ChangedInputs> {
  // One commit on both sides (check --all): its model configs are read and parsed once.
  const sameCommit = change.base === change.head;
  const [baseConfigs, headConfigs, changedHead, changedBase] = await Promise.all([
    sameCommit ? undefined : reader.readFiles(change.base, layout.baseModelPaths),
    reader.readFiles(change.head, layout.headModelPaths),
    readResults(reader, change.head, layout.changedHeadEvals, start.headTree, layout.evalRoots),
    readResults(reader, change.base, layout.changedBaseEvals, start.baseTree, layout.evalRoots),
  ]);
  const inputFindings: Finding[] = [];
  const headModels = await loadModels(layout.headModelPaths, headConfigs, inputFindings);
  // Base-side problems are not this PR's findings.
  const baseModels = baseConfigs === undefined ? headModels : await loadModels(layout.baseModelPaths, baseConfigs, []);
  return { baseModels, headModels, changedHead, changedBase, inputFindings };
}

function scopeOf(
  layout: Layout,
  baseModels: LoadedModel[],
  headModels: LoadedModel[],
  changedHead: ReadResults,
  changedBase: ReadResults,
  options: EvaluateOptions,
): string[] {
  return modelsInScope({
    all: options.all === true || layout.policyChanged,
    changed: layout.changed,
    baseModels,
    headModels,
    recordsByFile: [changedHead.records, changedBase.records],
    // A changed file in a model's results folder touches that model, even one that holds no result it can read.
    folderNames: layout.changed.filter((p) => layout.isEval(p)).flatMap((p) => modelFromFolder(p, layout.evalRoots) ?? []),
  });
}

interface EvidenceInputs {
  baseModels: LoadedModel[];
  headModels: LoadedModel[];
  changedHead: ReadResults;
  inScope: string[];
  inputFindings: Finding[];
}

/** The head evidence the models in scope need, with the findings of every result file read (into `inputFindings`). */
async function readEvidence(
  reader: RepoReader,
  change: Change,
  start: Start,
  layout: Layout,
  inputs: EvidenceInputs,
): Promise<EvidenceRecord[]> {
  const { changedHead, inputFindings } = inputs;
  const models = [...inputs.baseModels, ...inputs.headModels];
  const needed = neededResults({
    evalPaths: layout.headEvalPaths,
    evalRoots: layout.evalRoots,
    models,
    inScope: new Set(inputs.inScope),
    everything: layout.policyChanged || layout.configsChanged || inputs.inScope.length === inputs.headModels.length,
  });
  const rest = needed.filter((p) => !changedHead.records.has(p) && !changedHead.unreadable.includes(p));
  const others = await readResults(reader, change.head, inputs.inScope.length === 0 ? [] : rest, start.headTree, layout.evalRoots);
  const index = indexModels(models);
  const evidence: EvidenceRecord[] = [];
  for (const read of [changedHead, others]) {
    for (const path of read.unreadable)
      inputFindings.push(finding('PARSE_ERROR', 'error', 'the file is listed in the tree but could not be read', { file: path }));
    append(inputFindings, read.findings);
    for (const [path, records] of read.records) {
      append(evidence, records);
      const misfiled = misfiledResult(path, records, layout.evalRoots, index);
      if (misfiled) inputFindings.push(misfiled);
      if (read === changedHead && read.formats.get(path) === undefined) inputFindings.push(unreadFile(path));
    }
  }
  return evidence;
}

function recordsByFile(evidence: readonly EvidenceRecord[]): Map<string, EvidenceRecord[]> {
  const byFile = new Map<string, EvidenceRecord[]>();
  for (const record of evidence) pushTo(byFile, record.file, record);
  return byFile;
}

/** A submodule's files live in another repository, which the gate does not read: evidence it cannot see blocks. */
function submoduleFinding(path: string): Finding {
  const message = 'is a git submodule: its files live in another repository, which rsp-gate does not read; commit the results themselves';
  return finding('UNREAD_FILE', 'error', message, { file: path });
}

/** The same inputs judged by the proposed policy, so reviewers see its impact before approving it. */
function previewUnder(
  headPolicyText: string | undefined,
  policyPath: string,
  input: EngineInput,
  verdict: Verdict,
): Verdict['policy']['preview'] {
  const proposed = loadPolicy(headPolicyText, policyPath);
  const underNew = evaluate({
    ...input,
    policy: proposed.policy,
    policyFindings: proposed.findings,
    attestations: [],
    policyApprovals: [],
    policyChanged: false,
  });
  return verdict.models.map((m) => {
    const next = underNew.models.find((n) => n.id === m.id);
    return {
      model: m.id,
      requiredLevel: m.requiredLevel,
      requiredLevelUnderNewPolicy: next?.requiredLevel ?? m.requiredLevel,
      conclusionUnderNewPolicy: next?.conclusion ?? underNew.conclusion,
    };
  });
}

async function configText(src: FileSource | undefined): Promise<{ text: string | undefined; findings: Finding[] }> {
  if (!src) return { text: undefined, findings: [] };
  if (src.size > MAX_CONFIG_SIZE) {
    return {
      text: undefined,
      findings: [
        finding('PARSE_ERROR', 'error', `file is ${src.size} bytes; the limit is ${MAX_CONFIG_SIZE}`, { file: src.path, line: 1 }),
      ],
    };
  }
  return { text: await readText(src), findings: [] };
}

async function loadModels(paths: string[], files: Map<string, FileSource>, findings: Finding[]): Promise<LoadedModel[]> {
  const models: LoadedModel[] = [];
  const seen = new Map<string, string>();
  for (const path of paths) {
    const { text, findings: sizeFindings } = await configText(files.get(path));
    findings.push(...sizeFindings);
    if (text === undefined) {
      if (sizeFindings.length === 0) findings.push(finding('PARSE_ERROR', 'error', 'model config could not be read', { file: path }));
      continue;
    }
    const loaded = loadModelConfig(text, path);
    findings.push(...loaded.findings);
    if (!loaded.model) continue;
    const first = seen.get(loaded.model.config.id);
    if (first !== undefined) {
      findings.push(
        finding('DUPLICATE_MODEL', 'error', `model id "${loaded.model.config.id}" is already claimed by ${first}`, {
          file: path,
          line: loaded.model.lines['id'] ?? 1,
        }),
      );
      continue;
    }
    seen.set(loaded.model.config.id, path);
    models.push(loaded.model);
  }
  return models;
}

/** Data files are meant to be read, so one the readers do not recognise blocks the gate; a plot or a note only warns. */
const DATA_FILE = /\.(json|jsonl|ya?ml|eval)$/i;

/** A file this PR adds or changes under the results paths that no reader recognised: never passed over in silence. */
function unreadFile(path: string): Finding {
  const data = DATA_FILE.test(path);
  const message = data
    ? 'this data file under the results paths is in no format rsp-gate reads, so any result in it would be ignored; convert it, or move it out of paths.evals'
    : 'this file under the results paths is not an eval result rsp-gate reads; it is not used as evidence';
  return finding('UNREAD_FILE', data ? 'error' : 'warning', message, { file: path });
}

/** The later of two ISO dates; the first when the second cannot be read. */
export function laterDate(first: string, second: string): string {
  const a = Date.parse(first);
  const b = Date.parse(second);
  return Number.isNaN(b) || (!Number.isNaN(a) && a >= b) ? first : second;
}
