// The one orchestration every adapter shares: read the inputs of a change through a RepoReader, decide, return the
// verdict. Data flows one way: policy (base) -> file lists -> model configs + evidence -> engine.
import picomatch from 'picomatch';
import type { FileSource, EvidenceRecord } from '../evidence/types.ts';
import type { Attestation, PolicyApproval } from '../engine/inputs.ts';
import type { Policy } from '../policy/schema.ts';
import type { Verdict } from '../engine/types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { finding, type Finding } from '../common/finding.ts';
import { loadPolicy } from '../policy/load.ts';
import { loadModelConfig } from '../policy/model-config.ts';
import { readResultFile } from '../evidence/read.ts';
import { evaluate } from '../engine/evaluate.ts';
import { readText } from '../sources/file-source.ts';
import { diffTrees, modelFromFolder, modelsInScope } from './scope.ts';
import type { RepoReader } from '../ports/repo-reader.ts';
import { relevantNotices } from './relevant-notices.ts';

export const DEFAULT_POLICY_PATH = '.github/rsp-policy.yml';
/** Policies and model configs are small by nature; anything larger is refused rather than parsed. */
const MAX_CONFIG_BYTES = 1 << 20;

export interface Change {
  base: string;
  head: string;
  /** The paths the change touches; undefined: found by comparing the two trees. */
  changedFiles?: string[];
}

export interface CommandInputs {
  attestations: Attestation[];
  approvals: PolicyApproval[];
}

export interface EvaluateOptions {
  policyPath?: string;
  /** Every model, not only those the change touches. */
  all?: boolean;
  /**
   * Called once the base policy and the head model configs are loaded, to turn PR comments into authorised
   * attestations and approvals (so that a command naming an unknown safeguard or model is refused up front).
   */
  commands?: (policy: Policy, context: { models: Array<{ id: string; aliases: string[] }> }) => Promise<CommandInputs>;
}

