// Releases rsp-gate as GitHub Actions are released: `npm run release -- 1.2.0 [--push]` sets the version, dates the
// CHANGELOG's Unreleased section, rebuilds and checks dist/, commits, tags v1.2.0 and moves the major tag v1 to it,
// so that `uses: rsp-gate/rsp-gate@v1` gets the release while `@v1.2.0` and a full commit SHA stay where they are.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const REPOSITORY_URL = 'https://github.com/rsp-gate/rsp-gate';
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)$/;

/** [major, minor, patch] of "1.2.3" or "v1.2.3"; undefined for anything else (no pre-releases: a tag users float on). */
export type Version = [number, number, number];

export function parseVersion(text: string): Version | undefined {
  const match = SEMVER.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function isNewer(next: Version, previous: Version): boolean {
  for (let i = 0; i < 3; i++) if (next[i] !== previous[i]) return next[i]! > previous[i]!;
  return false;
}

/**
 * The changelog with its Unreleased entries under a new heading for `version` and the comparison links updated.
 * Throws when there is nothing under Unreleased: a release says what changed.
 */
export function releaseChangelog(text: string, version: string, date: string, previousTag: string | undefined): string {
  const heading = /^## \[Unreleased\][^\n]*\n/m.exec(text);
  if (!heading) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  const start = heading.index + heading[0].length;
  const next = text.slice(start).search(/^## \[|^\[[^\]]+\]: /m);
  const end = next < 0 ? text.length : start + next;
  const entries = text.slice(start, end).trim();
  if (entries === '') throw new Error('CHANGELOG.md says nothing under Unreleased: write what this release changes first');
  const released = `${text.slice(0, start)}\n## [${version}] - ${date}\n\n${entries}\n\n${text.slice(end)}`;
  const links = [
    `[Unreleased]: ${REPOSITORY_URL}/compare/v${version}...HEAD`,
    previousTag === undefined
      ? `[${version}]: ${REPOSITORY_URL}/releases/tag/v${version}`
      : `[${version}]: ${REPOSITORY_URL}/compare/${previousTag}...v${version}`,
  ];
  // Link references go newest first, at the top of the block that ends the file.
  const body = released.replace(/^\[Unreleased\]: .*\n?/m, '');
  const firstLink = body.search(/^\[[^\]]+\]: /m);
  if (firstLink < 0) return `${body.trimEnd()}\n\n${links.join('\n')}\n`;
  return `${body.slice(0, firstLink)}${links.join('\n')}\n${body.slice(firstLink).trimEnd()}\n`;
}

/** package.json and package-lock.json at `version`, formatted as npm writes them. */
function setPackageVersion(cwd: string, version: string): void {
  for (const file of ['package.json', 'package-lock.json']) {
    const path = join(cwd, file);
    if (!existsSync(path)) continue;
    const json = JSON.parse(readFileSync(path, 'utf8'));
    json.version = version;
    if (json.packages?.['']) json.packages[''].version = version;
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  }
}

export interface ReleaseOptions {
  /** MAJOR.MINOR.PATCH, with or without a leading v. */
  version: string | undefined;
  push?: boolean;
  /** Rebuild and check dist/ (the default); off only where there is no dist/ to build. */
  build?: boolean;
  cwd?: string;
  date?: string;
  log?: (text: string) => void;
}

export function release({
  version: requested,
  push = false,
  build = true,
  cwd = process.cwd(),
  date = new Date().toISOString().slice(0, 10),
  log = console.log,
}: ReleaseOptions): void {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  const parsed = parseVersion(requested ?? '');
  if (!parsed) throw new Error(`"${requested ?? ''}" is not a version: give MAJOR.MINOR.PATCH, e.g. 1.2.0`);
  const version = parsed.join('.');
  if (git('status', '--porcelain') !== '') throw new Error('the working tree has uncommitted changes: commit or stash them first');
  const tags = git('tag', '--list', 'v*.*.*')
    .split('\n')
    .filter((t) => parseVersion(t));
  const latest = tags.sort((a, b) => (isNewer(parseVersion(a)!, parseVersion(b)!) ? -1 : 1))[0];
  if (latest !== undefined && !isNewer(parsed, parseVersion(latest)!))
    throw new Error(`v${version} is not newer than the latest release, ${latest}`);

  setPackageVersion(cwd, version);
  const changelog = join(cwd, 'CHANGELOG.md');
  writeFileSync(changelog, releaseChangelog(readFileSync(changelog, 'utf8'), version, date, latest));
  if (build) {
    // What the tag points to is what the Action runs: dist/ must be built from this very commit.
    execFileSync('npm', ['run', 'build'], { cwd, stdio: 'inherit' });
    execFileSync('npm', ['run', 'check-dist'], { cwd, stdio: 'inherit' });
  }
  git('add', '-A');
  git('commit', '-q', '-m', `Release v${version}`);
  const major = `v${parsed[0]}`;
  git('tag', '-a', `v${version}`, '-m', `v${version}`);
  git('tag', '-f', '-a', major, '-m', `v${version}`);
  log(`tagged v${version} and moved ${major} to it`);
  const pushes = [
    ['push', '--follow-tags', 'origin', 'HEAD'],
    ['push', '--force', 'origin', `refs/tags/${major}`],
  ];
  if (!push) {
    log(`check the commit, then publish with:\n${pushes.map((p) => `  git ${p.join(' ')}`).join('\n')}`);
    return;
  }
  for (const args of pushes) git(...args);
  log(`pushed v${version} and ${major}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  try {
    release({ version: args.find((a) => !a.startsWith('--')), push: args.includes('--push') });
  } catch (err) {
    console.error(`release: ${(err as Error).message}`);
    process.exit(1);
  }
}
