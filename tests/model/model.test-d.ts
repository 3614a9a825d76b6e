import { expectTypeOf, test } from 'vitest';
import type { Action, ActionInput, Diagnostic, EqualityDocument, ParseResult, Timescale } from '../../src/index.js';

test('public model types', () => {
  expectTypeOf<Action['leads']>().toEqualTypeOf<string[]>();
  expectTypeOf<ActionInput['leads']>().toEqualTypeOf<string[] | undefined>();
  expectTypeOf<Timescale['start']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<EqualityDocument['kind']>().toEqualTypeOf<'review' | 'action-plan' | 'strategy' | 'peer-review'>();
  expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>();
  expectTypeOf<ParseResult<number>>().toHaveProperty('diagnostics').toEqualTypeOf<Diagnostic[]>();
});
