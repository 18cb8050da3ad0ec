/**
 * Loads office.js from Microsoft's CDN only when the page looks like it runs inside Office, and
 * never lets a missing script or a silent Office.onReady hang the pane: both are raced against a
 * short timeout, after which the pane opens in browser mode.
 *
 * Office opens a task pane with host information in the URL (`_host_Info=Word$Win32$…`) and, on
 * Windows, exposes window.external; Office on the web runs the pane in an iframe. A plain browser
 * has none of these, so it never downloads office.js at all (and tests need no network).
 */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface OfficeGlobals {
  Office: typeof Office;
  Word: typeof Word;
}

export function looksLikeOffice(loc: Pick<Location, 'search' | 'hash'>, win: { external?: unknown; parent?: unknown; self?: unknown; sessionStorage?: Storage }): boolean {
  const params = `${loc.search}${loc.hash}`;
  if (/[?&#]_host_Info=/i.test(params)) return true;
  try {
    // office.js keeps the host info in sessionStorage after the first load of the pane.
    if (win.sessionStorage?.getItem('hostInfoValue')) return true;
  } catch {
    // Storage can be blocked; then only the URL counts.
  }
  const ext = win.external as { GetContext?: unknown } | undefined;
  return typeof ext?.GetContext === 'function';
}

function loadScript(src: string, doc: Document): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    s.src = src;
    s.async = true;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('office.js kunne ikke hentes'));
    doc.head.appendChild(s);
  });
}

const timeout = <T>(ms: number, value: T): Promise<T> => new Promise((r) => setTimeout(() => r(value), ms));

/** Office's globals when Office is there and ready within `ms`, else null (browser mode). */
export async function loadOffice(ms = 4000, doc: Document = document): Promise<OfficeGlobals | null> {
  const ready = (async (): Promise<OfficeGlobals | null> => {
    try {
      await loadScript(OFFICE_JS_URL, doc);
    } catch {
      return null;
    }
    const g = globalThis as unknown as Partial<OfficeGlobals>;
    if (!g.Office) return null;
    const info = await g.Office.onReady();
    if (info.host !== g.Office.HostType.Word || !g.Word) return null;
    return { Office: g.Office, Word: g.Word };
  })();
  return Promise.race([ready, timeout(ms, null)]);
}
