/**
 * The template registry: each template is a definition (data) plus its registered .docx, from
 * which the standard clause texts are read with the same extraction code that reads contracts.
 * Built from bytes, so it works in the browser as well as in Node (see ./node-loader for Node).
 */
import { normaliseText } from '../../domain/contract/labels';
import type { TemplateDefinition } from '../../domain/contract/template-definition';
import { TemplateConfigurationError } from '../../domain/errors';
import { extractContract } from '../ooxml/extract';
import { loadDocument, type LoadedDocument } from '../ooxml/load';

export interface TemplateSource {
  definition: TemplateDefinition;
  /** The registered template document (.docx bytes). */
  docx: Uint8Array;
}

export interface RegisteredTemplate extends TemplateSource {
  /** Standard clause texts by clause id, read from the template document. */
  standardTexts: Record<string, string>;
}

export type Recognition = { ok: true; template: RegisteredTemplate } | { ok: false; reason: string };

const contains = (haystacks: string[], needle: string): boolean => {
  const n = normaliseText(needle);
  return n !== '' && haystacks.some((h) => h.includes(n));
};

/** Normalised body and footer texts of a document, computed once however many templates are tried. */
const normalised = new WeakMap<LoadedDocument, { body: string[]; footers: string[] }>();
function normalisedTexts(doc: LoadedDocument): { body: string[]; footers: string[] } {
  let n = normalised.get(doc);
  if (!n) {
    n = {
      body: doc.model.paragraphs.map((p) => normaliseText(p.text)).filter((t) => t !== ''),
      footers: doc.headerFooterTexts.map(normaliseText),
    };
    normalised.set(doc, n);
  }
  return n;
}

export class TemplateRegistry {
  private constructor(private readonly templates: RegisteredTemplate[]) {}

  /** Registers templates from their definitions and documents; throws when a document does not match its definition. */
  static fromSources(sources: TemplateSource[]): TemplateRegistry {
    const registered: RegisteredTemplate[] = [];
    for (const src of sources) {
      const doc = loadDocument(src.docx);
      if (!TemplateRegistry.matches(doc, src.definition).full) {
        throw new TemplateConfigurationError(
          `Skabelondokumentet for ${src.definition.id} ${src.definition.version} har ikke skabelonens overskrift og sidefod.`,
        );
      }
      const { contract } = extractContract(doc.model, src.definition);
      const standardTexts: Record<string, string> = {};
      for (const cl of src.definition.clauses) {
        const text = contract.clauses[cl.id]?.text;
        if (!text) {
          throw new TemplateConfigurationError(
            `Skabelondokumentet for ${src.definition.id} ${src.definition.version} mangler teksten til klausulen ${cl.id}.`,
          );
        }
        standardTexts[cl.id] = text;
      }
      registered.push({ ...src, standardTexts });
    }
    return new TemplateRegistry(registered);
  }

  list(): RegisteredTemplate[] {
    return [...this.templates];
  }

  find(id: string, version?: string): RegisteredTemplate | undefined {
    return this.templates.find((t) => t.definition.id === id && (version === undefined || t.definition.version === version));
  }

  private static matches(doc: LoadedDocument, def: TemplateDefinition): { heading: boolean; footer: boolean; full: boolean } {
    const { body, footers } = normalisedTexts(doc);
    // The title may also stand in a page header (some municipalities' letterhead versions).
    const heading = contains([...body, ...footers], def.recognition.heading);
    // The footer may sit in any footer part or, after copy-paste, in the body.
    const footer = contains([...footers, ...body, footers.join(' ')], def.recognition.footer);
    return { heading, footer, full: heading && footer };
  }

  /** The registered template of a document, or a Danish reason why none matches. */
  recognise(doc: LoadedDocument): Recognition {
    let partial: { t: RegisteredTemplate; heading: boolean } | undefined;
    for (const t of this.templates) {
      const m = TemplateRegistry.matches(doc, t.definition);
      if (m.full) return { ok: true, template: t };
      if ((m.heading || m.footer) && !partial) partial = { t, heading: m.heading };
    }
    if (partial) {
      const r = partial.t.definition.recognition;
      return {
        ok: false,
        reason: partial.heading
          ? `Dokumentet har overskriften "${r.heading}", men ikke sidefoden "${r.footer}"; versionen af skabelonen kan derfor ikke genkendes. Brug den registrerede skabelon.`
          : `Dokumentet har sidefoden "${r.footer}", men ikke overskriften "${r.heading}"; det ligner en ændret skabelon. Brug den registrerede skabelon.`,
      };
    }
    const known = this.templates.map((t) => `${t.definition.name} ${t.definition.version}`).join(', ');
    return {
      ok: false,
      reason: `Dokumentet er ikke en kendt kontraktskabelon (kendte skabeloner: ${known}); overskrift og sidefod med skabelonens version blev ikke fundet.`,
    };
  }
}
