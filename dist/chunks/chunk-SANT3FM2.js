const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  diskFileSource,
  join,
  laterFileStream,
  memoryFileSource,
  mkdtemp,
  open,
  openDiskFile,
  promisify,
  rmSync,
  stat,
  tmpdir
} from "./chunk-OX4INR5Z.js";

// builtin:node:child_process
var builtin = process.getBuiltinModule("node:child_process");
var execFile = /* @__PURE__ */ (() => builtin.execFile)();
var spawn = /* @__PURE__ */ (() => builtin.spawn)();

// src/sources/git-objects.ts
var run = promisify(execFile);
var BATCH_BLOB_LIMIT = 4 << 20;
var COPY_BUDGET_BYTES = 2 * 1024 ** 3;
var GitError = class extends Error {
};
var GitObjects = class {
  /** Large blobs copied to a temporary file on their first range read, by object id. */
  spooled = /* @__PURE__ */ new Map();
  spoolDir;
  dir;
  env;
  copyToStream;
  /**
   * `dir`: a work tree or a git directory; `env`: the environment git runs in (default: this process's);
   * `copyToStream`: a large blob is streamed from a copy on disk, read through one reused buffer (memory stays flat
   * however many are read), rather than from git's output (no copy, but a fresh buffer per read);
   * `copies`: where the copies go (removed with it), instead of a temporary directory of their own.
   */
  constructor(dir, options = {}) {
    this.dir = dir;
    this.env = options.env;
    this.copyToStream = options.copyToStream ?? false;
    if (options.copies !== void 0) this.spoolDir = Promise.resolve(options.copies);
  }
  /**
   * Copies the large ones of these blobs to disk now, all through one `git cat-file --batch` (which keeps the delta bases
   * it resolved, where a process per blob would resolve each delta chain again), each readable once its copy is whole.
   */
  copyOutLarge(entries) {
    const large = entries.filter((e) => (e.size ?? 0) > BATCH_BLOB_LIMIT && !this.spooled.has(e.oid));
    const fresh = [];
    let bytes = 0;
    for (const e of new Map(large.map((e2) => [e2.oid, e2])).values()) {
      bytes += e.size ?? 0;
      if (bytes > COPY_BUDGET_BYTES) break;
      fresh.push(e);
    }
    if (fresh.length === 0) return;
    const copies = new Map(fresh.map((e) => [e.oid, deferred()]));
    for (const [oid, copy] of copies) {
      this.spooled.set(oid, copy.promise);
      copy.promise.catch(() => this.spooled.delete(oid));
    }
    void this.temporaryDir().then((dir) => copyBatch(this.dir, this.env, fresh, dir, copies)).catch((error) => {
      for (const copy of copies.values()) copy.reject(error);
    });
  }
  async git(args, input) {
    try {
      const child = run("git", ["-C", this.dir, ...args], { maxBuffer: 512 << 20, encoding: "utf8", env: this.env });
      if (input !== void 0) child.child.stdin?.end(input);
      return (await child).stdout;
    } catch (err) {
      const stderr = String(err.stderr ?? "").trim();
      throw new GitError(`git ${args[0]} failed: ${stderr.split("\n")[0] || err.message}`);
    }
  }
  /** The blobs of `entries`, by path. One the store does not hold fails when read, saying so: never an empty file. */
  async sources(entries) {
    const small = entries.filter((e) => (e.size ?? 0) <= BATCH_BLOB_LIMIT);
    const blobs = await this.catBatch(small.map((e) => e.oid));
    const out = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const bytes = blobs.get(e.oid);
      out.set(e.path, bytes ? memoryFileSource(e.path, bytes) : this.blobSource(e));
    }
    return out;
  }
  /** The ids among `oids` that the store does not hold. */
  async missing(oids) {
    const out = await this.git(["cat-file", "--batch-check=%(objectname) %(objecttype)"], `${oids.join("\n")}
`);
    return out.split("\n").filter((line) => line.endsWith(" missing")).map((line) => line.slice(0, line.indexOf(" ")));
  }
  /** Many blobs in one `git cat-file --batch` process, each into a buffer of its size as its bytes arrive. */
  async catBatch(oids) {
    const unique = [...new Set(oids)];
    const out = /* @__PURE__ */ new Map();
    if (unique.length === 0) return out;
    const child = spawn("git", ["-C", this.dir, "cat-file", "--batch"], { stdio: ["pipe", "pipe", "pipe"], env: this.env });
    let stderr = "";
    child.stderr.on("data", (c) => stderr += c.toString());
    const exit = new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    child.stdin.end(`${unique.join("\n")}
`);
    await splitBatch(child.stdout, (oid, size) => {
      const bytes = Buffer.allocUnsafe(size);
      let at = 0;
      return {
        write: (part) => {
          bytes.set(part, at);
          at += part.byteLength;
        },
        end: () => void out.set(oid, bytes)
      };
    });
    if (await exit !== 0) throw new GitError(`git cat-file failed: ${stderr.trim()}`);
    return out;
  }
  /** `git cat-file blob`, checked: a git that fails part-way must not pass for a shorter (or empty) file. */
  async *blobChunks(entry) {
    const size = entry.size ?? 0;
    const child = spawn("git", ["-C", this.dir, "cat-file", "blob", entry.oid], { stdio: ["ignore", "pipe", "ignore"], env: this.env });
    const exit = new Promise((resolve) => child.on("close", resolve));
    let bytes = 0;
    for await (const chunk of child.stdout) {
      bytes += chunk.byteLength;
      yield chunk;
    }
    const code = await exit;
    if (code !== 0 || bytes !== size)
      throw new GitError(`git cat-file blob ${entry.oid} gave ${bytes} of ${size} bytes (exit code ${code})`);
  }
  /**
   * The blob copied once to a temporary file, so that range reads (a .eval's central directory, then its header) seek
   * in a file instead of inflating the blob from its first byte for each read.
   */
  spool(entry) {
    let file = this.spooled.get(entry.oid);
    if (file === void 0) {
      file = this.temporaryDir().then((dir) => this.copyBlob(entry, join(dir, entry.oid)));
      file.catch(() => this.spooled.delete(entry.oid));
      this.spooled.set(entry.oid, file);
    }
    return file;
  }
  /** git writes the blob straight into the file (its bytes never pass through this process), checked as blobChunks is. */
  async copyBlob(entry, path) {
    const file = await open(path, "w");
    let code;
    try {
      const child = spawn("git", ["-C", this.dir, "cat-file", "blob", entry.oid], { stdio: ["ignore", file.fd, "ignore"], env: this.env });
      code = await new Promise((resolve, reject) => {
        child.on("error", reject);
        child.on("close", resolve);
      });
    } finally {
      await file.close();
    }
    const bytes = (await stat(path)).size;
    if (code !== 0 || bytes !== (entry.size ?? 0))
      throw new GitError(`git cat-file blob ${entry.oid} gave ${bytes} of ${entry.size ?? 0} bytes (exit code ${code})`);
    return path;
  }
  temporaryDir() {
    this.spoolDir ??= temporaryDirectory("rsp-gate-blobs-");
    return this.spoolDir;
  }
  blobSource(entry) {
    const size = entry.size ?? 0;
    return {
      path: entry.path,
      size,
      // One pass from git: what a streaming reader (a JSON log) needs.
      // From its copy when there is (or will be) one: that copy was made by a batch, and costs no process of its own.
      stream: () => this.copyToStream || this.spooled.has(entry.oid) ? laterFileStream(() => this.spool(entry)) : this.blobChunks(entry),
      read: async (start, end) => diskFileSource(entry.path, await this.spool(entry), size).read(start, end),
      open: async () => openDiskFile(await this.spool(entry))
    };
  }
};
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
async function copyBatch(gitDir, env, entries, dir, copies) {
  const child = spawn("git", ["-C", gitDir, "cat-file", "--batch"], { stdio: ["pipe", "pipe", "ignore"], env });
  child.on("error", () => void 0);
  child.stdin.end(`${entries.map((e) => e.oid).join("\n")}
`);
  const sizes = new Map(entries.map((e) => [e.oid, e.size ?? 0]));
  let open_;
  try {
    await splitBatch(child.stdout, async (oid, size) => {
      if (sizes.get(oid) !== size) throw new GitError(`git gave blob ${oid} as ${size} bytes, not the ${sizes.get(oid)} its tree lists`);
      const path = join(dir, oid);
      const file = await open(path, "w");
      open_ = file;
      return {
        write: (part) => writeAll(file, part),
        end: async () => {
          open_ = void 0;
          await file.close();
          copies.get(oid)?.resolve(path);
        }
      };
    });
  } finally {
    await open_?.close();
  }
  for (const [oid, copy] of copies) copy.reject(new GitError(`git cat-file gave no whole blob ${oid}`));
}
async function splitBatch(output, open2) {
  let header = Buffer.alloc(0);
  let body;
  let newlineDue = false;
  for await (const data of output) {
    let chunk = data;
    while (chunk.length > 0) {
      if (body) {
        const part = chunk.subarray(0, body.left);
        await body.sink.write(part);
        body.left -= part.length;
        chunk = chunk.subarray(part.length);
        if (body.left > 0) continue;
        await body.sink.end();
        body = void 0;
        newlineDue = true;
      } else if (newlineDue) {
        chunk = chunk.subarray(1);
        newlineDue = false;
      } else {
        const eol = chunk.indexOf(10);
        if (eol < 0) {
          header = Buffer.concat([header, chunk]);
          break;
        }
        const [oid = "", type, size] = Buffer.concat([header, chunk.subarray(0, eol)]).toString("utf8").split(" ");
        header = Buffer.alloc(0);
        chunk = chunk.subarray(eol + 1);
        if (type === "missing") continue;
        body = { sink: await open2(oid, Number(size)), left: Number(size) };
        if (body.left > 0) continue;
        await body.sink.end();
        body = void 0;
        newlineDue = true;
      }
    }
  }
}
async function writeAll(file, bytes) {
  for (let at = 0; at < bytes.byteLength; ) at += (await file.write(bytes, at, bytes.byteLength - at)).bytesWritten;
}
async function temporaryDirectory(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export {
  execFile,
  BATCH_BLOB_LIMIT,
  GitError,
  GitObjects,
  temporaryDirectory
};
