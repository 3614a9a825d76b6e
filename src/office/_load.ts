/**
 * Internal: the office libraries are optional peer dependencies, loaded
 * only when a file of their kind is read, so the core entry and a user who
 * reads only Word files never pay for the others. A missing one is a
 * diagnostic naming the package to install, never a throw.
 */
import type { Diagnostic } from '../model/diagnostic.js';

/** The package each office format needs. */
export const _PACKAGE = { docx: 'mammoth', xlsx: 'exceljs', pdf: 'unpdf' } as const;

/** Whether an import failed because the package is not installed (rather than broken). */
function isMissing(error: unknown, name: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || (message.includes(name) && /cannot find|failed to resolve|not found/iu.test(message));
}

/** The `default` of a CommonJS module imported as ESM, or the module itself. */
function interop<T>(mod: unknown): T {
  const m = mod as { default?: unknown };
  return (m !== null && typeof m === 'object' && m.default !== undefined && typeof m.default === 'object' ? m.default : m) as T;
}

/**
 * Loads `name` with `load` (a literal `import()` each, so bundlers see
 * them), or says why not.
 */
export async function _load<T>(name: string, load: () => Promise<unknown>, source: string): Promise<{ module: T } | { diagnostic: Diagnostic }> {
  try {
    return { module: interop<T>(await load()) };
  } catch (error) {
    const missing = isMissing(error, name);
    return {
      diagnostic: {
        code: 'missing-dependency',
        severity: 'error',
        message: missing
          ? `Unexpected missing package \`${name}\`, expected it installed to read this file (npm install ${name})`
          : `Unexpected failure loading \`${name}\`, expected the package to load`,
        expected: name,
        ...(missing ? {} : { note: error instanceof Error ? error.message : String(error) }),
        source,
      },
    };
  }
}
