#!/usr/bin/env node
/**
 * The `equality-plans` command: argument handling, file access and printing
 * only; the work is done by the library. Every argument is checked before
 * any file is read, and binary files are refused (see `decode.ts`).
 * `--help` and `--version` are answered here, without loading the library
 * (`help.ts` holds the help text); anything else loads `run.ts`.
 */
import { parseArgs } from 'node:util';
import { HELP, OPTIONS } from './help.js';
import { version } from './version.js';

/** `help` or `version` when the arguments parse and ask for one of them (anything else, errors too, is `run.ts`'s to answer). */
function plainAsk(argv: string[]): 'help' | 'version' | undefined {
  try {
    const { values } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    return values.help ? 'help' : values.version ? 'version' : undefined;
  } catch {
    return undefined;
  }
}

async function main(argv: string[]): Promise<number> {
  const ask = plainAsk(argv);
  if (ask === 'help') process.stdout.write(HELP);
  else if (ask === 'version') process.stdout.write(`${version()}\n`);
  else return (await import('./run.js')).run(argv);
  return 0;
}

/**
 * Output that cannot be written: a reader that stopped early (`| head`,
 * EPIPE) ends the command quietly with the status so far; a full disk
 * (ENOSPC) or any other write error is said in one line, exit 2. Never a
 * stack trace.
 */
function outputFailed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  const why = error.code === 'ENOSPC' ? 'no space left on device' : (error.code ?? error.message);
  try {
    process.stderr.write(`equality-plans: cannot write the output: ${why}\n`);
  } catch {
    // stderr is gone too; the exit status still says it
  }
  process.exit(2);
}

const isWriteError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && ['EPIPE', 'ENOSPC', 'EIO', 'EDQUOT', 'EFBIG'].includes((error as NodeJS.ErrnoException).code ?? '');

process.stdout.on('error', outputFailed);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!isWriteError(error)) throw error;
    outputFailed(error);
  },
);
