// Builds a real git repository in a temporary directory for a test: commits are written with `git fast-import`.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** File changes of one commit: content to write, or null to delete the path. */
export type FileChanges = Record<string, string | Uint8Array | null>;

interface CommitOptions {
  /** branch to commit on, created from the default branch when missing; default: the default branch */
  branch?: string;
  /** parent commit; default: the branch's tip. Pass it to start a branch from an older commit. */
  parent?: string;
}

export interface TestRepo {
  dir: string;
  defaultBranch: string;
  /** Commits the changes on top of the parent and returns the new commit's sha. Dates default to a fixed clock so shas repeat. */
  commit(files: FileChanges, message: string, date?: Date | string, options?: CommitOptions): Promise<string>;
  /** Points a branch at a commit. */
  branch(name: string, sha: string): Promise<void>;
  /** Full sha of a revision. */
  revParse(revision: string): Promise<string>;
  remove(): Promise<void>;
}

// Keep the tests' git away from the machine's configuration and identity.
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: devNull,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
};

const FIRST_COMMIT_SECONDS = Date.UTC(2026, 0, 5, 9, 0, 0) / 1000;

export async function createRepo(options: { defaultBranch?: string } = {}): Promise<TestRepo> {
  const defaultBranch = options.defaultBranch ?? 'main';
  const dir = await mkdtemp(join(tmpdir(), 'rsp-gate-repo-'));
  const git = (...args: string[]) => run('git', ['-C', dir, ...args], { env: GIT_ENV, encoding: 'utf8' });
  await git('init', '--quiet', `--initial-branch=${defaultBranch}`);
  let commits = 0;

  const tip = async (branch: string) => {
    try {
      return (await git('rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`)).stdout.trim();
    } catch {
      return undefined;
    }
  };

  return {
    dir,
    defaultBranch,
    async commit(files, message, date, commitOptions = {}) {
      const branch = commitOptions.branch ?? defaultBranch;
      // a new branch starts from the default branch, as `git switch -c` would
      const parent = commitOptions.parent ?? (await tip(branch)) ?? (await tip(defaultBranch));
      const seconds = date === undefined ? FIRST_COMMIT_SECONDS + 60 * commits : Math.floor(new Date(date).getTime() / 1000);
      commits += 1;
      await fastImport(dir, fastImportStream(`refs/heads/${branch}`, files, message, seconds, parent));
      // keep the work tree in step when the checked-out branch moved, so the directory is usable as a checkout
      const head = (await git('symbolic-ref', '--short', 'HEAD')).stdout.trim();
      if (head === branch) await git('reset', '--hard', '--quiet');
      return (await git('rev-parse', `refs/heads/${branch}`)).stdout.trim();
    },
    async branch(name, sha) {
      await git('update-ref', `refs/heads/${name}`, sha);
    },
    async revParse(revision) {
      return (await git('rev-parse', '--verify', `${revision}^{commit}`)).stdout.trim();
    },
    async remove() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function fastImportStream(ref: string, files: FileChanges, message: string, seconds: number, parent: string | undefined): Buffer {
  const parts: Buffer[] = [];
  const line = (text: string) => parts.push(Buffer.from(`${text}\n`, 'utf8'));
  const data = (bytes: Buffer) => {
    line(`data ${bytes.length}`);
    parts.push(bytes, Buffer.from('\n'));
  };
  line(`commit ${ref}`);
  line(`committer Test Author <author@example.com> ${seconds} +0000`);
  data(Buffer.from(message, 'utf8'));
  // without `from` fast-import would start a new root commit
  if (parent) line(`from ${parent}`);
  for (const [path, content] of Object.entries(files)) {
    if (content === null) {
      line(`D ${quotePath(path)}`);
    } else {
      line(`M 100644 inline ${quotePath(path)}`);
      data(typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));
    }
  }
  line('done');
  return Buffer.concat(parts);
}

function quotePath(path: string): string {
  return `"${path
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')}"`;
}

function fastImport(dir: string, stream: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', dir, 'fast-import', '--quiet', '--done', '--force'], {
      env: GIT_ENV,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import failed: ${stderr}`))));
    child.stdin.end(stream);
  });
}
