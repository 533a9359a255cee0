/**
 * The monograph schema: the one definition behind the TypeScript types, the runtime check of YAML files
 * and the published `data/monograph.schema.json` (written by `npm run schema`).
 */
import { z } from 'zod';
import { StorageSchema } from './schema-storage.js';
import { DosingSchema } from './schema-dosing.js';
import { CompareSchema } from './schema-compare.js';
import { IsoDate, Region, SourceRefs, Text } from './schema-common.js';
import { REQUIRED_FACTS } from './facts.js';

export { REQUIRED_FACTS } from './facts.js';

export { IsoDate, Region, SourceRef, SourceRefs, Text } from './schema-common.js';

const Id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id: letters, digits and dashes, starting with a letter');

/** A document a fact was taken from, one a reader can look up: a label (set id, version, effective date) or a page at a public address. */
export const Source = z
  .object({
    id: Id.describe('how sections cite this source'),
    kind: z.enum(['label', 'reference-page', 'smpc', 'guidance', 'web']),
    title: Text,
    region: Region.optional(),
    setId: z.string().optional().describe('SPL set id of a label'),
    version: z.string().optional().describe('label version number'),
    effective: IsoDate.optional().describe('label effective date'),
    reviewed: IsoDate.optional().describe('date a reference page was last reviewed'),
    url: z.string().regex(/^https?:\/\/\S+$/, 'an http(s) address').optional(),
    file: z.string().optional().describe('the copy in shared/reference this was read from'),
    newer: z
      .object({ text: Text.describe('what the sources report about the newer version, and that its text is not in this data'), sources: SourceRefs })
      .strict()
      .optional()
      .describe('a newer version of this label exists whose content is not in the data; every dosing and storage answer citing it says so'),
  })
  .strict();

/** A header fact (form, class, approval date...) with where it came from. */
export const Fact = z
  .object({ value: Text, short: Text.optional().describe('a few words for tables such as `monograph list`'), region: Region.optional(), sources: SourceRefs })
  .strict();

const Paragraph = z.object({ p: Text, region: Region.optional(), sources: SourceRefs.optional() }).strict();
const List = z
  .object({ list: z.array(Text).min(1), title: Text.optional(), region: Region.optional(), sources: SourceRefs.optional() })
  .strict();
const Table = z
  .object({
    table: z
      .object({ caption: Text.optional(), columns: z.array(Text).min(1), rows: z.array(z.array(Text).min(1)).min(1) })
      .strict(),
    region: Region.optional(),
    sources: SourceRefs.optional(),
  })
  .strict();
const Note = z
  .object({ note: Text, kind: z.enum(['info', 'warning', 'boxed-warning']).default('info'), region: Region.optional(), sources: SourceRefs.optional() })
  .strict();
/** Where regions' labels say different things: each region's version beside the others. */
const Differs = z
  .object({
    differs: z
      .object({
        topic: Text,
        values: z.array(z.object({ region: Region, text: Text, sources: SourceRefs }).strict()).min(2),
      })
      .strict(),
  })
  .strict();
const Question = z
  .object({ q: Text, a: z.array(Text).min(1), see: z.string().optional().describe('a monograph command that answers it'), sources: SourceRefs.optional() })
  .strict();

/** One block of a section's body. */
export const Block = z.union([Paragraph, List, Table, Note, Differs, Question]);

export const Section = z
  .object({
    id: Id,
    title: Text,
    aliases: z.array(z.string().min(1)).default([]),
    applies: z.boolean().default(true).describe('false when the section does not apply; the body then says why'),
    labelText: z.boolean().optional().describe("true when the body is the label's own words, imported and not reviewed"),
    body: z.array(Block).min(1),
    sources: SourceRefs,
  })
  .strict();


export const Header = z
  .object({
    pronunciation: Fact.optional(),
    form: Fact.optional(),
    strength: Fact.optional(),
    route: Fact.optional(),
    drugClass: Fact.optional(),
    fdaApproval: Fact.optional(),
    euApproval: Fact.optional(),
    genericAvailability: Fact.optional(),
    manufacturer: Fact.optional(),
    boxedWarning: Fact.optional(),
  })
  .strict();

/** Written by `monograph import`: the FDA label this monograph is the text of, and when it was imported. Not reviewed. */
export const Imported = z
  .object({
    from: z.literal('openfda').describe('an openFDA drug-label record'),
    on: IsoDate.describe('the day of the import'),
    setId: z.string().min(1),
    version: z.string().regex(/^\d+$/, 'a whole number'),
    effective: IsoDate.optional(),
    applicationNumber: z.string().optional(),
    missingSections: z.array(z.string()).default([]).describe('standard label sections this label does not have'),
    nameClashes: z.array(z.string()).default([]).describe('names it shares with a monograph that was there first'),
  })
  .strict();

export const Monograph = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    id: Id,
    brand: Text,
    generic: Text,
    aliases: z.array(z.string().min(1)).default([]),
    summary: Text.describe('one line for lists'),
    sources: z.array(Source).min(1),
    header: Header,
    sections: z.array(Section).min(1),
    storage: StorageSchema.optional(),
    dosing: DosingSchema.optional(),
    compare: CompareSchema.optional(),
    imported: Imported.optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.imported) return;
    for (const key of REQUIRED_FACTS) {
      if (!m.header[key]) ctx.addIssue({ code: 'custom', path: ['header', key], message: `required (only a label imported with \`monograph import\` may leave it out)` });
    }
  });

export type Source = z.infer<typeof Source>;
export type Fact = z.infer<typeof Fact>;
export type Block = z.infer<typeof Block>;
export type Section = z.infer<typeof Section>;
export type Header = z.infer<typeof Header>;
export type Imported = z.infer<typeof Imported>;
export type Monograph = z.infer<typeof Monograph>;
export type MonographInput = z.input<typeof Monograph>;
