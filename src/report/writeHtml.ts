import type { Diagnostic } from '../model/diagnostic.js';
import { escapeHtml } from './escapeHtml.js';
import { sanitizeTerminal } from './sanitizeTerminal.js';
import { _humanDate, _localDate } from './_humanDate.js';
import type { ReportModel } from './reportModel.js';

/** Fill colours of the usual status ids; any other status is grey. Status is always written too. */
const FILL: Record<string, string> = { red: '#c62828', amber: '#f9a825', green: '#2e7d32', complete: '#1565c0', blue: '#1565c0' };
/** Status order in a bar: finished first, worst last. */
const ORDER = ['complete', 'blue', 'green', 'amber', 'red'];

/** Document text for the page: control characters and terminal sequences removed (no HTML may hold them), then escaped. */
const e = (v: unknown) => escapeHtml(sanitizeTerminal(String(v ?? '')));
const fill = (status: string) => FILL[status] ?? '#757575';

/**
 * Options of {@link writeHtml}.
 *
 * @example
 * ```ts
 * const model = reportModel(documentItems(parseDocument(reviewText).data), { asOf: '2009-06-30' });
 * writeHtml([model], { title: 'Equality action plan, Q2' });
 * ```
 * @category Reports
 */
export interface WriteHtmlOptions {
  /** The page title (default `Equality plan progress`). */
  title?: string | undefined;
}

function bars(model: ReportModel, id: number): string {
  const rowH = 22;
  const labelW = 200;
  const barW = 420;
  const max = Math.max(1, ...model.groups.map((g) => g.total));
  const rows = model.groups.map((g, gi) => {
    let x = labelW;
    const statuses = Object.keys(g.counts).sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
    const rects = statuses
      .filter((s) => (g.counts[s] ?? 0) > 0)
      .map((s) => {
        const n = g.counts[s]!;
        const w = (n / max) * barW;
        const r = `<rect class="seg" data-status="${e(s)}" data-count="${n}" x="${x.toFixed(1)}" y="${gi * rowH + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${fill(s)}"><title>${e(g.label)}: ${n} ${e(s)}</title></rect>`;
        x += w;
        return r;
      })
      .join('');
    return `<g data-group="${e(g.label)}"><text x="${labelW - 6}" y="${gi * rowH + 15}" text-anchor="end">${e(g.label.length > 30 ? `${g.label.slice(0, 29)}…` : g.label)}</text>${rects}<text x="${x + 4}" y="${gi * rowH + 15}">${g.total}</text></g>`;
  });
  const h = Math.max(rowH, model.groups.length * rowH);
  return `<svg id="bars-${id}" class="bars" role="img" aria-labelledby="bars-${id}-t" viewBox="0 0 ${labelW + barW + 40} ${h}" width="100%"><title id="bars-${id}-t">Status by ${e(model.by)} (the table below holds the same figures)</title>${rows.join('')}</svg>`;
}

