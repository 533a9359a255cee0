/** Turns YAML text into a checked `Monograph`, or into a list of problems each with line, column and key path. */
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { readBlockSubset } from './block-subset.js';
import { readPlainYaml } from './plain-yaml.js';
import { Monograph } from './schema.js';
import { DUPLICATE_KEY_MESSAGE, duplicateKeyOffsets } from './unique-keys.js';

import { MAX_FILE_BYTES } from './folder.js';

export { MAX_FILE_BYTES };
/** Aliases allowed when turning YAML into objects (defeats "billion laughs"). */
export const MAX_ALIASES = 50;

/** One thing wrong with a monograph file. */
export interface Problem {
  line: number;
  column: number;
  path: string;
  message: string;
}

export type ParseResult = { ok: true; monograph: Monograph } | { ok: false; problems: Problem[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses one monograph file's text: YAML 1.2 core schema, unique keys, no tags, capped aliases and size, strict schema. */
export function parseMonograph(text: string): ParseResult {
  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    return fail(1, 1, '', `file is larger than ${MAX_FILE_BYTES / 1024} KiB`);
  }
  if (text.includes('\uFFFD')) return fail(1, 1, '', 'file is not valid UTF-8');
  if (text.trim() === '') return fail(1, 1, '', 'file is empty: expected a monograph mapping');
  // The subset `monograph import` writes is read directly; a file with any problem is read again below for positions.
  const fast = readBlockSubset(text);
  if (fast !== undefined) {
    const result = Monograph.safeParse(fast);
    if (result.success && checkReferences(result.data).length === 0) return { ok: true, monograph: result.data };
  }
  // Hand-written YAML without anchors, aliases, tags or directives is read first with js-yaml (src/catalog/plain-yaml.ts).
  const plain = fast === undefined ? readPlainYaml(text) : undefined;
  if (plain !== undefined && !findForbiddenKey(plain, [])) {
    const result = Monograph.safeParse(plain);
    if (result.success && checkReferences(result.data).length === 0) return { ok: true, monograph: result.data };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    // Checked below in one pass: the library compares each key with every earlier one (minutes on a large file).
    uniqueKeys: false,
    merge: false,
    customTags: [],
    strict: true,
    prettyErrors: false,
    lineCounter,
  });
  const at = (offset: number) => lineCounter.linePos(offset);
  const duplicates = duplicateKeyOffsets(doc).map((offset) => ({ pos: [offset], code: 'DUPLICATE_KEY', message: DUPLICATE_KEY_MESSAGE }));
  const errors = mergeByOffset(doc.errors, duplicates);
  const yamlProblems = [...errors, ...doc.warnings].map((e) => {
    const { line, col } = at(e.pos[0]!);
    const message = e.code === 'TAG_RESOLVE_FAILED' ? 'tags are not allowed (plain YAML only)' : firstLine(e.message);
    return { line, column: col, path: '', message };
  });
  // An alias means the last node anchored with its name before it (visit order is document order). It refers to
  // itself when that node is one of its ancestors. (Alias.resolve would walk the whole document once per alias.)
  const anchored = new Map<string, unknown>();
  visit(doc, {
    Node(_, node, ancestors) {
      if (isScalar(node) || isMap(node) || isSeq(node)) {
        if (node.tag) yamlProblems.push({ ...position(at, node.range?.[0]), path: '', message: 'tags are not allowed (plain YAML only)' });
        if (node.anchor) anchored.set(node.anchor, node);
      }
      if (isAlias(node)) {
        const target = anchored.get(node.source);
        if (target && ancestors.includes(target as Node)) yamlProblems.push({ ...position(at, node.range?.[0]), path: '', message: `alias *${node.source} refers to itself` });
      }
    },
  });
  if (yamlProblems.length > 0) return { ok: false, problems: dedupe(yamlProblems) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return fail(1, 1, '', `cannot expand aliases: ${firstLine((e as Error).message)}`);
  }
  const forbidden = findForbiddenKey(data, []);
  if (forbidden) {
    const { line, column } = locate(doc, forbidden.slice(0, -1), at);
    return fail(line, column, forbidden.join('.'), `key "${forbidden.at(-1)}" is not allowed`);
  }
  const result = Monograph.safeParse(data);
  if (result.success) {
    const wrong = checkReferences(result.data);
    if (wrong.length === 0) return { ok: true, monograph: result.data };
    return {
      ok: false,
      problems: wrong.map(({ path, message }) => ({ ...locate(doc, path, at), path: formatPath(path), message })),
    };
  }
  const found = flattenIssues(result.error.issues).map((i) => toProblem(doc, i, at));
  return { ok: false, problems: found.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/** Zod reports a failed union as one issue holding every branch's issues; keep the branch that got furthest. */
function flattenIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const best = [...issue.errors].sort((a, b) => score(b) - score(a))[0] ?? [];
    if (best.length === 0) return [issue];
    return flattenIssues(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
  });
}

