/**
 * The task pane's last sign-in step: our auth page (dist/addin/auth.html, same origin as the pane, as
 * the dialog API requires) in an Office dialog. The page signs in with MSAL.js's redirect flow and
 * answers with `Office.context.ui.messageParent` (a JSON string, parsed with zod here).
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
 * https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins
 * Errors of displayDialogAsync (12004, 12005, 12007, 12009, 12011) and DialogEventReceived (12002,
 * 12003, 12006 closed by the user): https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events
 */
import { parseAuthPageMessage, type AuthPageMessage } from '../../ui/auth/auth-page-message';
import type { InteractiveSignIn } from '../../ui/auth/sign-in-gate';

/** The part of Office.Dialog used here. */
export interface OfficeDialogLike {
  addEventHandler(eventType: string, handler: (arg: { message?: string; origin?: string } | { error: number }) => void): void;
  close(): void;
}
/** The part of office.js used here (narrow, so a fake can stand in: tests/fakes/word.ts FakeOfficeDialogs). */
export interface OfficeDialogGlobals {
  context: {
    ui: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number; promptBeforeOpen?: boolean },
        callback: (result: { status: string; value: OfficeDialogLike; error?: { code: number; message?: string } }) => void,
      ): void;
    };
  };
  EventType: { DialogMessageReceived: string; DialogEventReceived: string };
  AsyncResultStatus: { Failed: string };
}

const OPEN_ERRORS: Record<number, string> = {
  12004: 'Login-siden ligger ikke på tilføjelsesprogrammets eget domæne (tjek PUBLIC_BASE_URL).',
  12005: 'Login-siden skal hentes over https.',
  12007: 'Et login-vindue er allerede åbent. Gør det færdigt, eller luk det og prøv igen.',
  12009: 'Login-vinduet blev ikke tilladt. Klik på Log ind igen og vælg Tillad.',
  12011: 'Browseren blokerer login-vinduet (pop op-blokering). Tillad pop op-vinduer for Office, eller brug en anden browser.',
};
const EVENT_ERRORS: Record<number, string> = {
  12002: 'Login-siden kunne ikke findes.',
  12003: 'Login-siden forsøgte at bruge http i stedet for https.',
  12006: 'Login-vinduet blev lukket, før login var gennemført.',
};

export class OfficeDialogSignIn implements InteractiveSignIn {
  constructor(private readonly office: OfficeDialogGlobals, private readonly pageUrl: string) {}

  private pageOrigin(): string | null {
    try {
      return new URL(this.pageUrl).origin;
    } catch {
      return null;
    }
  }

  open(): Promise<AuthPageMessage> {
    return new Promise((resolve) => {
      // No promptBeforeOpen: the dialog opens from the "Log ind" click, a user gesture, so Office on the
      // web need not ask again.
      this.office.context.ui.displayDialogAsync(this.pageUrl, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
        if (result.status === this.office.AsyncResultStatus.Failed) {
          const code = result.error?.code ?? 0;
          resolve({ status: 'failure', code: `office.dialog.${code}`, message: OPEN_ERRORS[code] ?? `Login-vinduet kunne ikke åbnes (fejl ${code}).` });
          return;
        }
        const dialog = result.value;
        let settled = false;
        const finish = (message: AuthPageMessage) => {
          if (settled) return;
          settled = true;
          dialog.close();
          resolve(message);
        };
        dialog.addEventHandler(this.office.EventType.DialogMessageReceived, (arg) => {
          // Only our own page may answer (DialogOrigin 1.1 gives the origin; older clients do not).
          if ('origin' in arg && arg.origin && arg.origin !== this.pageOrigin()) return;
          finish(parseAuthPageMessage('message' in arg ? arg.message : undefined));
        });
        dialog.addEventHandler(this.office.EventType.DialogEventReceived, (arg) => {
          const code = 'error' in arg ? arg.error : 0;
          finish({ status: 'failure', code: `office.dialog.${code}`, message: EVENT_ERRORS[code] ?? `Login-vinduet meldte fejl ${code}.` });
        });
      });
    });
  }
}
