/**
 * Every export of the package has TSDoc with a summary, an `@example` and a
 * `@category` (typedoc checks that a comment exists; this checks what is in it).
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

describe('TSDoc', () => {
  it('every export has a summary, an @example and a @category', () => {
    const program = ts.createProgram(['src/index.ts'], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, strict: true });
    const checker = program.getTypeChecker();
    const module = checker.getSymbolAtLocation(program.getSourceFile('src/index.ts')!)!;
    const exports = checker.getExportsOfModule(module);
    expect(exports.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const exported of exports) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const tags = symbol.getJsDocTags(checker).map((t) => t.name);
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const lacks = [!summary && 'summary', !tags.includes('example') && '@example', !tags.includes('category') && '@category'].filter(Boolean);
      if (lacks.length) missing.push(`${exported.name}: ${lacks.join(', ')}`);
    }
    expect(missing).toEqual([]);
  });
});
