import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ChoiceDropdown } from '../../ui/inputs/ChoiceDropdown';
import { DanishDatePicker } from '../../ui/inputs/DanishDatePicker';
import { DanishNumberInput } from '../../ui/inputs/DanishNumberInput';
import { OFFER_FORM_FIELDS, type OfferForm, type OfferFormField, type OfferFormKey } from './offer-form';

const useStyles = makeStyles({
  // 240 px columns: two or three at 1280 px, one in a 350 px wide tab.
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(240px, 100%), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  control: { width: '100%', minWidth: 0 },
});

/** The id of a field's control: the error summary's links focus it. */
export const offerFieldId = (key: OfferFormKey) => `offer-field-${key}`;

interface Props {
  form: OfferForm;
  onChange: (key: OfferFormKey, value: string) => void;
  /** The server's Danish message per field, from the last failed save. */
  messages: Partial<Record<OfferFormKey, string>>;
}

function Control({ field, form, onChange, onDateError }: { field: OfferFormField; form: OfferForm; onChange: Props['onChange']; onDateError: (m: string | null) => void }) {
  const styles = useStyles();
  const id = offerFieldId(field.key);
  const value = form[field.key];
  const set = (v: string) => onChange(field.key, v);
  switch (field.kind) {
    case 'choice':
      return <ChoiceDropdown id={id} className={styles.control} choices={'choices' in field && field.choices ? field.choices : []} value={value} onChange={set} />;
    case 'date':
      return <DanishDatePicker id={id} className={styles.control} value={value} onChange={set} onTextError={onDateError} />;
    case 'integer':
      return <DanishNumberInput id={id} name={field.key} className={styles.control} value={value} onChange={set} />;
    default:
      return (
        <Input id={id} name={field.key} className={styles.control} value={value} onChange={(_, d) => set(d.value)}
          type={field.kind === 'email' ? 'email' : field.kind === 'tel' ? 'tel' : 'text'}
          inputMode={field.kind === 'digits' ? 'numeric' : undefined} />
      );
  }
}

/** Every field of an offer with the control its values need, each marked with its own message. */
export function OfferFormFields({ form, onChange, messages }: Props) {
  const styles = useStyles();
  // What the date picker could not read, until the date is picked or typed again.
  const [dateErrors, setDateErrors] = useState<Partial<Record<OfferFormKey, string>>>({});
  return (
    <div className={styles.grid}>
      {OFFER_FORM_FIELDS.map((f) => {
        const message = messages[f.key] ?? dateErrors[f.key];
        return (
          <Field key={f.key} label={f.label} hint={'hint' in f ? f.hint : undefined}
            validationState={message ? 'error' : 'none'} validationMessage={message}>
            <Control field={f} form={form} onChange={onChange}
              onDateError={(m) => setDateErrors((prev) => ({ ...prev, [f.key]: m ?? undefined }))} />
          </Field>
        );
      })}
    </div>
  );
}
