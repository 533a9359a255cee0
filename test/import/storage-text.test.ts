// The storage-text extractor on real label sentences (quoted from the openFDA records in ../shared/reference).
import { describe, expect, it } from 'vitest';
import { StorageSchema, type StorageData } from '../../src/catalog/schema-storage.js';
import { extractStorage } from '../../src/import/storage-text.js';

/** Extracts from one 16.2 text and returns the checked storage block (defaults applied), or undefined. */
function read(text: string): StorageData | undefined {
  const { data } = extractStorage([{ section: '16.2', text }], 'us-label');
  return data ? StorageSchema.parse(data) : undefined;
}

/** One line per rule, to compare at a glance. */
function rules(text: string): string[] {
  const s = read(text);
  if (!s) return [];
  const range = (r: { minC?: number | undefined; maxC: number; maxInclusive?: boolean }) => `${r.minC ?? ''}..${r.maxInclusive === false ? '<' : ''}${r.maxC}`;
  return [
    ...s.states.flatMap((st) => [
      ...st.conditions.map((c) => `${st.id} base ${c.place} ${range(c)}${c.maxF !== undefined ? ` (${c.minF ?? ''}..${c.maxF} F)` : ''}${c.inCarton ? ' carton' : ''}${c.protectFromLight ? ' light' : ''}${c.doNotFreeze ? ' no-freeze' : ''}`),
      ...st.allowances.map((a) => `${st.id} ${a.id} ${range(a)} ${a.duration ? `${a.duration.value}${a.duration.unit}` : 'no-limit'} ${a.counting} ${a.packaging} back:${a.returnToFridge}${a.returnBelowC !== undefined ? `<${a.returnBelowC}` : ''}${a.countsAllTimeOut ? ' all-time-out' : ''}`),
      ...st.clocks.map((c) => `${st.id} clock ${c.action} ${c.days}d after ${c.event}`),
    ]),
    ...s.inUse.map((u) => `in-use ${u.limit.value}${u.limit.unit} after ${u.after}`),
    ...s.unread.map((u) => `unread: ${u.text}`),
  ];
}

