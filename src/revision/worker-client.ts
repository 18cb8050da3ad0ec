/** Starts the checking worker for a set of files; cancel() terminates it at once. */
import type { ReportFile } from '../domain/report/audit-report';
import { workerMessageSchema, type CheckRequest } from './protocol';

export interface CheckRun { done: Promise<ReportFile[]>; cancel(): void }

export class CheckCancelled extends Error { readonly code = 'revision.cancelled'; }
export class CheckFailed extends Error { readonly code = 'revision.failed'; }

export function startCheck(files: File[], onProgress: (done: number, total: number) => void): CheckRun {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { name: 'kl-revision' });
  let settle: { resolve: (r: ReportFile[]) => void; reject: (e: Error) => void } | undefined;
  const done = new Promise<ReportFile[]>((resolve, reject) => { settle = { resolve, reject }; });
  const finish = (f: () => void) => { worker.terminate(); f(); };
  worker.onmessage = (e: MessageEvent<unknown>) => {
    const parsed = workerMessageSchema.safeParse(e.data);
    if (!parsed.success) return finish(() => settle?.reject(new CheckFailed('Svaret fra tjekket kunne ikke læses.')));
    const m = parsed.data;
    if (m.type === 'progress') onProgress(m.done, m.total);
    else if (m.type === 'done') finish(() => settle?.resolve(m.results));
    else finish(() => settle?.reject(new CheckFailed(m.message)));
  };
  worker.onerror = () => finish(() => settle?.reject(new CheckFailed('Tjekket stoppede uventet.')));
  const request: CheckRequest = { type: 'check', files, templatesBase: new URL('./', window.location.href).toString() };
  worker.postMessage(request);
  return { done, cancel: () => finish(() => settle?.reject(new CheckCancelled('Tjekket blev annulleret.'))) };
}
