/** Whether this process's stdout was closed when it started, so nothing it writes can reach anyone. */
import { readFileSync, readlinkSync } from 'node:fs';

/**
 * `monograph list >&-`: Node puts /dev/null, opened read-write, in place of a closed stdout, so writes vanish and
 * would end in exit 0. A user's own `>/dev/null` is opened write-only, so it is not mistaken for one (Linux only).
 */
export function stdoutClosed(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (Number.parseInt(flags, 8) & 3) === 2; // O_ACCMODE is O_RDWR
  } catch {
    return false;
  }
}