describe('storage extractor: patterns real labels use', () => {
  it.each([
    // Kesimpta BLA125326 v6: return only if kept below 30 °C, then used within 7 days
    [
      '16.2 Storage and Handling KESIMPTA Sensoready pens and prefilled syringes must be refrigerated at 2ºC to 8ºC (36ºF to 46ºF). Keep the product in the original carton to protect from light until the time of use. Do not freeze. To avoid foaming, do not shake. If necessary, KESIMPTA may be stored for up to 7 days at room temperature, not to exceed 30°C (86°F). Write the date removed from the refrigerator in the space provided on the carton labeling. If stored below 30°C (86°F), unused KESIMPTA may be returned to the refrigerator and must be used within the next 7 days or discarded after 7 days.',
      ['as-supplied base refrigerator 2..8 (36..46 F) carton light no-freeze', 'as-supplied room-temperature ..30 7d not-stated any back:allowed<30', 'as-supplied clock use 7d after return-to-refrigerator'],
    ],
    // Rystiggo BLA761286 v3: a single period, no return, a discard clock
    [
      '16.2 Storage and Handling Store vials refrigerated at 36°F to 46°F (2°C to 8°C) in the original carton to protect from light until the time of use. Do not freeze. Do not shake. If needed, vials may be stored at room temperature up to 77°F (25°C) for a single period of up to 30 days in the original carton to protect the vial from light. Once a vial has been stored at room temperature, it should not be returned to the refrigerator. The discard date is 30 days after removal of the vial from the refrigerator. Write the discard date in the space provided on the carton. Discard the vial if not used within 30 days or if the expiration date has passed, whichever occurs first.',
      ['as-supplied base refrigerator 2..8 (36..46 F) carton light no-freeze', 'as-supplied in-carton ..25 30d single-period in-carton back:not-allowed', 'as-supplied clock discard 30d after removal-from-refrigerator'],
    ],
    // Bethkis NDA201820 v18: a non-breaking hyphen between the figures; the colour sentence is no rule
    [
      '16.2 Storage and Handling BETHKIS should be stored under refrigeration at 2°C ‑ 8°C (36°F ‑ 46°F). Upon removal from the refrigerator, or if refrigeration is unavailable, BETHKIS pouches (opened or unopened) may be stored at room temperature [up to 25°C (77°F)] for up to 28 days.',
      ['as-supplied base refrigerator 2..8 (36..46 F)', 'as-supplied room-temperature ..25 28d not-stated any back:not-stated'],
    ],
    // Evrysdi NDA213535 v16: USP controlled room temperature, then the constituted solution in the fridge (40 °C is the label's own)
    [
      '16.2 Storage and Handling Store the dry powder at 20°C to 25°C (68°F to 77°F), excursions permitted between 15°C to 30°C (59°F to 86°F) [see USP controlled room temperature] . Keep in the original carton. Keep the constituted oral solution of EVRYSDI in the original amber bottle to protect from light. Store in a refrigerator at 2°C to 8°C (36°F to 46°F) [see Dosage and Administration (2.4) ]. If refrigeration is not available, EVRYSDI can be kept at room temperature up to 40°C (up to 104°F) for a combined total of 5 days. EVRYSDI can be removed from, and returned to, a refrigerator. The total combined time out of refrigeration should not exceed 5 days.',
      [
        'as-supplied base room 20..25 (68..77 F) carton',
        'as-supplied excursions 15..30 no-limit not-stated any back:not-applicable',
        'constituted base refrigerator 2..8 (36..46 F) light',
        'constituted room-temperature ..40 5d cumulative any back:allowed all-time-out',
      ],
    ],
    // Soliris BLA125166: "º" signs, a space before C, "25° C/77° F"
    [
      'Store Soliris vials refrigerated at 2º-8º C (36º-46º F) in the original carton to protect from light until time of use. Soliris vials may be stored in the original carton at controlled room temperature (not more than 25° C/77° F) for only a single period up to 3 days. Do not use beyond the expiration date stamped on the carton.',
      ['as-supplied base refrigerator 2..8 (36..46 F) carton light', 'as-supplied in-carton ..25 3d single-period in-carton back:not-stated'],
    ],
    // "Store at 25°C; excursions permitted to 15–30°C": the label's range only, never USP's 40 °C spikes
    [
      'Store at 25°C (77°F); excursions permitted to 15-30°C (59-86°F) [see USP Controlled Room Temperature].',
      ['as-supplied base room 25..25 (77..77 F)', 'as-supplied excursions 15..30 no-limit not-stated any back:not-applicable'],
    ],
    // Glucotrol NDA017783: °F printed first, and "below" excludes the limit
    ['RECOMMENDED STORAGE Store below 86°F (30°C).', ['as-supplied base room ..<30 (..86 F)']],
    // Norpramin NDA014399: a letter o for the degree sign
    [
      'Store at 77 o F (25 o C); excursions permitted to 59 o to 86 o F (15 o to 30 o C) [See USP Controlled Room Temperature].',
      ['as-supplied base room 25..25 (77..77 F)', 'as-supplied excursions 15..30 no-limit not-stated any back:not-applicable'],
    ],
    // Cystadane NDA020576: "˚" and a range written "15 to 30"
    ['Storage Store at room temperature, 15 to 30 ˚C (59 to 86 ˚F). Protect from moisture.', ['as-supplied base room 15..30 (59..86 F)']],
    // Tabrecta NDA213591: a clock in weeks after first opening
    ['Store at 20°C to 25°C (68°F to 77°F). Discard any unused TABRECTA remaining after 6 weeks of first opening the bottle.', ['as-supplied base room 20..25 (68..77 F)', 'as-supplied clock discard 42d after opening']],
    // Reyvow-style months after opening (NDA213411): calendar months are shown, never counted as a clock
    ['Store at 20°C to 25°C (68°F to 77°F). Discard any unused tablets 3 months after opening the bottle.', ['as-supplied base room 20..25 (68..77 F)', 'in-use 3mo after opening']],
  ])('%s', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it('marks every rule extracted and keeps the sentences it came from', () => {
    const s = read('Store in a refrigerator between 2°C to 8°C (36°F to 46°F). Do not freeze.')!;
    const c = s.states[0]!.conditions[0]!;
    expect(c).toMatchObject({ extracted: true, text: 'Store in a refrigerator between 2°C to 8°C (36°F to 46°F). Do not freeze.', sources: [{ source: 'us-label', section: '16.2' }] });
  });

  it('reads no rule from a label that states no temperature (Meclizine NDA010721)', () => {
    expect(read('16 HOW SUPPLIED/STORAGE AND HANDLING NDC: 71335-1872-1: 30 Tablets in a BOTTLE NDC: 71335-1872-2: 60 Tablets in a BOTTLE')).toBeUndefined();
  });
});

describe('storage extractor: sentences it must refuse', () => {
  it.each([
    // Docetaxel NDA022234: a state after first use with no base condition of its own
    'After first use and following multiple needle entries and product withdrawals, Docetaxel Injection multiple-dose vials are stable for up to 28 days when stored between 2°C and 8°C (36°F and 46°F) and protected from light.',
    // Docetaxel NDA022234
    'Freezing does not adversely affect the product.',
    // Myalept BLA125390: multiple doses within 3 days after reconstitution with BWFI
    'Use with BWFI: when MYALEPT is reconstituted with BWFI, the vial can be used for multiple doses within 3 days when stored in the refrigerator at 36°F to 46°F (2°C to 8°C) and protected from light.',
    // a limit with no event to count from
    'Use within 30 days.',
    'May be refrigerated.',
    // Busulfex NDA020954: a diluted solution's stability at a temperature, tied to the infusion
    'BUSULFEX diluted in 0.9% Sodium Chloride Injection, USP or 5% Dextrose Injection, USP is stable at room temperature (25°C) for up to 8 hours but the infusion must be completed within that time.',
  ])('%s', (text) => {
    const all = rules(`Store at 20°C to 25°C (68°F to 77°F). ${text}`);
    expect(all).toContain(`unread: ${text}`);
  });

  it('a second, different base condition for the same state is not guessed (Tegretol: tablets and suspension)', () => {
    expect(rules('Store at 25°C (77°F). Store at 20°C to 25°C (68°F to 77°F) in a tight container.')).toEqual(['as-supplied base room 25..25 (77..77 F)', 'unread: Store at 20°C to 25°C (68°F to 77°F) in a tight container.']);
  });
});