/** A branch that failed only on an unknown key or deep inside matched the block's shape best. */
function score(branch: readonly z.core.$ZodIssue[]): number {
  const depth = Math.max(0, ...branch.map((i) => i.path.length));
  const unrecognized = branch.every((i) => i.code === 'unrecognized_keys') ? -0.5 : 0;
  return depth * 10 - branch.length + unrecognized;
}

function toProblem(doc: Document, issue: z.core.$ZodIssue, at: (o: number) => { line: number; col: number }): Problem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const target = keys.length > 0 ? [...path, keys[0] as string] : path;
  const { line, column } = locate(doc, target, at, keys.length > 0);
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type') message = `expected ${issue.expected}${message.includes('received') ? `, ${message.split(', ').pop()}` : ''}`;
  if (issue.code === 'invalid_value') message = `expected one of: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_union') message = 'expected one block: p, list, table, note, differs or q';
  return { line, column, path: formatPath(path), message };
}

/** Finds where a key path sits in the file; falls back to its nearest existing parent. */
function locate(doc: Document, path: (string | number)[], at: (o: number) => { line: number; col: number }, wantKey = false) {
  for (let n = path.length; n >= 0; n--) {
    const parent = doc.getIn(path.slice(0, n - 1), true);
    const node = doc.getIn(path.slice(0, n), true);
    let offset: number | undefined;
    if (wantKey && n === path.length && isNode(parent) && 'items' in parent) {
      const pair = (parent.items as { key?: unknown }[]).find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === path[n - 1]);
      if (pair && isNode(pair.key)) offset = pair.key.range?.[0];
    }
    offset ??= isNode(node) ? node.range?.[0] : undefined;
    if (offset !== undefined) {
      const { line, col } = at(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

/** Checks the schema cannot express: citations name a listed source, ids are unique. */
export function checkReferences(m: Monograph): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const sourceIds = new Set(m.sources.map((s) => s.id));
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') {
      const rec = value as Record<string, unknown>;
      if (typeof rec.source === 'string' && path.includes('sources') && !sourceIds.has(rec.source)) {
        out.push({ path: [...path, 'source'], message: `cites "${rec.source}", which is not in the monograph's sources (${[...sourceIds].join(', ')})` });
      }
      for (const [k, v] of Object.entries(rec)) walk(v, [...path, k]);
    }
  };
  walk({ ...m, sources: undefined }, []);
  const seen = new Map<string, number>();
  m.sections.forEach((s, i) => {
    for (const name of [s.id, ...s.aliases]) {
      const key = name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined && first !== i) out.push({ path: ['sections', i], message: `section name "${name}" is already used by sections[${first}]` });
      seen.set(key, i);
    }
  });
  const ids = new Set<string>();
  m.sources.forEach((s, i) => {
    if (ids.has(s.id)) out.push({ path: ['sources', i, 'id'], message: `source id "${s.id}" is listed twice` });
    ids.add(s.id);
  });
  return out;
}

function findForbiddenKey(value: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findForbiddenKey(v, [...path, i]);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key];
      const hit = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (hit) return hit;
    }
  }
  return undefined;
}

function position(at: (o: number) => { line: number; col: number }, offset = 0) {
  const { line, col } = at(offset);
  return { line, column: col };
}

/** Both lists of errors in one, `extra` placed by offset among `errors` (whose own order is kept). */
function mergeByOffset<T extends { pos: readonly number[] }>(errors: readonly T[], extra: readonly T[]): T[] {
  if (extra.length === 0) return [...errors];
  const out: T[] = [];
  let j = 0;
  for (const e of errors) {
    while (j < extra.length && extra[j]!.pos[0]! < e.pos[0]!) out.push(extra[j++]!);
    out.push(e);
  }
  return [...out, ...extra.slice(j)];
}

const dedupe = (ps: Problem[]) => [...new Map(ps.map((p) => [`${p.line}:${p.column}:${p.message}`, p])).values()];

/** `sections[3].body[0].p` style. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

function fail(line: number, column: number, path: string, message: string): ParseResult {
  return { ok: false, problems: [{ line, column, path, message }] };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
