import { afterEach, describe, expect, it } from 'vitest';
import { parseTimescale } from '../../src/timescale/index.js';
import { corpus } from './corpus.js';

const ORIGINAL_TZ = process.env.TZ;
const RealDate = globalThis.Date;

function runCorpus(): string {
  return JSON.stringify(corpus.map((entry) => parseTimescale(entry.text, entry.context ? { context: entry.context } : undefined)));
}

describe('parseTimescale and time zones', () => {
  afterEach(() => {
    if (ORIGINAL_TZ === undefined) delete process.env.TZ;
    else process.env.TZ = ORIGINAL_TZ;
    globalThis.Date = RealDate;
  });

  it('gives the same output under any TZ', () => {
    const baseline = runCorpus();
    for (const tz of ['UTC', 'Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Asia/Kathmandu']) {
      process.env.TZ = tz;
      expect(runCorpus()).toBe(baseline);
    }
  });

  it('never constructs a Date (so no time zone can shift a date)', () => {
    const baseline = runCorpus();
    let used = 0;
    globalThis.Date = new Proxy(RealDate, {
      construct(target, args: ConstructorParameters<typeof Date>) {
        used++;
        return new target(...args);
      },
      get(target, key, receiver) {
        if (key === 'now' || key === 'parse' || key === 'UTC') used++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const again = runCorpus();
    globalThis.Date = RealDate;
    expect(used).toBe(0);
    expect(again).toBe(baseline);
  });
});
