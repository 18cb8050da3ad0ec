import { Dropdown, Option, type DropdownProps } from '@fluentui/react-components';
import { choiceLabel, type Choice } from '../offer-vocabulary';

export interface ChoiceDropdownProps<V extends string> extends Omit<DropdownProps, 'value' | 'selectedOptions' | 'onOptionSelect' | 'onChange'> {
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
}

/** A single choice from a vocabulary: shows the Danish label, gives back the domain value. */
export function ChoiceDropdown<V extends string>({ choices, value, onChange, ...rest }: ChoiceDropdownProps<V>) {
  return (
    <Dropdown
      {...rest}
      value={choiceLabel(choices, value)}
      selectedOptions={[value]}
      onOptionSelect={(_, d) => { if (d.optionValue !== undefined) onChange(d.optionValue as V); }}
    >
      {choices.map((c) => <Option key={c.value || 'none'} value={c.value}>{c.label}</Option>)}
    </Dropdown>
  );
}
