/**
 * Tjek bestilling: the open order checked with the order domain's rules (the pane's shared check,
 * which dispatches on the recognised template), findings grouped by category with the shared
 * finding list; a click selects the finding's place in the document.
 */
import { useEffect, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../domain/contract/finding';
import { isOrderTemplate } from '../../domain/order/check-order';
import { CATEGORY_LABELS, categoryIntent } from '../../ui/findings/categories';
import { describeField } from '../../domain/contract/field-description';
import { FindingList } from '../../ui/findings/FindingList';
import type { CheckOutcome } from '../check/check-document';
import { locationNotice } from '../check/location-notice';
import { ErrorMessage } from '../components/ErrorMessage';
import type { PaneHost } from '../host/pane-host';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', margin: `${tokens.spacingVerticalM} 0` },
  summary: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
});

export interface OrderCheckProps {
  host: PaneHost;
  outcome: CheckOutcome | null;
  busy: boolean;
  error: unknown;
  onCheck: () => Promise<void>;
}

export function OrderCheck({ host, outcome, busy, error, onCheck }: OrderCheckProps) {
  const styles = useStyles();
  const [notice, setNotice] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<unknown>(null);
  const port = host.port();
  const notAnOrder = outcome?.template && !isOrderTemplate(outcome.template) ? outcome.template : null;

  // Opening the panel on a document not checked yet checks it.
  useEffect(() => {
    if (port && !outcome && !busy && !error) void onCheck();
  }, [port, outcome, busy, error, onCheck]);

  const select = async (f: Finding) => {
    setSelectError(null);
    setNotice(null);
    if (!port || !f.field) return;
    try {
      const loc = await port.selectField(f.field);
      setNotice(locationNotice(loc, host.mode));
    } catch (e) {
      setSelectError(e);
    }
  };

  return (
    <div>
      <div className={styles.bar}>
        <Button appearance="primary" disabled={!port || busy} onClick={() => void onCheck()}>Tjek bestillingen</Button>
      </div>
      {!port && <Text>Åbn en bestilling, eller udfyld en under "Udfyld bestilling", for at tjekke den.</Text>}
      {busy && <Spinner size="small" label="Tjekker bestillingen …" />}
      <ErrorMessage error={error} />
      <ErrorMessage error={selectError} />
      {notice && <MessageBar intent="success" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      {notAnOrder && !busy && (
        <MessageBar intent="info">
          <MessageBarBody>Det åbne dokument er ikke en bestilling, men {notAnOrder.id} {notAnOrder.version}. Tjek en kontrakt under fanen Tjek.</MessageBarBody>
        </MessageBar>
      )}
      {outcome && !notAnOrder && !busy && (
        <section aria-label="Resultat af tjek af bestillingen" aria-live="polite">
          <div className={styles.summary} data-testid="order-summary">
            <Text weight="semibold">Resultat:</Text>
            <Badge appearance="filled" color={categoryIntent(outcome.category)} data-category={outcome.category} data-template={outcome.template?.id ?? ''} size="large">
              {CATEGORY_LABELS[outcome.category]}
            </Badge>
            <Text>{outcome.findings.length === 0 ? 'ingen fund' : `${outcome.findings.length} fund`}</Text>
          </div>
          <FindingList describeField={outcome.registered ? (id) => describeField(outcome.registered!.definition, id) : undefined} findings={outcome.findings} onSelect={port ? (f) => void select(f) : undefined} />
        </section>
      )}
    </div>
  );
}
