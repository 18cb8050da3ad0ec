/**
 * Administration › Teams-modtagere: the chats and channels the app's bot was added to in this
 * organisation. An administrator gives one a clearer name or hides it from the pickers in the
 * add-in; removed or gone ones are shown as such. Names only — no Teams ids. Rows stack on a narrow
 * pane (320 px) instead of scrolling sideways.
 */
import {
  Badge, Button, Field, Input, MessageBar, MessageBarBody, Spinner, Switch, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { TARGET_KIND_LABELS, type AdminReviewTarget } from '../../ui/api/review-targets';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: 0, margin: `${tokens.spacingVerticalM} 0 0 0`, listStyleType: 'none' },
  row: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM, borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1,
  },
  name: { flexGrow: 1, minWidth: 'min(220px, 100%)' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', width: '100%' },
});

const STATUS_COLOR: Record<AdminReviewTarget['status'], 'success' | 'warning' | 'danger'> = { active: 'success', removed: 'warning', gone: 'danger' };

function TargetRow({ target, onSaved, onError }: { target: AdminReviewTarget; onSaved: (t: AdminReviewTarget) => void; onError: (e: unknown) => void }) {
  const styles = useStyles();
  const { api } = useSession();
  const [name, setName] = useState(target.name === target.teamsName ? '' : target.name);
  const [busy, setBusy] = useState(false);
  const save = async (change: { displayName?: string | null; hidden?: boolean }) => {
    setBusy(true);
    try {
      onSaved(await api.updateReviewTarget(target, change));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  const dirty = (name.trim() || null) !== (target.name === target.teamsName ? null : target.name);
  return (
    <li className={styles.row} aria-label={target.name}>
      <div className={styles.meta}>
        <Text weight="semibold">{target.name}</Text>
        <Badge appearance="outline">{TARGET_KIND_LABELS[target.kind]}</Badge>
        <Badge appearance="tint" color={STATUS_COLOR[target.status]}>{target.statusLabel}</Badge>
        {target.hidden && <Badge appearance="tint" color="informative">Skjult</Badge>}
      </div>
      <Field className={styles.name} label="Navn i KL Kontrakt" hint={`Navn i Teams: ${target.teamsName}`}>
        <Input value={name} placeholder={target.teamsName} maxLength={200} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Button appearance="primary" disabled={busy || !dirty} onClick={() => void save({ displayName: name.trim() || null })}>Gem navn</Button>
      <Switch
        label="Skjul for rådgivere"
        checked={target.hidden}
        disabled={busy}
        onChange={(_, d) => void save({ hidden: d.checked })}
      />
    </li>
  );
}

export function ReviewTargets() {
  const styles = useStyles();
  const { api } = useSession();
  const [items, setItems] = useState<AdminReviewTarget[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setItems(await api.adminReviewTargets());
    } catch (e) {
      setError(e);
    }
  }, [api]);
  useEffect(() => { void load(); }, [load]);

  return (
    <section aria-labelledby="targets-heading">
      <h3 id="targets-heading">Teams-modtagere</h3>
      <Text block>
        Kanaler og gruppechats, hvor appen KL Kontrakt er tilføjet. Rådgivere kan sende kort om kontrakter hertil fra Word.
      </Text>
      <ErrorBar error={error} title="Modtagerne kunne ikke hentes eller gemmes" />
      {!items && !error && <Spinner size="small" label="Henter modtagere …" />}
      {items && items.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>Ingen endnu. Tilføj appen KL Kontrakt i en Teams-kanal eller gruppechat, så dukker den op her.</MessageBarBody>
        </MessageBar>
      )}
      {items && items.length > 0 && (
        <ul className={styles.list}>
          {items.map((t) => (
            <TargetRow
              key={`${t.id}.${t.version}`}
              target={t}
              onError={setError}
              onSaved={(saved) => { setError(null); setItems((prev) => prev?.map((x) => (x.id === saved.id ? saved : x)) ?? null); }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
