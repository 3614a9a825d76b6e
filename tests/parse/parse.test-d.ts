import { describe, expectTypeOf, it } from 'vitest';
import { detectFormat, detectKind, parseActionPlan, parseDocument, parsePeerReview, parseReview, parseStrategy } from '../../src/parse/index.js';
import type { ParseDocumentOptions, ParseReviewOptions } from '../../src/parse/index.js';
import type { DocumentKind, EqualityDocument } from '../../src/model/document.js';
import type { ActionPlan, PeerReview, Strategy } from '../../src/model/plan.js';
import type { Review } from '../../src/model/review.js';
import type { ParseResult } from '../../src/model/diagnostic.js';
import type { FormatId, SourceDocument } from '../../src/read/types.js';

describe('parse entry point types', () => {
  it('types each result by kind', () => {
    expectTypeOf(parseDocument).returns.toEqualTypeOf<ParseResult<EqualityDocument>>();
    expectTypeOf(parseReview).returns.toEqualTypeOf<ParseResult<Review>>();
    expectTypeOf(parseActionPlan).returns.toEqualTypeOf<ParseResult<ActionPlan>>();
    expectTypeOf(parseStrategy).returns.toEqualTypeOf<ParseResult<Strategy>>();
    expectTypeOf(parsePeerReview).returns.toEqualTypeOf<ParseResult<PeerReview>>();
  });

  it('detects to plain ids', () => {
    expectTypeOf(detectFormat).returns.toEqualTypeOf<FormatId>();
    expectTypeOf(detectKind).parameter(0).toEqualTypeOf<SourceDocument>();
    expectTypeOf(detectKind).returns.toEqualTypeOf<DocumentKind>();
  });

  it('keeps kind out of the per-kind options', () => {
    expectTypeOf<ParseReviewOptions>().not.toHaveProperty('kind');
    expectTypeOf<ParseDocumentOptions>().toHaveProperty('kind');
    // @ts-expect-error a format that does not exist
    parseDocument('', { format: 'docx' });
  });
});
