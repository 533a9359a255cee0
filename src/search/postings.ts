/**
 * Postings as bytes: per word, its sections in ascending order as (section − previous section, count) varints, with a
 * 32-bit FNV-1a sum of those bytes kept in the segment's checksummed dictionary. Buffered file writing and reading.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/** A growable byte buffer of varints. */
export class Bytes {
  buf = Buffer.allocUnsafe(1 << 12);
  length = 0;
  reset(): void {
    this.length = 0;
  }
  varint(n: number): void {
    if (this.length + 10 > this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    while (n >= 0x80) {
      this.buf[this.length++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 128);
    }
    this.buf[this.length++] = n;
  }
  get bytes(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}

/** Calls `visit(section, count)` for each posting in `bytes`, in ascending section order. */
export function decode(bytes: Uint8Array, visit: (section: number, count: number) => void): void {
  let p = 0;
  let section = 0;
  const next = () => {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[p++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  };
  while (p < bytes.length) {
    section += next();
    visit(section, next());
  }
}

/** FNV-1a over the bytes. */
export function sum(bytes: Uint8Array): number {
  let h = 2166136261;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 16777619);
  return h >>> 0;
}

/** Appends to a file through a 1 MiB buffer; `at` is the offset the next byte lands at. */
export class Sink {
  private fd: number;
  private buf = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  at = 0;
  constructor(file: string) {
    this.fd = openSync(file, 'wx');
  }
  write(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.buf.length) this.flush();
    if (bytes.length > this.buf.length) writeSync(this.fd, bytes);
    else {
      this.buf.set(bytes, this.used);
      this.used += bytes.length;
    }
    this.at += bytes.length;
  }
  private flush(): void {
    let done = 0;
    while (done < this.used) done += writeSync(this.fd, this.buf, done, this.used - done);
    this.used = 0;
  }
  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
  /** Closes without flushing (the file is about to be removed). */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}

/** Reads byte ranges of a file, mostly in ascending order, through a window of at least 1 MiB. */
export class Source {
  readonly size: number;
  private buf = Buffer.alloc(0);
  private from = 0;
  constructor(
    private fd: number,
    private window = 1 << 20,
  ) {
    this.size = fstatSync(fd).size;
  }
  static open(file: string, window?: number): Source {
    const fd = openSync(file, 'r');
    try {
      return new Source(fd, window);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }
  /** The bytes [offset, offset + length), or undefined when the file is shorter. */
  read(offset: number, length: number): Buffer | undefined {
    if (offset + length > this.size) return undefined;
    if (offset < this.from || offset + length > this.from + this.buf.length) {
      const want = Math.min(this.size - offset, Math.max(this.window, length));
      const buf = Buffer.allocUnsafe(want);
      let got = 0;
      while (got < want) {
        const n = readSync(this.fd, buf, got, want - got, offset + got);
        if (n === 0) return undefined;
        got += n;
      }
      this.buf = buf;
      this.from = offset;
    }
    return this.buf.subarray(offset - this.from, offset - this.from + length);
  }
  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}
