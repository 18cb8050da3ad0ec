import {
  Button, Combobox, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Option, Table, TableBody, TableCell,
  TableHeader, TableHeaderCell, TableRow, makeStyles, tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { StaleVersionError } from '../../ui/api/errors';
import type { OfferSummary, RateInput } from '../../ui/api/types';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';
import { EMPTY_OFFER_FORM, OFFER_FORM_FIELDS, changedFields, formFromOffer, inputFromForm, reapply, type OfferForm } from './offer-form';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalM },
  picker: { maxWidth: '480px', marginBottom: tokens.spacingVerticalM },
});

/** Rates are append-only: a correction is a new rate with its own "gælder fra" date. */
function AddRate({ offerId, sections }: { offerId: string; sections: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const first = sections.split(',')[0]?.trim() ?? '';
  const [rate, setRate] = useState({ section: first, unit: 'dag', amount: '', validFrom: '' });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const add = async () => {
    setError(null); setMessage(null);
    const amount = Number(rate.amount.replace(/\./g, '').replace(',', '.'));
    try {
      await api.addRate(offerId, { section: rate.section.replace(/^§\s*/, ''), unit: rate.unit as RateInput['unit'], amount, validFrom: rate.validFrom });
      setMessage('Taksten er tilføjet til historikken.');
      setRate({ ...rate, amount: '', validFrom: '' });
    } catch (e) { setError(e); }
  };
  return (
    <form aria-label="Tilføj takst" onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <h4>Tilføj takst (historikken kan ikke ændres, kun udvides)</h4>
      <div className={styles.grid}>
        <Field label="Paragraf"><Input value={rate.section} onChange={(_, d) => setRate({ ...rate, section: d.value })} /></Field>
        <Field label="Enhed (dag, time, måned)"><Input value={rate.unit} onChange={(_, d) => setRate({ ...rate, unit: d.value })} /></Field>
        <Field label="Takst i kr. (fx 2.450,00)"><Input value={rate.amount} onChange={(_, d) => setRate({ ...rate, amount: d.value })} /></Field>
        <Field label="Gælder fra (åååå-mm-dd)"><Input value={rate.validFrom} onChange={(_, d) => setRate({ ...rate, validFrom: d.value })} /></Field>
      </div>
      <div className={styles.actions}><Button type="submit">Tilføj takst</Button></div>
      <ErrorBar error={error} title="Taksten blev ikke tilføjet" />
      {message && <MessageBar intent="success" role="status"><MessageBarBody>{message}</MessageBarBody></MessageBar>}
    </form>
  );
}

interface Editing { id: string | null; etag: string; base: OfferForm; form: OfferForm }
interface Conflict { newer: OfferForm; etag: string; changed: string[] }

/** Add or edit an offer; a save that lost a race (412) shows the newer version and lets the user re-apply. */
export function OfferEditor() {
  const styles = useStyles();
  const { api } = useSession();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<OfferSummary[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const t = setTimeout(() => {
      api.listOffers({ q: query || undefined, limit: 20 }).then((p) => setMatches(p.items), setError);
    }, 200);
    return () => clearTimeout(t);
  }, [api, query]);

  const open = async (id: string) => {
    setError(null); setConflict(null); setSaved(null);
    try {
      const { value, etag } = await api.offer(id);
      const form = formFromOffer(value);
      setEditing({ id, etag, base: form, form });
    } catch (e) { setError(e); }
  };

  const save = async () => {
    if (!editing) return;
    setBusy(true); setError(null); setSaved(null);
    try {
      const body = inputFromForm(editing.form);
      const res = editing.id ? await api.updateOffer(editing.id, editing.etag, body) : await api.createOffer(body);
      const form = formFromOffer(res.value);
      setEditing({ id: res.value.id, etag: res.etag, base: form, form });
      setConflict(null);
      setSaved(`"${res.value.name}" er gemt.`);
    } catch (e) {
      if (e instanceof StaleVersionError && editing.id) {
        const latest = await api.offer(editing.id);
        const newer = formFromOffer(latest.value);
        setConflict({ newer, etag: latest.etag, changed: changedFields(editing.base, editing.form) });
      } else setError(e);
    } finally { setBusy(false); }
  };

  const suspend = async () => {
    if (!editing?.id) return;
    setBusy(true); setError(null);
    try {
      const res = await api.suspendOffer(editing.id, editing.etag, null);
      const form = formFromOffer(res.value);
      setEditing({ id: res.value.id, etag: res.etag, base: form, form });
      setSaved('Tilbuddet er suspenderet.');
    } catch (e) {
      if (e instanceof StaleVersionError) setError(new Error('Tilbuddet er ændret af en anden. Åbn det igen.'));
      else setError(e);
    } finally { setBusy(false); }
  };

  const label = (k: string) => OFFER_FORM_FIELDS.find((f) => f.key === k)?.label ?? k;
  return (
    <section aria-labelledby="edit-heading">
      <h3 id="edit-heading">Tilføj eller ret tilbud</h3>
      <div className={styles.picker}>
        <Field label="Find tilbud at rette">
          <Combobox freeform placeholder="Skriv navn eller CVR" value={query} onChange={(e) => setQuery(e.target.value)}
            onOptionSelect={(_, d) => { if (d.optionValue) void open(d.optionValue); }}>
            {matches.map((o) => <Option key={o.id} value={o.id} text={o.name}>{`${o.name} (${o.municipality})`}</Option>)}
          </Combobox>
        </Field>
        <div className={styles.actions}>
          <Button onClick={() => { setConflict(null); setSaved(null); setEditing({ id: null, etag: '', base: EMPTY_OFFER_FORM, form: EMPTY_OFFER_FORM }); }}>Nyt tilbud</Button>
        </div>
      </div>
      <ErrorBar error={error} title="Ændringen blev ikke gemt" />
      {saved && <MessageBar intent="success" role="status"><MessageBarBody>{saved}</MessageBarBody></MessageBar>}
      {conflict && editing && (
        <MessageBar intent="warning" layout="multiline" role="alert" data-testid="conflict">
          <MessageBarBody>
            <MessageBarTitle>En nyere version er gemt af en anden</MessageBarTitle>
            Dine ændringer er ikke gemt. Sammenlign med den nyeste version:
            <Table size="extra-small" aria-label="Dine ændringer mod den nyeste version">
              <TableHeader><TableRow><TableHeaderCell>Felt</TableHeaderCell><TableHeaderCell>Din værdi</TableHeaderCell><TableHeaderCell>Nyeste version</TableHeaderCell></TableRow></TableHeader>
              <TableBody>
                {[...new Set([...conflict.changed, ...changedFields(editing.base, conflict.newer)])].map((k) => (
                  <TableRow key={k}><TableCell>{label(k)}</TableCell><TableCell>{editing.form[k as keyof OfferForm]}</TableCell><TableCell>{conflict.newer[k as keyof OfferForm]}</TableCell></TableRow>
                ))}
              </TableBody>
            </Table>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => { setEditing({ id: editing.id, etag: conflict.etag, base: conflict.newer, form: reapply(conflict.newer, editing.base, editing.form) }); setConflict(null); }}>
              Anvend mine ændringer på den nyeste version
            </Button>
            <Button onClick={() => { setEditing({ id: editing.id, etag: conflict.etag, base: conflict.newer, form: conflict.newer }); setConflict(null); }}>Kassér mine ændringer</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {editing?.id && <AddRate offerId={editing.id} sections={editing.base.sections} />}
      {editing && (
        <form onSubmit={(e) => { e.preventDefault(); void save(); }} aria-label={editing.id ? 'Ret tilbud' : 'Nyt tilbud'}>
          <div className={styles.grid}>
            {OFFER_FORM_FIELDS.map((f) => (
              <Field key={f.key} label={f.label}>
                <Input name={f.key} value={editing.form[f.key]} onChange={(_, d) => setEditing({ ...editing, form: { ...editing.form, [f.key]: d.value } })} />
              </Field>
            ))}
          </div>
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={busy || !!conflict}>Gem</Button>
            {editing.id && <Button disabled={busy} onClick={() => void suspend()}>Suspendér</Button>}
          </div>
        </form>
      )}
    </section>
  );
}
