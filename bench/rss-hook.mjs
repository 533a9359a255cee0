// Preloaded into a benchmarked process: reports its peak resident memory (KiB) on exit, on fd 3, and its CPU time
// (user + system, ms) on fd 4 when that is open: on a busy machine CPU time is steadier than wall time.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // fd 3 not open: not under the bench
  }
  try {
    const { userCPUTime, systemCPUTime } = process.resourceUsage();
    writeSync(4, `${(userCPUTime + systemCPUTime) / 1000}\n`);
  } catch {
    // fd 4 not open
  }
});
