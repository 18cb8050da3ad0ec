import { Button, Field, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ImportResult } from '../../ui/api/types';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', marginBlock: tokens.spacingVerticalM },
});

/** CSV/XLSX import: a preview lists every bad row and why before anything is saved (all or nothing). */
export function ImportPanel() {
  const styles = useStyles();
  const { api } = useSession();
  const [file, setFile] = useState<File | null>(null);
  // One key per chosen file: committing the same choice twice (double click, retry) saves it once.
  const [commitKey, setCommitKey] = useState(() => crypto.randomUUID());
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const format = (f: File) => (/\.xlsx$/i.test(f.name) ? 'xlsx' : 'csv') as 'csv' | 'xlsx';

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true); setError(null);
    try {
      const r = await api.importOffers(file, format(file), dryRun, commitKey);
      if (dryRun) { setPreview(r); setDone(null); } else { setDone(r); setPreview(null); }
    } catch (e) { setError(e); } finally { setBusy(false); }
  };

  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">Importér fra CSV eller Excel</h3>
      <Field label="Fil (CSV eller XLSX)">
        {(fieldProps) => (
          <input {...fieldProps} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setCommitKey(crypto.randomUUID()); setPreview(null); setDone(null); }} />
        )}
      </Field>
      <div className={styles.actions}>
        <Button disabled={!file || busy} onClick={() => void run(true)}>Vis forhåndsvisning</Button>
        <Button appearance="primary" disabled={!preview || preview.invalid > 0 || busy} onClick={() => void run(false)}>Importér</Button>
      </div>
      <ErrorBar error={error} title="Importen mislykkedes" />
      {preview && (
        <div data-testid="import-preview">
          <Text role="status" aria-live="polite" block>
            {preview.total} rækker: {preview.valid} gyldige, {preview.invalid} med fejl.
            {preview.invalid > 0 ? ' Ret fejlene i filen og prøv igen; intet er gemt.' : ` Klar til import: ${preview.rows.filter((r) => r.action === 'create').length} nye og ${preview.rows.filter((r) => r.action === 'update').length} opdaterede.`}
          </Text>
          {preview.errors.length > 0 && (
            <Table aria-label="Rækker med fejl" size="small">
              <TableHeader><TableRow><TableHeaderCell>Række</TableHeaderCell><TableHeaderCell>Felt</TableHeaderCell><TableHeaderCell>Fejl</TableHeaderCell></TableRow></TableHeader>
              <TableBody>
                {preview.errors.map((e, i) => <TableRow key={i}><TableCell>{e.row}</TableCell><TableCell>{e.field ?? ''}</TableCell><TableCell>{e.message}</TableCell></TableRow>)}
              </TableBody>
            </Table>
          )}
        </div>
      )}
      {done && <MessageBar intent="success" role="status"><MessageBarBody>Importeret: {done.created} nye og {done.updated} opdaterede tilbud.</MessageBarBody></MessageBar>}
    </section>
  );
}
