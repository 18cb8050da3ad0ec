/**
 * Where the task pane runs, as office.js says. taskpane.html references office.js from Microsoft's
 * CDN in its <head> (a classic script, so it has run before the deferred bundle), and the host is
 * whatever `Office.onReady` reports: Word → Word mode; null (a plain browser) or another host →
 * browser mode. No guessing from the URL and no timer racing onReady: office.js itself decides,
 * and outside Office it resolves with host null.
 * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
 * https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
 */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface OfficeGlobals {
  Office: typeof Office;
  Word: typeof Word;
}

/** The part of office.js that decides the mode (narrow, so a test can hand in its own). */
export interface OfficeReadyGlobals {
  Office?: { onReady(): Promise<{ host: unknown }>; HostType: { Word: unknown } };
  Word?: unknown;
}

/**
 * Office's globals when office.js reports Word, else null (browser mode). When office.js could not
 * be fetched (offline, blocked), there is no `Office` global at all: browser mode too.
 */
export async function officeHost(g: OfficeReadyGlobals = globalThis as unknown as OfficeReadyGlobals): Promise<OfficeGlobals | null> {
  if (!g.Office) return null;
  const info = await g.Office.onReady();
  if (info.host !== g.Office.HostType.Word || !g.Word) return null;
  return { Office: g.Office, Word: g.Word } as unknown as OfficeGlobals;
}
