// Load one model config (models/<id>/model.yaml): parse with positions, validate, and normalise the assessment date.
// It never throws; an unreadable or invalid config gives findings at file:line:column and no model.
import { finding, type Finding, type SourceLocation } from '../common/finding.ts';

import { validate } from '../common/yaml.ts';
import { parseDate } from '../common/dates.ts';
import type { RawObject } from './raw.ts';
import { isPlainObject } from '../common/object.ts';
import { readConfigDocument } from './read-document.ts';
import { ModelConfigSchema } from './schema.ts';
import type { LoadedModel } from './loaded-model.ts';

export function loadModelConfig(text: string, file: string): { model?: LoadedModel; findings: Finding[] } {
  try {
    return load(text, file);
  } catch (err) {
    return { findings: [finding('PARSE_ERROR', 'error', `model config could not be read: ${(err as Error).message}`, { file, line: 1 })] };
  }
}

function load(text: string, file: string): { model?: LoadedModel; findings: Finding[] } {
  const doc = readConfigDocument(text, file, { parseCode: 'PARSE_ERROR', invalidCode: 'MODEL_INVALID', label: 'model config' });
  if (doc.value === undefined) return { findings: doc.findings };
  normaliseDates(doc.value);
  const checked = validate(ModelConfigSchema, { value: doc.value, findings: [], locate: doc.locate }, 'MODEL_INVALID', 'model config');
  const findings = [...doc.findings, ...checked.findings];
  const config = checked.value;
  if (config?.last_assessment) {
    const date = calendarDate(config.last_assessment.date);
    if (date === undefined) {
      const message = `model config: last_assessment.date "${config.last_assessment.date}" is not a calendar date (YYYY-MM-DD)`;
      findings.push(finding('MODEL_INVALID', 'error', message, doc.locate(['last_assessment', 'date'])));
    } else {
      config.last_assessment.date = date;
    }
  }
  if (config === undefined || findings.some((f) => f.severity === 'error')) return { findings };
  // The model still loads, so that a copy in the wrong folder is also reported as a duplicate id.
  findings.push(...checkFolder(config.id, file, doc.locate(['id'])));
  const lines: Record<string, number> = {};
  for (const key of Object.keys(doc.value)) {
    const line = doc.locate([key]).line;
    if (line !== undefined) lines[key] = line;
  }
  return { model: { config, file, lines }, findings };
}

const CONFIG_NAME = /(?:^|\/)([^/]+)\/model\.(?:ya?ml|json)$/;

/** models/<folder>/model.yaml must hold the id <folder>: a folder that says one model and an id another is ambiguous. */
function checkFolder(id: string, file: string, at: SourceLocation): Finding[] {
  const folder = CONFIG_NAME.exec(file)?.[1];
  if (folder === undefined || folder.normalize('NFC') === id.normalize('NFC')) return [];
  return [
    finding('MODEL_INVALID', 'error', `model config: id "${id}" differs from its folder "${folder}"; name the folder after the id`, at),
  ];
}

/** YAML may give a timestamp as a Date (`!!timestamp`); the schema and the engine read `YYYY-MM-DD` strings. */
function normaliseDates(value: RawObject): void {
  const assessment = value.last_assessment;
  if (isPlainObject(assessment) && assessment.date instanceof Date && !Number.isNaN(assessment.date.getTime())) {
    assessment.date = assessment.date.toISOString().slice(0, 10);
  }
}

/** `YYYY-MM-DD` (optionally followed by a time) naming a real day and time, as `YYYY-MM-DD`; undefined otherwise. */
function calendarDate(text: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.test(text) && parseDate(text) !== undefined ? text.slice(0, 10) : undefined;
}
