import { setTimeout as sleep } from 'node:timers/promises';
import type { Readable } from 'node:stream';

/** Pages of rows made on demand, counting how many were read and whether the reading was ended. */
export class CountedPages<R> implements AsyncIterable<R[]> {
  pulled = 0;
  ended = false;
  constructor(private readonly pages: number, private readonly page: (n: number) => R[], private readonly failAt?: number) {}
  async *[Symbol.asyncIterator](): AsyncIterator<R[]> {
    try {
      for (let n = 0; n < this.pages; n++) {
        await sleep(0);
        if (n === this.failAt) throw new Error('database gone');
        this.pulled++;
        yield this.page(n);
      }
    } finally {
      this.ended = true;
    }
  }
}

/** Waits until `count()` has not changed for a while (the writer is blocked or done); returns it. */
export async function settled(count: () => number): Promise<number> {
  let last = -1;
  let still = 0;
  for (let i = 0; i < 200 && still < 5; i++) {
    await sleep(40);
    const now = count();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  return last;
}

/** Reads a stream to its end; rejects with the stream's error. */
export async function readAll(s: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  return Buffer.concat(chunks);
}
