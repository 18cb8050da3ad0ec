import { DatePicker, type DatePickerProps } from '@fluentui/react-datepicker-compat';
import type { DayOfWeek, FirstWeekOfYear } from '@fluentui/react-calendar-compat';
import {
  DANISH_CALENDAR_STRINGS, DANISH_DATE_FORMATTING, DANISH_FIRST_DAY_OF_WEEK, DANISH_FIRST_WEEK_OF_YEAR, DATE_INPUT_ERRORS,
  dateFromIso, formatDanishDate, isoFromDate, parseDanishDate,
} from '../danish-dates';

export interface DanishDatePickerProps extends Omit<DatePickerProps, 'value' | 'onSelectDate' | 'onChange'> {
  /** ISO day ('2026-03-01') or '' for none: what the API takes. */
  value: string;
  onChange: (iso: string) => void;
  /** Danish message when the typed text is not a date; null when it is again. */
  onTextError?: (message: string | null) => void;
}

/**
 * Fluent's DatePicker in Danish: dd-mm-åååå typed or picked, Monday first, ISO week numbers, Danish
 * month and day names. Text input is allowed so a date can be typed as well as clicked.
 */
export function DanishDatePicker({ value, onChange, onTextError, ...rest }: DanishDatePickerProps) {
  return (
    <DatePicker
      allowTextInput
      placeholder="dd-mm-åååå"
      showGoToToday
      showWeekNumbers
      firstDayOfWeek={DANISH_FIRST_DAY_OF_WEEK as DayOfWeek}
      firstWeekOfYear={DANISH_FIRST_WEEK_OF_YEAR as FirstWeekOfYear}
      strings={DANISH_CALENDAR_STRINGS}
      dateTimeFormatter={DANISH_DATE_FORMATTING}
      formatDate={(d) => formatDanishDate(d ?? null)}
      parseDateFromString={parseDanishDate}
      value={dateFromIso(value)}
      onSelectDate={(d) => { onTextError?.(null); onChange(d ? isoFromDate(d) : ''); }}
      onValidationResult={(r) => onTextError?.(r.error ? DATE_INPUT_ERRORS[r.error] : null)}
      {...rest}
    />
  );
}
