/** Reads a data-logger export line by line into compact arrays of (time, °C): the file is never held as text or row objects. */
import { UsageError } from '../errors.js';
import { detectSeparator, findColumns, parseCell, parseTimestamp, splitRow, type Columns } from './csv.js';
import { checkPossible, fToC } from './units.js';

/** The readings of one log, in file order; a missing reading is NaN. */
export interface Readings {
  n: number;
  /** Epoch milliseconds. */
  t: Float64Array;
  /** °C, NaN for a blank or unreadable cell. */
  c: Float64Array;
  missing: number;
  unit: 'C' | 'F';
  unitFrom: 'option' | 'header';
  /** Whether the timestamps carry a UTC offset (all or none do). */
  offsets: boolean;
  columns: { time: string; temp: string };
  separator: string;
}

/** How far into the file the header may sit (loggers put a few lines of metadata above it). */
const HEADER_SEARCH_LINES = 50;

/** Reads `lines` (one CSV line each, without line endings) of the log called `name`. */
export async function readLog(lines: AsyncIterable<string>, opts: { name: string; unit?: 'C' | 'F' }): Promise<Readings> {
  let t: Float64Array<ArrayBuffer> = new Float64Array(4096);
  let c: Float64Array<ArrayBuffer> = new Float64Array(4096);
  let n = 0;
  let lineNo = 0;
  let header: { cols: Columns; sep: string; unit: 'C' | 'F'; from: 'option' | 'header' } | undefined;
  let offsets: boolean | undefined;
  let missing = 0;
  const bad = (why: string) => new UsageError(`${opts.name}, line ${lineNo}: ${why}`);
  for await (const raw of lines) {
    lineNo++;
    const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).replace(/\r$/, '');
    if (line.trim() === '') continue;
    if (!header) {
      header = readHeader(line, opts, lineNo);
      if (!header && lineNo >= HEADER_SEARCH_LINES) break;
      continue;
    }
    const cells = splitRow(line, header.sep);
    if (!cells) throw bad('a quoted field is not closed');
    const { time, clock, temp } = header.cols;
    const width = Math.max(time, clock ?? 0, temp) + 1;
    if (cells.length < width) throw bad(`expected at least ${width} fields separated by "${header.sep}", found ${cells.length}`);
    const when = clock === undefined ? cells[time]! : `${cells[time]!.trim()} ${cells[clock]!.trim()}`;
    const ts = parseTimestamp(when);
    if (!ts) throw bad(`cannot read the time "${when.trim()}" (expected ISO 8601, like 2026-01-05T08:00:00+01:00)`);
    offsets ??= ts.offset;
    if (offsets !== ts.offset) throw bad('some times have a UTC offset and some do not, so the time between them is unknown');
    const cell = parseCell(cells[temp]!);
    let value = Number.NaN;
    if (cell) {
      if (cell.unit && cell.unit !== header.unit) throw bad(`the temperature "${cells[temp]!.trim()}" is in °${cell.unit} but the log is read in °${header.unit}`);
      value = header.unit === 'F' ? fToC(cell.value) : cell.value;
      try {
        checkPossible(value, 'reading');
      } catch (e) {
        throw bad((e as Error).message);
      }
    } else missing++;
    if (n === t.length) [t, c] = [grow(t), grow(c)];
    t[n] = ts.ms;
    c[n] = value;
    n++;
  }
  if (!header) throw new UsageError(`${opts.name}: no header line with a time column and a temperature column`, ['the first lines should name them, e.g. "Timestamp;Temperature (°C)"']);
  return { n, t, c, missing, unit: header.unit, unitFrom: header.from, offsets: offsets ?? false, columns: header.cols.names, separator: header.sep };
}

function readHeader(line: string, opts: { name: string; unit?: 'C' | 'F' }, lineNo: number) {
  const sep = detectSeparator(line);
  const cols = findColumns(splitRow(line, sep) ?? []);
  if (!cols) return undefined;
  if (opts.unit && cols.unit && opts.unit !== cols.unit) {
    throw new UsageError(`--unit ${opts.unit} does not match the log's header, which says °${cols.unit} ("${cols.names.temp}", line ${lineNo})`);
  }
  const unit = opts.unit ?? cols.unit;
  if (!unit) {
    throw new UsageError(`${opts.name}: the header does not say whether temperatures are in °C or °F ("${cols.names.temp}")`, ['add --unit C or --unit F']);
  }
  return { cols, sep, unit, from: opts.unit ? ('option' as const) : ('header' as const) };
}

function grow(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
