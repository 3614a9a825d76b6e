import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package's version, from the package.json above the running script. */
export function version(): string {
  let dir = dirname(realpathSync(process.argv[1] ?? '.'));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'equality-plans' && pkg.version) return pkg.version;
    } catch {
      // no package.json here; look further up
    }
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}
