export * from './escapeCsvCell.js';
export * from './escapeHtml.js';
export * from './escapeMarkdown.js';
export * from './formatDiagnostics.js';
export * from './sanitizeTerminal.js';
export * from './toCsv.js';
