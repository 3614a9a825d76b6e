import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import { FrameworkSchema, type Framework } from '../model/framework.js';

/**
 * Validates a council's framework (parsed JSON) against
 * {@link FrameworkSchema}. Never throws: a problem becomes an `error`
 * diagnostic (`invalid-framework`) whose `path` points into the input, and
 * `data` is then an empty framework so callers can carry on.
 *
 * @param input - The framework, e.g. `JSON.parse(text)`.
 * @returns The framework with defaults filled in, and diagnostics.
 * @example
 * ```ts
 * loadFramework({ id: 'mine', name: 'Our framework', themes: [{ id: 'jobs', title: 'Jobs' }] }).data.themes[0].title //=> 'Jobs'
 * loadFramework({ id: 'mine' }).diagnostics[0].path //=> ['name']
 * ```
 * @category Frameworks
 */
export function loadFramework(input: unknown): ParseResult<Framework> {
  const result = FrameworkSchema.safeParse(input);
  if (result.success) {
    const diagnostics: Diagnostic[] = [];
    const seen = new Set<string>();
    result.data.themes.forEach((theme, i) => {
      if (seen.has(theme.id)) diagnostics.push({ code: 'duplicate-id', severity: 'error', message: `Unexpected second theme \`${theme.id}\`, expected unique theme ids`, path: ['themes', i, 'id'], text: theme.id });
      seen.add(theme.id);
    });
    return { data: result.data, diagnostics };
  }
  return {
    data: FrameworkSchema.parse({ id: 'invalid', name: '' }),
    diagnostics: result.error.issues.map((issue) => ({
      code: 'invalid-framework',
      severity: 'error' as const,
      message: `Unexpected value at \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`,
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    })),
  };
}
