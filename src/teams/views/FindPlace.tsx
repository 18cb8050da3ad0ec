import { Badge, Button, Dropdown, Field, Option, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FreePlaceOffer } from '../../ui/api/types';
import { formatAge, formatKr, operatingFormLabel, sectionLabel } from '../../ui/format';
import { SupervisionBadge } from '../components/Badges';
import { ErrorBar } from '../components/ErrorBar';
import { municipalityChoices, sectionChoices, targetGroupChoices } from '../components/OfferFiltersBar';
import { useSession } from '../session-context';

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap', marginBottom: tokens.spacingVerticalM },
  principle: { display: 'block', marginBottom: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
  groupRow: { backgroundColor: tokens.colorNeutralBackground3 },
});

function Pick({ label, value, choices, onChange }: { label: string; value: string; choices: { value: string; label: string }[]; onChange: (v: string) => void }) {
  return (
    <Field label={label}>
      <Dropdown value={choices.find((c) => c.value === value)?.label ?? 'Alle'} selectedOptions={[value]} onOptionSelect={(_, d) => onChange(d.optionValue ?? '')}>
        <Option value="">Alle</Option>
        {choices.map((c) => <Option key={c.value} value={c.value}>{c.label}</Option>)}
      </Dropdown>
    </Field>
  );
}

/** Free places for a need — public places in the region first, private after (the common principle). */
export function FindPlace() {
  const styles = useStyles();
  const { api } = useSession();
  const [section, setSection] = useState('');
  const [targetGroup, setTargetGroup] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [result, setResult] = useState<FreePlaceOffer[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const search = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult((await api.freePlaces({ section: section || undefined, targetGroup: targetGroup || undefined, municipality: municipality || undefined })).items);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const publicOnes = result?.filter((o) => o.public) ?? [];
  const privateOnes = result?.filter((o) => !o.public) ?? [];
  const rows = (list: FreePlaceOffer[]) => list.map((o) => {
    const rate = o.currentRates.find((r) => !section || r.section === section) ?? o.currentRates[0];
    return (
      <TableRow key={o.id}>
        <TableCell>{o.name}<br /><Text size={200}>{o.providerName}</Text></TableCell>
        <TableCell>{o.municipality}</TableCell>
        <TableCell>{operatingFormLabel(o.operatingForm)}</TableCell>
        <TableCell>{o.sections.map(sectionLabel).join(', ')}</TableCell>
        <TableCell>{o.freePlaces} <Text size={200}>(opdateret {formatAge(o.freePlacesUpdatedAt)})</Text></TableCell>
        <TableCell>{rate ? `${formatKr(rate.amount)}/${rate.unit}` : '–'}</TableCell>
        <TableCell><SupervisionBadge colour={o.supervisionColour} /></TableCell>
      </TableRow>
    );
  });

  return (
    <section aria-labelledby="find-heading">
      <h2 id="find-heading">Find plads</h2>
      <Text className={styles.principle}>Tjek altid ledige pladser i kommunernes og regionens tilbud, før der købes hos en privat leverandør. Offentlige pladser vises først.</Text>
      <form className={styles.form} onSubmit={(e) => void search(e)}>
        <Pick label="Paragraf" value={section} choices={sectionChoices} onChange={setSection} />
        <Pick label="Målgruppe" value={targetGroup} choices={targetGroupChoices} onChange={setTargetGroup} />
        <Pick label="Borgerens kommune" value={municipality} choices={municipalityChoices} onChange={setMunicipality} />
        <Button appearance="primary" type="submit" disabled={busy}>Find ledige pladser</Button>
        {busy && <Spinner size="tiny" aria-label="Søger" />}
      </form>
      <ErrorBar error={error} title="Søgningen mislykkedes" />
      {result && (
        <>
          <Text role="status" aria-live="polite">{result.length === 0 ? 'Ingen ledige pladser matcher behovet.' : `${publicOnes.length} offentlige og ${privateOnes.length} private tilbud med ledige pladser.`}</Text>
          {result.length > 0 && (
            <Table aria-label="Tilbud med ledige pladser" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Tilbud</TableHeaderCell><TableHeaderCell>Kommune</TableHeaderCell><TableHeaderCell>Driftsform</TableHeaderCell>
                  <TableHeaderCell>Paragraffer</TableHeaderCell><TableHeaderCell>Ledige</TableHeaderCell><TableHeaderCell>Takst</TableHeaderCell><TableHeaderCell>Tilsyn</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {publicOnes.length > 0 && <TableRow className={styles.groupRow}><TableCell colSpan={7}><Badge appearance="tint" color="success">Offentlige tilbud</Badge></TableCell></TableRow>}
                {rows(publicOnes)}
                {privateOnes.length > 0 && <TableRow className={styles.groupRow}><TableCell colSpan={7}><Badge appearance="tint" color="informative">Private tilbud</Badge></TableCell></TableRow>}
                {rows(privateOnes)}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}
