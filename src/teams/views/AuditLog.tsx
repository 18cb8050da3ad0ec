import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { AuditItem } from '../../ui/api/types';
import { formatDateTime } from '../../ui/format';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';

const ACTION_LABELS: Record<string, string> = {
  'offer.created': 'Tilbud oprettet', 'offer.updated': 'Tilbud rettet', 'offer.suspended': 'Tilbud suspenderet', 'rate.appended': 'Takst tilføjet',
  'offer.imported': 'Tilbud importeret', 'flag.created': 'Flag oprettet', 'flag.updated': 'Flag ændret', 'rate-report.status': 'Indberetningsstatus ændret',
};

function describe(detail: unknown): string {
  if (!detail || typeof detail !== 'object') return '';
  const d = detail as { changes?: Record<string, { from: unknown; to: unknown }> };
  if (d.changes) return Object.entries(d.changes).map(([k, v]) => `${k}: ${JSON.stringify(v.from)} → ${JSON.stringify(v.to)}`).join('; ');
  return JSON.stringify(detail);
}

/** Who changed what and when, newest first. */
export function AuditLog() {
  const { api } = useSession();
  const [items, setItems] = useState<AuditItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async (from?: string) => {
    try {
      const page = await api.audit({ cursor: from, limit: 50 });
      setItems((prev) => (from ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (e) { setError(e); }
  }, [api]);
  useEffect(() => { void load(); }, [load]);
  return (
    <section aria-labelledby="audit-heading">
      <h3 id="audit-heading">Revisionslog</h3>
      <ErrorBar error={error} title="Loggen kunne ikke hentes" />
      {items.length === 0 && !error ? <Text>Ingen ændringer endnu.</Text> : (
        <Table aria-label="Revisionslog" size="small">
          <TableHeader><TableRow><TableHeaderCell>Tidspunkt</TableHeaderCell><TableHeaderCell>Hvem</TableHeaderCell><TableHeaderCell>Handling</TableHeaderCell><TableHeaderCell>Detaljer</TableHeaderCell></TableRow></TableHeader>
          <TableBody>
            {items.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{formatDateTime(a.at)}</TableCell><TableCell>{a.actorName}</TableCell>
                <TableCell>{ACTION_LABELS[a.action] ?? a.action}</TableCell><TableCell>{describe(a.detail)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {cursor && <Button onClick={() => void load(cursor)}>Vis flere</Button>}
    </section>
  );
}
