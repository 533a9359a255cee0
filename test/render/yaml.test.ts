/** `--format yaml` reads back as the JSON document in YAML 1.1 readers too: dates and yes/no stay strings. */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toYaml } from '../../src/render/yaml.js';
import { runCli } from '../helpers/cli.js';

const yaml11 = (text: string) => parse(text, { version: '1.1', schema: 'yaml-1.1' });

describe('YAML output', () => {
  it('quotes strings a YAML 1.1 reader would turn into dates, booleans or numbers', () => {
    const doc = { effective: '2023-02-24', answer: 'yes', code: '010', time: '1:20', none: '~', text: 'store at 2–8 °C', n: 3 };
    expect(yaml11(toYaml(doc))).toEqual(doc);
    expect(toYaml(doc)).toContain('effective: "2023-02-24"');
    expect(toYaml(doc)).toContain('text: store at 2–8 °C');
  });

  it.each([
    [['show', 'spinraza']],
    [['dosing', 'spinraza', '--start', '2026-12-01', '--count', '3']],
    [['list']],
  ])('%j: the YAML read as YAML 1.1 equals the JSON', async (argv) => {
    const [y, j] = await Promise.all([runCli([...argv, '--format', 'yaml']), runCli([...argv, '--json'])]);
    expect(yaml11(y.stdout)).toEqual(JSON.parse(j.stdout));
  });
});
