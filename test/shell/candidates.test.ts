/** The pure completion core: a partial line in, candidates out; storage states read defensively from any monograph. */
import { describe, expect, it } from 'vitest';
import type { Monograph } from '../../src/catalog/schema.js';
import { completeLine, narrow, parseLine, type DrugInfo } from '../../src/completion/candidates.js';
import { drugInfo } from '../../src/completion/drugs.js';
import type { CliSpec } from '../../src/completion/model.js';

const spec: CliSpec = {
  globalOptions: [{ long: '--data', description: 'more monographs', takesValue: true, valueName: 'dir', repeatable: true }],
  commands: [
    {
      name: 'storage',
      aliases: [],
      description: 'storage rules',
      args: [{ name: 'drug', variadic: false }],
      options: [
        { long: '--state', description: 'state', takesValue: true, repeatable: false },
        { long: '--region', description: 'region', takesValue: true, repeatable: false, choices: ['us', 'eu', 'uk'] },
        { long: '--since', description: 'from', takesValue: true, valueName: 'DATE', repeatable: false },
        { long: '--log', description: 'logger file', takesValue: true, valueName: 'file.csv', repeatable: false },
        { long: '--unit', description: 'unit', takesValue: true, valueName: 'C|F', repeatable: false },
        { long: '--max-gap', description: 'gap', takesValue: true, valueName: 'DURATION', repeatable: false },
      ],
    },
  ],
};
const drug: DrugInfo = {
  id: 'evrysdi',
  brand: 'Evrysdi',
  generic: 'risdiplam',
  aliases: [],
  sections: [],
  states: [{ id: 'powder', label: 'Powder (before constitution)' }, { id: 'constituted', label: 'Constituted solution' }],
};

const candidates = async (words: string[]) => {
  const line = parseLine(spec, words);
  return narrow(await completeLine(spec, line, async () => [drug], '2026-11-25'), line);
};

describe('completeLine', () => {
  it.each([
    [['storage', 'risdiplam', '--state', ''], ['powder', 'constituted']],
    [['storage', 'evrysdi', '--state', 'c'], ['constituted']],
    [['storage', 'evrysdi', '--state=p'], ['--state=powder']],
    [['storage', 'nothing-like-it', '--state', ''], []],
    [['storage', '--region', 'eu', 'evrysdi', '--state', ''], ['powder', 'constituted']],
    [['storage', 'evrysdi', '--region', ''], ['us', 'eu', 'uk']],
    [['storage', 'evrysdi', '--since', ''], ['2026-11-25']],
    [['storage', 'evrysdi', '--log', ''], { paths: 'files' }],
    [['--data', ''], { paths: 'dirs' }],
    [['storage', 'evrysdi', '--unit', ''], ['C', 'F']],
    [['storage', 'evrysdi', '--max-gap', ''], []],
  ])('%j → %j', async (words: string[], expected: string[] | object) => {
    const result = await candidates(words);
    expect('values' in result ? result.values.map((c) => c.value) : result).toEqual(expected);
  });

  it('names each state after a tab', async () => {
    expect(await candidates(['storage', 'evrysdi', '--state', 'p'])).toEqual({ values: [{ value: 'powder', description: 'Powder (before constitution)' }] });
  });

  it('reads --data folders from the line, but not the folder being typed', () => {
    expect(parseLine(spec, ['--data', 'a', '--data=b', 'storage', 'x', '--data', 'c']).dataDirs).toEqual(['a', 'b']);
  });

  it('does not load the monographs for commands and options', async () => {
    const line = parseLine(spec, ['--']);
    await completeLine(spec, line, async () => expect.unreachable('loaded the monographs'), '2026-11-25');
  });
});

describe('drugInfo', () => {
  const base = { id: 'x', brand: 'X', generic: 'x', aliases: [], sections: [] } as unknown as Monograph;
  it.each([
    ['a list of states', { states: [{ id: 'vial', name: 'Vial' }, { name: 'no id' }, null] }, [{ id: 'vial', label: 'Vial' }]],
    ['a map of states', { states: { vial: {}, syringe: {} } }, [{ id: 'vial' }, { id: 'syringe' }]],
    ['no states', {}, []],
    ['no storage', undefined, []],
  ])('%s', (_what, storage, states) => {
    expect(drugInfo({ ...base, storage } as Monograph).states).toEqual(states);
  });
});
