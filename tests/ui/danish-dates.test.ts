import {
  DANISH_CALENDAR_STRINGS, dateFromIso, formatDanishDate, formatDanishLongDate, isoFromDate, monthButtonName, parseDanishDate,
} from '../../src/ui/danish-dates';

describe('dates as dd-mm-åååå', () => {
  it('formats a day and reads it back, also when typed loosely or as ISO', () => {
    const d = new Date(2026, 2, 1);
    expect(formatDanishDate(d)).toBe('01-03-2026');
    for (const t of ['01-03-2026', '1-3-2026', '1.3.2026', '01/03/2026', '01032026', '2026-03-01']) {
      expect(parseDanishDate(t)).toEqual(d);
    }
    expect(formatDanishLongDate(d)).toBe('1. marts 2026');
  });

  it('refuses days that do not exist and text that is not a date', () => {
    for (const t of ['30-02-2026', '32-01-2026', '2026-13-01', 'i morgen', '1-3-26', '']) expect(parseDanishDate(t)).toBeNull();
  });

  it('converts between the API\'s ISO day and the calendar\'s local day without shifting it', () => {
    expect(isoFromDate(dateFromIso('2026-12-31')!)).toBe('2026-12-31');
    expect(dateFromIso('')).toBeNull();
    expect(dateFromIso('2026-02-30')).toBeNull();
  });

  it('names months and weekdays in Danish, Sunday first as Fluent expects', () => {
    expect(DANISH_CALENDAR_STRINGS.months[2]).toBe('marts');
    expect(DANISH_CALENDAR_STRINGS.days[1]).toBe('mandag');
    expect(DANISH_CALENDAR_STRINGS.shortDays).toEqual(['S', 'M', 'T', 'O', 'T', 'F', 'L']);
    expect(JSON.stringify(DANISH_CALENDAR_STRINGS)).not.toMatch(/\b(Go to|Previous|Next|Close|Selected|Today)\b/);
  });

  it('names each month button by its visible short name first, then the month in full (label in name)', () => {
    expect(monthButtonName(0)).toBe('jan, januar');
    expect(monthButtonName(2)).toBe('mar, marts');
    expect(monthButtonName(4)).toBe('maj');
    for (let m = 0; m < 12; m++) {
      expect(monthButtonName(m).split(', ')[0]).toBe(DANISH_CALENDAR_STRINGS.shortMonths[m]);
      expect(monthButtonName(m)).toContain(DANISH_CALENDAR_STRINGS.months[m]);
    }
  });
});
