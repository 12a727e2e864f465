// Plain JavaScript: it is preloaded into the measured process, which must not load a TypeScript stripper for it.
// The peak resident memory of this process's own address space, in KiB. On Linux that is VmHWM: getrusage's maxRSS
// there also counts the parent's resident memory at the moment this process was spawned (exec from a vfork-style
// child inherits it), so a measured process spawned by a large one (the stand-in's) would report the parent's size.
const { readFileSync } = process.getBuiltinModule('node:fs');

export function peakRssKb() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux: getrusage's figure is the process's own there
  }
  return process.resourceUsage().maxRSS;
}
