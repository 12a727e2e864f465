// Releasing as GitHub Actions are released: a version tag, the major tag moved to it, the changelog dated.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isNewer, parseVersion, release, releaseChangelog } from '../../scripts/release.ts';

const URL = 'https://github.com/rsp-gate/rsp-gate';
const dir = mkdtempSync(join(tmpdir(), 'rsp-gate-release-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The release commits and tags as whoever runs it; here, a test identity whatever the machine's git config says.
Object.assign(process.env, {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
});

const git = (...args: string[]): string =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { encoding: 'utf8' }).trim();

describe('releaseChangelog', () => {
  it('dates the Unreleased entries under the new version and links it to its tag on a first release', () => {
    const text = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- a thing\n\n[Unreleased]: https://example.invalid/commits/main\n';
    expect(releaseChangelog(text, '1.0.0', '2026-12-07', undefined)).toBe(
      `# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-12-07\n\n### Added\n\n- a thing\n\n` +
        `[Unreleased]: ${URL}/compare/v1.0.0...HEAD\n[1.0.0]: ${URL}/releases/tag/v1.0.0\n`,
    );
  });

  it("releases this repository's own CHANGELOG.md as it stands", () => {
    const released = releaseChangelog(readFileSync('CHANGELOG.md', 'utf8'), '1.0.0', '2026-12-07', undefined);
    expect(released).toMatch(/## \[Unreleased\]\n\n## \[1\.0\.0\] - 2026-12-07\n\n### Added\n/);
    expect(released).not.toContain('commits/main');
  });

  it('compares with the previous tag, newest link first, and refuses an empty Unreleased section', () => {
    const text = `## [Unreleased]\n\n- fix\n\n## [1.0.0] - 2026-01-01\n\n- first\n\n[Unreleased]: ${URL}/compare/v1.0.0...HEAD\n[1.0.0]: ${URL}/releases/tag/v1.0.0\n`;
    const released = releaseChangelog(text, '1.0.1', '2026-02-01', 'v1.0.0');
    expect(released).toContain('## [Unreleased]\n\n## [1.0.1] - 2026-02-01\n\n- fix\n\n## [1.0.0] - 2026-01-01');
    expect(
      released.endsWith(
        `[Unreleased]: ${URL}/compare/v1.0.1...HEAD\n[1.0.1]: ${URL}/compare/v1.0.0...v1.0.1\n[1.0.0]: ${URL}/releases/tag/v1.0.0\n`,
      ),
    ).toBe(true);
    expect(() => releaseChangelog(released, '1.0.2', '2026-03-01', 'v1.0.1')).toThrow(/nothing under Unreleased/);
  });
});

describe('versions', () => {
  it('reads MAJOR.MINOR.PATCH with or without v, and orders them numerically', () => {
    expect(parseVersion('v1.10.0')).toEqual([1, 10, 0]);
    expect(parseVersion('1.2')).toBeUndefined();
    expect(parseVersion('1.2.3-rc.1')).toBeUndefined();
    expect(isNewer([1, 10, 0], [1, 9, 9])).toBe(true);
    expect(isNewer([1, 0, 0], [1, 0, 0])).toBe(false);
  });
});

describe('release', () => {
  it('tags the version, moves the major tag to it and leaves the earlier release where it was', () => {
    git('init', '-q');
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'rsp-gate', version: '1.0.0' }, null, 2)}\n`);
    writeFileSync(
      join(dir, 'package-lock.json'),
      `${JSON.stringify({ name: 'rsp-gate', version: '1.0.0', packages: { '': { version: '1.0.0' } } }, null, 2)}\n`,
    );
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n- first\n');
    git('add', '-A');
    git('commit', '-qm', 'first');
    git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
    git('tag', '-a', 'v1', '-m', 'v1.0.0');
    const first = git('rev-parse', 'HEAD');
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n- second\n');
    git('commit', '-qam', 'second');

    expect(() => release({ version: '1.0.0', cwd: dir, build: false, log: () => {} })).toThrow(/not newer than the latest release, v1.0.0/);
    const log: string[] = [];
    release({ version: 'v1.1.0', cwd: dir, build: false, date: '2026-12-07', log: (t) => log.push(t) });

    const head = git('rev-parse', 'HEAD');
    expect(git('rev-parse', 'v1.1.0^{commit}')).toBe(head);
    expect(git('rev-parse', 'v1^{commit}')).toBe(head);
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(first);
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.1.0');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version).toBe('1.1.0');
    expect(JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')).packages[''].version).toBe('1.1.0');
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain('## [1.1.0] - 2026-12-07\n\n- second');
    expect(log.join('\n')).toContain('git push --force origin refs/tags/v1');

    writeFileSync(join(dir, 'stray.txt'), 'uncommitted\n');
    expect(() => release({ version: '1.2.0', cwd: dir, build: false, log: () => {} })).toThrow(/uncommitted changes/);
  });
});