function rollUpTable(model: ReportModel): string {
  const statuses = [...new Set(model.groups.flatMap((g) => Object.keys(g.counts)))].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
  const head = `<tr><th scope="col">${e(model.by)}</th><th scope="col">Items</th>${statuses.map((s) => `<th scope="col">${e(s)}</th>`).join('')}<th scope="col">Overall</th></tr>`;
  const body = model.groups.map((g) => `<tr><th scope="row">${e(g.label)}</th><td>${g.total}</td>${statuses.map((s) => `<td>${g.counts[s] ?? 0}</td>`).join('')}<td>${badge(g.status)}</td></tr>`).join('\n');
  return `<table class="rollup"><caption>Items by ${e(model.by)} and status</caption><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

const badge = (status: string | null, label?: string) => (status === null ? '–' : `<span class="badge" style="border-left-color:${fill(status)}">${e(label ?? status)}</span>`);

function timeline(model: ReportModel, id: number): string {
  const dated = model.items.filter((i) => i.due !== null && i.daysLate !== null);
  if (dated.length === 0) return '<p>No item has a due date, so there is no timeline.</p>';
  const day = (iso: string) => _localDate(iso).getTime() / 86_400_000;
  const asOf = day(model.asOf);
  const days = dated.map((i) => day(i.due!));
  const lo = Math.min(asOf, ...days) - 15;
  const hi = Math.max(asOf, ...days) + 15;
  const labelW = 120;
  const w = 560;
  const rowH = 16;
  const x = (d: number) => labelW + ((d - lo) / (hi - lo)) * w;
  const rows = dated.map((i, k) => {
    const y = k * rowH + 20;
    const a = x(Math.min(day(i.due!), asOf));
    const b = x(Math.max(day(i.due!), asOf));
    const late = (i.daysLate ?? 0) > 0 && i.status !== 'complete';
    return `<g><text x="${labelW - 6}" y="${y + 4}" text-anchor="end">${e(i.ref.slice(0, 16))}</text>${late ? `<line x1="${a.toFixed(1)}" x2="${b.toFixed(1)}" y1="${y}" y2="${y}" stroke="${fill(i.status)}" stroke-width="6"><title>${e(i.ref)}: ${e(i.lateness)}</title></line>` : ''}<circle cx="${x(day(i.due!)).toFixed(1)}" cy="${y}" r="4" fill="${fill(i.status)}"><title>${e(i.ref)} due ${e(i.dueText)} (${e(i.statusLabel)})</title></circle></g>`;
  });
  const h = dated.length * rowH + 30;
  const ax = x(asOf).toFixed(1);
  return `<svg class="timeline" role="img" aria-labelledby="tl-${id}-t" viewBox="0 0 ${labelW + w + 20} ${h}" width="100%"><title id="tl-${id}-t">Due dates against the as-of date ${e(_humanDate(model.asOf))}; a bar runs from the due date to the as-of date for late items</title><line x1="${ax}" x2="${ax}" y1="4" y2="${h}" stroke="#000" stroke-dasharray="4 3"/><text x="${(Number(ax) - 4).toFixed(1)}" y="12" text-anchor="end">as of ${e(_humanDate(model.asOf))}</text>${rows.join('')}</svg>`;
}

function itemsTable(model: ReportModel): string {
  const arrow = { better: '▲ better', worse: '▼ worse', same: '= same' } as const;
  const body = model.items
    .map((i) => `<tr data-status="${e(i.status)}"><td>${e(i.ref)}</td><td>${e(i.title)}</td><td>${e(i.leads.join('; '))}</td><td>${i.due ? `<time datetime="${e(i.due)}">${e(i.dueText)}</time>` : '–'}</td><td>${e(i.lateness)}</td><td>${badge(i.status, i.statusLabel)}</td><td>${i.movement ? `${arrow[i.movement]} (was ${e(i.previousStatus)})` : ''}</td><td>${e(i.why)}</td></tr>`)
    .join('\n');
  return `<table class="items"><caption>Items, late first</caption><thead><tr>${['Ref', 'Title', 'Lead', 'Due', 'Late', 'Status', 'Movement', 'Why'].map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function diagnosticsBlock(diagnostics: readonly Diagnostic[]): string {
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  const infos = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 'info') infos.set(d.code, (infos.get(d.code) ?? 0) + 1);
  const list = shown.map((d) => `<li><strong>${e(d.severity)}</strong> ${d.line === undefined ? '' : `line ${e(d.line)}: `}${e(d.message)} <code>${e(d.code)}</code></li>`).join('');
  const summary = [...infos].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n} <code>${e(c)}</code>`).join(', ');
  return `${list ? `<ul class="diagnostics">${list}</ul>` : ''}${summary ? `<p class="info">Information: ${summary}.</p>` : ''}`;
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111}h1{font-size:1.5rem}h2{font-size:1.2rem;border-top:1px solid #ccc;padding-top:.8rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600}
.badge{border-left:.8em solid #757575;padding-left:.3em}svg text{font-size:11px}.diagnostics{color:#7a4b00}
@media print{@page{size:A4;margin:12mm}body{margin:0;font-size:10pt}h2{break-before:page}h2:first-of-type{break-before:auto}tr,svg{break-inside:avoid}}`;

/**
 * A self-contained HTML dashboard for one or more reports: one page with its
 * doctype, no scripts and no external resources. Per document: the as-of
 * date, status by group as stacked inline-SVG bars with a real table of the
 * same figures, each item's due date on a timeline against the as-of line,
 * the items (late first) with status movement where history exists, and the
 * document's warnings, its information diagnostics counted by code. Status
 * is always written as a word, never told by colour alone; the page prints
 * on A4. All document text goes through {@link sanitizeTerminal} and
 * {@link escapeHtml}.
 *
 * @param models - From {@link reportModel}, one per document.
 * @param options - The page title.
 * @returns The HTML page.
 * @example
 * ```ts
 * writeHtml([reportModel([], { asOf: '2024-06-30' })]).startsWith('<!doctype html>') //=> true
 * ```
 * @category Reports
 */
export function writeHtml(models: readonly ReportModel[], options: WriteHtmlOptions = {}): string {
  const title = options.title ?? 'Equality plan progress';
  const sections = models.map((m, k) =>
    [
      `<section>`,
      `<h2>${e(m.document || `Document ${k + 1}`)}</h2>`,
      `<p>As of <time datetime="${e(m.asOf)}">${e(_humanDate(m.asOf))}</time>: ${m.items.length} items.</p>`,
      diagnosticsBlock(m.diagnostics),
      bars(m, k),
      rollUpTable(m),
      timeline(m, k),
      itemsTable(m),
      `</section>`,
    ].join('\n'),
  );
  return `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n<title>${e(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<h1>${e(title)}</h1>\n${sections.join('\n')}\n</body>\n</html>\n`;
}
