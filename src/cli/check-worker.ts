/**
 * A kl-check worker thread: loads the templates and their standard texts once, then checks the files
 * the pool sends, one at a time. It runs under the pool's memory limit, so a file that needs more
 * ends this thread only, never the batch (./check-pool).
 */
import { parentPort } from 'node:worker_threads';
import { loadTemplateRegistry } from '../document/templates/node-loader';
import { checkEntry } from './check-files';
import type { CheckJob, JobDone } from './check-job';

const registry = loadTemplateRegistry();
const port = parentPort;
if (!port) throw new Error('check-worker runs as a worker thread of kl-check');

port.on('message', (job: CheckJob) => {
  const done: JobDone = { index: job.index, ...checkEntry(job.file, job.root, registry, job) };
  port.postMessage(done);
});
