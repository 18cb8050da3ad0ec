/** Gregorian calendar arithmetic, without Date (no clock or time zone can leak into the core). */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

/** True when year-month-day is a real date (29 February only in leap years). */
export const isRealDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
  year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 'yyyy-mm-dd' for a date already known to be real. */
export const toIsoString = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
