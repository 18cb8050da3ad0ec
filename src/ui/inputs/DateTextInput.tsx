import { Calendar, type DayOfWeek, type FirstWeekOfYear } from '@fluentui/react-calendar-compat';
import { Button, Input, Popover, PopoverSurface, PopoverTrigger, type InputProps } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import {
  DANISH_CALENDAR_STRINGS, DANISH_DATE_FORMATTING, DANISH_FIRST_DAY_OF_WEEK, DANISH_FIRST_WEEK_OF_YEAR, formatDanishDate, parseDanishDate,
} from '../danish-dates';

export interface DateTextInputProps extends Omit<InputProps, 'value' | 'onChange' | 'contentAfter' | 'type'> {
  /** The typed text, dd-mm-åååå (what the pane's form keeps and writes into the document). */
  value: string;
  onChange: (text: string) => void;
}

/**
 * A date typed as dd-mm-åååå with a calendar beside it. Fluent's DatePicker takes typed text only
 * when the field loses focus (allowTextInput commits on blur), and the task pane checks dates against
 * each other as the user types (end before start, follow-up before start), so the text stays an
 * ordinary Input that reports every keystroke and the calendar only writes a picked day into it.
 * Calendar: https://react.fluentui.dev/?path=/docs/compat-components-calendar--docs
 */
export function DateTextInput({ value, onChange, ...rest }: DateTextInputProps) {
  const [open, setOpen] = useState(false);
  const picked = parseDanishDate(value);
  return (
    <Input
      {...rest}
      type="text"
      placeholder="dd-mm-åååå"
      value={value}
      onChange={(_, d) => onChange(d.value)}
      contentAfter={(
        <Popover open={open} onOpenChange={(_, d) => setOpen(d.open)} positioning="below-end" trapFocus>
          <PopoverTrigger disableButtonEnhancement>
            <Button appearance="transparent" size="small" icon={<CalendarRegular />} aria-label="Vælg dato i kalenderen" />
          </PopoverTrigger>
          <PopoverSurface aria-label="Kalender">
            <Calendar
              value={picked ?? undefined}
              today={new Date()}
              showGoToToday
              showWeekNumbers
              showMonthPickerAsOverlay
              firstDayOfWeek={DANISH_FIRST_DAY_OF_WEEK as DayOfWeek}
              firstWeekOfYear={DANISH_FIRST_WEEK_OF_YEAR as FirstWeekOfYear}
              strings={DANISH_CALENDAR_STRINGS}
              dateTimeFormatter={DANISH_DATE_FORMATTING}
              onSelectDate={(d) => { onChange(formatDanishDate(d)); setOpen(false); }}
            />
          </PopoverSurface>
        </Popover>
      )}
    />
  );
}
