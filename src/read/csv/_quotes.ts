/**
 * Internal: the offset of the line where the record starts that holds a
 * quoted field no quote closes (RFC 4180: a `"` opening a field; `""`
 * inside is a quote), or undefined when every quoted field closes. A record
 * starts after a line break outside quotes: one whose earlier quoted cells
 * span lines starts before them. One pass.
 */
export function _unclosedQuoteRecord(text: string, delimiter: string): number | undefined {
  let fieldStart = true;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      fieldStart = true;
      lineStart = i + 1;
    } else if (c === delimiter) fieldStart = true;
    else if (c === '"' && fieldStart) {
      const opened = lineStart;
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return opened;
        if (text[j + 1] === '"') j += 2;
        else break;
      }
      // Lines inside the quoted field belong to its record: the record still starts at `lineStart`.
      i = j;
      fieldStart = false;
    } else if (c !== ' ') fieldStart = false;
  }
  return undefined;
}
