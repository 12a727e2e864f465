const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  GitObjects,
  execFile,
  temporaryDirectory
} from "./chunk-SANT3FM2.js";
import {
  join,
  mkdir,
  promisify,
  rm
} from "./chunk-OX4INR5Z.js";
import "./chunk-Q5ALM6UT.js";

// src/github/git-fetch.ts
var run = promisify(execFile);
var FETCH_TIMEOUT_MS = 10 * 6e4;
var REPOSITORY_VARIABLES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES"];
async function fetchBlobs(server, repo, entries) {
  const oids = [...new Set(entries.map((e) => e.oid))];
  const token = await server.token();
  const dir = await temporaryDirectory("rsp-gate-pack-");
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const env = gitEnvironment(token);
    await run("git", ["init", "--bare", "--quiet", dir], { env });
    await fetchInto(
      dir,
      env,
      `${server.origin.replace(/\/+$/, "")}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}.git`,
      oids,
      token
    );
    const copies = join(dir, "copies");
    await mkdir(copies);
    const objects = new GitObjects(dir, { env, copyToStream: true, copies });
    const missing = await objects.missing(oids);
    if (missing.length > 0) throw new Error(`git fetched no blob ${missing[0]} (and ${missing.length - 1} more)`);
    objects.copyOutLarge(entries);
    return { objects, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
function gitEnvironment(token) {
  const env = { ...process.env };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  const credentials = Buffer.from(`x-access-token:${token}`).toString("base64");
  return {
    ...env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_CONFIG_COUNT: "4",
    GIT_CONFIG_KEY_0: "http.extraHeader",
    GIT_CONFIG_VALUE_0: `Authorization: Basic ${credentials}`,
    GIT_CONFIG_KEY_1: "credential.helper",
    GIT_CONFIG_VALUE_1: "",
    // A transfer that stalls (below 1 kB/s for a minute: a proxy that swallows it) is given up, and REST reads instead.
    GIT_CONFIG_KEY_2: "http.lowSpeedLimit",
    GIT_CONFIG_VALUE_2: "1000",
    GIT_CONFIG_KEY_3: "http.lowSpeedTime",
    GIT_CONFIG_VALUE_3: "60"
  };
}
async function fetchInto(dir, env, url, oids, token) {
  const args = [
    "-C",
    dir,
    "-c",
    "protocol.version=2",
    "fetch",
    "--quiet",
    "--no-tags",
    "--no-write-fetch-head",
    "--recurse-submodules=no",
    "--stdin",
    url
  ];
  try {
    const child = run("git", args, { env, timeout: FETCH_TIMEOUT_MS, maxBuffer: 16 << 20 });
    child.child.stdin?.end(`${oids.join("\n")}
`);
    await child;
  } catch (error) {
    const stderr = String(error.stderr ?? "").trim();
    const reason = stderr.split("\n").pop() || error.message;
    throw new Error(`git fetch from ${url} failed: ${reason.replaceAll(token, "***")}`);
  }
}
export {
  fetchBlobs
};
