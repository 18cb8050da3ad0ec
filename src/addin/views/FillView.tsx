/**
 * Udfyld: a form built from the template definition (sections, labels, help texts), validated as
 * the user types with the domain's parsers, with municipality presets, the provider picker and
 * several services. "Indsæt i dokumentet" writes every value in one batch through the port.
 */
import { useId, useMemo, useRef, useState } from 'react';
import {
  Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Select, Text, tokens,
} from '@fluentui/react-components';
import type { ContractFillInput } from '../../domain/contract/fill-input';
import type { FieldDefinition, TemplateDefinition } from '../../domain/contract/template-definition';
import type { ApiClient } from '../../ui/api/client';
import type { OfferSummary } from '../../ui/api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorMessage } from '../components/ErrorMessage';
import { ErrorSummary } from '../components/ErrorSummary';
import { removeFormInstance } from '../../domain/contract/repeat-removal';
import { formProblems, sectionProgress } from '../form/form-summary';
import { DateTextInput } from '../../ui/inputs/DateTextInput';
import { crossFieldWarnings, emptyInput, fieldError, formSections, inputFromDocument, serviceKey, toFillInput, validateForm, withOffer } from '../form/form-model';
import { inputName, labelText, useFormStyles } from '../form/form-styles';
import { usePaneAction } from '../hooks/use-pane-action';
import { ProviderPicker } from '../form/ProviderPicker';
import type { PaneHost } from '../host/pane-host';
import { MUNICIPALITY_PRESETS, presetFields } from '../presets/municipalities';


const inputType = (f: FieldDefinition): 'text' | 'email' | 'tel' => (f.kind === 'email' ? 'email' : f.kind === 'phone' ? 'tel' : 'text');
const fieldLabel = (f: FieldDefinition): string => labelText(f.label);

export interface FillViewProps {
  host: PaneHost;
  definition: TemplateDefinition;
  api: ApiClient | null;
  /** Called after values were written (the pane rechecks). */
  onInserted: () => void;
  /** Called after the blank template was inserted. */
  onTemplateInserted: () => void;
  /** The offer picked from the provider list (Send til gennemgang names it on the flag). */
  onOfferPicked?: (offer: { id: string; name: string }) => void;
}

