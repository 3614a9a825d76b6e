/**
 * Generates the PDF fixtures of tests/office/pdf.test.ts once, the way a
 * body makes its PDFs: each sample written to .docx (tests/office/_write.ts)
 * and exported by LibreOffice's headless writer, untagged (its default) and
 * tagged (tests/fixtures/office/tagged/). The PDFs are committed, so
 * CI needs no LibreOffice. Run again only to change them:
 *
 *   apt-get install -y libreoffice-writer-nogui
 *   npx tsx tests/office/make-pdf-fixtures.ts
 *
 * (`ONLY_TWO_COLUMN=1` writes only tests/fixtures/office/two-column/.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { READERS, detectFormat } from '../../src/index.js';
import { SAMPLES } from './_samples.js';
import { toDocx } from './_write.js';

const OUT = 'tests/fixtures/office';
/** The samples of prose (no tables), set again in two columns. */
const TWO_COLUMN = SAMPLES.filter((f) => /^00[03]-/u.test(f));
const TAGGED = JSON.stringify({ UseTaggedPDF: { type: 'boolean', value: 'true' } });
mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
try {
  for (const file of process.env.ONLY_TWO_COLUMN === undefined ? SAMPLES : []) {
    const text = readFileSync(`examples/data/${file}`, 'utf8');
    const blocks = READERS.find((r) => r.id === detectFormat(text))!.read(text).data.blocks;
    const stem = file.replace(/\.[a-z]+$/u, '');
    writeFileSync(join(work, `${stem}.docx`), await toDocx(blocks));
    // LibreOffice's default export, and its tagged export (document structure kept, as accessible
    // PDFs have it: Word's "Save as PDF" tags by default).
    for (const [dir, filter] of [
      [OUT, 'pdf'],
      [`${OUT}/tagged`, `pdf:writer_pdf_Export:${TAGGED}`],
    ] as const) {
      const run = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', filter, '--outdir', work, join(work, `${stem}.docx`)], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`soffice failed on ${stem}: ${run.stderr}`);
      mkdirSync(dir, { recursive: true });
      renameSync(join(work, `${stem}.pdf`), join(dir, `${stem}.pdf`));
      console.log(`wrote ${dir}/${stem}.pdf`);
    }
  }
  // Two-column reports: the prose samples set in two newspaper columns on portrait pages.
  for (const file of TWO_COLUMN) {
    const text = readFileSync(`examples/data/${file}`, 'utf8');
    const blocks = READERS.find((r) => r.id === detectFormat(text))!.read(text).data.blocks;
    const stem = file.replace(/\.[a-z]+$/u, '');
    writeFileSync(join(work, `${stem}.docx`), await toDocx(blocks, { columns: 2 }));
    const run = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, join(work, `${stem}.docx`)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`soffice failed on ${stem}: ${run.stderr}`);
    mkdirSync(`${OUT}/two-column`, { recursive: true });
    renameSync(join(work, `${stem}.pdf`), join(`${OUT}/two-column`, `${stem}.pdf`));
    console.log(`wrote ${OUT}/two-column/${stem}.pdf`);
  }
  if (process.env.ONLY_TWO_COLUMN === undefined) {
    // A password-protected PDF (password `secret`), of invented text.
    writeFileSync(join(work, 'password.txt'), 'Parks Trust plan: fit ramps at the east gates by March 2032.\n');
    const options = JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: 'secret' } });
    const locked = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', `pdf:writer_pdf_Export:${options}`, '--outdir', work, join(work, 'password.txt')], { encoding: 'utf8' });
    if (locked.status !== 0) throw new Error(`soffice failed on the password fixture: ${locked.stderr}`);
    renameSync(join(work, 'password.pdf'), join(OUT, 'password.pdf'));
    console.log(`wrote ${OUT}/password.pdf`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
