/** Reads a data-logger export line by line into compact arrays of (time, °C): the file is never held as text or row objects. */
import { quote, UsageError } from '../errors.js';
import { detectSeparator, findColumns, lastTimestamp, parseCell, splitRow, timestampMs, type Columns } from './csv.js';
import { declaredInterval } from './interval.js';
import { fToC, isPossible, POSSIBLE } from './units.js';

/** The readings of one log, in file order; a missing reading is NaN. */
export interface Readings {
  n: number;
  /** Epoch milliseconds. */
  t: Float64Array;
  /** °C, NaN for a blank cell. */
  c: Float64Array;
  missing: number;
  unit: 'C' | 'F';
  unitFrom: 'option' | 'header';
  /** Whether the timestamps carry a UTC offset (all or none do). */
  offsets: boolean;
  columns: { time: string; temp: string };
  separator: string;
  /** The logging interval the file states above its header ("Interval: 5 min"), in ms. */
  declaredIntervalMs?: number;
}

export interface LogOptions {
  name: string;
  unit?: 'C' | 'F';
}

/** How far into the file the header may sit (loggers put a few lines of metadata above it). */
const HEADER_SEARCH_LINES = 50;
/** The longest line read (a logger row is a few dozen characters): longer is malformed, and memory stays flat. */
export const MAX_LINE_CHARS = 64 * 1024;

interface Header {
  cols: Columns;
  sep: string;
  fields: number;
  /** Two fields, the time then the temperature: the fast path. */
  simple: boolean;
  unit: 'C' | 'F';
  from: 'option' | 'header';
}

/** The pure reader: give it each line (without its line ending) in file order, then ask for the readings. */
export class LogReader {
  private t: Float64Array<ArrayBuffer> = new Float64Array(4096);
  private c: Float64Array<ArrayBuffer> = new Float64Array(4096);
  private n = 0;
  private lineNo = 0;
  private header: Header | undefined;
  private offsets: boolean | undefined;
  private missing = 0;
  private interval: number | undefined;

  constructor(private readonly opts: LogOptions) {}

  /** The error for the current line. */
  bad(why: string, hints: string[] = []): UsageError {
    return new UsageError(`${this.opts.name}, line ${this.lineNo}: ${why}`, hints);
  }

  /** A line longer than MAX_LINE_CHARS: the file source reports it without ever holding it. */
  tooLong(): never {
    this.lineNo++;
    throw this.bad(`the line is longer than ${MAX_LINE_CHARS / 1024} KiB, so it is not a logger row`);
  }

  /** Reads one line. */
  line(raw: string): void {
    if (raw.length > MAX_LINE_CHARS) this.tooLong();
    this.lineNo++;
    let line = this.lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    const first = line.charCodeAt(0);
    if (line.length === 0 || ((first === 32 || first === 9) && line.trim() === '')) return;
    const header = this.header;
    if (!header) {
      this.header = readHeader(line, this.opts, this.lineNo);
      if (!this.header) {
        this.interval ??= declaredInterval(line);
        if (this.lineNo >= HEADER_SEARCH_LINES) throw noHeader(this.opts.name);
      }
      return;
    }
    // The common row (no quotes, time then temperature) is read by position, without splitting it into an array.
    if (header.simple && line.indexOf('"') < 0) {
      const sep = line.indexOf(header.sep);
      if (sep >= 0 && line.indexOf(header.sep, sep + 1) < 0) return this.row(line.slice(0, sep), line.slice(sep + 1));
    }
    const cells = splitRow(line, header.sep);
    if (!cells) throw this.bad('the quotes are broken (a quoted field not closed, or text after its closing quote)');
    if (cells.length !== header.fields) {
      throw this.bad(`${cells.length} fields separated by "${header.sep}", but the header has ${header.fields}`, header.sep === ',' && cells.length > header.fields ? ['in a comma-separated file a decimal comma splits a reading in two: quote such cells, or export with ";" as the separator'] : []);
    }
    const { time, clock, temp } = header.cols;
    this.row(clock === undefined ? cells[time]! : `${cells[time]!.trim()} ${cells[clock]!.trim()}`, cells[temp]!);
  }

  /** One row's time and temperature cells, read into the arrays. */
  private row(when: string, text: string): void {
    const header = this.header!;
    const ms = timestampMs(when);
    if (Number.isNaN(ms)) throw this.bad(`cannot read the time ${quote(when.trim())}`, ['write ISO 8601, like 2026-01-05T08:00:00+01:00']);
    this.offsets ??= lastTimestamp.offset;
    if (this.offsets !== lastTimestamp.offset) throw this.bad('some times have a UTC offset and some do not, so the time between them is unknown');
    const cell = parseCell(text, header.sep !== ',');
    let value = Number.NaN;
    if (cell === undefined) {
      throw this.bad(`cannot read the temperature ${quote(text.trim())}`, [`write a plain number like 4.5${header.sep === ',' ? '' : ' or 4,5'} (optionally with °${header.unit}); leave the cell blank for a reading the logger did not take`]);
    } else if (cell === 'blank') this.missing++;
    else {
      if (cell.unit && cell.unit !== header.unit) throw this.bad(`the temperature ${quote(text.trim())} is in °${cell.unit} but the log is read in °${header.unit}`);
      value = header.unit === 'F' ? fToC(cell.value) : cell.value;
      if (!isPossible(cell.value, header.unit)) {
        throw this.bad(`the reading ${quote(text.trim())} is not a possible storage temperature (${POSSIBLE})`);
      }
    }
    if (this.n === this.t.length) [this.t, this.c] = [grow(this.t), grow(this.c)];
    this.t[this.n] = ms;
    this.c[this.n] = value;
    this.n++;
  }

  /** The readings, once every line has been read. */
  end(): Readings {
    const h = this.header;
    if (!h) throw noHeader(this.opts.name);
    const { n, t, c, missing } = this;
    return { n, t, c, missing, unit: h.unit, unitFrom: h.from, offsets: this.offsets ?? false, columns: h.cols.names, separator: h.sep, ...(this.interval ? { declaredIntervalMs: this.interval } : {}) };
  }
}

/** Reads `lines` (one CSV line each, without line endings) of the log called `opts.name`. */
export async function readLog(lines: Iterable<string> | AsyncIterable<string>, opts: LogOptions): Promise<Readings> {
  const reader = new LogReader(opts);
  for await (const line of lines) reader.line(line);
  return reader.end();
}

const noHeader = (name: string) => new UsageError(`${name}: no header line with a time column and a temperature column`, ['the first lines should name them, e.g. "Timestamp;Temperature (°C)"']);

function readHeader(line: string, opts: LogOptions, lineNo: number): Header | undefined {
  const sep = detectSeparator(line);
  const cells = splitRow(line, sep);
  const cols = findColumns(cells ?? []);
  if (!cols || !cells) return undefined;
  if (opts.unit && cols.unit && opts.unit !== cols.unit) {
    throw new UsageError(`--unit ${opts.unit} does not match the log's header, which says °${cols.unit} (${quote(cols.names.temp)}, line ${lineNo})`);
  }
  const unit = opts.unit ?? cols.unit;
  if (!unit) {
    throw new UsageError(`${opts.name}: the header does not say whether temperatures are in °C or °F (${quote(cols.names.temp)})`, ['add --unit C or --unit F']);
  }
  const simple = cells.length === 2 && cols.time === 0 && cols.temp === 1 && cols.clock === undefined;
  return { cols, sep, fields: cells.length, simple, unit, from: opts.unit ? 'option' : 'header' };
}

function grow(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
