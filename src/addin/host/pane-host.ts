/**
 * What the task pane needs from where it runs: the open document's port and a few host facts.
 * Two implementations: Word (Office.js adapter) and a plain browser (OOXML adapter over a file the
 * user opens). The views receive this, never Word.run or Office.
 */
import type { DocumentPort } from '../../document/port';
import type { Capability } from '../../document/word/capabilities';
import type { ChangeTrackingMode } from '../../document/word/word-api';
import type { SignInGate } from '../../ui/auth/sign-in-gate';
import type { TemplateBundle } from './template-source';

export interface PaneHost {
  readonly mode: 'office' | 'browser';
  readonly templates: TemplateBundle;
  /** Features of the host that may be missing, each with the pane's Danish notice. */
  readonly capabilities: Capability[];
  /** Office's theme background colour, when Office gives one. */
  readonly themeBackground: string | null;
  /** The open document's port; null in browser mode until a file is opened. */
  port(): DocumentPort | null;
  /** A name for the document (browser: the file name). */
  documentName(): string | null;
  /** The document's URL when Office knows it (SharePoint/OneDrive). */
  documentUrl(): string | null;
  changeTrackingMode(): Promise<ChangeTrackingMode | null>;
  /** Puts a blank registered template (the first, else the one with `templateId`) into the (empty) document. */
  insertBlankTemplate(templateId?: string): Promise<void>;
  /** A token for the server's API (Office single sign-on), or null to call without one. */
  apiToken(): Promise<string | null>;
  /** The "Log ind" step (Office dialog), null where no sign-in is possible (browser mode, dev-mode build). */
  readonly signIn: SignInGate | null;
  /** Browser mode: open a .docx from disk. */
  openFile?(bytes: Uint8Array, name: string): void;
  /** Browser mode: the current document as .docx bytes, for download. */
  currentFile?(): { bytes: Uint8Array; name: string } | null;
}
