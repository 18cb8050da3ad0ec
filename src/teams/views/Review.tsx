import {
  Button, Combobox, Dropdown, Field, Link, MessageBar, MessageBarBody, Option, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell,
  TableRow, Text, Textarea, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { FLAG_STATES, allowedTransitions, type FlagState } from '../../domain/flags/flag-state';
import { StaleVersionError } from '../../ui/api/errors';
import type { FlagDetail, FlagFilters, FlagSummary, PatchFlagInput } from '../../ui/api/types';
import { categoryLabel, flagStateLabel, formatDateTime } from '../../ui/format';
import { CategoryBadge, FlagStateBadge } from '../components/Badges';
import { ErrorBar } from '../components/ErrorBar';
import { municipalityChoices } from '../components/OfferFiltersBar';
import { useSession } from '../session-context';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(320px, 1fr) minmax(360px, 1.2fr)', gap: tokens.spacingHorizontalXL },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap', marginBottom: tokens.spacingVerticalM },
  row: { cursor: 'pointer' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginBlock: tokens.spacingVerticalM },
  list: { paddingLeft: tokens.spacingHorizontalL },
});

const AGE_CHOICES = [{ value: '', label: 'Alle' }, { value: '7', label: 'Ældre end 7 dage' }, { value: '30', label: 'Ældre end 30 dage' }];

/** The review queue: flags by state, municipality and age; take, comment, resolve or reject; history. */
export function Review({ initialFlagId }: { initialFlagId?: string | null }) {
  const styles = useStyles();
  const { api, isReviewer } = useSession();
  const [filters, setFilters] = useState<FlagFilters>({});
  const [items, setItems] = useState<FlagSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(initialFlagId ?? null);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);

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
        <Field label="Status">
          <Dropdown value={filters.state ? flagStateLabel(filters.state) : 'Alle'} selectedOptions={[filters.state ?? '']}
            onOptionSelect={(_, d) => setFilters({ ...filters, state: (d.optionValue || undefined) as FlagState | undefined })}>
            <Option value="">Alle</Option>
            {FLAG_STATES.map((s) => <Option key={s} value={s}>{flagStateLabel(s)}</Option>)}
          </Dropdown>
        </Field>
        <Field label="Kommune">
          <Dropdown value={filters.municipality ?? 'Alle'} selectedOptions={[filters.municipality ?? '']}
            onOptionSelect={(_, d) => setFilters({ ...filters, municipality: d.optionValue || undefined })}>
            <Option value="">Alle</Option>
            {municipalityChoices.map((c) => <Option key={c.value} value={c.value}>{c.label}</Option>)}
          </Dropdown>
        </Field>
        <OfferFilter value={filters.offerId} onChange={(offerId) => setFilters({ ...filters, offerId })} />
        <Field label="Alder">
          <Dropdown value={AGE_CHOICES.find((c) => c.value === String(filters.olderThanDays ?? ''))?.label ?? 'Alle'} selectedOptions={[String(filters.olderThanDays ?? '')]}
            onOptionSelect={(_, d) => setFilters({ ...filters, olderThanDays: d.optionValue ? Number(d.optionValue) : undefined })}>
            {AGE_CHOICES.map((c) => <Option key={c.value} value={c.value}>{c.label}</Option>)}
          </Dropdown>
        </Field>
        <Field label="Vis">
          <Dropdown value={filters.requester === 'me' ? 'Mine flag' : filters.assignee === 'me' ? 'Tildelt mig' : 'Alle flag'} selectedOptions={[filters.requester === 'me' ? 'mine' : filters.assignee === 'me' ? 'assigned' : '']}
            onOptionSelect={(_, d) => setFilters({ ...filters, requester: d.optionValue === 'mine' ? 'me' : undefined, assignee: d.optionValue === 'assigned' ? 'me' : undefined })}>
            <Option value="">Alle flag</Option><Option value="mine">Mine flag</Option><Option value="assigned">Tildelt mig</Option>
          </Dropdown>
        </Field>
        <Button onClick={() => setReload((n) => n + 1)}>Opdatér</Button>
      </div>
      <ErrorBar error={error} title="Flagene kunne ikke hentes" />
      <div className={styles.layout}>
        <div>
          {!items && !error && <Spinner label="Henter flag …" />}
          {items && items.length === 0 && <Text role="status">Ingen flag matcher.</Text>}
          {items && items.length > 0 && (
            <Table aria-label="Flag til gennemgang" size="small" data-testid="flag-queue">
              <TableHeader><TableRow><TableHeaderCell>Titel</TableHeaderCell><TableHeaderCell>Status</TableHeaderCell><TableHeaderCell>Kategori</TableHeaderCell><TableHeaderCell>Oprettet</TableHeaderCell></TableRow></TableHeader>
              <TableBody>
                {items.map((f) => (
                  <TableRow key={f.id} className={mergeClasses(styles.row, f.id === selectedId && styles.selected)} aria-selected={f.id === selectedId}
                    tabIndex={0} onClick={() => setSelectedId(f.id)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); setSelectedId(f.id); } }}>
                    <TableCell>{f.title}<br /><Text size={200}>{[f.municipality, f.requester.name].filter(Boolean).join(' · ')}</Text></TableCell>
                    <TableCell><FlagStateBadge state={f.state} /></TableCell>
                    <TableCell><CategoryBadge category={f.category} /></TableCell>
                    <TableCell>{formatDateTime(f.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </div>
        <div>{selectedId ? <FlagPanel flagId={selectedId} canReview={isReviewer} onChanged={() => setReload((n) => n + 1)} /> : <Text>Vælg et flag for at se detaljer.</Text>}</div>
      </div>
    </section>
  );
}

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
      <Combobox freeform placeholder="Alle" value={text} selectedOptions={value ? [value] : []}
        onChange={(e) => { setText(e.target.value); if (e.target.value === '') onChange(undefined); }}
        onOptionSelect={(_, d) => { setText(d.optionText ?? ''); onChange(d.optionValue); }}>
        {matches.map((m) => <Option key={m.id} value={m.id}>{m.label}</Option>)}
      </Combobox>
    </Field>
  );
}

