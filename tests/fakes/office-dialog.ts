/**
 * The Office dialog API part of the Office fake (FakeWord.dialogs, tests/fakes/word.ts): what
 * `Office.context.ui.displayDialogAsync` and the Dialog object do, as documented:
 * - the callback comes asynchronously with status succeeded and a Dialog, or failed with a code
 *   (`failNextOpen`); a second dialog while one is open fails with 12007;
 * - the page in the dialog answers with messageParent → DialogMessageReceived {message, origin};
 * - the user closing it → DialogEventReceived {error: 12006}; close() ends it, later events are dropped.
 * https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events
 */
import type { OfficeDialogGlobals, OfficeDialogLike } from '../../src/addin/host/office-dialog-sign-in';

type Handler = Parameters<OfficeDialogLike['addEventHandler']>[1];

export class FakeOfficeDialogs implements OfficeDialogGlobals {
  readonly EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
  readonly AsyncResultStatus = { Failed: 'failed', Succeeded: 'succeeded' };
  /** Every URL and option set displayDialogAsync was called with. */
  readonly opened: Array<{ url: string; options: { height: number; width: number; promptBeforeOpen?: boolean } }> = [];
  closeCount = 0;
  private failCode: number | null = null;
  private open: Map<string, Handler> | null = null;
  private opening: Promise<void> = Promise.resolve();

  readonly context: OfficeDialogGlobals['context'] = {
    ui: {
      displayDialogAsync: (url, options, callback) => {
        this.opened.push({ url, options });
        const code = this.open ? 12007 : this.failCode;
        this.failCode = null;
        if (code === null) this.open = new Map();
        const handlers = this.open;
        const dialog: OfficeDialogLike = {
          addEventHandler: (type, handler) => { handlers?.set(type, handler); },
          close: () => { if (this.open === handlers && handlers) { this.open = null; this.closeCount += 1; } },
        };
        this.opening = Promise.resolve().then(() => callback(code === null
          ? { status: this.AsyncResultStatus.Succeeded, value: dialog }
          : { status: this.AsyncResultStatus.Failed, value: dialog, error: { code, message: `error ${code}` } }));
      },
    },
  };

  /** The next displayDialogAsync fails with this code (12009: the user chose to ignore the dialog). */
  failNextOpen(code: number): void {
    this.failCode = code;
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  /** The page in the dialog calls Office.context.ui.messageParent(message). */
  async messageParent(message: string, origin?: string): Promise<void> {
    await this.opening;
    this.open?.get(this.EventType.DialogMessageReceived)?.(origin === undefined ? { message } : { message, origin });
  }

  /** The dialog reports an event: 12006 when the user closes it, 12002 when the page cannot be loaded. */
  async dialogEvent(code: number): Promise<void> {
    await this.opening;
    this.open?.get(this.EventType.DialogEventReceived)?.({ error: code });
  }
}
