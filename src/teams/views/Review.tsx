import {
  Button, Combobox, DrawerBody, DrawerHeader, DrawerHeaderTitle, Dropdown, Field, Option, OverlayDrawer, Spinner, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { FLAG_STATES, type FlagState } from '../../domain/flags/flag-state';
import type { FlagFilters, FlagSummary } from '../../ui/api/types';
import { flagStateLabel, formatInt } from '../../ui/format';
import { ErrorBar } from '../components/ErrorBar';
import { municipalityChoices } from '../components/OfferFiltersBar';
import { useMediaQuery } from '../components/use-media';
import { useSession } from '../session-context';
import { FlagPanel } from './FlagPanel';
import { FlagQueue } from './FlagQueue';

const useStyles = makeStyles({
  // List and detail side by side from 900 px; below that the list fills the width and the detail is a drawer.
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.3fr)', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
  single: { display: 'block' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap', marginBottom: tokens.spacingVerticalM },
  field: { minWidth: '140px', maxWidth: '100%' },
  count: { display: 'block', marginBottom: tokens.spacingVerticalS },
  detail: {
    position: 'sticky', top: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minWidth: 0,
    borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4,
  },
});

export const NARROW_QUERY = '(max-width: 899.98px)';

const AGE_CHOICES = [{ value: '', label: 'Alle' }, { value: '7', label: 'Ældre end 7 dage' }, { value: '30', label: 'Ældre end 30 dage' }];

/** The review queue as list and detail: flags by state, municipality, provider and age; take, comment, resolve or reject; history. */
export function Review({ initialFlagId }: { initialFlagId?: string | null }) {
  const styles = useStyles();
  const { api, isReviewer } = useSession();
  const [filters, setFilters] = useState<FlagFilters>({});
  const [items, setItems] = useState<FlagSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(initialFlagId ?? null);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  const narrow = useMediaQuery(NARROW_QUERY);

  useEffect(() => {
    let live = true;
    setError(null);
    api.listFlags({ ...filters, limit: 200 }).then((p) => { if (live) setItems(p.items); }, (e: unknown) => { if (live) setError(e); });
    return () => { live = false; };
  }, [api, filters, reload]);

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Gennemgang</h2>
      <div className={styles.bar} role="search" aria-label="Filtrér flag">
        <Field label="Status" className={styles.field}>
          <Dropdown value={filters.state ? flagStateLabel(filters.state) : 'Alle'} selectedOptions={[filters.state ?? '']}
            onOptionSelect={(_, d) => setFilters({ ...filters, state: (d.optionValue || undefined) as FlagState | undefined })}>
            <Option value="">Alle</Option>
            {FLAG_STATES.map((s) => <Option key={s} value={s}>{flagStateLabel(s)}</Option>)}
          </Dropdown>
        </Field>
        <Field label="Kommune" className={styles.field}>
          <Dropdown value={filters.municipality ?? 'Alle'} selectedOptions={[filters.municipality ?? '']}
            onOptionSelect={(_, d) => setFilters({ ...filters, municipality: d.optionValue || undefined })}>
            <Option value="">Alle</Option>
            {municipalityChoices.map((c) => <Option key={c.value} value={c.value}>{c.label}</Option>)}
          </Dropdown>
        </Field>
        <OfferFilter value={filters.offerId} onChange={(offerId) => setFilters({ ...filters, offerId })} />
        <Field label="Alder" className={styles.field}>
          <Dropdown value={AGE_CHOICES.find((c) => c.value === String(filters.olderThanDays ?? ''))?.label ?? 'Alle'} selectedOptions={[String(filters.olderThanDays ?? '')]}
            onOptionSelect={(_, d) => setFilters({ ...filters, olderThanDays: d.optionValue ? Number(d.optionValue) : undefined })}>
            {AGE_CHOICES.map((c) => <Option key={c.value} value={c.value}>{c.label}</Option>)}
          </Dropdown>
        </Field>
        <Field label="Vis" className={styles.field}>
          <Dropdown value={filters.requester === 'me' ? 'Mine flag' : filters.assignee === 'me' ? 'Tildelt mig' : 'Alle flag'} selectedOptions={[filters.requester === 'me' ? 'mine' : filters.assignee === 'me' ? 'assigned' : '']}
            onOptionSelect={(_, d) => setFilters({ ...filters, requester: d.optionValue === 'mine' ? 'me' : undefined, assignee: d.optionValue === 'assigned' ? 'me' : undefined })}>
            <Option value="">Alle flag</Option><Option value="mine">Mine flag</Option><Option value="assigned">Tildelt mig</Option>
          </Dropdown>
        </Field>
        <Button onClick={() => setReload((n) => n + 1)}>Opdatér</Button>
      </div>
      <ErrorBar error={error} title="Flagene kunne ikke hentes" />
      <div className={narrow ? styles.single : styles.layout}>
        <div>
          {!items && !error && <Spinner label="Henter flag …" />}
          {items && <Text className={styles.count} role="status" aria-live="polite" data-testid="flag-count">{items.length === 0 ? 'Ingen flag matcher.' : `${formatInt(items.length)} flag`}</Text>}
          {items && items.length > 0 && <FlagQueue items={items} selectedId={selectedId} onSelect={setSelectedId} />}
        </div>
        {!narrow && (
          <div className={styles.detail}>
            {selectedId ? <FlagPanel flagId={selectedId} canReview={isReviewer} onChanged={() => setReload((n) => n + 1)} /> : <Text>Vælg et flag for at se detaljer.</Text>}
          </div>
        )}
      </div>
      {narrow && selectedId && (
        <OverlayDrawer open position="end" size="full" onOpenChange={(_, d) => { if (!d.open) setSelectedId(null); }} aria-labelledby="flag-drawer-title">
          <DrawerHeader>
            <DrawerHeaderTitle id="flag-drawer-title" action={<Button appearance="subtle" aria-label="Luk" icon={<DismissRegular />} onClick={() => setSelectedId(null)} />}>
              Flag til gennemgang
            </DrawerHeaderTitle>
          </DrawerHeader>
          <DrawerBody>
            <FlagPanel flagId={selectedId} canReview={isReviewer} onChanged={() => setReload((n) => n + 1)} />
          </DrawerBody>
        </OverlayDrawer>
      )}
    </section>
  );
}

