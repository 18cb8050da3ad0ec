/**
 * Tjek: checks the open document on demand (and after "Indsæt"), lists findings grouped by
 * category with a summary badge, selects a finding's place on click, shows an altered clause word
 * by word with "Gendan standardtekst", and puts findings as Word comments. Never changes the
 * document unless the user asks.
 */
import { useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../domain/contract/finding';
import { CATEGORY_LABELS, categoryIntent } from '../../ui/findings/categories';
import { describeField } from '../../domain/contract/field-description';
import { FindingList } from '../../ui/findings/FindingList';
import type { CheckOutcome } from '../check/check-document';
import { locationNotice } from '../check/location-notice';
import { ClauseDiff } from '../components/ClauseDiff';
import { ErrorMessage } from '../components/ErrorMessage';
import { usePaneAction } from '../hooks/use-pane-action';
import type { PaneHost } from '../host/pane-host';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', margin: `${tokens.spacingVerticalM} 0` },
  summary: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  extra: { marginTop: tokens.spacingVerticalXS, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
});

export interface CheckViewProps {
  host: PaneHost;
  outcome: CheckOutcome | null;
  busy: boolean;
  error: unknown;
  onCheck: () => Promise<void>;
}

export function CheckView({ host, outcome, busy, error, onCheck }: CheckViewProps) {
  const styles = useStyles();
  const [openDiff, setOpenDiff] = useState<string | null>(null);
  const { busy: working, error: actionError, notice, setNotice, run } = usePaneAction();
  const port = host.port();
  const comments = host.capabilities.find((c) => c.id === 'comments');


  const select = (f: Finding) => run(async () => {
    if (!port || !f.field) return;
    const loc = await port.selectField(f.field);
    setNotice(locationNotice(loc, host.mode));
  });

  const restore = (clauseField: string) => run(async () => {
    if (!port) return;
    const tracking = await host.changeTrackingMode();
    await port.restoreClause(clauseField);
    setOpenDiff(null);
    await onCheck();
    setNotice(tracking && tracking !== 'Off' ? 'Standardteksten er gendannet som en sporet ændring.' : 'Standardteksten er gendannet.');
  });

  const addComments = () => run(async () => {
    if (!port || !outcome) return;
    const added = await port.addComments(outcome.findings);
    setNotice(added === 0
      ? 'Kommentarerne findes allerede i dokumentet; ingen er tilføjet igen.'
      : `${added} ${added === 1 ? 'kommentar er' : 'kommentarer er'} tilføjet i dokumentet.`);
  });

  const renderExtra = (f: Finding) => {
    if (f.rule !== 'standard-text.altered' || !f.field || !outcome?.registered || !outcome.contract) return null;
    const id = f.field.replace(/^clauses\./, '');
    const standard = outcome.registered.standardTexts[id] ?? '';
    const actual = outcome.contract.clauses[id]?.text ?? '';
    const open = openDiff === f.field;
    return (
      <div className={styles.extra}>
        <Button size="small" aria-expanded={open} onClick={() => setOpenDiff(open ? null : f.field)}>
          {open ? 'Skjul ændringer' : 'Vis ændringer'}
        </Button>
        {open && (
          <>
            <ClauseDiff standard={standard} actual={actual} />
            <Button size="small" appearance="primary" disabled={working} onClick={() => void restore(f.field!)}>Gendan standardtekst</Button>
          </>
        )}
      </div>
    );
  };

  return (
    <div>
      <div className={styles.bar}>
        <Button appearance="primary" disabled={!port || busy} onClick={() => void onCheck()}>Tjek dokumentet</Button>
        {outcome && outcome.findings.length > 0 && (
          <Button disabled={!port || working || !comments?.available && host.mode === 'office'} onClick={() => void addComments()}>
            Tilføj kommentarer
          </Button>
        )}
      </div>
      {!port && <Text>Åbn en kontrakt for at tjekke den.</Text>}
      {busy && <Spinner size="small" label="Tjekker dokumentet …" />}
      <ErrorMessage error={error} />
      <ErrorMessage error={actionError} />
      {notice && <MessageBar intent="success" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      {outcome && !busy && (
        <section aria-label="Resultat af tjek" aria-live="polite">
          <div className={styles.summary} data-testid="summary">
            <Text weight="semibold">Resultat:</Text>
            <Badge appearance="filled" color={categoryIntent(outcome.category)} data-category={outcome.category} size="large">
              {CATEGORY_LABELS[outcome.category]}
            </Badge>
            <Text>{outcome.findings.length === 0 ? 'ingen fund' : `${outcome.findings.length} fund`}</Text>
          </div>
          {outcome.contract?.hasPendingRevisions && (
            <MessageBar intent="info"><MessageBarBody>Dokumentet har sporede ændringer, der ikke er godkendt; tjekket læser teksten, som om de var godkendt.</MessageBarBody></MessageBar>
          )}
          <FindingList describeField={outcome.registered ? (id) => describeField(outcome.registered!.definition, id) : undefined} findings={outcome.findings} onSelect={port ? (f) => void select(f) : undefined} renderExtra={renderExtra} />
        </section>
      )}
    </div>
  );
}
