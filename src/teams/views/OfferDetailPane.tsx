import {
  Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, Link, OverlayDrawer, Spinner, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { FlagState } from '../../domain/flags/flag-state';
import type { OfferDetail } from '../../ui/api/types';
import { formatAge, formatDate, formatDateTime, formatKr, formatPercent, LIST_STATUS_LABELS, operatingFormLabel, sectionLabel } from '../../ui/format';
import { CategoryBadge, FlagStateBadge, SupervisionBadge } from '../components/Badges';
import { RateHistoryChart } from '../charts/lazy';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';

const useStyles = makeStyles({
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0 },
  section: { marginTop: tokens.spacingVerticalL },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  const styles = useStyles();
  return (
    <dl className={styles.dl}>
      {rows.map(([k, v]) => [<dt key={`${k}-t`} className={styles.dt}>{k}</dt>, <dd key={`${k}-d`} className={styles.dd}>{v || '–'}</dd>])}
    </dl>
  );
}

/** One offer in full: contact, places, rates with history, yearly increase, supervision, terms, flags. */
export function OfferDetailPane({ offerId, onClose }: { offerId: string; onClose: () => void }) {
  const styles = useStyles();
  const { api } = useSession();
  const [offer, setOffer] = useState<OfferDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setOffer(null);
    api.offer(offerId).then((r) => { if (live) setOffer(r.value); }, (e: unknown) => { if (live) setError(e); });
    return () => { live = false; };
  }, [api, offerId]);

  const today = new Date().toISOString().slice(0, 10);
  const sections = offer ? [...new Set(offer.rates.map((r) => `${r.section}|${r.unit}`))] : [];
  return (
    <OverlayDrawer open position="end" size="medium" onOpenChange={(_, d) => { if (!d.open) onClose(); }} aria-labelledby="offer-detail-title">
      <DrawerHeader>
        <DrawerHeaderTitle id="offer-detail-title" action={<Button appearance="subtle" aria-label="Luk" icon={<DismissRegular />} onClick={onClose} />}>
          {offer?.name ?? 'Tilbud'}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <ErrorBar error={error} title="Tilbuddet kunne ikke hentes" />
        {!offer && !error && <Spinner label="Henter tilbud …" />}
        {offer && (
          <>
            <section aria-labelledby="d-contact">
              <h3 id="d-contact">Kontakt</h3>
              <Facts rows={[
                ['Leverandør', offer.providerName], ['CVR', offer.cvr], ['P-nummer', offer.pNumber], ['Driftsform', operatingFormLabel(offer.operatingForm)],
                ['Adresse', `${offer.address}, ${offer.postcode} ${offer.city}`], ['Kommune', offer.municipality],
                ['E-mail', offer.email ? <Link href={`mailto:${offer.email}`}>{offer.email}</Link> : null], ['Telefon', offer.phone],
              ]} />
            </section>
            <section aria-labelledby="d-places" className={styles.section}>
              <h3 id="d-places">Pladser</h3>
              <Facts rows={[
                ['Paragraffer', offer.sections.map(sectionLabel).join(', ')], ['Målgrupper', offer.targetGroups.join(', ')],
                ['Pladser', String(offer.places)],
                ['Ledige pladser', `${offer.freePlaces} (sidst opdateret ${formatDateTime(offer.freePlacesUpdatedAt)}, ${formatAge(offer.freePlacesUpdatedAt)})`],
                ['Status på listen', LIST_STATUS_LABELS[offer.listStatus]],
                ['Standardvilkår accepteret', formatDate(offer.termsAcceptedDate)],
              ]} />
            </section>
            <section aria-labelledby="d-supervision" className={styles.section}>
              <h3 id="d-supervision">Tilsyn</h3>
              <Facts rows={[
                ['Risikovurdering', <SupervisionBadge key="s" colour={offer.supervisionColour} />],
                ['Dato', formatDate(offer.supervisionDate)],
                ['Vurdering', offer.supervisionStatus.label],
                ['Socialtilsyn', offer.supervisionStatus.authority],
              ]} />
            </section>
            <section aria-labelledby="d-rates" className={styles.section}>
              <h3 id="d-rates">Takster</h3>
              {sections.length === 0 && <Text>Ingen takster registreret.</Text>}
              {sections.map((key) => {
                const [section, unit] = key.split('|') as [string, string];
                const history = offer.rates.filter((r) => r.section === section && r.unit === unit);
                return (
                  <div key={key}>
                    <RateHistoryChart title={`Takstudvikling for ${sectionLabel(section)} pr. ${unit}`} unit={unit} points={history} today={today} />
                    <Table size="extra-small" aria-label={`Takster for ${sectionLabel(section)} pr. ${unit}`}>
                      <TableHeader><TableRow><TableHeaderCell>Gælder fra</TableHeaderCell><TableHeaderCell>Takst pr. {unit}</TableHeaderCell></TableRow></TableHeader>
                      <TableBody>
                        {history.map((r, i) => <TableRow key={i}><TableCell>{formatDate(r.validFrom)}</TableCell><TableCell>{formatKr(r.amount)}</TableCell></TableRow>)}
                      </TableBody>
                    </Table>
                  </div>
                );
              })}
            </section>
            <section aria-labelledby="d-increases" className={styles.section}>
              <h3 id="d-increases">Årlig stigning</h3>
              {offer.increases.length === 0 ? <Text>Ingen stigninger at vise.</Text> : (
                <Table size="extra-small" aria-label="Årlige takststigninger">
                  <TableHeader><TableRow><TableHeaderCell>År</TableHeaderCell><TableHeaderCell>Paragraf</TableHeaderCell><TableHeaderCell>Stigning</TableHeaderCell><TableHeaderCell>Grænse</TableHeaderCell></TableRow></TableHeader>
                  <TableBody>
                    {offer.increases.map((x, i) => (
                      <TableRow key={i}>
                        <TableCell>{x.year}</TableCell>
                        <TableCell>{sectionLabel(x.section)}</TableCell>
                        <TableCell><span className={x.toReport ? styles.over : undefined}>{formatPercent(x.increasePercent)}{x.toReport ? ' – over grænsen' : ''}</span></TableCell>
                        <TableCell>{formatPercent(x.thresholdPercent)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
            <section aria-labelledby="d-flags" className={styles.section}>
              <h3 id="d-flags">Flag og kontrakter</h3>
              {offer.flags.length === 0 ? <Text>Ingen kontrakter sendt til gennemgang.</Text> : (
                <ul>
                  {offer.flags.map((f) => (
                    <li key={f.id}>{f.title} <FlagStateBadge state={f.state as FlagState} /> <CategoryBadge category={f.category} /> {formatDate(f.createdAt)}</li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
