// Git data as REST shows it: commit, tree, blob, contents, diff-entry.
import type { ChangedFile, CommitInfo, TreeEntry } from '../git-reader.ts';
import type { RepoRecord, StandInState } from '../state.ts';
import type { Links } from './links.ts';
import { repoApiUrl } from './repository.ts';
import { simpleUser } from './user.ts';

export function commit(
  repo: RepoRecord,
  info: CommitInfo,
  state: StandInState,
  links: Links,
  files?: ChangedFile[],
): Record<string, unknown> {
  const repoUrl = repoApiUrl(repo, links);
  const account = (email: string) => {
    // commits link to an account when the email belongs to one; test authors use <login>@users.noreply.github.com
    const login = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)?.[1];
    const actor = login ? state.findActor(login) : undefined;
    return actor ? simpleUser(actor, links) : null;
  };
  return {
    url: `${repoUrl}/commits/${info.oid}`,
    sha: info.oid,
    node_id: `C_kwDO${Buffer.from(info.oid.slice(0, 12)).toString('base64url')}`,
    html_url: `${links.web}/${repo.fullName}/commit/${info.oid}`,
    comments_url: `${repoUrl}/commits/${info.oid}/comments`,
    commit: {
      url: `${repoUrl}/git/commits/${info.oid}`,
      author: info.author,
      committer: info.committer,
      message: info.message,
      comment_count: 0,
      tree: { sha: info.tree, url: `${repoUrl}/git/trees/${info.tree}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: account(info.author.email),
    committer: account(info.committer.email),
    parents: info.parents.map((sha) => ({
      sha,
      url: `${repoUrl}/commits/${sha}`,
      html_url: `${links.web}/${repo.fullName}/commit/${sha}`,
    })),
    ...(files
      ? {
          stats: {
            additions: sum(files, 'additions'),
            deletions: sum(files, 'deletions'),
            total: sum(files, 'additions') + sum(files, 'deletions'),
          },
          files: files.map((file) => diffEntry(repo, info.oid, file, links)),
        }
      : {}),
  };
}

function sum(files: ChangedFile[], key: 'additions' | 'deletions'): number {
  return files.reduce((total, file) => total + file[key], 0);
}

export function diffEntry(repo: RepoRecord, headSha: string, file: ChangedFile, links: Links): Record<string, unknown> {
  const encodedPath = file.path.split('/').map(encodeURIComponent).join('/');
  return {
    sha: file.oid,
    filename: file.path,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${links.web}/${repo.fullName}/blob/${headSha}/${encodedPath}`,
    raw_url: `${links.web}/${repo.fullName}/raw/${headSha}/${encodedPath}`,
    contents_url: `${repoApiUrl(repo, links)}/contents/${encodedPath}?ref=${headSha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previousPath !== undefined ? { previous_filename: file.previousPath } : {}),
  };
}

export function treeEntry(repo: RepoRecord, entry: TreeEntry, links: Links): Record<string, unknown> {
  const repoUrl = repoApiUrl(repo, links);
  const kind = entry.type === 'tree' ? 'trees' : entry.type === 'blob' ? 'blobs' : 'commits';
  return {
    path: entry.path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.oid,
    ...(entry.size !== undefined ? { size: entry.size } : {}),
    url: `${repoUrl}/git/${kind}/${entry.oid}`,
  };
}

/** content-file for GET /contents/{path}; GitHub leaves `content` empty above 1 MB. */
export function contentFile(
  repo: RepoRecord,
  path: string,
  ref: string,
  oid: string,
  bytes: Buffer,
  links: Links,
): Record<string, unknown> {
  const repoUrl = repoApiUrl(repo, links);
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  const self = `${repoUrl}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
  const html = `${links.web}/${repo.fullName}/blob/${ref}/${encodedPath}`;
  const git = `${repoUrl}/git/blobs/${oid}`;
  const tooLarge = bytes.length > 1024 * 1024;
  return {
    type: 'file',
    encoding: tooLarge ? 'none' : 'base64',
    size: bytes.length,
    name: path.split('/').pop() ?? path,
    path,
    content: tooLarge ? '' : base64Lines(bytes),
    sha: oid,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `${links.web}/${repo.fullName}/raw/${ref}/${encodedPath}`,
    _links: { self, git, html },
  };
}

export function contentDirectoryEntry(repo: RepoRecord, entry: TreeEntry, ref: string, links: Links): Record<string, unknown> {
  const repoUrl = repoApiUrl(repo, links);
  const encodedPath = entry.path.split('/').map(encodeURIComponent).join('/');
  const type = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : 'file';
  const self = `${repoUrl}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
  const git = `${repoUrl}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.oid}`;
  const html = `${links.web}/${repo.fullName}/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${encodedPath}`;
  return {
    type,
    size: entry.size ?? 0,
    name: entry.path.split('/').pop() ?? entry.path,
    path: entry.path,
    sha: entry.oid,
    url: self,
    git_url: git,
    html_url: html,
    download_url: type === 'file' ? `${links.web}/${repo.fullName}/raw/${ref}/${encodedPath}` : null,
    _links: { self, git, html },
  };
}

/** base64 wrapped at 60 characters per line, as GitHub sends it. */
export function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
}
