/**
 * The package as npm publishes it: `npm pack` of the built `dist/` (run
 * `npm run build` first), extracted into `<scratch>/node_modules/equality-plans`
 * of a scratch consumer folder whose other `node_modules` entries (the
 * package's dependencies and peer dependencies) link to this repository's
 * installed copies, the way an install lays them out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface PackageJson {
  name: string;
  exports: Record<string, unknown>;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;

/** The newest file under `dir` (path and modification time). */
function newest(dir: string): { path: string; time: number } {
  let best = { path: dir, time: 0 };
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, file);
    const time = statSync(path).mtimeMs;
    if (time > best.time) best = { path, time };
  }
  return best;
}

/** Fails unless `dist/` was built after the last change under src/. */
export function assertBuilt(): void {
  const entry = resolve('dist/index.js');
  if (!existsSync(entry)) throw new Error('dist/ is missing: run `npm run build` first');
  const source = newest('src');
  if (source.time > statSync(entry).mtimeMs) throw new Error(`dist/ is older than ${source.path}: run \`npm run build\` first`);
}

export interface Packed {
  /** The consumer folder (it has a package.json and node_modules/). */
  dir: string;
  /** The tarball's file names, relative to the package root. */
  files: string[];
  /** The tarball's size and unpacked size, in bytes. */
  size: number;
  unpackedSize: number;
  remove(): void;
}

/** Packs and extracts the package into a fresh consumer folder. */
export function packed(): Packed {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'ep-packed-'));
  const run = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (run.status !== 0) throw new Error(`npm pack failed: ${run.stderr}`);
  const [info] = JSON.parse(run.stdout) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  const root = join(dir, 'node_modules', 'equality-plans');
  mkdirSync(root, { recursive: true });
  const tar = spawnSync('tar', ['-xzf', join(dir, info!.filename), '-C', root, '--strip-components=1'], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
    const link = join(dir, 'node_modules', name);
    mkdirSync(join(link, '..'), { recursive: true });
    symlinkSync(resolve('node_modules', name), link, 'junction');
  }
  // Its own package.json, so the package is found in node_modules (not as this repository's self-reference).
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  return {
    dir,
    files: info!.files.map((f) => f.path),
    size: info!.size,
    unpackedSize: info!.unpackedSize,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Packs the package before the file's tests and removes it after; returns a getter for it. */
export function usePacked(): () => Packed {
  let pack: Packed | undefined;
  beforeAll(() => {
    pack = packed();
  }, 120_000);
  afterAll(() => pack?.remove());
  return () => pack!;
}
