/**
 * How an OS error about a path the user gave becomes a message and an exit code. The end-to-end permission tests skip
 * when run as root (root may read and write anything), so this runs the same mapping on the errors Node raises.
 */
import { describe, expect, it } from 'vitest';
import { NotFoundError, pathError, UsageError } from '../../src/errors.js';

/** An error shaped as Node raises it for `syscall` on `path`. */
const osError = (code: string, words: string, syscall = 'open', path = '/x/locked.csv') =>
  Object.assign(new Error(`${code}: ${words}, ${syscall} '${path}'`), { code, syscall, path });

describe('pathError', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'operation not permitted'],
    ['EISDIR', 'illegal operation on a directory'],
    ['ENAMETOOLONG', 'name too long'],
  ])('%s is a usage error (exit 2) naming the reason in words', (code, words) => {
    const e = pathError(osError(code, words), '--log /x/locked.csv');
    expect(e).toBeInstanceOf(UsageError);
    expect([e.exitCode, e.message]).toEqual([2, `--log /x/locked.csv: ${words}`]);
  });

  it.each(['ENOENT', 'ENOTDIR'])('%s is not found (exit 3)', (code) => {
    const e = pathError(osError(code, 'no such file or directory'), '--log a.csv');
    expect(e).toBeInstanceOf(NotFoundError);
    expect([e.exitCode, e.message]).toEqual([3, '--log a.csv: no such file or folder']);
  });

  it('lets an error that is not the OS\'s through, to be reported as internal', () => {
    expect(() => pathError(new TypeError('a bug'), '--log a.csv')).toThrow('a bug');
  });
});
