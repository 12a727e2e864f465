// Preloaded (node --import) into a measured child process: when it exits, it writes its own CPU time and peak RSS to
// the file BENCH_PROBE names, so that a benchmark can measure a process it does not control (the bundled Action).
// Built-ins through process.getBuiltinModule: an ESM import of one would cost the measured process its facade.
import { peakRssKb } from './peak-rss.mjs';

const { writeFileSync } = process.getBuiltinModule('node:fs');

const out = process.env.BENCH_PROBE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: peakRssKb() }));
  });
}
