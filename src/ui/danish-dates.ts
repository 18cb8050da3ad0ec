/**
 * Dates as the product shows them everywhere: dd-mm-åååå, Monday first, Danish month and day names.
 * The API speaks ISO (åååå-mm-dd); these convert between the two without time zones (a date is a
 * calendar day, built at local midnight so the calendar shows the same day).
 */
import type { DateFormatting } from '@fluentui/react-calendar-compat';
import type { CalendarStrings } from '@fluentui/react-datepicker-compat';

export const DANISH_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** Fluent's calendar strings in Danish (index 0 of the day lists is Sunday, as Fluent expects). */
export const DANISH_CALENDAR_STRINGS: CalendarStrings = {
  months: DANISH_MONTHS,
  shortMonths: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  shortDays: ['S', 'M', 'T', 'O', 'T', 'F', 'L'],
  goToToday: 'Gå til i dag',
  weekNumberFormatString: 'Uge {0}',
  prevMonthAriaLabel: 'Forrige måned',
  nextMonthAriaLabel: 'Næste måned',
  prevYearAriaLabel: 'Forrige år',
  nextYearAriaLabel: 'Næste år',
  prevYearRangeAriaLabel: 'Forrige årrække',
  nextYearRangeAriaLabel: 'Næste årrække',
  closeButtonAriaLabel: 'Luk kalenderen',
  selectedDateFormatString: 'Valgt dato {0}',
  todayDateFormatString: 'I dag, {0}',
  monthPickerHeaderAriaLabel: '{0}, vælg år',
  yearPickerHeaderAriaLabel: '{0}, vælg måned',
  dayMarkedAriaLabel: 'markeret',
};

/**
 * The name of a month's button in the calendar's month picker. The button shows the short name
 * ("jan"); Fluent names it by the full one ("januar"), a name that does not contain the visible label,
 * so speech control ("klik jan") misses it (WCAG 2.5.3 Label in Name; axe label-content-name-mismatch).
 * The name starts with the visible label and then says the month in full: "jan, januar" ("maj" once).
 */
export function monthButtonName(month: number): string {
  const short = DANISH_CALENDAR_STRINGS.shortMonths[month]!;
  const full = DANISH_MONTHS[month]!;
  return short === full ? full : `${short}, ${full}`;
}

/** How Fluent's Calendar and DatePicker write dates and month names, in Danish (both take it as dateTimeFormatter). */
export const DANISH_DATE_FORMATTING: DateFormatting = {
  formatDay: (d) => String(d.getDate()),
  // Fluent uses formatMonth only to name the month picker's buttons (see monthButtonName).
  formatMonth: (d) => monthButtonName(d.getMonth()),
  formatYear: (d) => String(d.getFullYear()),
  formatMonthDayYear: (d) => formatDanishLongDate(d),
  formatMonthYear: (d, s) => `${s.months[d.getMonth()]} ${d.getFullYear()}`,
};

/** What the date picker says when the typed text is not a date (Fluent's own strings are English). */
export const DATE_INPUT_ERRORS = {
  'invalid-input': 'Datoen kan ikke læses. Skriv den som dd-mm-åååå, eller vælg i kalenderen.',
  'out-of-bounds': 'Datoen ligger uden for det tilladte tidsrum.',
  'required-input': 'Datoen skal udfyldes.',
} as const;

/** Monday (Fluent's DayOfWeek.Monday) and ISO week numbers (FirstWeekOfYear.FirstFourDayWeek), as in Denmark. */
export const DANISH_FIRST_DAY_OF_WEEK = 1;
export const DANISH_FIRST_WEEK_OF_YEAR = 2;

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date (its local calendar day) → '01-03-2026'. */
export function formatDanishDate(date: Date | null | undefined): string {
  if (!date) return '';
  return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
}

/** '1. marts 2026', for screen readers and headings. */
export function formatDanishLongDate(date: Date): string {
  return `${date.getDate()}. ${DANISH_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

function build(y: number, m: number, d: number): Date | null {
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/**
 * '01-03-2026', '1-3-2026', '1.3.2026', '01/03/2026', '010326'… and ISO '2026-03-01' → the day;
 * anything else, or a day that does not exist (30-02-2026), → null.
 */
export function parseDanishDate(text: string): Date | null {
  const t = text.trim();
  let m = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/.exec(t);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** The API's form of a day: '2026-03-01'. */
export function isoFromDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** '2026-03-01' → that day at local midnight; '' or not a date → null. */
export function dateFromIso(iso: string | null | undefined): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? build(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
