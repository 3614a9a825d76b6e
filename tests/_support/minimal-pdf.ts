/**
 * Test and bench support: a minimal PDF written by hand (Helvetica, one
 * content stream a page), with positioned lines of text and, optionally,
 * ruling lines drawn before them, the way a table's cell borders are.
 */
/** PDF string escapes. */
const esc = (s: string) => s.replace(/[\\()]/gu, (c) => `\\${c}`);

/** A minimal PDF (Helvetica, one content stream a page) of the given pages of positioned text lines, and of rules (`[x0, y0, x1, y1]`) drawn first. */
export function minimalPdf(pages: { x: number; y: number; text: string }[][], rules: number[][][] = []): Uint8Array {
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1: catalog, 2: pages, 3: font; then a page and its content per page.
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  let id = 4;
  for (const [k, lines] of pages.entries()) {
    const drawn = (rules[k] ?? []).map(([x0, y0, x1, y1]) => `0.5 w ${x0} ${y0} m ${x1} ${y1} l S`);
    const content = [...drawn, ...lines.map((l) => `BT /F1 9 Tf ${l.x} ${l.y} Td (${esc(l.text)}) Tj ET`)].join('\n');
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    pageIds.push(id);
    id += 2;
  }
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
