// `rsp-gate init`: a starter policy in the repository, never over one that exists unless asked to.
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError, type CliCommand } from './args.ts';
import type { CliIO } from './cli.ts';
import { packageVersion } from '../run/tool.ts';
import { DEFAULT_POLICY_PATH } from '../run/evaluate-change.ts';
import { initPolicy } from '../policy/init.ts';

export async function runInit(cmd: Extract<CliCommand, { command: 'init' }>, root: string, io: CliIO): Promise<number> {
  const target = join(root, DEFAULT_POLICY_PATH);
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists && !cmd.force) throw new UsageError(`${DEFAULT_POLICY_PATH} already exists (use --force to overwrite)`, 'init');
  // The editor hint names the schema of this release: what the policy was written against stays where it was.
  const version = await packageVersion();
  let text: string;
  try {
    text = initPolicy(cmd.preset, { version });
  } catch (err) {
    throw new UsageError((err as Error).message, 'init');
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  io.stdout(
    `wrote ${DEFAULT_POLICY_PATH}${cmd.preset ? ` (extends ${cmd.preset})` : ''}; set every value marked SET, then run: rsp-gate validate\n`,
  );
  return 0;
}
