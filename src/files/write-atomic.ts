/**
 * Every file the tool writes goes through here: the text goes to a new temporary file in the same folder, which
 * becomes the target only once it is complete (a rename, or a hard link when nothing may be replaced). On any failure
 * (a full disk, `ulimit -f`, a permission) the temporary file is removed and nothing at the target changes.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { NotFoundError, pathError, quote, UsageError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing regular file (never a folder, a link or anything else). */
  replace: boolean;
  /** How messages name the target, e.g. `--ics b.ics`. */
  what: string;
  /** The option that allows replacing, for the hint (`--force`). */
  replaceFlag: string;
}

/** Writes `text` to `file` atomically; OS errors become usage (2) or not-found (3) errors with the reason in words. */
export function writeFileAtomic(file: string, text: string, opts: WriteOptions): void {
  const existing = lstatOrNull(file, opts.what);
  if (existing?.isDirectory()) throw new UsageError(`${opts.what} is a folder; give a file name`);
  if (existing && !existing.isFile()) throw new UsageError(`${opts.what} exists and is not a regular file; not replacing it${opts.replace ? `, even with ${opts.replaceFlag}` : ''}`);
  if (existing && !opts.replace) throw exists(opts);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeComplete(temp, text);
    if (opts.replace) renameSync(temp, file);
    else publishNew(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw exists(opts);
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`${opts.what}: the folder ${quote(dirname(file))} does not exist`);
    throw pathError(e, `cannot write ${opts.what}`);
  }
  rmSync(temp, { force: true }); // gone already unless it was linked
}

const exists = (opts: WriteOptions) => new UsageError(`${opts.what} already exists; not overwriting it`, [`add ${opts.replaceFlag} to replace it, or choose another file name`]);

/** The whole text, flushed to disk, in a file that did not exist before (`wx`: not even a dangling link). */
function writeComplete(temp: string, text: string): void {
  const fd = openSync(temp, 'wx', 0o644);
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Gives the complete temporary file the target's name without replacing anything there (a link fails if it exists). */
function publishNew(temp: string, file: string): void {
  try {
    linkSync(temp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Some file systems have no hard links: check, then rename (a narrow race, but never a partial file).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    if (lstatOrNull(file, file)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(temp, file);
  }
}

function lstatOrNull(file: string, what: string) {
  try {
    return lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw pathError(e, what);
  }
}
