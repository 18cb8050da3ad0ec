/**
 * Send til gennemgang: sends the contract for review (POST /api/flags) with the findings (rule,
 * category, field, message — never a CPR number: messages are redacted again here and no value of
 * citizen.cpr is ever part of the request), a comment, the document's URL when Office knows it and
 * the target chat or channel; then shows the flag's state by polling GET /api/flags/:id.
 */
import { useEffect, useState } from 'react';
import {
  Badge, Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { redactCprNumbers } from '../../domain/privacy/cpr';
import { FLAG_STATE_LABELS } from '../../domain/flags/flag-state';
import type { ApiClient } from '../../ui/api/client';
import type { CreateFlagBody, FlagDetail } from '../../ui/api/types';
import { CATEGORY_LABELS } from '../../ui/findings/categories';
import type { CheckOutcome } from '../check/check-document';
import { ErrorMessage } from '../components/ErrorMessage';
import { PaneError } from '../errors';
import type { PaneHost } from '../host/pane-host';
import { agreementMunicipality } from '../presets/municipalities';

const POLL_MS = 5000;

const DELIVERY_LABELS: Record<string, string> = {
  none: 'Ingen chat valgt',
  pending: 'Afventer afsendelse til Teams',
  delivered: 'Sendt til Teams',
  failed: 'Kunne ikke sendes til Teams (forsøges igen)',
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
});

type TargetKind = 'none' | 'chat' | 'channel' | 'webhook';

/**
 * Removes CPR numbers entirely (not just masked: the birth date in a masked number is still
 * personal data that need not leave the document), and the contract's own citizen.cpr value in
 * whatever form it was typed.
 */
function scrubber(cprValue: string | null | undefined): (text: string) => string {
  const literal = (cprValue ?? '').trim();
  return (text) => {
    let out = redactCprNumbers(text).replace(/\d{6}-xxxx/g, '[cpr-nr. fjernet]');
    if (literal.length >= 4) out = out.split(literal).join('[cpr-nr. fjernet]');
    return out;
  };
}

/** The request body: only rule ids, categories, field ids and CPR-free messages leave the document. */
export function flagRequest(outcome: CheckOutcome, opts: { comment: string; documentUrl: string | null; documentTitle: string | null; target: CreateFlagBody['target'] }): CreateFlagBody {
  const c = outcome.contract;
  const scrub = scrubber(c?.values['citizen.cpr']?.text);
  const provider = c?.values['provider.name']?.text ?? null;
  const municipality = agreementMunicipality(c?.values['buyer.municipality']?.text);
  const title = [opts.documentTitle ?? 'Kontrakt', provider].filter(Boolean).join(' – ');
  return {
    title: scrub(title).slice(0, 300),
    documentUrl: opts.documentUrl,
    documentTitle: opts.documentTitle ? scrub(opts.documentTitle).slice(0, 300) : null,
    municipality,
    offerId: null,
    findings: outcome.findings.slice(0, 500).map((f) => ({ rule: f.rule, category: f.category, field: f.field, message: scrub(f.message).slice(0, 1000) })),
    comment: opts.comment.trim() ? scrub(opts.comment.trim()) : null,
    target: opts.target,
  };
}

export interface SendViewProps {
  host: PaneHost;
  api: ApiClient | null;
  outcome: CheckOutcome | null;
}

export function SendView({ host, api, outcome }: SendViewProps) {
  const styles = useStyles();
  const [comment, setComment] = useState('');
  const [kind, setKind] = useState<TargetKind>('none');
  const [chatId, setChatId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [channelId, setChannelId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [flag, setFlag] = useState<FlagDetail | null>(null);
  const url = host.documentUrl();

  const flagId = flag?.id ?? null;
  useEffect(() => {
    if (!api || !flagId) return;
    const t = setInterval(() => {
      api.flag(flagId).then((r) => setFlag(r.value)).catch((e: unknown) => setError(e));
    }, POLL_MS);
    return () => clearInterval(t);
  }, [api, flagId]);

  const target = (): CreateFlagBody['target'] => {
    if (kind === 'chat') return { kind: 'chat', chatId: chatId.trim() };
    if (kind === 'channel') return { kind: 'channel', teamId: teamId.trim(), channelId: channelId.trim() };
    if (kind === 'webhook') return { kind: 'webhook' };
    return null;
  };

  const send = async () => {
    setError(null);
    setBusy(true);
    try {
      if (!api) throw new PaneError('api.unavailable', 'Serveren er ikke tilgængelig, så kontrakten kan ikke sendes til gennemgang.');
      if (!outcome) return;
      const res = await api.createFlag(flagRequest(outcome, { comment, documentUrl: url, documentTitle: host.documentName(), target: target() }));
      setFlag(res.value);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {!outcome && <Text block>Tjek dokumentet først; fundene sendes med til gennemgangen.</Text>}
      {outcome && (
        <Text block>
          Sendes med: {outcome.findings.length} fund ({CATEGORY_LABELS[outcome.category]}). Cpr-numre sendes aldrig.
        </Text>
      )}
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void send(); }} aria-label="Send til gennemgang">
        <Field label="Kommentar til gennemgangen">
          <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" maxLength={4000} />
        </Field>
        <Field label="Dokumentets link" hint={url ? undefined : 'Word kender ikke dokumentets placering (gem det i SharePoint eller OneDrive for at sende et link).'}>
          <Input value={url ?? ''} readOnly aria-readonly />
        </Field>
        <Field label="Send besked til">
          <Select value={kind} onChange={(_, d) => setKind(d.value as TargetKind)}>
            <option value="none">Ingen besked (kun køen Gennemgang)</option>
            <option value="chat">En Teams-chat</option>
            <option value="channel">En Teams-kanal</option>
            <option value="webhook">Den faste Workflows-kanal</option>
          </Select>
        </Field>
        {kind === 'chat' && (
          <Field label="Chat-id" required><Input value={chatId} onChange={(_, d) => setChatId(d.value)} /></Field>
        )}
        {kind === 'channel' && (
          <>
            <Field label="Team-id" required><Input value={teamId} onChange={(_, d) => setTeamId(d.value)} /></Field>
            <Field label="Kanal-id" required><Input value={channelId} onChange={(_, d) => setChannelId(d.value)} /></Field>
          </>
        )}
        <div>
          <Button type="submit" appearance="primary" disabled={busy || !outcome || (kind === 'chat' && !chatId.trim()) || (kind === 'channel' && (!teamId.trim() || !channelId.trim()))}>
            Send til gennemgang
          </Button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {flag && (
        <section className={styles.status} aria-live="polite" aria-label="Status for gennemgang">
          <MessageBar intent="success"><MessageBarBody>Kontrakten er sendt til gennemgang.</MessageBarBody></MessageBar>
          <Text>Status: <Badge appearance="tint">{FLAG_STATE_LABELS[flag.state]}</Badge></Text>
          <Text>Besked: {DELIVERY_LABELS[flag.delivery.state] ?? flag.delivery.state}</Text>
          {flag.assignee && <Text>Behandles af: {flag.assignee.name}</Text>}
        </section>
      )}
    </div>
  );
}
