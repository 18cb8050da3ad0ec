import { Input, type InputProps } from '@fluentui/react-components';
import { formatDanishNumber, parseDanishNumber } from '../danish-numbers';

export interface DanishNumberInputProps extends Omit<InputProps, 'value' | 'onChange' | 'type'> {
  /** The text as typed; the form converts it with parseDanishNumber when it saves. */
  value: string;
  onChange: (text: string) => void;
  /** Decimals shown after leaving the field (2 for kroner, 0 for places). */
  decimals?: number;
}

/**
 * A number in Danish notation (1.234,50). A plain text input with a numeric keyboard, not
 * type="number": browsers' number inputs follow the browser's locale and drop "1.234,50".
 * On blur a readable number is rewritten in the canonical notation; unreadable text is left for the
 * form's validation to name.
 */
export function DanishNumberInput({ value, onChange, decimals = 0, onBlur, ...rest }: DanishNumberInputProps) {
  return (
    <Input
      {...rest}
      inputMode={decimals > 0 ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={value}
      onChange={(_, d) => onChange(d.value)}
      onBlur={(e) => {
        const n = parseDanishNumber(value);
        // A count with decimals stays as typed: the save names the problem, the field must not hide it.
        if (n !== null && (decimals > 0 || Number.isInteger(n))) onChange(formatDanishNumber(n, decimals));
        onBlur?.(e);
      }}
    />
  );
}
