/**
 * Preloaded into a bench server (`node --require`, any checkout's server): samples the V8 heap every
 * 10 ms, and on SIGUSR2 prints one line `memory {"heapPeak":…,"heapNow":…,"rss":…}` (MB) with the
 * peak since the previous signal, then collects garbage (when --expose-gc) and starts a new peak.
 * The peak is of samples: a burst between two samples is missed, so it is a lower bound.
 */
const MB = 1024 * 1024;
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().heapUsed); };
setInterval(sample, 10).unref();
process.on('SIGUSR2', () => {
  sample();
  const line = { heapPeak: peak / MB, heapNow: process.memoryUsage().heapUsed / MB };
  if (typeof global.gc === 'function') global.gc();
  const after = process.memoryUsage();
  peak = after.heapUsed;
  process.stdout.write(`memory ${JSON.stringify({ ...line, heapAfterGc: after.heapUsed / MB, rss: after.rss / MB })}\n`);
});
