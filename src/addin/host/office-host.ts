/**
 * Word mode: the only place that touches the Office and Word globals. It hands the Office.js
 * adapter `Word` (as the narrow WordHost) and `Office.context` (requirement sets, URL).
 */
import type { DocumentPort } from '../../document/port';
import type { OfficeContextLike, WordHost } from '../../document/word/word-api';
import { WordDocumentPort } from '../../document/word/word-adapter';
import type { OfficeGlobals } from './office-loader';
import type { PaneHost } from './pane-host';
import type { TemplateBundle } from './template-source';

export class OfficeHost implements PaneHost {
  readonly mode = 'office' as const;
  private readonly wordPort: WordDocumentPort;
  readonly themeBackground: string | null;
  private readonly office: typeof Office;
  /** Set after single sign-on failed once, so the user is not prompted on every request. */
  private ssoUnavailable = false;

  constructor(globals: OfficeGlobals, readonly templates: TemplateBundle) {
    const { Office, Word } = globals;
    this.office = Office;
    const office: OfficeContextLike = {
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      documentUrl: () => {
        const url = Office.context.document?.url;
        return url && /^https?:\/\//i.test(url) ? url : null;
      },
    };
    // The real Word namespace is structurally wider than the adapter's narrow WordHost.
    this.wordPort = new WordDocumentPort(Word as unknown as WordHost, office, templates.registry);
    this.themeBackground = Office.context.officeTheme?.bodyBackgroundColor ?? null;
  }

  get capabilities() {
    return this.wordPort.capabilities.list;
  }
  port(): DocumentPort {
    return this.wordPort;
  }
  documentName(): string | null {
    const url = this.documentUrl();
    return url ? decodeURIComponent(url.split(/[/\\]/).pop() ?? '') || null : null;
  }
  documentUrl(): string | null {
    return this.wordPort.documentUrl();
  }
  changeTrackingMode() {
    return this.wordPort.changeTrackingMode();
  }
  /**
   * Office single sign-on (IdentityAPI 1.3; the manifest has WebApplicationInfo when ENTRA_CLIENT_ID
   * was set at build time). Without it, or when it fails, the API is called without a token, which
   * only a server in dev mode accepts; the server's Danish error then says so.
   */
  async apiToken(): Promise<string | null> {
    if (this.ssoUnavailable || !this.office.context.requirements.isSetSupported('IdentityAPI', '1.3')) return null;
    try {
      return await this.office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
    } catch {
      this.ssoUnavailable = true;
      return null;
    }
  }

  async insertBlankTemplate(templateId?: string): Promise<void> {
    const source = templateId ? this.templates.sources.find((s) => s.definition.id === templateId) : this.templates.sources[0];
    if (!source) return;
    await this.wordPort.insertTemplate(source.docx, source.definition.recognition.footer);
  }
}
