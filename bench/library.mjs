// A synthetic library for the benchmark: N valid monographs in one folder, each a bundled monograph (the bundled
// ones, and the imported ones in the library folder if given) with a new id, brand and generic name, and no aliases.
// `node bench/library.mjs DIR N [FROM...]` writes DIR/<id>.yaml; bench/scale.mjs uses it for 1,000 and 10,000.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLED = fileURLToPath(new URL('../data/monographs', import.meta.url));

/** The YAML texts to copy from: every .yaml file in each folder. */
export function sources(folders = [BUNDLED]) {
  return folders.flatMap((d) => readdirSync(d).filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => readFileSync(join(d, n), 'utf8')));
}

/** Writes `n` monographs into `dir`; copy i of a source gets id `<id>-s<i>`, brand `<Brand> S<i>`, generic `<generic> s<i>`. */
export function writeLibrary(dir, n, texts = sources()) {
  mkdirSync(dir, { recursive: true });
  const ids = [];
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length];
    // A header value as written: plain (hand-written monographs) or double-quoted JSON (the importer's block subset).
    const value = (key) => {
      const raw = new RegExp(`^${key}: (.*)$`, 'm').exec(text)[1];
      return raw.startsWith('"') ? JSON.parse(raw) : raw;
    };
    const quoted = /^id: "/m.test(text);
    const put = (v) => (quoted ? JSON.stringify(v) : v);
    const id = `${value('id')}-s${i}`;
    const renamed = text
      .replace(/^id: .*$/m, `id: ${put(id)}`)
      .replace(/^brand: .*$/m, () => `brand: ${put(`${value('brand')} S${i}`)}`)
      .replace(/^generic: .*$/m, () => `generic: ${put(`${value('generic')} s${i}`)}`)
      .replace(/^aliases: .*$/m, 'aliases: []');
    writeFileSync(join(dir, `${id}.yaml`), renamed);
    ids.push(id);
  }
  return ids;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, n, ...from] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node bench/library.mjs DIR N [FOLDER...]');
    process.exit(2);
  }
  writeLibrary(dir, Number(n), from.length > 0 ? sources(from) : undefined);
}
