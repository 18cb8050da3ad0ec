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
import { buildSettings } from '../../ui/auth/build-settings';
import { tokenProviderFor } from '../../ui/auth/create-naa';
import type { TokenProvider } from '../../ui/auth/token-provider';
import { OfficeSsoTokenProvider, officeSupportsNaa } from './office-sso-token';

export class OfficeHost implements PaneHost {
  readonly mode = 'office' as const;
  private readonly wordPort: WordDocumentPort;
  readonly themeBackground: string | null;
  private readonly tokens: TokenProvider;

  constructor(globals: OfficeGlobals, readonly templates: TemplateBundle) {
    const { Office, Word } = globals;
    // Nested app authentication where Office offers it, else Office's own SSO (office-sso-token.ts).
    this.tokens = tokenProviderFor({
      build: buildSettings(),
      pageOrigin: globalThis.location?.origin ?? '',
      naaAvailable: officeSupportsNaa(Office),
      fallback: new OfficeSsoTokenProvider(Office),
    });
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
  /** Single sign-on (src/ui/auth): NAA, then Office.auth.getAccessToken, else no token (dev-mode server). */
  apiToken(): Promise<string | null> {
    return this.tokens.getToken();
  }

  async insertBlankTemplate(templateId?: string): Promise<void> {
    const source = templateId ? this.templates.sources.find((s) => s.definition.id === templateId) : this.templates.sources[0];
    if (!source) return;
    await this.wordPort.insertTemplate(source.docx, source.definition.recognition.footer);
  }
}
