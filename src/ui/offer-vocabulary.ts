/**
 * The choices of the offer forms and filters, as Dropdown options: the domain's values in its order
 * with the domain's Danish labels (capitalised for a list), so no face keeps its own table.
 */
import {
  LIST_STATUSES, LIST_STATUS_LABELS, OPERATING_FORMS, OPERATING_FORM_LABELS, RATE_UNITS, RATE_UNIT_LABELS, SUPERVISION_COLOURS, SUPERVISION_LABELS,
  type ListStatus, type OperatingForm, type RateUnit, type SupervisionColour,
} from '../domain/providers/offer';

export interface Choice<V extends string = string> { value: V; label: string }

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('da-DK') + s.slice(1);

export const OPERATING_FORM_CHOICES: readonly Choice<OperatingForm>[] = OPERATING_FORMS.map((v) => ({ value: v, label: capitalise(OPERATING_FORM_LABELS[v]) }));
export const LIST_STATUS_CHOICES: readonly Choice<ListStatus>[] = LIST_STATUSES.map((v) => ({ value: v, label: LIST_STATUS_LABELS[v] }));
export const RATE_UNIT_CHOICES: readonly Choice<RateUnit>[] = RATE_UNITS.map((v) => ({ value: v, label: RATE_UNIT_LABELS[v] }));

/** '' stands for "no supervision status registered" (the API's null). */
export const NO_SUPERVISION = '';
export const SUPERVISION_CHOICES: readonly Choice<SupervisionColour | typeof NO_SUPERVISION>[] = [
  { value: NO_SUPERVISION, label: 'Ingen tilsynsstatus' },
  ...SUPERVISION_COLOURS.map((v) => ({ value: v, label: SUPERVISION_LABELS[v] })),
];

/** The label of a value among choices; the value itself when unknown (data newer than the bundle). */
export function choiceLabel(choices: readonly Choice[], value: string): string {
  return choices.find((c) => c.value === value)?.label ?? value;
}