export async function evaluateChange(reader: RepoReader, change: Change, options: EvaluateOptions = {}): Promise<Verdict> {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const [baseTree, headTree, headDate, baseDate, basePolicyFiles, headPolicyFiles] = await Promise.all([
    reader.listFiles(change.base),
    reader.listFiles(change.head),
    reader.commitDate(change.head),
    reader.commitDate(change.base),
    reader.readFiles(change.base, [policyPath]),
    change.base === change.head ? undefined : reader.readFiles(change.head, [policyPath]),
  ]);

  // Staleness is measured at the head commit's date, but a PR's author sets that date: never earlier than the base.
  const referenceDate = laterDate(headDate, baseDate);
  const basePolicyText = await configText(basePolicyFiles.get(policyPath));
  const loaded = loadPolicy(basePolicyText.text, policyPath);
  const policyFindings = [...basePolicyText.findings, ...loaded.findings];
  const policy = loaded.policy;

  const headPolicySource = headPolicyFiles?.get(policyPath);
  // A PR that deletes the policy changes it too (to none), and needs an approval like any other change.
  const headPolicyText = headPolicyFiles === undefined ? basePolicyText.text : headPolicySource ? (await configText(headPolicySource)).text : undefined;
  // A branch that forked before the policy changed on the base branch carries the old text without changing it:
  // only a change the PR itself makes (per its changed files, when known) is a policy change.
  const policyChanged =
    headPolicyFiles !== undefined && headPolicyText !== basePolicyText.text && (change.changedFiles?.includes(policyPath) ?? true);

  const isModel = picomatch(policy.paths.models, { dot: true });
  const isEval = picomatch(policy.paths.evals, { dot: true });
  const evalRoots = policy.paths.evals.map((glob) => picomatch.scan(glob).base);
  const changed = change.changedFiles ?? diffTrees(baseTree, headTree);
  const relevantChange = changed.some((p) => p === policyPath || isModel(p) || isEval(p));

  const baseModelPaths = baseTree.map((e) => e.path).filter((p) => isModel(p));
  const headModelPaths = headTree.map((e) => e.path).filter((p) => isModel(p));
  const evalPaths = relevantChange || options.all ? headTree.map((e) => e.path).filter((p) => isEval(p) && !isModel(p)) : [];
  // The base side of changed result files tells whose evidence a PR removes or moves away.
  const baseEvalPaths = new Set(baseTree.map((e) => e.path).filter((p) => isEval(p) && !isModel(p)));
  const changedBaseEvals = changed.filter((p) => baseEvalPaths.has(p));

  const [baseFiles, headFiles] = await Promise.all([
    reader.readFiles(change.base, [...baseModelPaths, ...changedBaseEvals]),
    reader.readFiles(change.head, [...headModelPaths, ...evalPaths]),
  ]);

  const inputFindings: Finding[] = [];
  const baseModels = await loadModels(baseModelPaths, baseFiles, []); // base-side problems are not this PR's findings
  const headModels = await loadModels(headModelPaths, headFiles, inputFindings);

  const changedSet = new Set(changed);
  const evidence: EvidenceRecord[] = [];
  const recordsByFile = new Map<string, EvidenceRecord[]>();
  for (const path of evalPaths) {
    const src = headFiles.get(path);
    if (!src) {
      inputFindings.push(finding('PARSE_ERROR', 'error', 'the file is listed in the tree but could not be read', { file: path }));
      continue;
    }
    const folderModel = modelFromFolder(path, evalRoots);
    const result = await readResultFile(src, folderModel === undefined ? {} : { folderModel });
    evidence.push(...result.records);
    recordsByFile.set(path, result.records);
    inputFindings.push(...result.findings);
    if (result.format === undefined && changedSet.has(path)) inputFindings.push(unreadFile(path));
  }

  const baseRecordsByFile = new Map<string, EvidenceRecord[]>();
  for (const path of changedBaseEvals) {
    const src = baseFiles.get(path);
    if (!src) continue;
    const folderModel = modelFromFolder(path, evalRoots);
    baseRecordsByFile.set(path, (await readResultFile(src, folderModel === undefined ? {} : { folderModel })).records);
  }

  const inScope = modelsInScope({
    all: options.all === true || policyChanged,
    changed,
    baseModels,
    headModels,
    recordsByFile: [recordsByFile, baseRecordsByFile],
    // A changed file in a model's results folder touches that model, even one that holds no result it can read.
    folderNames: changed.filter((p) => isEval(p)).flatMap((p) => modelFromFolder(p, evalRoots) ?? []),
  });

  const models = headModels.map((m) => ({ id: m.config.id, aliases: m.config.aliases }));
  const commandInputs = options.commands ? await options.commands(policy, { models }) : { attestations: [], approvals: [] };
  const input = {
    policy,
    policyFindings,
    policyFile: policyPath,
    baseModels,
    headModels,
    modelsInScope: inScope,
    evidence,
    inputFindings: relevantNotices(inputFindings, changedSet, headModels.filter((m) => inScope.includes(m.config.id)), recordsByFile),
    attestations: commandInputs.attestations,
    policyApprovals: commandInputs.approvals,
    policyChanged,
    referenceDate,
    nothingRelevant: !relevantChange && options.all !== true,
  };
  const verdict = evaluate(input);

  if (policyChanged) {
    // Preview: the same inputs judged by the proposed policy, so reviewers see its impact before approving it.
    const proposed = loadPolicy(headPolicyText, policyPath);
    const underNew = evaluate({
      ...input,
      policy: proposed.policy,
      policyFindings: proposed.findings,
      attestations: [],
      policyApprovals: [],
      policyChanged: false,
    });
    verdict.policy.preview = verdict.models.map((m) => {
      const next = underNew.models.find((n) => n.id === m.id);
      return {
        model: m.id,
        requiredLevel: m.requiredLevel,
        requiredLevelUnderNewPolicy: next?.requiredLevel ?? m.requiredLevel,
        conclusionUnderNewPolicy: next?.conclusion ?? underNew.conclusion,
      };
    });
  }
  return verdict;
}

async function configText(src: FileSource | undefined): Promise<{ text: string | undefined; findings: Finding[] }> {
  if (!src) return { text: undefined, findings: [] };
  if (src.size > MAX_CONFIG_BYTES) {
    return {
      text: undefined,
      findings: [finding('PARSE_ERROR', 'error', `file is ${src.size} bytes; the limit is ${MAX_CONFIG_BYTES}`, { file: src.path, line: 1 })],
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
export function unreadFile(path: string): Finding {
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
