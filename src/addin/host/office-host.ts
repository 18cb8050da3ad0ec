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
import { OFFICE_AUTH_PAGE } from '../../ui/auth/auth-pages';
import { authChainFor } from '../../ui/auth/create-naa';
import type { SignInGate } from '../../ui/auth/sign-in-gate';
import type { TokenProvider } from '../../ui/auth/token-provider';
import { OfficeDialogSignIn, type OfficeDialogGlobals } from './office-dialog-sign-in';
import { OfficeSsoTokenProvider, officeSupportsNaa } from './office-sso-token';

export class OfficeHost implements PaneHost {
  readonly mode = 'office' as const;
  private readonly wordPort: WordDocumentPort;
  readonly themeBackground: string | null;
  private readonly tokens: TokenProvider;
  readonly signIn: SignInGate | null;

  constructor(globals: OfficeGlobals, readonly templates: TemplateBundle) {
    const { Office, Word } = globals;
    // Nested app authentication where Office offers it, then Office's own SSO (office-sso-token.ts),
    // then our auth page in an Office dialog from the "Log ind" button (office-dialog-sign-in.ts).
    // The dialog's page must be on the pane's own domain: the pane's origin, not PUBLIC_BASE_URL.
    const build = buildSettings();
    const pageOrigin = globalThis.location?.origin || originOf(build.publicBaseUrl);
    ({ tokens: this.tokens, signIn: this.signIn } = authChainFor({
      build,
      pageOrigin,
      naaAvailable: officeSupportsNaa(Office),
      hostSso: new OfficeSsoTokenProvider(Office),
      // The real office.js types are wider (overloads, enums); the adapter uses the narrow part.
      signInPage: () => new OfficeDialogSignIn(Office as unknown as OfficeDialogGlobals, `${pageOrigin}${OFFICE_AUTH_PAGE}`),
    }));
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
  /** Single sign-on (src/ui/auth): NAA, Office.auth.getAccessToken, the dialog's token, else no token (dev-mode server). */
  apiToken(): Promise<string | null> {
    return this.tokens.getToken();
  }

  async insertBlankTemplate(templateId?: string): Promise<void> {
    const source = templateId ? this.templates.sources.find((s) => s.definition.id === templateId) : this.templates.sources[0];
    if (!source) return;
    await this.wordPort.insertTemplate(source.docx, source.definition.recognition.footer);
  }
}

function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}
