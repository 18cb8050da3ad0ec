/**
 * Browser mode: the pane outside Office opens a .docx from disk, checks and fills it with the same
 * OOXML adapter as the CLI, and hands the result back for download. A demo and a fallback on the
 * same code path as Word (the views cannot tell the difference).
 */
import { OoxmlDocumentPort } from '../../document/ooxml/port';
import type { Capability } from '../../document/word/capabilities';
import type { PaneHost } from './pane-host';
import type { TemplateBundle } from './template-source';

export class BrowserHost implements PaneHost {
  readonly mode = 'browser' as const;
  readonly capabilities: Capability[] = [];
  readonly themeBackground = null;
  private current: { port: OoxmlDocumentPort; name: string } | null = null;

  constructor(readonly templates: TemplateBundle) {}

  port(): OoxmlDocumentPort | null {
    return this.current?.port ?? null;
  }
  documentName(): string | null {
    return this.current?.name ?? null;
  }
  documentUrl(): string | null {
    return null;
  }
  async changeTrackingMode() {
    return null;
  }
  /** Outside Office there is no single sign-on: the server must run in dev mode for the API. */
  async apiToken(): Promise<string | null> {
    return null;
  }
  /** Browser mode runs against a dev-mode server: nobody to sign in with. */
  readonly signIn = null;
  openFile(bytes: Uint8Array, name: string): void {
    this.current = { port: OoxmlDocumentPort.fromDocx(bytes, this.templates.registry), name };
  }
  async insertBlankTemplate(templateId?: string): Promise<void> {
    const source = templateId ? this.templates.sources.find((s) => s.definition.id === templateId) : this.templates.sources[0];
    if (!source) return;
    this.openFile(source.docx, `${source.definition.id}-${source.definition.version}-udfyldt.docx`);
  }
  currentFile(): { bytes: Uint8Array; name: string } | null {
    if (!this.current) return null;
    const name = this.current.name.replace(/(\.docx)?$/i, '') ;
    return { bytes: this.current.port.toDocx(), name: /-udfyldt$/.test(name) ? `${name}.docx` : `${name}-udfyldt.docx` };
  }
}
