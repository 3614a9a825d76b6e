import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { jsonSchemaFiles } from '../../tsup.config.js';
import { DEFAULT_PROGRESS_RULES, documentItems, getFramework, parseDocument, parseTimescale, reportModel } from '../../src/index.js';
import * as model from '../../src/model/index.js';
import { ReportItemSchema } from '../../src/report/reportModel.js';

// ajv-formats is CommonJS: under ESM its function is the default export, under some loaders the module itself.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

const files = jsonSchemaFiles();
const schemas: Record<string, unknown> = { ...model, ReportItemSchema };
/** The zod schema a file was made from, by the naming rule `action-plan` → `ActionPlanSchema`. */
const zodOf = (name: string): z.ZodType => schemas[`${name.replace(/(?:^|-)(\w)/g, (_m, c: string) => c.toUpperCase())}Schema`] as z.ZodType;

/** Strict Ajv (unknown keywords, union types, loose tuples all refused), with or without the `format` vocabulary. */
function strictAjv(formats: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: formats });
  return formats ? addFormats(ajv) : ajv;
}

// Good examples are the library's own output on invented documents, as a user would save it in JSON.
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const plan = parseDocument(
  ['Ref\tAction\tLead\tDue date\tStatus', 'L1\tOpen a quiet room in the library\tSite Manager\tSeptember 2027\tOn track', 'L2\tTrain reception staff in sign language\tHR Lead\t31/03/2028\tNot started'].join('\n'),
  { kind: 'action-plan', format: 'tsv-html', source: 'library-plan.tsv' },
);
const review = parseDocument(['# Review of the swimming club', '', 'It is recommended that:', '', 'R1. The club publishes its complaints policy by June 2027.', 'R2. Coaches are trained in disability awareness.'].join('\n'), { kind: 'review', format: 'markdown' });
const strategy = parseDocument(['# Fair access strategy 2027 to 2030', '', '## Objective 1: Accessible buildings', '', 'We will audit every building by December 2028.'].join('\n'), { kind: 'strategy', format: 'markdown' });
const peer = parseDocument(['# Peer challenge of the parish council', '', '## Recommendations', '', '1. Appoint an equality lead within three months.'].join('\n'), { kind: 'peer-review', format: 'markdown' });
const items = documentItems(plan.data);
const report = reportModel(items, { asOf: '2027-10-01', document: 'library-plan.tsv' });

const good: Record<string, unknown[]> = {
  'timescale': [parseTimescale('by March 2026'), parseTimescale('2025/26'), parseTimescale('ongoing'), parseTimescale('hello')],
  'action': plan.data.kind === 'action-plan' ? plan.data.actions : [],
  'recommendation': review.data.kind === 'review' ? review.data.recommendations : [],
  'review': [review.data],
  'action-plan': [plan.data],
  'strategy': [strategy.data],
  'peer-review': [peer.data],
  'progress-rules': [DEFAULT_PROGRESS_RULES],
  'framework': [getFramework('eflg-2021'), getFramework('equality-standard-2007')],
  'equality-document': [plan.data, review.data, strategy.data, peer.data],
  'diagnostic': [...plan.diagnostics, { code: 'year-assumed', severity: 'info', message: 'm', line: 2, column: 1, path: ['actions', 0, 'due'] }],
  'report-item': report.items,
};

// Bad examples: each breaks one rule of the model; zod refuses them too.
const bad: Record<string, unknown[]> = {
  'timescale': [
    { text: 'x', kind: 'date', end: 'hello' },
    { text: 'x', kind: 'date', end: '2023-02-29' },
    { text: 'x', kind: 'date', start: '2024-13-01' },
    { text: 'x', kind: 'date', end: '2024-06-31' },
    { text: 'x', kind: 'sometime' },
  ],
  'action': [{ id: 'A1' }, { id: 'A1', title: 'Do it', timescale: { text: 'soon', kind: 'date', end: 'hello' } }, { id: 'A1', title: 'Do it', completedOn: '2027-02-30' }],
  'diagnostic': [
    { code: 'x', severity: 'fatal', message: 'm' },
    { code: 'x', severity: 'info', message: 'm', line: 0 },
    { code: 'x', severity: 'info', message: 'm', path: [1.5] },
  ],
  'action-plan': [{ kind: 'review', title: 'x' }, { kind: 'action-plan' }],
  'progress-rules': [{ ...json(DEFAULT_PROGRESS_RULES), scale: 'red' }],
};

describe('the JSON Schema files under Ajv in strict mode', () => {
  it('has good examples and a zod schema for every file', () => {
    for (const name of Object.keys(files)) {
      expect(good[name]?.length, name).toBeGreaterThan(0);
      expect(typeof zodOf(name)?.safeParse, name).toBe('function');
    }
  });

  for (const formats of [true, false]) {
    describe(formats ? 'with ajv-formats' : 'without format validation (patterns only)', () => {
      const ajv = strictAjv(formats);

      it.each(Object.keys(files))('compiles %s and accepts what the library writes', (name) => {
        const validate = ajv.compile(files[name]!);
        for (const example of good[name]!) {
          const value = json(example);
          expect(zodOf(name).safeParse(value).success, `${name}: zod accepts ${JSON.stringify(value).slice(0, 80)}`).toBe(true);
          expect(validate(value), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        }
      });

      it.each(Object.keys(bad))('refuses bad %s examples, as zod does', (name) => {
        const validate = ajv.getSchema(files[name]!.$id as string) ?? ajv.compile(files[name]!);
        for (const value of bad[name]!) {
          expect(zodOf(name).safeParse(value).success, `${name}: zod refuses ${JSON.stringify(value)}`).toBe(false);
          expect(validate(value), `${name}: Ajv refuses ${JSON.stringify(value)}`).toBe(false);
        }
      });
    });
  }

  it('ships dates with a pattern beside format: date, so a validator without formats refuses "hello"', () => {
    const ajv = strictAjv(false);
    const validate = ajv.compile(files.timescale!);
    expect(validate({ text: 'by then', kind: 'date', end: '2027-03-31' })).toBe(true);
    expect(validate({ text: 'by then', kind: 'date', end: 'hello' })).toBe(false);
    expect(validate({ text: 'by then', kind: 'date', end: '2028-02-29' })).toBe(true);
    expect(validate({ text: 'by then', kind: 'date', end: '2100-02-29' })).toBe(false);
  });
});
