/**
 * Internal: markdown inline syntax to plain text with marked's inline
 * lexer: emphasis markers, link destinations and inline HTML tags are
 * dropped; link text, code spans and entities are kept (decoded).
 */
import { Lexer, type Token } from 'marked';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', pound: '£', euro: '€', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•' };

/** Decodes the common named and all numeric character references. */
export function _decodeEntities(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) break;
    const semi = text.indexOf(';', amp);
    out += text.slice(i, amp);
    if (semi < 0 || semi - amp > 10) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const name = text.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (name.startsWith('#x') || name.startsWith('#X')) decoded = codePoint(Number.parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) decoded = codePoint(Number.parseInt(name.slice(1), 10));
    else decoded = NAMED[name];
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out + text.slice(i);
}

function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/** A tag that ends a line or a block in HTML: its words either side are not one word. */
const BREAKING = /^<\/?(?:br|p|div|li|ul|ol|tr|td|th|hr|h[1-6]|blockquote|dd|dt)\b/iu;

function flatten(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'html':
        // Inline tags are markup; a comment or other raw text is not. A tag that
        // breaks the line (`<br>`, `<p>`, `</li>`…) parts the words either side:
        // "Head of HR<br>OD Manager" is not "Head of HROD Manager".
        if (!(t.raw.startsWith('<') && t.raw.endsWith('>'))) out += t.raw;
        else if (BREAKING.test(t.raw)) out += ' ';
        break;
      case 'br':
        out += ' ';
        break;
      case 'image':
        out += t.text;
        break;
      case 'codespan':
      case 'escape':
        out += t.text;
        break;
      default:
        if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length > 0) out += flatten(t.tokens);
        else if ('text' in t && typeof t.text === 'string') out += _decodeEntities(t.text);
        else out += t.raw;
    }
  }
  return out;
}

/** Plain text of a markdown inline fragment (not folded). */
export function _inlineText(markdown: string): string {
  if (markdown.trim() === '') return '';
  return flatten(Lexer.lexInline(markdown));
}
