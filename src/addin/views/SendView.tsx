/**
 * Send til gennemgang: sends the contract for review (POST /api/flags) with the findings (rule,
 * category, field, message — never a CPR number: messages are redacted again here and no value of
 * citizen.cpr is ever part of the request), a comment, the document's URL when Office knows it, the
 * offer (picked in the fill form, or found by the document's CVR/P-number on the provider list) and
 * where the card goes: a Teams chat or channel the app's bot is in, offered by name
 * ("Juridisk team › Kontraktgennemgang"), the fixed Workflows channel, or no message. No Teams id is
 * ever typed or shown. Then it shows the flag's state by polling GET /api/flags/:id.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Badge, Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { redactCprNumbers } from '../../domain/privacy/cpr';
import { FLAG_STATE_LABELS } from '../../domain/flags/flag-state';
import type { ApiClient } from '../../ui/api/client';
import type { ReviewTargetOptions } from '../../ui/api/review-targets';
import type { CreateFlagBody, FlagDetail } from '../../ui/api/types';
import { CATEGORY_LABELS } from '../../ui/findings/categories';
import type { CheckOutcome } from '../check/check-document';
import { ErrorMessage } from '../components/ErrorMessage';
import { PaneError } from '../errors';
import type { PaneHost } from '../host/pane-host';
import { agreementMunicipality } from '../presets/municipalities';
import { identifiersOf, matchOffer } from './send-offer';

const POLL_MS = 5000;

const DELIVERY_LABELS: Record<string, string> = {
  none: 'Ingen besked valgt',
  pending: 'Afventer afsendelse til Teams',
  delivered: 'Sendt til Teams',
  failed: 'Kunne ikke sendes til Teams (forsøges igen)',
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
});

/** 'none', 'webhook' or 'target:<id>' of a review target. */
type TargetChoice = string;

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
export function flagRequest(outcome: CheckOutcome, opts: { comment: string; documentUrl: string | null; documentTitle: string | null; target: CreateFlagBody['target']; offerId?: string | null }): CreateFlagBody {
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
    offerId: opts.offerId ?? null,
    findings: outcome.findings.slice(0, 500).map((f) => ({ rule: f.rule, category: f.category, field: f.field, message: scrub(f.message).slice(0, 1000) })),
    comment: opts.comment.trim() ? scrub(opts.comment.trim()) : null,
    target: opts.target,
  };
}

/** The choice in the picker as the request's target. */
export function targetOf(choice: TargetChoice): CreateFlagBody['target'] {
  if (choice === 'webhook') return { kind: 'webhook' };
  if (choice.startsWith('target:')) return { kind: 'review-target', targetId: choice.slice('target:'.length) };
  return null;
}

export interface SendViewProps {
  host: PaneHost;
  api: ApiClient | null;
  outcome: CheckOutcome | null;
  /** The offer picked in the fill form, if any (wins over the CVR/P-number match). */
  pickedOffer?: { id: string; name: string } | null;
}

export function SendView({ host, api, outcome, pickedOffer = null }: SendViewProps) {
  const styles = useStyles();
  const [comment, setComment] = useState('');
  const [choice, setChoice] = useState<TargetChoice>('none');
  const [targets, setTargets] = useState<ReviewTargetOptions | null>(null);
  const [matched, setMatched] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [flag, setFlag] = useState<FlagDetail | null>(null);
  const url = host.documentUrl();

  useEffect(() => {
    if (!api) return;
    let live = true;
    api.reviewTargets().then((t) => { if (live) setTargets(t); }).catch((e: unknown) => { if (live) setError(e); });
    return () => { live = false; };
  }, [api]);

  // The offer by the document's CVR/P-number. Searched by CVR only: a P-number can look like a date.
  const ids = useMemo(() => identifiersOf(outcome?.contract?.values), [outcome]);
  useEffect(() => {
    setMatched(null);
    if (!api || pickedOffer || !ids.cvr) return;
    let live = true;
    api.listOffers({ q: ids.cvr, limit: 50 }).then((page) => { if (live) setMatched(matchOffer(ids, page.items)); }).catch(() => undefined);
    return () => { live = false; };
  }, [api, ids, pickedOffer]);
  const offer = pickedOffer ?? matched;

  const flagId = flag?.id ?? null;
  useEffect(() => {
    if (!api || !flagId) return;
    const t = setInterval(() => {
      api.flag(flagId).then((r) => setFlag(r.value)).catch((e: unknown) => setError(e));
    }, POLL_MS);
    return () => clearInterval(t);
  }, [api, flagId]);

  const send = async () => {
    setError(null);
    setBusy(true);
    try {
      if (!api) throw new PaneError('api.unavailable', 'Serveren er ikke tilgængelig, så kontrakten kan ikke sendes til gennemgang.');
      if (!outcome) return;
      const res = await api.createFlag(flagRequest(outcome, { comment, documentUrl: url, documentTitle: host.documentName(), target: targetOf(choice), offerId: offer?.id ?? null }));
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
        <Field label="Tilbud" hint={offer ? undefined : 'Vælg leverandøren under Udfyld, eller skriv tilbuddets CVR-nummer i kontrakten.'}>
          <Text>{offer ? `${offer.name}${pickedOffer ? '' : ' (fundet ud fra CVR-/P-nummeret)'}` : 'Ikke fundet på leverandørlisten'}</Text>
        </Field>
        <Field
          label="Send besked til"
          hint={targets && targets.items.length === 0
            ? 'Ingen Teams-chats eller -kanaler endnu: tilføj appen KL Kontrakt i den kanal eller gruppechat, der skal have kortet.'
            : undefined}
        >
          <Select value={choice} onChange={(_, d) => setChoice(d.value)}>
            <option value="none">Ingen besked (kun køen Gennemgang)</option>
            {targets?.items.map((t) => <option key={t.id} value={`target:${t.id}`}>{t.name}</option>)}
            {targets?.webhook && <option value="webhook">Den faste Workflows-kanal</option>}
          </Select>
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={busy || !outcome}>
            Send til gennemgang
          </Button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {flag && (
        <section className={styles.status} aria-live="polite" aria-label="Status for gennemgang">
          <MessageBar intent="success"><MessageBarBody>Kontrakten er sendt til gennemgang.</MessageBarBody></MessageBar>
          <Text>Status: <Badge appearance="tint">{FLAG_STATE_LABELS[flag.state]}</Badge></Text>
          <Text>Besked: {DELIVERY_LABELS[flag.delivery.state] ?? flag.delivery.state}{flag.target ? ` (${flag.target.name})` : ''}</Text>
          {flag.target?.status === 'gone' || flag.target?.status === 'removed' ? (
            <MessageBar intent="warning">
              <MessageBarBody>Kortet kan ikke sendes: appen er ikke længere i {flag.target.name} i Teams. Flaget ligger stadig i køen Gennemgang.</MessageBarBody>
            </MessageBar>
          ) : null}
          {flag.assignee && <Text>Behandles af: {flag.assignee.name}</Text>}
        </section>
      )}
    </div>
  );
}
