/**
 * Udfyld bestilling: a form generated from the order template definition (sections, labels, help
 * texts), validated as the user types with the domain's parsers, with goals ("Mål n": description
 * with a live SMART hint, current and expected FFB score) and ordered services ("Indsats n") that
 * can be added and removed. "Indsæt i dokumentet" writes every value in one batch through the same
 * DocumentPort.writeValues as the contract form.
 */
import { useMemo, useState } from 'react';
import {
  Badge, Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, Textarea, tokens,
} from '@fluentui/react-components';
import { removeFormInstance } from '../../domain/contract/repeat-removal';
import type { CheckboxGroupDefinition, FieldDefinition, TemplateDefinition } from '../../domain/contract/template-definition';
import { isOrderTemplate } from '../../domain/order/check-order';
import { klBestilling10, klBestillingLayout } from '../../domain/order/kl-bestilling-1.0';
import { GOALS } from '../../domain/order/rules/goals';
import { ErrorMessage } from '../components/ErrorMessage';
import { inputName, labelText, useFormStyles } from '../form/form-styles';
import { usePaneAction } from '../hooks/use-pane-action';
import { PaneError } from '../errors';
import type { PaneHost } from '../host/pane-host';
import { DateTextInput } from '../../ui/inputs/DateTextInput';
import {
  blockKey, emptyOrderValues, instanceOf, orderFormSections, scoreHint, smartHint, toOrderFillInput, validateOrderForm,
  valuesFromDocument, type FormItem, type OrderFormValues,
} from './order-form-model';


/** Free-text answers that are sentences rather than short values get a multi-line box. */
const LONG_TEXT = /^(assessment\.|background\.(diagnoses|attentionPoints)|goals\[\]\.description|orderedServices\[\]\.kind|requirements\.|documentation\.content)/;
const fieldLabel = (label: string | null, fallback: string): string => labelText(label ?? fallback);
/** The display order the order domain lays the template out in (only known for kl-bestilling 1.0). */
const layoutOf = (def: TemplateDefinition): Record<string, string[]> =>
  def.id === klBestilling10.id && def.version === klBestilling10.version ? klBestillingLayout : {};

/** The order template among the registered ones (kl-bestilling), or null when none is registered. */
export const orderDefinition = (host: PaneHost): TemplateDefinition | null =>
  host.templates.sources.find((s) => isOrderTemplate(s.definition))?.definition ?? null;

export interface OrderFillFormProps {
  host: PaneHost;
  definition: TemplateDefinition;
  /** Called after the document changed (values written or blank order inserted); the pane rechecks. */
  onChanged: () => void;
}

