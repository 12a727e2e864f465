// `rsp-gate check --format html`: the status page of a verdict, with the open pull requests of --pulls FILE when given.
import { readFile } from 'node:fs/promises';
import { parse as parseYamlText } from 'yaml';
import type { Verdict } from '../engine/types.ts';
import { OpenPullsSchema, type OpenPull } from '../report/html-pulls.ts';
import { renderStatusPage } from '../report/html-page.ts';
import { UsageError } from './args.ts';
import { packageVersion } from '../run/tool.ts';

async function readPulls(file: string): Promise<OpenPull[]> {
  let value: unknown;
  try {
    // JSON is YAML: one reader takes either.
    value = parseYamlText(await readFile(file, 'utf8'), { maxAliasCount: 100 });
  } catch (err) {
    throw new UsageError(`--pulls ${file}: cannot be read: ${(err as Error).message.split('\n')[0]}`, 'check');
  }
  const parsed = OpenPullsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--pulls ${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`, 'check');
  }
  return parsed.data;
}

export async function statusPage(verdict: Verdict, pullsFile: string | undefined): Promise<string> {
  const pulls = pullsFile === undefined ? undefined : await readPulls(pullsFile);
  return renderStatusPage(verdict, { ...(pulls === undefined ? {} : { pulls }), generator: `rsp-gate ${await packageVersion()}` });
}
