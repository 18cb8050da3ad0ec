/**
 * Provider picker: searches the shared provider list (GET /api/offers?q=) as the user types and,
 * on a choice, fills name, address, CVR, P-number, operating form and the current rate.
 * A suspended or removed offer, or one with red supervision, is marked in the list and needs a
 * confirmation before it fills anything in: the agreement allows buying only from admitted offers.
 */
import { useEffect, useId, useState } from 'react';
import { Badge, Button, Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { purchaseCautions, type PurchaseCaution } from '../../domain/providers/purchase-caution';
import type { ApiClient } from '../../ui/api/client';
import type { OfferSummary } from '../../ui/api/types';
import { danishMessage } from '../errors';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: `${tokens.spacingVerticalXS} 0`, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  option: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', width: '100%', fontWeight: tokens.fontWeightRegular, flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const BADGE: Record<PurchaseCaution['kind'], string> = { suspended: 'Suspenderet', removed: 'Fjernet fra listen', 'red-supervision': 'Rødt tilsyn' };

export function ProviderPicker({ api, onPick }: { api: ApiClient | null; onPick: (offer: OfferSummary) => void }) {
  const styles = useStyles();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<OfferSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ offer: OfferSummary; cautions: PurchaseCaution[] } | null>(null);
  const resultsId = useId();
  const pick = (o: OfferSummary) => { onPick(o); setQ(''); setItems([]); };
  const choose = (o: OfferSummary) => {
    const cautions = purchaseCautions(o);
    if (cautions.length > 0) setPending({ offer: o, cautions });
    else pick(o);
  };

  useEffect(() => {
    if (!api || q.trim().length < 2) {
      setItems([]);
      return;
    }
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      setBusy(true);
      setError(null);
      api.listOffers({ q: q.trim(), limit: 8 }, ctrl.signal)
        .then((page) => setItems(page.items))
        .catch((e: unknown) => {
          if (!(e instanceof DOMException && e.name === 'AbortError')) setError(danishMessage(e));
        })
        .finally(() => setBusy(false));
    }, 300);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [api, q]);

  return (
    <div>
      <Field label="Søg i leverandørlisten" hint="Skriv mindst to tegn af tilbuddets navn, CVR-nummer eller by." validationMessage={error ?? undefined}>
        <Input type="search" value={q} onChange={(_, d) => setQ(d.value)} aria-controls={resultsId} disabled={!api} />
      </Field>
      {busy && <Spinner size="extra-tiny" label="Søger …" />}
      <ul id={resultsId} className={styles.list} aria-label="Søgeresultater">
        {items.map((o) => (
          <li key={o.id}>
            <Button appearance="subtle" className={styles.option} onClick={() => choose(o)}>
              {o.name} · {o.postcode} {o.city}{o.cvr ? ` · CVR ${o.cvr}` : ''}
              {purchaseCautions(o).map((c) => <Badge key={c.kind} appearance="tint" color="danger" size="small">{BADGE[c.kind]}</Badge>)}
            </Button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={pending !== null} title={`Vil du bruge ${pending?.offer.name ?? 'tilbuddet'}?`}
        confirmLabel="Brug alligevel" cancelLabel="Vælg et andet tilbud"
        onConfirm={() => { if (pending) pick(pending.offer); setPending(null); }} onCancel={() => setPending(null)}
      >
        <ul className={styles.reasons}>{pending?.cautions.map((c) => <li key={c.kind}>{c.text}</li>)}</ul>
      </ConfirmDialog>
      {!busy && q.trim().length >= 2 && items.length === 0 && !error && <Text size={200}>Ingen tilbud fundet.</Text>}
    </div>
  );
}