export function OrderFillForm({ host, definition, onChanged }: OrderFillFormProps) {
  const styles = useFormStyles();
  const [values, setValues] = useState<OrderFormValues>(() => emptyOrderValues(definition));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  /** Block instances removed since the last insert, in document numbers per block id (see repeat-removal.ts). */
  const [removed, setRemoved] = useState<Record<string, number[]>>({});
  const { busy, error, notice, setNotice, run } = usePaneAction();
  const sections = useMemo(() => orderFormSections(definition, layoutOf(definition)), [definition]);
  const errors = validateOrderForm(definition, values);
  const port = host.port();

  const show = (id: string) => submitted || touched.has(id);
  const touch = (id: string) => setTouched((t) => (t.has(id) ? t : new Set(t).add(id)));

  /** Reads a value: scalar by id, a block instance's by key. */
  const get = (item: FormItem, block: string | null, i: number): string =>
    (block ? values.blocks[block]?.[i]?.[blockKey(item.def.id)] : item.type === 'field' ? values.fields[item.def.id] : values.choices[item.def.id]) ?? '';
  const set = (item: FormItem, block: string | null, i: number, v: string) =>
    setValues((s) => {
      if (block) {
        const instances = (s.blocks[block] ?? []).map((r, j) => (j === i ? { ...r, [blockKey(item.def.id)]: v } : r));
        return { ...s, blocks: { ...s.blocks, [block]: instances } };
      }
      return item.type === 'field' ? { ...s, fields: { ...s.fields, [item.def.id]: v } } : { ...s, choices: { ...s.choices, [item.def.id]: v } };
    });


  /** The open document's order, or an error that says what to do instead. */
  const readOrder = async () => {
    const p = host.port();
    if (!p) throw new PaneError('order.no-document', 'Der er intet dokument åbent. Klik på "Indsæt blank bestilling" først.');
    const read = await p.read();
    if (read.kind !== 'contract' || !isOrderTemplate(read.contract.template)) {
      throw new PaneError('order.not-an-order', 'Det åbne dokument er ikke en bestilling efter den fælleskommunale skabelon. Indsæt en blank bestilling (i et tomt dokument), og prøv igen.');
    }
    return { port: p, order: read.contract };
  };

  const insertBlank = () => run(async () => {
    await host.insertBlankTemplate(definition.id);
    setNotice(host.mode === 'browser'
      ? 'Den blanke bestilling er indsat. Udfyld formularen, klik på "Indsæt i dokumentet", og hent filen med "Download dokumentet".'
      : 'Den blanke bestilling er indsat.');
    onChanged();
  });

  const prefill = () => run(async () => {
    const { order } = await readOrder();
    setValues(valuesFromDocument(definition, order));
    setRemoved({});
    setNotice('Formularen er udfyldt med værdierne fra bestillingen.');
  });

  const insert = () => run(async () => {
    setSubmitted(true);
    // In a plain browser with nothing open, filling starts from the blank order (then "Download dokumentet").
    if (!host.port() && host.mode === 'browser') await host.insertBlankTemplate(definition.id);
    const { port: p } = await readOrder();
    await p.writeValues(toOrderFillInput(definition, values, removed));
    setRemoved({});
    setNotice(errors.count > 0
      ? `Værdierne er indsat. ${errors.count} felter mangler eller er forkerte; se markeringerne i formularen.`
      : 'Værdierne er indsat i bestillingen.');
    onChanged();
  });

  const renderField = (f: FieldDefinition, id: string, value: string, onChange: (v: string) => void) => {
    const message = errors.byId[id];
    const common = { name: inputName(id), value, onBlur: () => touch(id) };
    return (
      <Field
        key={id}
        label={fieldLabel(f.label, f.id)}
        required={f.required}
        hint={f.help}
        validationState={show(id) && message ? 'error' : 'none'}
        validationMessage={show(id) && message ? message : undefined}
      >
        {LONG_TEXT.test(f.id)
          ? <Textarea {...common} resize="vertical" rows={2} onChange={(_, d) => onChange(d.value)} />
          : f.kind === 'date'
            ? <DateTextInput {...common} autoComplete="off" onChange={onChange} />
            : <Input {...common} type="text" autoComplete="off" spellCheck={f.kind === 'text'} onChange={(_, d) => onChange(d.value)} />}
      </Field>
    );
  };

  const renderGroup = (g: CheckboxGroupDefinition, id: string, value: string, onChange: (v: string) => void, sectionTitle: string) => {
    const message = errors.byId[id];
    return (
      <Field
        key={id}
        label={fieldLabel(g.label, sectionTitle)}
        required={g.required}
        validationState={show(id) && message ? 'error' : 'none'}
        validationMessage={show(id) && message ? message : undefined}
      >
        <RadioGroup name={inputName(id)} value={value} onChange={(_, d) => { touch(id); onChange(d.value); }}>
          {g.options.map((o) => <Radio key={o.id} value={o.id} label={o.text} />)}
        </RadioGroup>
      </Field>
    );
  };

  const renderItem = (item: FormItem, block: string | null, i: number, sectionTitle: string) => {
    const id = block ? instanceOf(item.def.id, i) : item.def.id;
    const value = get(item, block, i);
    const onChange = (v: string) => set(item, block, i, v);
    return item.type === 'field' ? renderField(item.def, id, value, onChange) : renderGroup(item.def, id, value, onChange, sectionTitle);
  };

  const renderSmart = (description: string | undefined, i: number) => {
    const hint = smartHint(description);
    if (!hint) return null;
    return (
      <div key={`smart-${i}`} data-testid={`smart-${i}`} aria-live="polite">
        <div className={styles.row}>
          <Text size={200}>SMART:</Text>
          <Badge appearance={hint.measurable ? 'filled' : 'outline'} color={hint.measurable ? 'success' : 'warning'} data-met={hint.measurable}>
            {hint.measurable ? 'målbart' : 'ikke målbart'}
          </Badge>
          <Badge appearance={hint.timeBound ? 'filled' : 'outline'} color={hint.timeBound ? 'success' : 'warning'} data-met={hint.timeBound}>
            {hint.timeBound ? 'tidsbestemt' : 'ikke tidsbestemt'}
          </Badge>
        </div>
        {hint.message && <Text size={200} block>{hint.message}</Text>}
      </div>
    );
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void insert(); }} aria-label="Udfyld bestillingen" noValidate>
      <div className={styles.row} style={{ margin: `${tokens.spacingVerticalS} 0` }}>
        <Button onClick={() => void insertBlank()} disabled={busy}>Indsæt blank bestilling</Button>
        <Button onClick={() => void prefill()} disabled={busy || !port}>Hent værdier fra dokumentet</Button>
      </div>
      {sections.map(({ section, items, block }) => (
        <fieldset key={section.id} className={styles.section}>
          <legend className={styles.legend}>{section.number}. {section.title}</legend>
          {items.map((item) => renderItem(item, null, 0, section.title))}
          {block && (values.blocks[block.id] ?? []).map((instance, i, all) => (
            <div key={`${block.id}-${i}`} className={styles.instance} role="group" aria-label={`${block.heading} ${i + 1}`}>
              <div className={styles.row}>
                <Text weight="semibold">{block.heading} {i + 1}</Text>
                {all.length > 1 && (
                  <Button
                    size="small"
                    aria-label={`Fjern ${block.heading.toLowerCase()} ${i + 1}`}
                    onClick={() => {
                      setRemoved((r) => ({ ...r, [block.id]: removeFormInstance(r[block.id] ?? [], i) }));
                      setValues((s) => ({ ...s, blocks: { ...s.blocks, [block.id]: (s.blocks[block.id] ?? []).filter((_, j) => j !== i) } }));
                    }}
                  >
                    Fjern
                  </Button>
                )}
              </div>
              {block.items.map((item) => {
                const rendered = renderItem(item, block.id, i, section.title);
                if (block.id !== GOALS.block) return rendered;
                if (item.def.id === GOALS.description) return [rendered, renderSmart(instance[blockKey(GOALS.description)], i)];
                if (item.def.id === GOALS.expectedScore) {
                  const hint = scoreHint(definition, instance);
                  return [rendered, hint && (
                    <MessageBar key={`score-${i}`} intent="warning" data-testid={`score-hint-${i}`}><MessageBarBody>{hint}</MessageBarBody></MessageBar>
                  )];
                }
                return rendered;
              })}
            </div>
          ))}
          {block && (
            <Button onClick={() => setValues((s) => ({ ...s, blocks: { ...s.blocks, [block.id]: [...(s.blocks[block.id] ?? []), {}] } }))}>
              Tilføj {block.heading.toLowerCase()}
            </Button>
          )}
        </fieldset>
      ))}
      <ErrorMessage error={error} />
      {notice && <MessageBar intent="success" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      {submitted && errors.count > 0 && (
        <MessageBar intent="warning"><MessageBarBody>{errors.count} felter mangler eller er forkerte.</MessageBarBody></MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || (!port && host.mode !== 'browser')}>Indsæt i dokumentet</Button>
      </div>
    </form>
  );
}
