// Entry point of the rsp-gate command (bundled to dist/cli.js, run by bin/rsp-gate.js).
import { runCli } from './cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  ...(process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
});
