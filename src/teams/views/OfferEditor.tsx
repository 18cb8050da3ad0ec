import { Button, Combobox, Field, MessageBar, MessageBarBody, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { fieldErrorsOf, StaleVersionError } from '../../ui/api/errors';
import type { OfferSummary } from '../../ui/api/types';
import { EMPTY_MESSAGES, formMessages, type FormMessages } from '../../ui/forms/field-messages';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';
import { AddRate } from './AddRate';
import { ConflictNotice } from './ConflictNotice';
import {
  EMPTY_OFFER_FORM, OFFER_FORM_FIELDS, OFFER_FORM_KEYS, changedFields, formFromOffer, inputFromForm, reapply,
  type OfferForm, type OfferFormKey,
} from './offer-form';
import { OfferFormFields, offerFieldId } from './OfferFormFields';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalM },
  picker: { maxWidth: '480px', marginBottom: tokens.spacingVerticalM },
  combobox: { width: '100%', minWidth: 0 },
  notice: { marginBlockEnd: tokens.spacingVerticalM },
});

interface Editing { id: string | null; etag: string; version: number; base: OfferForm; form: OfferForm }
interface Conflict { newer: OfferForm; etag: string; version: number; changed: OfferFormKey[] }

const labelOf = (k: OfferFormKey) => OFFER_FORM_FIELDS.find((f) => f.key === k)?.label ?? k;
const sectionsOf = (f: OfferForm) => f.sections.split(',').map((s) => s.trim().replace(/^§\s*/, '')).filter(Boolean);

/**
 * Add or edit an offer. A failed save lists what to fix at the top (links that focus each field) and
 * marks each field with the server's Danish message; success is said only after the server saved.
 * A save that lost a race (412) shows the newer version and lets the user re-apply.
 */
export function OfferEditor() {
  const styles = useStyles();
  const { api } = useSession();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<OfferSummary[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [messages, setMessages] = useState<FormMessages<OfferFormKey>>(EMPTY_MESSAGES);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const t = setTimeout(() => {
      api.listOffers({ q: query || undefined, limit: 20 }).then((p) => setMatches(p.items), setError);
    }, 200);
    return () => clearTimeout(t);
  }, [api, query]);

  const reset = () => { setError(null); setConflict(null); setSaved(null); setMessages(EMPTY_MESSAGES); };

  const open = async (id: string) => {
    reset();
    try {
      const { value, etag } = await api.offer(id);
      const form = formFromOffer(value);
      setEditing({ id, etag, version: value.version, base: form, form });
    } catch (e) { setError(e); }
  };

  const failed = (e: unknown) => {
    const m = formMessages(fieldErrorsOf(e), OFFER_FORM_KEYS);
    if (m.ordered.length > 0 || m.other.length > 0) setMessages(m);
    else setError(e);
  };

  const save = async () => {
    if (!editing) return;
    setBusy(true); setError(null); setSaved(null); setMessages(EMPTY_MESSAGES);
    try {
      const body = inputFromForm(editing.form);
      const res = editing.id ? await api.updateOffer(editing.id, editing.etag, body) : await api.createOffer(body);
      const form = formFromOffer(res.value);
      setEditing({ id: res.value.id, etag: res.etag, version: res.value.version, base: form, form });
      setConflict(null);
      setSaved(`"${res.value.name}" er gemt.`);
    } catch (e) {
      if (e instanceof StaleVersionError && editing.id) {
        const latest = await api.offer(editing.id);
        const newer = formFromOffer(latest.value);
        setConflict({ newer, etag: latest.etag, version: latest.value.version, changed: changedFields(editing.base, editing.form) });
      } else failed(e);
    } finally { setBusy(false); }
  };

  const suspend = async () => {
    if (!editing?.id) return;
    setBusy(true); setError(null); setSaved(null); setMessages(EMPTY_MESSAGES);
    try {
      const res = await api.suspendOffer(editing.id, editing.etag, null);
      const form = formFromOffer(res.value);
      setEditing({ id: res.value.id, etag: res.etag, version: res.value.version, base: form, form });
      setSaved('Tilbuddet er suspenderet.');
    } catch (e) {
      if (e instanceof StaleVersionError) setError(new Error('Tilbuddet er ændret af en anden. Åbn det igen.'));
      else setError(e);
    } finally { setBusy(false); }
  };

  const change = (key: OfferFormKey, value: string) => {
    if (!editing) return;
    setSaved(null);
    setEditing({ ...editing, form: { ...editing.form, [key]: value } });
  };

  const count = messages.ordered.length + messages.other.length;
  return (
    <section aria-labelledby="edit-heading">
      <h3 id="edit-heading">Tilføj eller ret tilbud</h3>
      <div className={styles.picker}>
        <Field label="Find tilbud at rette">
          <Combobox freeform className={styles.combobox} placeholder="Skriv navn eller CVR" value={query} onChange={(e) => setQuery(e.target.value)}
            onOptionSelect={(_, d) => { if (d.optionValue) void open(d.optionValue); }}>
            {matches.map((o) => <Option key={o.id} value={o.id} text={o.name}>{`${o.name} (${o.municipality})`}</Option>)}
          </Combobox>
        </Field>
        <div className={styles.actions}>
          <Button onClick={() => { reset(); setEditing({ id: null, etag: '', version: 0, base: EMPTY_OFFER_FORM, form: EMPTY_OFFER_FORM }); }}>Nyt tilbud</Button>
        </div>
      </div>
      <ErrorBar error={error} title="Ændringen blev ikke gemt" />
      {saved && <MessageBar className={styles.notice} intent="success" role="status"><MessageBarBody>{saved}</MessageBarBody></MessageBar>}
      {conflict && editing && (
        <ConflictNotice base={editing.base} mine={editing.form} newer={conflict.newer} changed={conflict.changed}
          onReapply={() => { setEditing({ id: editing.id, etag: conflict.etag, version: conflict.version, base: conflict.newer, form: reapply(conflict.newer, editing.base, editing.form) }); setConflict(null); }}
          onDiscard={() => { setEditing({ id: editing.id, etag: conflict.etag, version: conflict.version, base: conflict.newer, form: conflict.newer }); setConflict(null); }} />
      )}
      {editing && (
        <form noValidate onSubmit={(e) => { e.preventDefault(); void save(); }} aria-label={editing.id ? 'Ret tilbud' : 'Nyt tilbud'}>
          <ErrorSummary
            title={count === 1 ? 'Tilbuddet blev ikke gemt: 1 felt skal rettes' : `Tilbuddet blev ikke gemt: ${count} felter skal rettes`}
            items={messages.ordered.map((i) => ({ id: offerFieldId(i.key), label: labelOf(i.key), message: i.message }))}
            other={messages.other} />
          <OfferFormFields form={editing.form} onChange={change} messages={messages.byField} />
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={busy || !!conflict}>Gem</Button>
            {editing.id && <Button disabled={busy} onClick={() => void suspend()}>Suspendér</Button>}
          </div>
        </form>
      )}
      {editing?.id && <AddRate key={`${editing.id}.${editing.version}`} offerId={editing.id} sections={sectionsOf(editing.base)} />}
    </section>
  );
}
