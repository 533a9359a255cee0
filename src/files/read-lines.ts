/** Reading a file the user names, line by line, in flat memory: only regular files, and never a hang on a FIFO. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { pathError, UsageError } from '../errors.js';

const CHUNK_BYTES = 256 * 1024;

/**
 * Opens `path` read-only and non-blocking (so a FIFO with no writer cannot hang the open), then refuses anything
 * that is not a regular file: a folder, a FIFO, a device or a socket. `what` names it in messages (`--log x.csv`).
 */
export function openRegularFile(path: string, what: string): number {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw pathError(e, what);
  }
  let kind: string | undefined;
  try {
    const st = fstatSync(fd);
    kind = st.isFile() ? undefined : st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a named pipe (FIFO)' : st.isSocket() ? 'a socket' : 'a device';
  } catch (e) {
    closeSync(fd);
    throw pathError(e, what);
  }
  if (kind) {
    closeSync(fd);
    throw new UsageError(`${what} is ${kind}, not a regular file`, ['give the file itself']);
  }
  return fd;
}

/**
 * Calls `onLine` with each line of the open file (without `\n`), reading it in chunks. A line longer than `maxChars`
 * calls `onTooLong` (which throws) before it is ever held whole, so memory stays flat whatever the file holds.
 * Invalid UTF-8 becomes U+FFFD, which no reader accepts as a number or a time.
 */
export function eachLine(fd: number, what: string, maxChars: number, onLine: (line: string) => void, onTooLong: () => never): void {
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, CHUNK_BYTES, null);
    } catch (e) {
      throw pathError(e, what);
    }
    const text = rest + (n > 0 ? decoder.decode(buf.subarray(0, n), { stream: true }) : decoder.decode());
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (nl - start > maxChars) onTooLong();
      onLine(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
    if (rest.length > maxChars) onTooLong();
    if (n === 0) break;
  }
  if (rest !== '') onLine(rest);
}

