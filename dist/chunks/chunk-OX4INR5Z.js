const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  REUSED_CHUNKS
} from "./chunk-Q5ALM6UT.js";

// builtin:node:fs/promises
var builtin = process.getBuiltinModule("node:fs/promises");
var access = /* @__PURE__ */ (() => builtin.access)();
var open = /* @__PURE__ */ (() => builtin.open)();
var rm = /* @__PURE__ */ (() => builtin.rm)();
var mkdir = /* @__PURE__ */ (() => builtin.mkdir)();
var stat = /* @__PURE__ */ (() => builtin.stat)();
var mkdtemp = /* @__PURE__ */ (() => builtin.mkdtemp)();
var writeFile = /* @__PURE__ */ (() => builtin.writeFile)();
var readFile = /* @__PURE__ */ (() => builtin.readFile)();

// builtin:node:path
var builtin2 = process.getBuiltinModule("node:path");
var node_path_default = builtin2;
var resolve = /* @__PURE__ */ (() => builtin2.resolve)();
var join = /* @__PURE__ */ (() => builtin2.join)();
var dirname = /* @__PURE__ */ (() => builtin2.dirname)();
var sep = /* @__PURE__ */ (() => builtin2.sep)();

// builtin:node:util
var builtin3 = process.getBuiltinModule("node:util");
var promisify = /* @__PURE__ */ (() => builtin3.promisify)();
var parseArgs = /* @__PURE__ */ (() => builtin3.parseArgs)();

// builtin:node:os
var builtin4 = process.getBuiltinModule("node:os");
var node_os_default = builtin4;
var tmpdir = /* @__PURE__ */ (() => builtin4.tmpdir)();
var EOL = /* @__PURE__ */ (() => builtin4.EOL)();

// builtin:node:fs
var builtin5 = process.getBuiltinModule("node:fs");
var appendFileSync = /* @__PURE__ */ (() => builtin5.appendFileSync)();
var closeSync = /* @__PURE__ */ (() => builtin5.closeSync)();
var existsSync = /* @__PURE__ */ (() => builtin5.existsSync)();
var openSync = /* @__PURE__ */ (() => builtin5.openSync)();
var readdirSync = /* @__PURE__ */ (() => builtin5.readdirSync)();
var readSync = /* @__PURE__ */ (() => builtin5.readSync)();
var rmSync = /* @__PURE__ */ (() => builtin5.rmSync)();
var statSync = /* @__PURE__ */ (() => builtin5.statSync)();
var constants = /* @__PURE__ */ (() => builtin5.constants)();
var promises = /* @__PURE__ */ (() => builtin5.promises)();

// src/sources/file-source.ts
var CHUNK = 1 << 20;
async function* fileChunks(absolutePath, into) {
  const handle = await open(absolutePath, "r");
  try {
    let buffer = into ?? Buffer.allocUnsafeSlow(CHUNK);
    const size = Math.min(buffer.byteLength, CHUNK);
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, size, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
      if (!into) buffer = Buffer.allocUnsafeSlow(CHUNK);
    }
  } finally {
    await handle.close();
  }
}
function fileStream(absolutePath) {
  return {
    [Symbol.asyncIterator]: () => fileChunks(absolutePath)[Symbol.asyncIterator](),
    [REUSED_CHUNKS]: (into) => fileChunks(absolutePath, into)
  };
}
function laterFileStream(file) {
  return {
    async *[Symbol.asyncIterator]() {
      yield* fileChunks(await file());
    },
    async *[REUSED_CHUNKS](into) {
      yield* fileChunks(await file(), into);
    }
  };
}
function memoryFileSource(path, bytes) {
  return {
    path,
    size: bytes.byteLength,
    async *stream() {
      const chunk = 1 << 20;
      for (let i = 0; i < bytes.byteLength; i += chunk) yield bytes.subarray(i, Math.min(i + chunk, bytes.byteLength));
    },
    async read(start, end) {
      return bytes.subarray(Math.max(0, start), Math.min(end, bytes.byteLength));
    }
  };
}
async function openDiskFile(absolutePath) {
  const handle = await open(absolutePath, "r");
  return {
    async readInto(target, position) {
      let filled = 0;
      while (filled < target.byteLength) {
        const { bytesRead } = await handle.read(target, filled, target.byteLength - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled;
    },
    close: () => handle.close()
  };
}
function diskFileSource(path, absolutePath, size) {
  return {
    path,
    size,
    stream: () => fileStream(absolutePath),
    open: () => openDiskFile(absolutePath),
    async read(start, end) {
      const handle = await open(absolutePath, "r");
      try {
        const length = Math.max(0, Math.min(end, size) - Math.max(0, start));
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, Math.max(0, start));
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    }
  };
}
async function readText(src) {
  const parts = [];
  for await (const chunk of src.stream()) parts.push(chunk);
  const bytes = Buffer.concat(parts);
  if (bytes.byteLength !== src.size) throw new Error(`${src.path}: read ${bytes.byteLength} of its ${src.size} bytes`);
  return bytes.toString("utf8");
}

export {
  access,
  open,
  rm,
  mkdir,
  stat,
  mkdtemp,
  writeFile,
  readFile,
  node_path_default,
  resolve,
  join,
  dirname,
  sep,
  node_os_default,
  tmpdir,
  EOL,
  appendFileSync,
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  statSync,
  constants,
  promises,
  laterFileStream,
  memoryFileSource,
  openDiskFile,
  diskFileSource,
  readText,
  promisify,
  parseArgs
};
