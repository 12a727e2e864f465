#!/usr/bin/env node
// The published command. Plain JavaScript that older Node.js versions still parse, so that on one below 24 the user
// reads which version is needed instead of a SyntaxError from the bundle; only then is the bundled CLI loaded.
var major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`rsp-gate needs Node.js 24 or newer (this is ${process.version})\n`);
  process.exit(2);
}
import('../dist/cli.js');
