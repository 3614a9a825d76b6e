/**
 * Every export of the package has TSDoc with a summary, an `@example` and a
 * `@category` (typedoc checks that a comment exists; this checks what is in it),
 * and every example type-checks as a user's strict TypeScript would read it.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const OPTIONS: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, strict: true };

/**
 * Names the examples share without declaring them (as the docs say "R4",
 * "sample 001's plan"): declared, with their types, before each example.
 */
const SHARED: Record<string, string> = { r4: 'Recommendation', plan: 'ActionPlan', actions: 'Action[]', events: 'Indicator', councilJson: 'string', reviewText: 'string' };

/** The shared names an example uses and does not declare itself. */
function prelude(code: string): string {
  let out = "import { z } from 'zod';\n";
  for (const [name, type] of Object.entries(SHARED)) {
    if (new RegExp(`\\b${name}\\b`, 'u').test(code) && !new RegExp(`\\b(?:const|let) ${name}\\b`, 'u').test(code)) out += `declare const ${name}: ${type};\n`;
  }
  return out;
}

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

  it('every example type-checks under strict (with the package imported and a few shared names declared)', () => {
    const program = ts.createProgram(['src/index.ts'], OPTIONS);
    const checker = program.getTypeChecker();
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile('src/index.ts')!)!);
    const names = exports.map((e) => e.name);
    const examples = new Map<string, string>();
    for (const exported of exports) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      symbol.getJsDocTags(checker).forEach((tag, k) => {
        const code = tag.name === 'example' ? /```ts\n([\s\S]*?)```/u.exec(ts.displayPartsToString(tag.text))?.[1] : undefined;
        if (code !== undefined) examples.set(resolve(`tests/.examples/${exported.name}-${k}.ts`), `import { ${names.join(', ')} } from '../../src/index.js';\n${prelude(code)}export {};\n${code}`);
      });
    }
    expect(examples.size).toBeGreaterThan(150);
    // The examples live only in memory: the host serves them and reads everything else from disk.
    const host = ts.createCompilerHost(OPTIONS);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, ...rest) => {
      const text = examples.get(resolve(name));
      return text === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, text, language);
    };
    host.fileExists = (name) => examples.has(resolve(name)) || ts.sys.fileExists(name);
    const checked = ts.createProgram([...examples.keys()], { ...OPTIONS, noEmit: true, skipLibCheck: true }, host);
    const failures = ts
      .getPreEmitDiagnostics(checked)
      .filter((d) => d.file !== undefined && examples.has(resolve(d.file.fileName)))
      .map((d) => `${d.file!.fileName.split('/').pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(failures).toEqual([]);
  });
});
