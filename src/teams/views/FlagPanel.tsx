import { Badge, Button, Field, Link, MessageBar, MessageBarBody, Spinner, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { allowedTransitions } from '../../domain/flags/flag-state';
import { StaleVersionError } from '../../ui/api/errors';
import type { FlagDetail, PatchFlagInput } from '../../ui/api/types';
import { categoryLabel, formatDateTime } from '../../ui/format';
import { CategoryBadge, FlagStateBadge } from '../components/Badges';
import { ErrorBar } from '../components/ErrorBar';
import { useSession } from '../session-context';
import { historyText } from './flag-history';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginBlock: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  comment: {
    listStyleType: 'none', padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  comments: { paddingLeft: 0 },
  commentHead: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  h: { margin: 0, marginTop: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase400 },
  time: { color: tokens.colorNeutralForeground3 },
});

/** One flag: state, findings, the conversation between requester and reviewers, and the history in words. */
export function FlagPanel({ flagId, canReview, onChanged }: { flagId: string; canReview: boolean; onChanged: () => void }) {
  const styles = useStyles();
  const { api } = useSession();
  const [flag, setFlag] = useState<{ value: FlagDetail; etag: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    try { setFlag(await api.flag(flagId)); setError(null); } catch (e) { setError(e); }
  }, [api, flagId]);
  useEffect(() => { setFlag(null); setNotice(null); void load(); }, [load]);

  const patch = async (p: PatchFlagInput, done: string) => {
    if (!flag) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setFlag(await api.patchFlag(flagId, flag.etag, p));
      setNotice(done);
      onChanged();
    } catch (e) {
      if (e instanceof StaleVersionError) {
        await load();
        setNotice('Flaget er ændret af en anden i mellemtiden. Den nyeste version vises nu; prøv igen.');
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const addComment = async () => {
    if (!comment.trim()) return;
    setBusy(true);
    try { await api.commentFlag(flagId, comment.trim()); setComment(''); await load(); setNotice('Kommentaren er tilføjet.'); onChanged(); } catch (e) { setError(e); } finally { setBusy(false); }
  };

  if (!flag) return error ? <ErrorBar error={error} /> : <Spinner label="Henter flag …" />;
  const f = flag.value;
  const next = allowedTransitions(f.state);
  return (
    <article className={styles.root} aria-labelledby="flag-title" data-testid="flag-panel">
      <h3 id="flag-title" className={styles.title}>{f.title}</h3>
      <div className={styles.badges}><FlagStateBadge state={f.state} /><CategoryBadge category={f.category} /></div>
      <Text className={styles.meta}>
        {f.municipality ?? 'Ukendt kommune'} · sendt af {f.requester.name} {formatDateTime(f.createdAt)}
        {f.assignee ? ` · ansvarlig: ${f.assignee.name}` : ''}
      </Text>
      {f.offer && <Text block>Tilbud: {f.offer.name} ({f.offer.providerName})</Text>}
      {f.documentUrl && <Text block><Link href={f.documentUrl} target="_blank" rel="noreferrer">Åbn kontrakt{f.documentTitle ? `: ${f.documentTitle}` : ''}</Link></Text>}
      <Text block>Levering til Teams: {f.delivery.state === 'none' ? 'ingen modtager valgt' : f.delivery.state === 'delivered' ? 'leveret' : f.delivery.state === 'pending' ? 'på vej' : 'mislykkedes'}
        {f.delivery.messages.find((m) => m.lastError) ? ` (${f.delivery.messages.find((m) => m.lastError)!.lastError})` : ''}</Text>
      {f.target && <Text block>Modtager: {f.target.name}{f.target.status !== 'active' ? ` – ${f.target.statusLabel.toLowerCase()}; kortet kan ikke sendes dertil` : ''}</Text>}
      {notice && <MessageBar intent="info" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      <ErrorBar error={error} />
      {canReview && next.length > 0 && (
        <div className={styles.actions}>
          {f.state === 'ny' && <Button appearance="primary" disabled={busy} onClick={() => void patch({ state: 'under-gennemgang', assignee: 'me' }, 'Du har taget flaget.')}>Tag flaget</Button>}
          {next.includes('afsluttet') && <Button appearance="primary" disabled={busy} onClick={() => void patch({ state: 'afsluttet' }, 'Flaget er afsluttet.')}>Afslut</Button>}
          {next.includes('afvist') && <Button disabled={busy} onClick={() => void patch({ state: 'afvist' }, 'Flaget er afvist.')}>Afvis</Button>}
        </div>
      )}

      {/* The conversation comes before the findings: the requester opens the flag to read the reviewer's answer. */}
      <h4 className={styles.h} id="flag-comments">Kommentarer ({f.comments.length})</h4>
      {f.comments.length === 0 ? <Text block>Ingen kommentarer endnu.</Text> : (
        <ul className={mergeClasses(styles.list, styles.comments)} aria-labelledby="flag-comments">
          {f.comments.map((c) => (
            <li key={c.id} className={styles.comment}>
              <div className={styles.commentHead}>
                <strong>{c.author.name}</strong>
                {c.author.id === f.requester.id ? <Badge appearance="outline" color="informative">Afsender</Badge> : <Badge appearance="tint" color="brand">Gennemgang</Badge>}
                <Text size={200} className={styles.time}>{formatDateTime(c.createdAt)}</Text>
              </div>
              <Text block>{c.text}</Text>
            </li>
          ))}
        </ul>
      )}
      <Field label="Ny kommentar">
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <div className={styles.actions}><Button disabled={busy || !comment.trim()} onClick={() => void addComment()}>Tilføj kommentar</Button></div>

      <h4 className={styles.h} id="flag-findings">Fund ({f.findings.length})</h4>
      <ul className={styles.list} aria-labelledby="flag-findings">
        {f.findings.map((x, i) => <li key={i}><strong>{categoryLabel(x.category)}</strong>: {x.message} <Text size={200} className={styles.time}>({x.rule})</Text></li>)}
      </ul>

      <h4 className={styles.h} id="flag-history">Historik</h4>
      <ol className={styles.list} aria-labelledby="flag-history" data-testid="flag-history">
        {f.events.map((e) => (
          <li key={e.id}>
            <Text size={200} className={styles.time}>{formatDateTime(e.createdAt)}</Text> · {historyText(e)} <Text className={styles.time}>(af {e.actor.name})</Text>
          </li>
        ))}
      </ol>
    </article>
  );
}
