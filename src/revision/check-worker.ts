/**
 * The Revision page's Web Worker: reads and checks every chosen document off the page's thread, so
 * 500 documents never freeze the page, then pairs contracts with orders. Documents are read from the
 * File objects the user chose; the only requests it makes are GETs of the registered templates.
 * Cancelling is the page terminating this worker.
 */
import { withOrders } from '../document/order-pairing';
import { loadTemplates } from '../addin/host/template-source';
import { compareFolderOrder } from '../document/word-extensions';
import { checkBrowserFile, type BrowserCheck } from './check-file';
import type { CheckRequest, WorkerMessage } from './protocol';

interface WorkerScope { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage(m: WorkerMessage): void }
const scope = self as unknown as WorkerScope;

/** The name shown for a file: its path inside the chosen folder when the browser gives one. */
const displayName = (f: File): string => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;

const PROGRESS_EVERY_MS = 100;

async function run(req: CheckRequest): Promise<void> {
  const { registry } = await loadTemplates(req.templatesBase);
  const checked: BrowserCheck[] = [];
  let last = 0;
  const files = [...req.files].sort((a, b) => compareFolderOrder(displayName(a), displayName(b)));
  for (const [i, f] of files.entries()) {
    checked.push(await checkBrowserFile(displayName(f), f, registry));
    const now = Date.now();
    if (now - last >= PROGRESS_EVERY_MS || i === files.length - 1) {
      last = now;
      scope.postMessage({ type: 'progress', done: i + 1, total: files.length });
    }
  }
  const results = withOrders(checked, false);
  scope.postMessage({ type: 'done', results });
}

scope.onmessage = (e) => {
  if (e.data?.type !== 'check') return;
  run(e.data).catch((err: unknown) => {
    scope.postMessage({ type: 'failed', message: err instanceof Error && err.message ? err.message : 'Tjekket kunne ikke gennemføres.' });
  });
};
