/**
 * Opens what the user gave `monograph import`: a JSON file (one record, an API response or a bulk file) or the
 * `.zip` of one. Everything is streamed; zip entries are read in memory, never extracted, and checked for unsafe
 * names and for sizes that only a zip bomb would have.
 */
import { createReadStream } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { isMany, getManyValues, none } from 'stream-chain/defs.js';
import { jsonParser } from 'stream-json/parser.js';
import yauzl from 'yauzl';
import { RecordSplitter, type RecordResult, type Token } from './json-records.js';

/** One record read from an input, or why an input (or part of it) was skipped. */
export interface InputRecord {
  /** The file, `file.zip:entry.json`, with `#n` for the n-th record of a bulk file. */
  input: string;
  result: RecordResult;
}

/** The most a zip entry may expand to, and the most it may expand by: JSON text deflates about 10:1. */
export const MAX_ENTRY_BYTES = 8 * 1024 ** 3;
export const MAX_ZIP_RATIO = 200;
const MAX_ZIP_ENTRIES = 1000;

const skip = (input: string, reason: string): InputRecord => ({ input, result: { ok: false, reason } });

/** Every record of one input path, in order; never throws for a bad input, only reports it. */
export async function* readInput(path: string): AsyncGenerator<InputRecord> {
  let stat;
  try {
    stat = await lstat(path);
  } catch {
    return void (yield skip(path, 'no such file'));
  }
  if (stat.isSymbolicLink()) return void (yield skip(path, 'is a symbolic link; links are not followed'));
  if (!stat.isFile()) return void (yield skip(path, 'is not a regular file'));
  if (/\.zip$/i.test(path)) return yield* readZip(path);
  yield* readJson(path, createReadStream(path));
}

/** Tokens out of one parser call: none, one, or many. */
const tokensOf = (r: unknown): Token[] => (r === none ? [] : isMany(r) ? (getManyValues(r) as Token[]) : [r as Token]);

/**
 * The records of one JSON byte stream, each named by its place in it. Text arrives in chunks and is tokenised
 * synchronously (stream-json's tokenizer), so only the record being read is ever held.
 */
async function* readJson(name: string, bytes: Readable): AsyncGenerator<InputRecord> {
  const parse = jsonParser({ packKeys: true, streamKeys: false, packStrings: false, streamStrings: true, packNumbers: true, streamNumbers: false });
  const split = new RecordSplitter();
  bytes.setEncoding('utf8');
  const at = () => (split.count > 0 ? `${name}#${split.count + 1}` : name);
  try {
    for await (const chunk of bytes) {
      const out: InputRecord[] = [];
      for (const t of tokensOf(parse(chunk as string))) {
        const r = split.take(t);
        if (r) out.push({ input: `${name}#${split.count}`, result: r });
      }
      yield* out;
    }
    for (const t of tokensOf((parse as (x: unknown) => unknown)(none))) {
      const r = split.take(t);
      if (r) yield { input: `${name}#${split.count}`, result: r };
    }
  } catch (e) {
    yield skip(at(), `${split.count > 0 ? 'the file breaks off: ' : ''}not valid JSON (${firstLine(e)})`);
    return;
  } finally {
    bytes.destroy();
  }
  if (!split.complete) yield skip(at(), split.count > 0 ? 'the file breaks off before its end' : 'not valid JSON (it ends too soon)');
  else if (split.count === 0) yield skip(name, 'holds no label records');
}

/** A stream that fails once more than `limit` bytes have passed through it. */
function byteLimit(limit: number, why: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > limit ? new Error(why) : null, chunk);
    },
  });
}

/** A zip entry's name is only a label; still, one that climbs out of its folder or is absolute marks a hostile archive. */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes('\\')) return 'a backslash in the entry name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'an absolute entry name';
  if (name.split('/').includes('..')) return 'an entry name that climbs out of its folder (..)';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control characters in the entry name';
  return undefined;
}

async function* readZip(path: string): AsyncGenerator<InputRecord> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false }, (e, z) => (e || !z ? reject(e) : resolve(z))),
    );
  } catch (e) {
    return void (yield skip(path, `not a readable zip file (${firstLine(e)})`));
  }
  try {
    let count = 0;
    let found = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const raw = entry.fileName as unknown as Buffer;
      const entryName = raw.toString('utf8');
      const input = `${path}:${entryName.replace(/[\u0000-\u001f\u007f]/g, '?')}`;
      if (++count > MAX_ZIP_ENTRIES) return void (yield skip(path, `more than ${MAX_ZIP_ENTRIES} entries`));
      if (entryName.endsWith('/')) continue;
      const unsafe = unsafeEntryName(entryName);
      if (unsafe) {
        yield skip(input, `skipped: ${unsafe}`);
        continue;
      }
      if (!/\.json$/i.test(entryName)) continue;
      found++;
      const limit = Math.min(MAX_ENTRY_BYTES, Math.max(1024 * 1024, entry.compressedSize * MAX_ZIP_RATIO));
      if (entry.uncompressedSize > limit) {
        yield skip(input, `claims ${entry.uncompressedSize} bytes from ${entry.compressedSize} compressed: over the size cap (${describeLimit(limit)}), refused as a possible zip bomb`);
        continue;
      }
      let stream: Readable;
      try {
        stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry!, (e, s) => (e || !s ? reject(e) : resolve(s))));
      } catch (e) {
        yield skip(input, `cannot read the entry (${firstLine(e)})`);
        continue;
      }
      const limited = byteLimit(limit, `expands past the size cap (${describeLimit(limit)}): a possible zip bomb`);
      stream.on('error', (e) => limited.destroy(e));
      yield* readJson(input, stream.pipe(limited));
    }
    if (found === 0) yield skip(path, 'the zip holds no .json file');
  } finally {
    zip.close();
  }
}

const nextEntry = (zip: yauzl.ZipFile) =>
  new Promise<yauzl.Entry | undefined>((resolve, reject) => {
    const onEntry = (e: yauzl.Entry) => (cleanup(), resolve(e));
    const onEnd = () => (cleanup(), resolve(undefined));
    const onError = (e: Error) => (cleanup(), reject(e));
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });

const describeLimit = (n: number) => (n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GiB` : `${Math.round(n / 1024 / 1024)} MiB`);
const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];
