/**
 * Sammenhold med kontrakt: the open document (an order or a contract) against a .docx chosen from
 * disk (the other one), with the order domain's consistency check: same citizen (CPR numbers
 * compared, never shown), contract start date, services and paragraphs, extent against quantity.
 * Only the findings are shown; no value of either document, and not the chosen file's name.
 */
import { useId, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../domain/contract/finding';
import { OoxmlDocumentPort } from '../../document/ooxml/port';
import { CATEGORY_LABELS, categoryIntent } from '../../ui/findings/categories';
import { FindingList } from '../../ui/findings/FindingList';
import { ErrorMessage } from '../components/ErrorMessage';
import { locationNotice } from '../check/location-notice';
import type { PaneHost } from '../host/pane-host';
import { compareDocuments, fieldInOpenDocument, type ComparisonOutcome } from './compare-documents';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start', margin: `${tokens.spacingVerticalM} 0` },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  file: { fontSize: tokens.fontSizeBase300 },
});

export function OrderCompare({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const inputId = useId();
  const [other, setOther] = useState<Uint8Array | null>(null);
  const [outcome, setOutcome] = useState<ComparisonOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const port = host.port();

  const compare = async (bytes: Uint8Array | null) => {
    setError(null);
    setNotice(null);
    setOutcome(null);
    const open = host.port();
    if (!bytes || !open) return;
    try {
      const otherRead = await OoxmlDocumentPort.fromDocx(bytes, host.templates.registry).read();
      setOutcome(compareDocuments(await open.read(), otherRead, host.templates.registry));
    } catch (e) {
      setError(e);
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    setOther(bytes);
    await compare(bytes);
  };

  const select = async (f: Finding) => {
    setNotice(null);
    if (!port || !f.field) return;
    try {
      const loc = await port.selectField(f.field);
      setNotice(locationNotice(loc, host.mode));
    } catch (e) {
      setError(e);
    }
  };

  const openIs = outcome?.openIs;
  return (
    <div>
      <div className={styles.bar}>
        <label htmlFor={inputId}>
          <Text weight="semibold">Vælg den kontrakt eller bestilling, det åbne dokument skal sammenholdes med (.docx):</Text>
        </label>
        <input
          id={inputId}
          className={styles.file}
          type="file"
          disabled={!port}
          accept=".docx,.docm,.dotx,.dotm,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
        <Button disabled={!port || !other} onClick={() => void compare(other)}>Sammenhold igen</Button>
      </div>
      {!port && <Text>Åbn eller udfyld først en bestilling (eller en kontrakt); vælg derefter det andet dokument.</Text>}
      <ErrorMessage error={error} />
      {notice && <MessageBar intent="success" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      {outcome && (
        <section aria-label="Resultat af sammenholdelsen" aria-live="polite">
          <div className={styles.summary} data-testid="compare-summary">
            <Text weight="semibold">Kontrakt og bestilling:</Text>
            <Badge appearance="filled" color={categoryIntent(outcome.result.category)} data-category={outcome.result.category} size="large">
              {outcome.result.findings.length === 0 ? 'Stemmer overens' : CATEGORY_LABELS[outcome.result.category]}
            </Badge>
            <Text>{outcome.result.findings.length === 0 ? 'ingen uoverensstemmelser' : `${outcome.result.findings.length} uoverensstemmelser`}</Text>
          </div>
          <Text block size={200}>
            {openIs === 'order' ? 'Det åbne dokument er bestillingen; den valgte fil er kontrakten.' : 'Det åbne dokument er kontrakten; den valgte fil er bestillingen.'}
          </Text>
          <FindingList
            findings={outcome.result.findings}
            onSelect={port ? (f) => { if (openIs && fieldInOpenDocument(f.field, openIs)) void select(f); else setNotice('Stedet står i den valgte fil, ikke i det åbne dokument.'); } : undefined}
          />
        </section>
      )}
    </div>
  );
}
