/** The five samples, read from examples/data, with what each must give. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentKind } from '../../src/model/document.js';
import type { FormatId } from '../../src/read/types.js';

export interface Sample {
  file: string;
  format: FormatId;
  kind: DocumentKind;
  text: string;
}

const dir = fileURLToPath(new URL('../../examples/data/', import.meta.url));

function sample(file: string, format: FormatId, kind: DocumentKind): Sample {
  return { file, format, kind, text: readFileSync(dir + file, 'utf8') };
}

export const SAMPLES: readonly Sample[] = [
  sample('000-wmra-review-recommendations.md', 'markdown', 'review'),
  sample('001-rspe-action-plan-2008-10.tsv', 'tsv-html', 'action-plan'),
  sample('002-wmca-race-equalities-strategy.md', 'markdown', 'strategy'),
  sample('003-wmca-equity-inclusion-objective-3.txt', 'text', 'action-plan'),
  sample('004-bromsgrove-peer-review-action-plan.tsv', 'tsv-html', 'peer-review'),
];

export function bySample(prefix: string): Sample {
  const s = SAMPLES.find((x) => x.file.startsWith(prefix));
  if (s === undefined) throw new Error(`no sample ${prefix}`);
  return s;
}
