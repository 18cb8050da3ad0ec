import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@fluentui/react-components';
import { OFFER_FORM_FIELDS, changedFields, displayValue, type OfferForm, type OfferFormKey } from './offer-form';

const label = (k: OfferFormKey) => OFFER_FORM_FIELDS.find((f) => f.key === k)?.label ?? k;

/** A save that lost a race (412): my values beside the newer version's, for every field either side changed. */
export function ConflictNotice({ base, mine, newer, changed, onReapply, onDiscard }: {
  base: OfferForm; mine: OfferForm; newer: OfferForm; changed: OfferFormKey[]; onReapply: () => void; onDiscard: () => void;
}) {
  const keys = [...new Set([...changed, ...changedFields(base, newer)])];
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid="conflict">
      <MessageBarBody>
        <MessageBarTitle>En nyere version er gemt af en anden</MessageBarTitle>
        Dine ændringer er ikke gemt. Sammenlign med den nyeste version:
        <Table size="extra-small" aria-label="Dine ændringer mod den nyeste version">
          <TableHeader><TableRow><TableHeaderCell>Felt</TableHeaderCell><TableHeaderCell>Din værdi</TableHeaderCell><TableHeaderCell>Nyeste version</TableHeaderCell></TableRow></TableHeader>
          <TableBody>
            {keys.map((k) => (
              <TableRow key={k}><TableCell>{label(k)}</TableCell><TableCell>{displayValue(k, mine)}</TableCell><TableCell>{displayValue(k, newer)}</TableCell></TableRow>
            ))}
          </TableBody>
        </Table>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReapply}>Anvend mine ændringer på den nyeste version</Button>
        <Button onClick={onDiscard}>Kassér mine ændringer</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
