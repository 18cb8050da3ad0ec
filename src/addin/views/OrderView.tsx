/**
 * Bestilling: the order (kl-bestilling) beside the contract. Three panels: "Udfyld bestilling"
 * (the order form), "Tjek bestilling" (the order domain's findings) and "Sammenhold med kontrakt"
 * (consistency between a contract and its order).
 */
import { useState } from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckOutcome } from '../check/check-document';
import type { PaneHost } from '../host/pane-host';
import { OrderCheck } from '../order/OrderCheck';
import { OrderCompare } from '../order/OrderCompare';
import { OrderFillForm, orderDefinition } from '../order/OrderFillForm';

type Panel = 'fill' | 'check' | 'compare';
const PANELS: Array<{ id: Panel; label: string }> = [
  { id: 'fill', label: 'Udfyld bestilling' },
  { id: 'check', label: 'Tjek bestilling' },
  { id: 'compare', label: 'Sammenhold med kontrakt' },
];

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalS },
  // The three labels need ~430 px; in Word's 320–350 px pane the last one wraps onto a second row instead of being cut off.
  tabs: { flexWrap: 'wrap' },
});

export interface OrderViewProps {
  host: PaneHost;
  outcome: CheckOutcome | null;
  busy: boolean;
  error: unknown;
  onCheck: () => Promise<void>;
  /** Called after the form changed the document (the pane rechecks). */
  onChanged: () => void;
}

export function OrderView({ host, outcome, busy, error, onCheck, onChanged }: OrderViewProps) {
  const styles = useStyles();
  const [panel, setPanel] = useState<Panel>('fill');
  const definition = orderDefinition(host);
  if (!definition) return <Text>Bestillingsskabelonen er ikke registreret i denne installation.</Text>;
  return (
    <div>
      <TabList className={styles.tabs} size="small" selectedValue={panel} onTabSelect={(_, d) => setPanel(d.value as Panel)} aria-label="Bestilling">
        {PANELS.map((p) => <Tab key={p.id} id={`order-tab-${p.id}`} value={p.id} aria-controls={`order-panel-${p.id}`}>{p.label}</Tab>)}
      </TabList>
      {/* Panels stay mounted (hidden when not selected), so the form keeps its values between panels. */}
      <div className={styles.panel} role="tabpanel" id="order-panel-fill" aria-labelledby="order-tab-fill" hidden={panel !== 'fill'}>
        <OrderFillForm host={host} definition={definition} onChanged={onChanged} />
      </div>
      <div className={styles.panel} role="tabpanel" id="order-panel-check" aria-labelledby="order-tab-check" hidden={panel !== 'check'}>
        {panel === 'check' && <OrderCheck host={host} outcome={outcome} busy={busy} error={error} onCheck={onCheck} />}
      </div>
      <div className={styles.panel} role="tabpanel" id="order-panel-compare" aria-labelledby="order-tab-compare" hidden={panel !== 'compare'}>
        <OrderCompare host={host} />
      </div>
    </div>
  );
}
