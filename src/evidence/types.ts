// What every result-format reader produces: one normalised record per measurement, with its source file and line.
import type { Finding } from '../common/finding.ts';

export type ResultFormat = 'native' | 'inspect' | 'lm-eval' | 'every-eval-ever' | 'hf-model-index';

export interface EvidenceRecord {
  /** The model name as the file states it, or the folder's model id (evals/<model-id>/...) when it names none. */
  model: string;
  /** True when `model` came from the folder, not from the file. */
  modelFromPath?: boolean;
  /** The model folder the file sits in (evals/<folder>/...), whether or not the file names its model. */
  folder?: string;
  /** The eval (task) name as the file states it; matched to policy eval ids through `evals` aliases. */
  eval: string;
  /** The metric name, with any lm-eval filter suffix removed (`acc,none` -> `acc`). */
  metric: string;
  value: number;
  stderr?: number;
  samples?: number;
  /** ISO date (YYYY-MM-DD or full timestamp) the measurement was made. */
  date?: string;
  /** Set when the file says which direction is more capable. */
  direction?: 'higher' | 'lower';
  /**
   * What tells apart two records of one file with the same eval and metric: the lm-eval filter (`strict-match` of
   * `exact_match,strict-match`) or the Inspect scorer (`choice`, `match/max` with its epoch reducer). Informational.
   */
  variant?: string;
  format: ResultFormat;
  /** Self-reported numbers (model cards): shown, flagged, never trusted for a rule-out on their own. */
  selfReported?: boolean;
  file: string;
  line?: number;
  /**
   * Why this result cannot count (NaN value, bad stderr …), when it cannot; its value is then NaN. Such a result is
   * kept, not dropped, so that an older usable result never silently stands in for a newer unusable one.
   */
  unusable?: string;
}

export interface ReadResult {
  /** The detected format, or undefined when the file is not an eval result (then no records and no findings). */
  format?: ResultFormat;
  records: EvidenceRecord[];
  findings: Finding[];
}

/** Bytes of one file, read lazily so that large files never sit whole in memory. */
export interface FileSource {
  path: string;
  size: number;
  /** The whole file, from start to end, in chunks. */
  stream(): AsyncIterable<Uint8Array>;
  /** Bytes [start, end) of the file. */
  read(start: number, end: number): Promise<Uint8Array>;
  /**
   * Optional: the file held open for many reads into the caller's buffer, for a reader that steps through a large
   * region (a .eval's central directory) in one reused window instead of one fresh buffer per read or one of its size.
   */
  open?(): Promise<OpenFile>;
}

export interface OpenFile {
  /** Fills `target` from `position` on; the bytes read, fewer only at the end of the file. */
  readInto(target: Uint8Array, position: number): Promise<number>;
  close(): Promise<void>;
}
