/** Checks files one by one; a file that cannot be read becomes a result, never an exception. */
import { readFileSync, statSync } from 'node:fs';
import { checkDocx } from '../document/ooxml/check';
import { DEFAULT_LIMITS } from '../document/ooxml/zip-reader';
import type { TemplateRegistry } from '../document/templates/registry';
import { fieldValues, type CheckedFile } from './report';

export interface CheckOptions {
  fields: boolean;
  showCpr: boolean;
}

const unreadable = (file: string, message: string): CheckedFile => ({
  file, template: null, category: 'ikke-laesbar',
  findings: [{ rule: 'file.unreadable', category: 'ikke-laesbar', field: null, message }],
});

export function checkFile(file: string, registry: TemplateRegistry, opts: CheckOptions): CheckedFile {
  try {
    const size = statSync(file).size;
    if (size > DEFAULT_LIMITS.maxInputBytes) {
      return unreadable(file, `Filen er større end grænsen på ${Math.round(DEFAULT_LIMITS.maxInputBytes / 1048576)} MB.`);
    }
    const r = checkDocx(new Uint8Array(readFileSync(file)), registry);
    const out: CheckedFile = { file, template: r.template, category: r.category, findings: r.findings };
    if (r.contract) {
      const m = r.contract.values['buyer.municipality']?.text;
      if (m) out.municipality = m;
      if (opts.fields) out.fields = fieldValues(r.contract, registry, opts.showCpr);
    } else if (opts.fields) out.fields = {};
    return out;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EACCES' || code === 'EPERM') return unreadable(file, 'Filen kan ikke åbnes (ingen adgang).');
    if (code === 'EISDIR') return unreadable(file, 'Stien er en mappe, ikke en fil.');
    return unreadable(file, 'Filen kunne ikke læses.');
  }
}
