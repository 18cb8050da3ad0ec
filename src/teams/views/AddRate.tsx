import { Button, Field, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RATE_FIELD_LABELS, type RateUnit } from '../../domain/providers/offer';
import { fieldErrorsOf } from '../../ui/api/errors';
import { parseDanishNumber } from '../../ui/danish-numbers';
import { EMPTY_MESSAGES, formMessages, type FormMessages } from '../../ui/forms/field-messages';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { ChoiceDropdown } from '../../ui/inputs/ChoiceDropdown';
import { DanishDatePicker } from '../../ui/inputs/DanishDatePicker';
import { DanishNumberInput } from '../../ui/inputs/DanishNumberInput';
import { RATE_UNIT_CHOICES } from '../../ui/offer-vocabulary';
import { sectionLabel } from '../../ui/format';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(200px, 100%), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalM },
  control: { width: '100%', minWidth: 0 },
});

const KEYS = ['section', 'unit', 'amount', 'validFrom'] as const;
type RateKey = (typeof KEYS)[number];
const rateFieldId = (k: RateKey) => `rate-field-${k}`;

/** Rates are append-only: a correction is a new rate with its own "gælder fra" date. */
export function AddRate({ offerId, sections }: { offerId: string; sections: string[] }) {
  const styles = useStyles();
  const { api } = useSession();
  const [rate, setRate] = useState({ section: sections[0] ?? '', unit: 'dag' as RateUnit, amount: '', validFrom: '' });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [messages, setMessages] = useState<FormMessages<RateKey>>(EMPTY_MESSAGES);
  const [busy, setBusy] = useState(false);
  const sectionChoices = sections.map((s) => ({ value: s, label: sectionLabel(s) }));
  const add = async () => {
    setError(null); setMessage(null); setMessages(EMPTY_MESSAGES); setBusy(true);
    // Unreadable amounts go as typed: the server names the problem in Danish (see offer-form's count()).
    const amount = parseDanishNumber(rate.amount) ?? ((rate.amount.trim() || null) as unknown as number);
    try {
      await api.addRate(offerId, { section: rate.section, unit: rate.unit, amount, validFrom: rate.validFrom || (null as unknown as string) });
      setMessage('Taksten er tilføjet til historikken.');
      setRate({ ...rate, amount: '', validFrom: '' });
    } catch (e) {
      const m = formMessages(fieldErrorsOf(e), KEYS);
      if (m.ordered.length > 0 || m.other.length > 0) setMessages(m); else setError(e);
    } finally { setBusy(false); }
  };
  const field = (k: RateKey) => ({ label: RATE_FIELD_LABELS[k], validationState: messages.byField[k] ? 'error' as const : 'none' as const, validationMessage: messages.byField[k] });
  return (
    <form aria-labelledby="add-rate-heading" noValidate onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <h4 id="add-rate-heading">Tilføj takst (historikken kan ikke ændres, kun udvides)</h4>
      <ErrorSummary title="Taksten blev ikke tilføjet" other={messages.other}
        items={messages.ordered.map((i) => ({ id: rateFieldId(i.key), label: RATE_FIELD_LABELS[i.key], message: i.message }))} />
      <div className={styles.grid}>
        <Field {...field('section')}>
          <ChoiceDropdown id={rateFieldId('section')} className={styles.control} choices={sectionChoices} value={rate.section} onChange={(v) => setRate({ ...rate, section: v })} />
        </Field>
        <Field {...field('unit')}>
          <ChoiceDropdown id={rateFieldId('unit')} className={styles.control} choices={RATE_UNIT_CHOICES} value={rate.unit} onChange={(v) => setRate({ ...rate, unit: v })} />
        </Field>
        <Field {...field('amount')} label="Takst i kr." hint="Fx 2.450,00">
          <DanishNumberInput id={rateFieldId('amount')} className={styles.control} decimals={2} value={rate.amount} onChange={(v) => setRate({ ...rate, amount: v })} />
        </Field>
        <Field {...field('validFrom')}>
          <DanishDatePicker id={rateFieldId('validFrom')} className={styles.control} value={rate.validFrom} onChange={(v) => setRate({ ...rate, validFrom: v })} />
        </Field>
      </div>
      <div className={styles.actions}><Button type="submit" disabled={busy}>Tilføj takst</Button></div>
      <ErrorBar error={error} title="Taksten blev ikke tilføjet" />
      {message && <MessageBar intent="success" role="status"><MessageBarBody>{message}</MessageBarBody></MessageBar>}
    </form>
  );
}
