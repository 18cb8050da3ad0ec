/**
 * Mine sager: the contracts the signed-in user sent for review (GET /api/flags/mine), newest first,
 * each with its state in the domain's words, how long ago it was sent and the reviewer's latest
 * answer, so the requester sees what came of it without opening the Teams tab. "Opdater" reloads.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import type { ApiClient } from '../../ui/api/client';
import type { MyFlag } from '../../ui/api/my-flags';
import { FlagStateBadge } from '../../ui/badges';
import { formatAge } from '../../ui/format';
import { ErrorMessage } from '../components/ErrorMessage';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0,
  },
  head: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minWidth: 0 },
  // Two lines at most; the whole title on hover.
  title: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
  reply: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXXS },
});

export function MyFlagsView({ api }: { api: ApiClient | null }) {
  const styles = useStyles();
  const [items, setItems] = useState<MyFlag[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    if (!api) return;
    setBusy(true);
    setError(null);
    try {
      setItems(await api.myFlags());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, [api]);

  useEffect(() => { void load(); }, [load]);

  if (!api) return <Text>Mine sager kræver forbindelse til KL Kontrakts server.</Text>;
  return (
    <section aria-labelledby="mine-sager-titel">
      <div className={styles.bar}>
        <Text as="h2" id="mine-sager-titel" weight="semibold" size={400}>Mine sager</Text>
        <Button icon={<ArrowClockwise20Regular />} onClick={() => void load()} disabled={busy}>Opdater</Button>
      </div>
      <div aria-live="polite">
        {busy && <Spinner size="tiny" label="Henter dine sager …" />}
        <ErrorMessage error={error} />
        {items && items.length === 0 && !busy && (
          <Text block>Du har ingen sager til gennemgang endnu. Når du sender en kontrakt under »Send til gennemgang«, kan du følge den her.</Text>
        )}
      </div>
      {items && items.length > 0 && (
        <ul className={styles.list} aria-label="Dine sager">
          {items.map((f) => (
            <li key={f.id} className={styles.item} data-flag={f.id}>
              <div className={styles.head}>
                <Text className={styles.title} title={f.title}>{f.title}</Text>
                <FlagStateBadge state={f.state} />
              </div>
              <Text size={200} className={styles.meta}>Sendt {formatAge(f.createdAt)}</Text>
              {f.latestReply ? (
                <div className={styles.reply}>
                  <Text size={200} block className={styles.meta}>{f.latestReply.author} svarede {formatAge(f.latestReply.createdAt)}:</Text>
                  <Text block>{f.latestReply.text}</Text>
                </div>
              ) : (
                <Text size={200} className={styles.meta}>Intet svar fra gennemgangen endnu.</Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
