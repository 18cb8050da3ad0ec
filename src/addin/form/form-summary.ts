/**
 * What the top of the Udfyld form says: every problem with the field it belongs to (for the error summary's
 * links) and how many sections are complete ("7 af 11 afsnit udfyldt"). Pure, from the form model.
 */
import type { ContractFillInput } from '../../domain/contract/fill-input';
import { serviceKey, type FormErrors, type FormSection } from './form-model';
import { labelText } from './form-styles';

export interface FormProblem {
  /** The field or group id the control is named after ('provider.cvr', 'services[1].startDate'). */
  id: string;
  /** "3. Leverandør – CVR-nr.: Cvr-nummerets kontrolciffer passer ikke …" reads without the form in view. */
  section: string;
  label: string;
  message: string;
}

export function formProblems(sections: FormSection[], errors: FormErrors, input: ContractFillInput): FormProblem[] {
  const out: FormProblem[] = [];
  for (const { section, fields, groups, serviceFields } of sections) {
    const where = `${section.number}. ${section.title}`;
    for (const g of groups) {
      const m = errors.choices[g.id];
      if (m) out.push({ id: g.id, section: where, label: g.label ? labelText(g.label) : section.title, message: m });
    }
    for (const f of fields) {
      const m = errors.fields[f.id];
      if (m) out.push({ id: f.id, section: where, label: labelText(f.label), message: m });
    }
    input.services.forEach((_, i) => {
      for (const f of serviceFields) {
        const m = errors.services[i]?.[serviceKey(f)];
        if (m) out.push({ id: f.id.replace('[]', `[${i}]`), section: where, label: `Indsats ${i + 1}: ${labelText(f.label)}`, message: m });
      }
    });
  }
  return out;
}

/** A section is complete when nothing in it is missing or wrong. */
export function sectionProgress(sections: FormSection[], problems: FormProblem[]): { done: number; total: number; text: string } {
  const withProblems = new Set(problems.map((p) => p.section));
  const total = sections.length;
  const done = sections.filter(({ section }) => !withProblems.has(`${section.number}. ${section.title}`)).length;
  return { done, total, text: `${done} af ${total} afsnit udfyldt` };
}
