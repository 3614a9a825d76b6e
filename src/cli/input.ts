/**
 * The files the `equality-plans` command reads: `-` for standard input,
 * directories and globs expanded, and each input's bytes turned into text or
 * refused in one plain sentence (missing, too large, binary, an office file).
 */
import { readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectOfficeFormat, type OfficeFormat } from '../office/index.js';
import { MAX_BYTES, decodeText, officeFile, type Decoded } from './decode.js';

/** The name standard input goes by in messages and in `source` fields. */
export const STDIN_NAME = '<stdin>';

/** The document files a directory is searched for; `validate` looks for `.json`. */
const DOCUMENT_EXTENSIONS = /\.(tsv|csv|md|markdown|html?|txt)$/i;
const JSON_EXTENSION = /\.json$/i;

/** Whether `name` matches one path segment of a glob (`*` and `?`; a leading dot only when the pattern has one). */
function segmentMatches(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`).test(name);
}

const isGlob = (arg: string) => /[*?]/.test(arg);

function entries(dir: string) {
  try {
    return readdirSync(dir === '' ? '.' : dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/** Files under `dir`, in name order, whose names match `wanted`; hidden entries skipped. */
function walk(dir: string, wanted: RegExp): string[] {
  return entries(dir).flatMap((e) => {
    if (e.name.startsWith('.') || e.name === 'node_modules') return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path, wanted);
    return wanted.test(e.name) ? [path] : [];
  });
}

/** The paths a glob matches, in name order: `*` and `?` within a segment, `**` for any depth. */
function glob(pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  const matches: string[] = [];
  const visit = (dir: string, i: number): void => {
    const segment = segments[i];
    if (segment === undefined) return;
    const last = i === segments.length - 1;
    if (segment === '**') {
      visit(dir, i + 1);
      for (const e of entries(dir)) if (e.isDirectory() && !e.name.startsWith('.')) visit(join(dir, e.name), i);
      return;
    }
    if (!isGlob(segment)) {
      const path = dir === '' ? segment : join(dir, segment);
      if (last) matches.push(path);
      else visit(path, i + 1);
      return;
    }
    for (const e of entries(dir)) {
      if (!segmentMatches(segment, e.name)) continue;
      const path = dir === '' ? e.name : join(dir, e.name);
      if (last) {
        if (!e.isDirectory()) matches.push(path);
      } else if (e.isDirectory()) visit(path, i + 1);
    }
  };
  visit(absolute ? '/' : '', 0);
  return [...new Set(matches)].filter((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

/** One argument's files: the argument itself, a directory's documents, or what a glob matches. */
export type Expanded = { files: string[] } | { error: string };

/**
 * The files one argument names. A glob is expanded only when no file has
 * that very name (a shell passes an unmatched glob on unchanged); a glob that
 * matches nothing, or a directory with no documents in it, is an error.
 */
export function expand(arg: string, command: string): Expanded {
  if (arg === '-') return { files: [arg] };
  let isDirectory: boolean;
  try {
    isDirectory = statSync(arg).isDirectory();
  } catch {
    if (isGlob(arg)) {
      const files = glob(arg);
      return files.length > 0 ? { files } : { error: `${arg}: no file matches this pattern` };
    }
    return { files: [arg] };
  }
  if (!isDirectory) return { files: [arg] };
  const wanted = command === 'validate' ? JSON_EXTENSION : DOCUMENT_EXTENSIONS;
  const files = walk(arg, wanted);
  return files.length > 0 ? { files } : { error: `${arg}: a directory with no ${command === 'validate' ? '.json' : '.tsv, .csv, .md, .html or .txt'} files in it` };
}

/** An error code of the file system as a plain phrase. */
function plainError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'a directory, expected a file';
    case 'ENOTDIR':
      return 'a part of this path is not a directory';
    case 'ERR_FS_FILE_TOO_LARGE':
      return tooLarge();
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}

const tooLarge = (size?: number) => `${size === undefined ? 'too large' : `${(size / 2 ** 20).toFixed(0)} MiB`}, larger than the ${MAX_BYTES / 2 ** 20} MiB the command reads; split it into smaller files`;

/** Standard input, whole, or refused past {@link MAX_BYTES}. */
function readStdin(): Uint8Array | string {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      return plainError(error as NodeJS.ErrnoException);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_BYTES) return tooLarge();
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/** A file's bytes, or why there are none; the size is checked before anything is read. */
function readBytes(file: string, sizeOf: (file: string) => number): Uint8Array | string {
  if (file === '-') return readStdin();
  try {
    const size = sizeOf(file);
    if (size > MAX_BYTES) return tooLarge(size);
    return readFileSync(file);
  } catch (error) {
    return plainError(error as NodeJS.ErrnoException);
  }
}

/** A Word, Excel or PDF file, found by its first bytes: read by `equality-plans/office`. */
export interface OfficeInput {
  office: OfficeFormat;
  bytes: Uint8Array;
}

/**
 * An input's text, an office file's bytes (when `office` is set: .docx,
 * .xlsx and PDF, found by their signature), or the sentence (without the
 * file name) saying why it is refused. `sizeOf` is the file's size in bytes
 * (`statSync` unless a test gives another).
 */
export function readInput(file: string, sizeOf: (file: string) => number = (f) => statSync(f).size, office = false): Decoded | OfficeInput | { refused: string } {
  const bytes = readBytes(file, sizeOf);
  if (typeof bytes === 'string') return { refused: bytes };
  const format = office ? detectOfficeFormat(bytes) : undefined;
  if (format !== undefined) return { office: format, bytes };
  const refused = officeFile(bytes);
  if (refused !== null) return { refused };
  return decodeText(bytes) ?? { refused: 'binary file, expected text' };
}
