/**
 * Label records out of a stream of JSON tokens, one at a time: a single record, an API response or a bulk file
 * (`{"meta":…,"results":[…]}`) or a plain array. Only one record is held at once, so memory stays flat however
 * long the file is. Keys that could reach an object's prototype are dropped, and a record over the cap is skipped.
 */

/** A token as stream-json's parser emits it (values packed). */
export interface Token {
  name: string;
  value?: string;
}

/** One record read, or the reason it could not be. */
export type RecordResult = { ok: true; record: Record<string, unknown>; droppedKeys: string[] } | { ok: false; reason: string };

/** Most label text one record may hold: the largest real label is about 2 MB. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Builds one JSON value from tokens, counting its characters; safe against prototype keys. */
class ValueBuilder {
  private stack: { container: unknown[] | Record<string, unknown>; key: string | null }[] = [];
  root: unknown = undefined;
  done = false;
  chars = 0;
  dropped: string[] = [];
  private skipDepth = 0;

  constructor(private readonly cap: number) {}

  get tooBig(): boolean {
    return this.chars > this.cap;
  }

  private pending = '';

  /** Takes one token; returns true when the value is complete. */
  take(t: Token): boolean {
    // Strings, keys and numbers arrive in chunks, so one huge string cannot fill memory before the cap sees it.
    if (t.name === 'stringChunk' || t.name === 'numberChunk') {
      this.chars += (t.value ?? '').length;
      if (!this.tooBig && this.skipDepth === 0) this.pending += t.value ?? '';
      return false;
    }
    if (t.name === 'startString' || t.name === 'startKey' || t.name === 'startNumber') {
      this.pending = '';
      return false;
    }
    if (t.name === 'endString' || t.name === 'endKey' || t.name === 'endNumber') {
      const value = this.pending;
      this.pending = '';
      if (this.skipDepth > 0) return false;
      const name = t.name === 'endString' ? 'stringValue' : t.name === 'endKey' ? 'keyValue' : 'numberValue';
      this.chars -= value.length; // counted as chunks already
      return this.take({ name, value });
    }
    if (this.skipDepth > 0) {
      if (t.name === 'startObject' || t.name === 'startArray') this.skipDepth++;
      if (t.name === 'endObject' || t.name === 'endArray') this.skipDepth--;
      if (this.skipDepth === 0) this.afterValue();
      return this.done;
    }
    switch (t.name) {
      case 'startObject':
      case 'startArray': {
        const container = t.name === 'startObject' ? ({} as Record<string, unknown>) : [];
        if (this.put(container)) this.stack.push({ container, key: null });
        else this.skipDepth = 1;
        break;
      }
      case 'endObject':
      case 'endArray':
        this.stack.pop();
        this.afterValue();
        break;
      case 'keyValue': {
        const top = this.stack.at(-1)!;
        top.key = t.value ?? '';
        this.chars += top.key.length;
        break;
      }
      case 'stringValue':
        this.chars += (t.value ?? '').length;
        this.put(t.value ?? '');
        this.afterValue();
        break;
      case 'numberValue':
        this.put(Number(t.value));
        this.afterValue();
        break;
      case 'nullValue':
        this.put(null);
        this.afterValue();
        break;
      case 'trueValue':
      case 'falseValue':
        this.put(t.name === 'trueValue');
        this.afterValue();
        break;
      default:
        break;
    }
    return this.done;
  }

  /** Stores a value where it belongs; false when it was dropped (a forbidden key, or past the cap). */
  private put(value: unknown): boolean {
    const top = this.stack.at(-1);
    if (!top) {
      this.root = value;
      return true;
    }
    if (this.tooBig) return false;
    if (Array.isArray(top.container)) {
      top.container.push(value);
      return true;
    }
    const key = top.key ?? '';
    if (FORBIDDEN.has(key)) {
      this.dropped.push(key);
      return false;
    }
    Object.defineProperty(top.container, key, { value, enumerable: true, writable: true, configurable: true });
    return true;
  }

  private afterValue() {
    if (this.stack.length === 0) this.done = true;
  }

  /** True inside the top-level object itself (not in a value nested in it). */
  get atTopLevel(): boolean {
    return this.stack.length === 1 && this.skipDepth === 0;
  }
}

const result = (b: ValueBuilder): RecordResult => {
  if (b.tooBig) return { ok: false, reason: `record is larger than the ${MAX_RECORD_CHARS / 1024 / 1024} MiB cap` };
  const r = b.root;
  if (!r || typeof r !== 'object' || Array.isArray(r)) return { ok: false, reason: 'not a JSON object' };
  return { ok: true, record: r as Record<string, unknown>, droppedKeys: [...new Set(b.dropped)] };
};

/**
 * Splits a token stream into records, one token at a time: `take` returns a record when one is complete. The top
 * value may be one record, an object whose `results` array holds the records (an API response, a bulk file), or an
 * array of records; only the record being read is held.
 */
export class RecordSplitter {
  private mode: 'start' | 'top' | 'elements' | 'done' = 'start';
  /** Whether the elements being read are the top value (an array) or the `results` of the top object. */
  private elementsOfTop = false;
  private top: ValueBuilder | undefined;
  private element: ValueBuilder | undefined;
  private afterResultsKey = false;
  private sawResults = false;
  count = 0;

  constructor(private readonly cap = MAX_RECORD_CHARS) {}

  take(t: Token): RecordResult | undefined {
    switch (this.mode) {
      case 'start':
        if (t.name === 'startArray') {
          this.mode = 'elements';
          this.elementsOfTop = true;
        } else if (t.name === 'startObject') {
          this.mode = 'top';
          this.top = new ValueBuilder(this.cap);
          this.top.take(t);
        } else if (t.name !== 'whitespace') {
          this.mode = 'done';
          return this.emit({ ok: false, reason: 'not a JSON object or array' });
        }
        return undefined;
      case 'top':
        if (this.afterResultsKey) {
          this.afterResultsKey = false;
          if (t.name === 'startArray') {
            this.mode = 'elements';
            this.sawResults = true;
            return undefined;
          }
          this.top!.take({ name: 'keyValue', value: 'results' });
        } else if (t.name === 'keyValue' && t.value === 'results' && !this.sawResults && this.top!.atTopLevel) {
          this.afterResultsKey = true;
          return undefined;
        }
        if (this.top!.take(t)) {
          this.mode = 'done';
          return this.sawResults ? undefined : this.emit(result(this.top!));
        }
        return undefined;
      case 'elements':
        if (!this.element) {
          if (t.name === 'endArray') {
            this.mode = this.elementsOfTop ? 'done' : 'top';
            return undefined;
          }
          this.element = new ValueBuilder(this.cap);
        }
        if (this.element.take(t)) {
          const done = result(this.element);
          this.element = undefined;
          return this.emit(done);
        }
        return undefined;
      default:
        return undefined;
    }
  }

  /** Whether the input ended where a JSON document may end. */
  get complete(): boolean {
    return this.mode === 'done';
  }

  private emit(r: RecordResult): RecordResult {
    this.count++;
    return r;
  }
}