function FlagPanel({ flagId, canReview, onChanged }: { flagId: string; canReview: boolean; onChanged: () => void }) {
  const styles = useStyles();
  const { api } = useSession();
  const [flag, setFlag] = useState<{ value: FlagDetail; etag: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    try { setFlag(await api.flag(flagId)); setError(null); } catch (e) { setError(e); }
  }, [api, flagId]);
  useEffect(() => { setFlag(null); void load(); }, [load]);

  const patch = async (p: PatchFlagInput, done: string) => {
    if (!flag) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setFlag(await api.patchFlag(flagId, flag.etag, p));
      setNotice(done);
      onChanged();
    } catch (e) {
      if (e instanceof StaleVersionError) {
        await load();
        setNotice('Flaget er ændret af en anden i mellemtiden. Den nyeste version vises nu; prøv igen.');
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const addComment = async () => {
    if (!comment.trim()) return;
    setBusy(true);
    try { await api.commentFlag(flagId, comment.trim()); setComment(''); await load(); setNotice('Kommentaren er tilføjet.'); } catch (e) { setError(e); } finally { setBusy(false); }
  };

  if (!flag) return error ? <ErrorBar error={error} /> : <Spinner label="Henter flag …" />;
  const f = flag.value;
  const next = allowedTransitions(f.state);
  return (
    <article aria-labelledby="flag-title" data-testid="flag-panel">
      <h3 id="flag-title">{f.title}</h3>
      <Text>
        <FlagStateBadge state={f.state} /> <CategoryBadge category={f.category} /> · {f.municipality ?? 'Ukendt kommune'} · sendt af {f.requester.name} {formatDateTime(f.createdAt)}
        {f.assignee ? ` · ansvarlig: ${f.assignee.name}` : ''}
      </Text>
      {f.offer && <Text block>Tilbud: {f.offer.name} ({f.offer.providerName})</Text>}
      {f.documentUrl && <Text block><Link href={f.documentUrl} target="_blank" rel="noreferrer">Åbn kontrakt{f.documentTitle ? `: ${f.documentTitle}` : ''}</Link></Text>}
      <Text block>Levering til Teams: {f.delivery.state === 'none' ? 'ingen modtager valgt' : f.delivery.state === 'delivered' ? 'leveret' : f.delivery.state === 'pending' ? 'på vej' : 'mislykkedes'}
        {f.delivery.messages.find((m) => m.lastError) ? ` (${f.delivery.messages.find((m) => m.lastError)!.lastError})` : ''}</Text>
      {f.target && <Text block>Modtager: {f.target.name}{f.target.status !== 'active' ? ` – ${f.target.statusLabel.toLowerCase()}; kortet kan ikke sendes dertil` : ''}</Text>}
      {notice && <MessageBar intent="info" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      <ErrorBar error={error} />
      {canReview && next.length > 0 && (
        <div className={styles.actions}>
          {f.state === 'ny' && <Button appearance="primary" disabled={busy} onClick={() => void patch({ state: 'under-gennemgang', assignee: 'me' }, 'Du har taget flaget.')}>Tag flaget</Button>}
          {next.includes('afsluttet') && <Button appearance="primary" disabled={busy} onClick={() => void patch({ state: 'afsluttet' }, 'Flaget er afsluttet.')}>Afslut</Button>}
          {next.includes('afvist') && <Button disabled={busy} onClick={() => void patch({ state: 'afvist' }, 'Flaget er afvist.')}>Afvis</Button>}
        </div>
      )}
      <h4>Fund ({f.findings.length})</h4>
      <ul className={styles.list}>
        {f.findings.map((x, i) => <li key={i}><strong>{categoryLabel(x.category)}</strong>: {x.message} <Text size={200}>({x.rule})</Text></li>)}
      </ul>
      <h4>Kommentarer</h4>
      {f.comments.length === 0 ? <Text block>Ingen kommentarer endnu.</Text> : (
        <ul className={styles.list}>{f.comments.map((c) => <li key={c.id}><strong>{c.author.name}</strong> {formatDateTime(c.createdAt)}: {c.text}</li>)}</ul>
      )}
      <Field label="Ny kommentar">
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <div className={styles.actions}><Button disabled={busy || !comment.trim()} onClick={() => void addComment()}>Tilføj kommentar</Button></div>
      <h4>Historik</h4>
      <Table size="extra-small" aria-label="Flagets historik">
        <TableHeader><TableRow><TableHeaderCell>Tidspunkt</TableHeaderCell><TableHeaderCell>Hændelse</TableHeaderCell><TableHeaderCell>Af</TableHeaderCell></TableRow></TableHeader>
        <TableBody>
          {f.events.map((e) => (
            <TableRow key={e.id}>
              <TableCell>{formatDateTime(e.createdAt)}</TableCell>
              <TableCell>{e.toState && e.fromState ? `${flagStateLabel(e.fromState as FlagState)} → ${flagStateLabel(e.toState as FlagState)}` : e.kind === 'created' ? 'Oprettet' : e.kind}</TableCell>
              <TableCell>{e.actor.name}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </article>
  );
}
