import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../src/index.js';
import { weekdayOf } from '../../src/_lib/iso-date.js';

describe('ENGLAND_AND_WALES_BANK_HOLIDAYS', () => {
  const list = ENGLAND_AND_WALES_BANK_HOLIDAYS;

  it('covers 2000–2030, sorted, unique, all weekdays', () => {
    expect([...list].sort()).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
    for (let y = 2000; y <= 2030; y++) expect(list.filter((d) => d.startsWith(`${y}-`)).length).toBeGreaterThanOrEqual(8);
    for (const d of list) expect([1, 2, 3, 4, 5]).toContain(weekdayOf(d));
  });

  it('has Easter, substitute days and the one-off holidays', () => {
    // Good Friday and Easter Monday.
    expect(list).toEqual(expect.arrayContaining(['2006-04-14', '2006-04-17', '2008-03-21', '2008-03-24', '2011-04-22', '2011-04-25']));
    // Christmas 2004 fell on a Saturday, 2005 on a Sunday; New Year 2011 on a Saturday.
    expect(list).toEqual(expect.arrayContaining(['2004-12-27', '2004-12-28', '2005-12-26', '2005-12-27', '2011-01-03']));
    // Jubilees, the royal wedding, the state funeral, the coronation, VE day 2020.
    expect(list).toEqual(
      expect.arrayContaining(['2002-06-03', '2002-06-04', '2011-04-29', '2012-06-05', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08', '2020-05-08']),
    );
    expect(list).not.toContain('2020-05-04');
    expect(list).not.toContain('2012-05-28');
  });
});
