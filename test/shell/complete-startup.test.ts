/** Completion runs on every Tab: the built binary must answer without loading the YAML parser or the schema. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** A module hook that names, on stderr, every file the process loads. */
function tracer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'monograph-trace-'));
  writeFileSync(join(dir, 'hooks.mjs'), `import { writeSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) writeSync(2, 'loaded ' + url + '\\n');\n  return next(url, context);\n}\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  return join(dir, 'register.mjs');
}

/** The files of the bundle a run loads, and whether any holds zod or the YAML parser. */
function loads(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', tracer(), 'bin/monograph.js', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
  const files = [...r.stderr.matchAll(/^loaded (file:.*)$/gm)].map((m) => fileURLToPath(m[1]!)).filter((f) => f.includes('/dist/'));
  const heavy = files.filter((f) => /ZodError|YAMLParseError/.test(readFileSync(f, 'utf8')));
  return { stdout: r.stdout, files, heavy };
}

beforeAll(() => {
  if (!existsSync('dist/monograph.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
});

describe('monograph __complete in the built binary', () => {
  it('completes drugs and sections from the compiled catalog, without zod or YAML', () => {
    for (const words of [['show', ''], ['show', 'spinraza', 'd'], ['']]) {
      const r = loads(['__complete', '--', ...words]);
      expect(r.stdout).not.toBe('');
      expect(r.files.length).toBeGreaterThan(0);
      expect(r.heavy).toEqual([]);
    }
  });

  it('loads nothing that `monograph list` or `monograph show` do not, besides its own code', () => {
    const everyday = new Set([...loads(['list']).files, ...loads(['show', 'spinraza']).files]);
    const extra = loads(['__complete', '--', 'show', 'spinraza', '']).files.filter((f) => !everyday.has(f));
    expect(extra.map((f) => f.replace(/^.*\//, '').replace(/-[A-Z0-9]+\.js$/, ''))).toEqual(['completion-run']);
  });

  it('loads them only for --data folders', () => {
    const r = loads(['__complete', '--', '--data', 'test/fixtures/valid', 'show', 'te']);
    expect(r.stdout).toBe('testadrug\tTestadrug (testagen)\n');
    expect(r.heavy.length).toBeGreaterThan(0);
  });
});