/**
 * Fluent's Combobox falls back to 'after'/'before' the field when a tall list fits neither below nor above
 * (useComboboxPositioning's fallbackPositions, fluentui#31891): at 350 px that is off screen. Below or
 * above only; autoSize (Fluent's default) shortens the list to the room there.
 */
const FALLBACK_ABOVE_ONLY = { fallbackPositions: ['above' as const] };

/** Filter by provider/offer: type to search the provider list, pick one; empty text clears the filter. */
function OfferFilter({ value, onChange }: { value: string | undefined; onChange: (offerId: string | undefined) => void }) {
  const { api } = useSession();
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<{ id: string; label: string }[]>([]);
  useEffect(() => {
    if (text.trim().length < 2) { setMatches([]); return; }
    const t = setTimeout(() => {
      api.listOffers({ q: text.trim(), limit: 15 }).then((p) => setMatches(p.items.map((o) => ({ id: o.id, label: `${o.name} (${o.providerName})` }))), () => setMatches([]));
    }, 200);
    return () => clearTimeout(t);
  }, [api, text]);
  return (
    <Field label="Tilbud eller leverandør">
      <Combobox freeform placeholder="Alle" value={text} selectedOptions={value ? [value] : []} positioning={FALLBACK_ABOVE_ONLY}
        onChange={(e) => { setText(e.target.value); if (e.target.value === '') onChange(undefined); }}
        onOptionSelect={(_, d) => { setText(d.optionText ?? ''); onChange(d.optionValue); }}>
        {matches.map((m) => <Option key={m.id} value={m.id}>{m.label}</Option>)}
      </Combobox>
    </Field>
  );
}
