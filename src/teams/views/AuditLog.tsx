import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { AuditItem } from '../../ui/api/types';
import { formatDateTime } from '../../ui/format';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';
import { describeAudit } from './audit-text';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  entry: {
    display: 'grid', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, overflowWrap: 'anywhere',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  time: { color: tokens.colorNeutralForeground3 },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXXS },
  field: { fontWeight: tokens.fontWeightSemibold },
  from: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  note: { color: tokens.colorNeutralForeground2 },
  more: { marginBlockStart: tokens.spacingVerticalM },
});

function Entry({ item }: { item: AuditItem }) {
  const styles = useStyles();
  const t = describeAudit(item);
  return (
    <li className={styles.entry} data-testid="audit-entry">
      <Caption1 className={styles.time}><time dateTime={item.at}>{formatDateTime(item.at)}</time></Caption1>
      <Text><strong>{t.who}</strong> {t.what}{t.subject && <> »{t.subject}«</>}</Text>
      {t.changes.length > 0 && (
        <ul className={styles.changes} aria-label="Ændrede felter">
          {t.changes.map((c) => (
            <li key={c.field}>
              <span className={styles.field}>{c.field}:</span>{' '}
              <span className={styles.from} aria-label={`før ${c.from}`}>{c.from}</span>
              <span aria-hidden> → </span>
              <span aria-label={`nu ${c.to}`}>{c.to}</span>
            </li>
          ))}
        </ul>
      )}
      {t.note && <Text size={200} className={styles.note}>{t.note}</Text>}
    </li>
  );
}

/** Who changed what and when, newest first, in words. */
export function AuditLog() {
  const styles = useStyles();
  const { api } = useSession();
  const [items, setItems] = useState<AuditItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loaded, setLoaded] = useState(false);
  const load = useCallback(async (from?: string) => {
    try {
      const page = await api.audit({ cursor: from, limit: 50 });
      setItems((prev) => (from ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (e) { setError(e); } finally { setLoaded(true); }
  }, [api]);
  useEffect(() => { void load(); }, [load]);
  return (
    <section aria-labelledby="audit-heading">
      <h3 id="audit-heading">Revisionslog</h3>
      <ErrorBar error={error} title="Loggen kunne ikke hentes" />
      {loaded && items.length === 0 && !error && <Text>Ingen ændringer endnu.</Text>}
      {items.length > 0 && <ol className={styles.list} aria-label="Revisionslog, nyeste først">{items.map((a) => <Entry key={a.id} item={a} />)}</ol>}
      {cursor && <Button className={styles.more} onClick={() => void load(cursor)}>Vis flere</Button>}
    </section>
  );
}
