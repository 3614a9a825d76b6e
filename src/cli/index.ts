#!/usr/bin/env node
/**
 * The `equality-plans` command. Argument handling and file access only; the
 * work is done by the library.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EqualityDocumentSchema } from '../model/index.js';

const HELP = `Usage: equality-plans <command> [options]

Commands:
  validate <file.json>   check a JSON document against the equality-plans model

Options:
  -h, --help             show this help
`;

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  if (command === 'validate') {
    let failed = 0;
    for (const file of rest) {
      const result = EqualityDocumentSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (result.success) process.stdout.write(`${file}: valid ${result.data.kind}\n`);
      else {
        failed++;
        for (const issue of result.error.issues) process.stdout.write(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}\n`);
      }
    }
    return failed ? 1 : 0;
  }
  process.stderr.write(`Unknown command \`${command}\`\n${HELP}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
