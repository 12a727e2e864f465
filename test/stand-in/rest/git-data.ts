// Repository contents read from the real git directory: trees, blobs, contents, commits and comparisons.
import { HttpError, notFound } from '../http-error.ts';
import { base64Lines, commit, contentDirectoryEntry, contentFile, diffEntry, treeEntry } from '../json/git.ts';
import { repoApiUrl } from '../json/repository.ts';
import { repoOf, type RestContext, type RestRoute } from './context.ts';

const READ: RestRoute['requires'] = [['contents', 'read']];
// GitHub truncates recursive trees beyond this many entries
const MAX_TREE_ENTRIES = 100_000;
const MAX_BLOB_BYTES = 100 * 1024 * 1024;
// GitHub lists at most this many commits and files in a comparison
const MAX_COMPARE_COMMITS = 250;
const MAX_COMPARE_FILES = 300;
// git's empty tree: a root commit's changes are measured against it
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** Raw media types (`application/vnd.github.raw`, `application/vnd.github.v3.raw`, `…raw+json`) ask for the bytes. */
function wantsRaw(context: RestContext): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(context.accept);
}

async function resolveCommit(context: RestContext, ref: string) {
  const info = await repoOf(context).git.commit(ref);
  if (!info) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  return info;
}

export const gitDataRoutes: Record<string, RestRoute> = {
  'git/get-tree': {
    auth: 'token',
    requires: READ,
    async handle(context) {
      const repo = repoOf(context);
      const tree = await repo.git.object(`${String(context.params.tree_sha)}^{tree}`);
      if (!tree) throw notFound();
      // any value of `recursive` turns recursion on, "false" included
      const entries = await repo.git.tree(tree.oid, context.query.recursive !== undefined);
      return {
        status: 200,
        body: {
          sha: tree.oid,
          url: `${repoApiUrl(repo, context.links)}/git/trees/${tree.oid}`,
          tree: entries.slice(0, MAX_TREE_ENTRIES).map((entry) => treeEntry(repo, entry, context.links)),
          truncated: entries.length > MAX_TREE_ENTRIES,
        },
      };
    },
  },
  'git/get-blob': {
    auth: 'token',
    requires: READ,
    async handle(context) {
      const repo = repoOf(context);
      const sha = String(context.params.file_sha);
      const blob = /^[0-9a-f]{40}$/.test(sha) ? await repo.git.object(sha) : undefined;
      if (blob?.type !== 'blob') throw notFound();
      if (blob.content.length > MAX_BLOB_BYTES)
        throw new HttpError(403, 'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.');
      if (wantsRaw(context)) return { status: 200, raw: blob.content };
      return {
        status: 200,
        body: {
          sha: blob.oid,
          node_id: `B_kwDO${Buffer.from(blob.oid.slice(0, 12)).toString('base64url')}`,
          size: blob.content.length,
          url: `${repoApiUrl(repo, context.links)}/git/blobs/${blob.oid}`,
          content: base64Lines(blob.content),
          encoding: 'base64',
        },
      };
    },
  },
  'repos/get-content': {
    auth: 'token',
    requires: READ,
    async handle(context) {
      const repo = repoOf(context);
      const ref = typeof context.query.ref === 'string' ? context.query.ref : repo.defaultBranch;
      const path = String(context.params.path).replace(/^\/+|\/+$/g, '');
      const commitInfo = await repo.git.commit(ref);
      if (!commitInfo) throw new HttpError(404, `No commit found for the ref ${ref}`);
      const object = await repo.git.object(`${commitInfo.oid}:${path}`);
      if (!object) throw notFound();
      if (object.type === 'tree') {
        const entries = await repo.git.tree(object.oid, false);
        const prefixed = entries.map((entry) => ({ ...entry, path: `${path}/${entry.path}` }));
        return { status: 200, body: prefixed.map((entry) => contentDirectoryEntry(repo, entry, ref, context.links)) };
      }
      if (wantsRaw(context)) return { status: 200, raw: object.content };
      return { status: 200, body: contentFile(repo, path, ref, object.oid, object.content, context.links) };
    },
  },
  'repos/get-commit': {
    auth: 'token',
    requires: READ,
    async handle(context) {
      const repo = repoOf(context);
      const info = await resolveCommit(context, String(context.params.ref));
      const files = await repo.git.diff(info.parents[0] ?? EMPTY_TREE, info.oid, false);
      return { status: 200, body: commit(repo, info, context.state, context.links, files) };
    },
  },
  'repos/compare-commits-with-basehead': {
    auth: 'token',
    requires: READ,
    async handle(context) {
      const repo = repoOf(context);
      const basehead = String(context.params.basehead);
      const [baseRef, headRef] = basehead.includes('...') ? basehead.split('...') : basehead.split('..');
      if (!baseRef || !headRef) throw notFound();
      const base = await repo.git.commit(baseRef);
      const head = await repo.git.commit(headRef);
      if (!base || !head) throw notFound();
      const mergeBaseSha = (await repo.git.mergeBase(base.oid, head.oid)) ?? base.oid;
      const mergeBase = (await repo.git.commit(mergeBaseSha)) ?? base;
      const ahead = await repo.git.commitsBetween(base.oid, head.oid);
      const behind = await repo.git.commitsBetween(head.oid, base.oid);
      // As GitHub pages a comparison: `per_page` commits a page, and the changed files on the first page only.
      const page = Math.max(1, Number(context.query.page ?? 1));
      const perPage = Math.min(MAX_COMPARE_COMMITS, Math.max(1, Number(context.query.per_page ?? MAX_COMPARE_COMMITS)));
      const files = page === 1 ? await repo.git.diff(base.oid, head.oid, true) : undefined;
      const commits = await Promise.all(ahead.slice((page - 1) * perPage, page * perPage).map((sha) => repo.git.commit(sha)));
      const status =
        ahead.length === 0 && behind.length === 0
          ? 'identical'
          : behind.length === 0
            ? 'ahead'
            : ahead.length === 0
              ? 'behind'
              : 'diverged';
      const url = `${repoApiUrl(repo, context.links)}/compare/${basehead}`;
      const html = `${context.links.web}/${repo.fullName}/compare/${basehead}`;
      return {
        status: 200,
        body: {
          url,
          html_url: html,
          permalink_url: `${context.links.web}/${repo.fullName}/compare/${repo.owner.login}:${base.oid.slice(0, 7)}...${repo.owner.login}:${head.oid.slice(0, 7)}`,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: commit(repo, base, context.state, context.links),
          merge_base_commit: commit(repo, mergeBase, context.state, context.links),
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          commits: commits.flatMap((info) => (info ? [commit(repo, info, context.state, context.links)] : [])),
          ...(files === undefined
            ? {}
            : { files: files.slice(0, MAX_COMPARE_FILES).map((file) => diffEntry(repo, head.oid, file, context.links)) }),
        },
      };
    },
  },
};
