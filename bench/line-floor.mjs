// The floor for the storage log check: a bare loop that reads the same file the way the reader does (256 KiB chunks,
// UTF-8 decoding, one string per line) and does nothing with the lines but count them. `node bench/line-floor.mjs FILE`.
import { openSync, readSync } from 'node:fs';

const fd = openSync(process.argv[2], 'r');
const buf = Buffer.allocUnsafe(256 * 1024);
const decoder = new TextDecoder('utf-8');
let rest = '';
let lines = 0;
let chars = 0;
for (let n = readSync(fd, buf, 0, buf.length, null); n > 0; n = readSync(fd, buf, 0, buf.length, null)) {
  const text = rest + decoder.decode(buf.subarray(0, n), { stream: true });
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    chars += text.slice(start, nl).length;
    lines++;
    start = nl + 1;
  }
  rest = text.slice(start);
}
process.stdout.write(`${lines} ${chars}\n`);
