/**
 * The registered templates in the browser: the catalogue's documents are served next to the pane
 * (dist/addin/templates/, emitted by webpack/addin.cjs) and registered with the same registry code
 * as the CLI, so standard clause texts are read from the same bytes.
 */
import { TEMPLATE_CATALOGUE } from '../../document/templates/catalogue';
import { TemplateRegistry, type TemplateSource } from '../../document/templates/registry';
import { PaneError } from '../errors';

export interface TemplateBundle {
  registry: TemplateRegistry;
  sources: TemplateSource[];
}

export async function loadTemplates(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<TemplateBundle> {
  const sources = await Promise.all(
    TEMPLATE_CATALOGUE.map(async (t) => {
      const res = await fetchImpl(new URL(`templates/${t.file}`, baseUrl).toString());
      if (!res.ok) throw new PaneError('template.unavailable', `Skabelonen ${t.file} kunne ikke hentes (${res.status}).`);
      return { definition: t.definition, docx: new Uint8Array(await res.arrayBuffer()) };
    }),
  );
  return { registry: TemplateRegistry.fromSources(sources), sources };
}
