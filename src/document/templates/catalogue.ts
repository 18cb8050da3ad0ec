import { klVoksen21 } from '../../domain/contract/kl-voksen-2.1';
import { klBestilling10 } from '../../domain/order/kl-bestilling-1.0';
import type { TemplateDefinition } from '../../domain/contract/template-definition';

/**
 * The registered templates: a definition and the file name of its document under assets/templates.
 * A new template or version is added here (and its .docx in assets/templates), not in the checker.
 */
export const TEMPLATE_CATALOGUE: Array<{ definition: TemplateDefinition; file: string }> = [
  { definition: klVoksen21, file: 'kl-voksen-2.1.docx' },
  // The common order template (bestilling); checked by src/domain/order (see src/document/ooxml/check.ts).
  { definition: klBestilling10, file: 'kl-bestilling-1.0.docx' },
];
