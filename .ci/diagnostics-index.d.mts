/** Builds the text of docs/diagnostics.md from docs/diagnostics/*.md. */
export function buildIndex(): string;