export function FillView({ host, definition, api, onInserted, onTemplateInserted, onOfferPicked }: FillViewProps) {
  const styles = useFormStyles();
  const progressId = useId();
  const [input, setInput] = useState<ContractFillInput>(emptyInput);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  /** Service blocks removed in the form since the last insert, as the document numbers them (taken out on "Indsæt"). */
  const [removedServices, setRemovedServices] = useState<number[]>([]);
  const { busy, error, notice, setNotice, run } = usePaneAction();
  const [presetNote, setPresetNote] = useState<string | null>(null);
  const sections = useMemo(() => formSections(definition), [definition]);
  const errors = validateForm(definition, input);
  const warnings = crossFieldWarnings(definition, input);
  const problems = formProblems(sections, errors, input);
  const progress = sectionProgress(sections, problems);
  const [insertedWithProblems, setInsertedWithProblems] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const port = host.port();

  const show = (key: string) => submitted || touched.has(key);
  const touch = (key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
  const setField = (id: string, v: string) => setInput((s) => ({ ...s, fields: { ...s.fields, [id]: v } }));
  const setService = (i: number, key: string, v: string) =>
    setInput((s) => ({ ...s, services: s.services.map((svc, j) => (j === i ? { ...svc, [key]: v } : svc)) }));


  const pickProvider = (o: OfferSummary) => {
    onOfferPicked?.({ id: o.id, name: o.name });
    setInput((s) => withOffer(s, o));
    setNotice(`Leverandøroplysninger for ${o.name} er indsat i formularen.`);
  };

  const prefill = () => run(async () => {
    if (!port) return;
    const read = await port.read();
    if (read.kind !== 'contract') throw new Error(read.reason);
    setInput(inputFromDocument(definition, read.contract));
    setRemovedServices([]);
    setNotice('Formularen er udfyldt med værdierne fra dokumentet.');
  });

  const insert = () => run(async () => {
    setSubmitted(true);
    setInsertedWithProblems(false);
    if (!port) return;
    await port.writeValues(toFillInput(input, { services: removedServices }));
    // The document now has exactly the form's service blocks, in the form's order.
    setRemovedServices([]);
    // Success only when nothing is missing: otherwise the summary at the top says what was written and what is left.
    if (problems.length > 0) setInsertedWithProblems(true);
    else setNotice('Værdierne er indsat i dokumentet.');
    onInserted();
    requestAnimationFrame(() => (problems.length > 0 ? summaryRef.current : statusRef.current)?.focus());
  });

  // Browser mode replaces the open file (Word itself refuses a non-empty document): ask first.
  const [confirmReplace, setConfirmReplace] = useState(false);
  const askInsertTemplate = () => {
    if (host.mode === 'browser' && host.documentName()) setConfirmReplace(true);
    else void insertTemplate();
  };
  const insertTemplate = () => run(async () => {
    setConfirmReplace(false);
    await host.insertBlankTemplate();
    setNotice('Den blanke skabelon er indsat.');
    onTemplateInserted();
  });

  const serviceHint = input.services.length === 1 ? 'Kontrakten har mindst én indsats: skabelonens blok for indsats 1 bliver i dokumentet.' : null;
  const removeService = (i: number) => {
    setRemovedServices((r) => removeFormInstance(r, i));
    setInput((s) => ({ ...s, services: s.services.filter((_, j) => j !== i) }));
  };

  const renderField = (f: FieldDefinition, value: string | undefined, onChange: (v: string) => void, key: string, svcError?: string) => {
    const message = svcError ?? fieldError(f, value, input);
    // A cross-field warning shows as soon as both values read (as the user types), an own error after blur.
    const [state, text] = show(key) && message ? ['error', message] as const : warnings[key] ? ['warning', warnings[key]] as const : ['none', undefined] as const;
    return (
      <Field key={key} label={fieldLabel(f)} required={f.required} hint={f.help} validationState={state} validationMessage={text}>
        {f.kind === 'date'
          ? <DateTextInput name={inputName(key)} value={value ?? ''} autoComplete="off" onChange={onChange} onBlur={() => touch(key)} />
          : (
            <Input
              name={inputName(key)}
              type={inputType(f)}
              value={value ?? ''}
              autoComplete="off"
              spellCheck={f.kind === 'text'}
              onChange={(_, d) => onChange(d.value)}
              onBlur={() => touch(key)}
            />
          )}
      </Field>
    );
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void insert(); }} aria-label="Udfyld kontrakten" noValidate>
      <div className={styles.row} style={{ margin: `${tokens.spacingVerticalS} 0` }}>
        <Button onClick={askInsertTemplate} disabled={busy}>Indsæt blank skabelon</Button>
        <Button onClick={() => void prefill()} disabled={busy || !port}>Hent værdier fra dokumentet</Button>
      </div>
      <ConfirmDialog
        open={confirmReplace} title="Erstat det åbne dokument?"
        confirmLabel="Erstat med blank skabelon" cancelLabel="Behold dokumentet"
        onConfirm={() => void insertTemplate()} onCancel={() => setConfirmReplace(false)}
      >
        {`"${host.documentName() ?? ''}" lukkes, og en blank skabelon åbnes i stedet. Ændringer, du ikke har downloadet, går tabt.`}
      </ConfirmDialog>
      <div className={styles.progress}>
        <Text size={200} id={progressId}>{progress.text}</Text>
        <ProgressBar value={progress.total ? progress.done / progress.total : 0} aria-labelledby={progressId} thickness="large" />
      </div>
      {submitted && problems.length > 0 && (
        <ErrorSummary
          ref={summaryRef} problems={problems}
          title={insertedWithProblems
            ? `Værdierne er indsat, men ${problems.length} felter mangler eller er forkerte`
            : `${problems.length} felter mangler eller er forkerte`}
        />
      )}
      {sections.map(({ section, fields, groups, serviceFields }) => (
        <fieldset key={section.id} className={styles.section}>
          <legend className={styles.legend}>{section.number}. {section.title}</legend>
          {section.id === 'buyer' && (
            <Field label="Kommune (forudfyldning)" hint={presetNote ?? 'Vælg kommunen for at udfylde forvaltning, adresse, EAN og kontaktdata.'}>
              <Select
                defaultValue=""
                onChange={(_, d) => {
                  const p = MUNICIPALITY_PRESETS.find((m) => m.municipality === d.value);
                  if (!p) return;
                  setInput((s) => ({ ...s, fields: { ...s.fields, ...presetFields(p) } }));
                  setPresetNote(p.fictional ? 'Bemærk: forvaltning, adresse, telefon, e-mail og EAN er fiktive eksempelværdier, indtil kommunen har indlæst sine egne.' : null);
                }}
              >
                <option value="">Vælg kommune …</option>
                {MUNICIPALITY_PRESETS.map((m) => <option key={m.municipality} value={m.municipality}>{m.municipality}</option>)}
              </Select>
            </Field>
          )}
          {section.id === 'provider' && <ProviderPicker api={api} onPick={pickProvider} />}
          {groups.map((g) => (
            <Field
              key={g.id}
              label={g.label ? g.label.replace(/:\s*$/, '') : section.title}
              required={g.required}
              validationState={show(g.id) && errors.choices[g.id] ? 'error' : warnings[g.id] ? 'warning' : 'none'}
              validationMessage={(show(g.id) && errors.choices[g.id]) || warnings[g.id]}
            >
              <RadioGroup
                name={inputName(g.id)}
                value={input.choices[g.id] ?? ''}
                onChange={(_, d) => { touch(g.id); setInput((s) => ({ ...s, choices: { ...s.choices, [g.id]: d.value } })); }}
              >
                {g.options.map((o) => <Radio key={o.id} value={o.id} label={o.text} />)}
              </RadioGroup>
            </Field>
          ))}
          {fields.map((f) => renderField(f, input.fields[f.id], (v) => setField(f.id, v), f.id))}
          {serviceFields.length > 0 && input.services.map((svc, i) => (
            <div key={i} className={styles.instance} role="group" aria-label={`Indsats ${i + 1}`}>
              <div className={styles.row}>
                <Text weight="semibold">Indsats {i + 1}</Text>
                {input.services.length > 1 && (
                  <Button size="small" onClick={() => removeService(i)} aria-label={`Fjern indsats ${i + 1}`}>
                    Fjern
                  </Button>
                )}
              </div>
              {serviceFields.map((f) => {
                const key = f.id.replace('[]', `[${i}]`);
                return renderField(f, svc[serviceKey(f)], (v) => setService(i, serviceKey(f), v), key, errors.services[i]?.[serviceKey(f)]);
              })}
            </div>
          ))}
          {serviceFields.length > 0 && serviceHint && <Text size={200} className={styles.hint}>{serviceHint}</Text>}
          {serviceFields.length > 0 && (
            <Button onClick={() => setInput((s) => ({ ...s, services: [...s.services, {}] }))}>Tilføj indsats</Button>
          )}
        </fieldset>
      ))}
      <div className={styles.actions}>
        <div ref={statusRef} tabIndex={-1} className={styles.status}>
          <ErrorMessage error={error} />
          {removedServices.length > 0 && (
            <MessageBar intent="info"><MessageBarBody>
              {removedServices.length === 1 ? 'Den fjernede indsats' : `De ${removedServices.length} fjernede indsatser`} tages ud af dokumentet, når du trykker "Indsæt i dokumentet"; de øvrige nummereres forfra.
            </MessageBarBody></MessageBar>
          )}
          {notice && <MessageBar intent="success" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
        </div>
        <Button type="submit" appearance="primary" disabled={busy || !port}>Indsæt i dokumentet</Button>
      </div>
    </form>
  );
}
