import type { FormatId, SourceDocument, SourceListItem } from '../../src/read/types.js';

/** Words: runs of letters and digits (punctuation and markup symbols are not words). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return named[name.toLowerCase()] ?? all;
  });
}

/** Offset of the `>` ending the tag at `lt`, skipping quoted attribute values; -1 if none. */
function tagEnd(text: string, lt: number): number {
  for (let i = lt + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '>') return i;
    if (ch === '=') {
      let j = i + 1;
      while (text[j] === ' ' || text[j] === '\t' || text[j] === '\n') j++;
      const q = text[j];
      if (q === '"' || q === "'") {
        const close = text.indexOf(q, j + 1);
        if (close < 0) return -1;
        i = close;
      }
    }
  }
  return -1;
}

/** Removes HTML tags (and what `<head>`, `<script>`, `<style>` hold). */
function stripTags(text: string): string {
  let out = '';
  let i = 0;
  const lower = text.toLowerCase();
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    const c = text[lt + 1] ?? '';
    let gt = tagEnd(text, lt);
    // `</` not followed by a letter opens a bogus comment (HTML spec).
    if (c === '/' && !/[a-z]/iu.test(text[lt + 2] ?? '')) {
      const end = text.indexOf('>', lt);
      gt = end < 0 ? text.length - 1 : end;
    }
    // An end tag cut short ends at white space, as htmlparser2 reads it.
    if (gt < 0 && c === '/' && /[a-z]/iu.test(text[lt + 2] ?? '')) {
      const ws = text.slice(lt).search(/\s/u);
      if (ws > 0) gt = lt + ws;
    }
    if (gt < 0 || !/[a-z/!]/iu.test(c)) {
      out += text.slice(i, lt + 1);
      i = lt + 1;
      continue;
    }
    out += `${text.slice(i, lt)} `;
    i = gt + 1;
    for (const skip of ['head', 'script', 'style', 'template', 'title']) {
      if (lower.startsWith(`<${skip}`, lt) && /[\s>]/u.test(lower[lt + skip.length + 1] ?? '')) {
        const close = lower.indexOf(`</${skip}`, i);
        if (close >= 0) i = close;
      }
    }
  }
  return out + text.slice(i);
}

/** Removes markdown link destinations: `[text](dest)` keeps `text`. */
function stripLinkDestinations(text: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const j = text.indexOf('](', i);
    if (j < 0) break;
    const close = text.indexOf(')', j);
    if (close < 0) break;
    out += text.slice(i, j + 1);
    i = close + 1;
  }
  return out + text.slice(i);
}

/** The words of the input outside markup, for a format. */
export function inputWords(text: string, format: FormatId): string[] {
  switch (format) {
    case 'tsv-html':
    case 'csv':
    case 'html':
      return words(decodeEntities(stripTags(text)));
    case 'markdown':
      return words(decodeEntities(stripTags(stripLinkDestinations(text))));
    default:
      return words(text);
  }
}

function itemWords(items: readonly SourceListItem[]): string[] {
  return items.flatMap((i) => [...words(i.marker ?? ''), ...words(i.text), ...itemWords(i.children)]);
}

/** The words of a read document: block texts, items (with markers) and cell texts. */
export function outputWords(doc: SourceDocument): string[] {
  return doc.blocks.flatMap((b) => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return words(b.text);
      case 'list':
        return itemWords(b.items);
      case 'table':
        return b.rows.flatMap((r) => r.cells.flatMap((c) => words(c.text)));
    }
  });
}

/** Share (0–1) of input words found in the output, counted with multiplicity; and the missing ones. */
export function wordCoverage(text: string, format: FormatId, doc: SourceDocument, extra: readonly string[] = []): { coverage: number; total: number; missing: string[] } {
  const have = new Map<string, number>();
  for (const w of [...outputWords(doc), ...extra.flatMap(words)]) have.set(w, (have.get(w) ?? 0) + 1);
  const input = inputWords(text, format);
  const missing: string[] = [];
  for (const w of input) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else missing.push(w);
  }
  return { coverage: input.length === 0 ? 1 : (input.length - missing.length) / input.length, total: input.length, missing };
}

/**
 * Words of the input not found anywhere in the output text (as substrings,
 * so a word split by inserted markup still counts as kept).
 */
export function missingWords(text: string, format: FormatId, doc: SourceDocument, extra: readonly string[] = []): string[] {
  const haystack = [...outputWords(doc), ...extra.flatMap(words)].join('');
  return inputWords(text, format).filter((w) => !haystack.includes(w));
}
