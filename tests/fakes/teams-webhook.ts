/**
 * A fake Teams Workflows incoming webhook ("When a Teams webhook request is received") on
 * 127.0.0.1: accepts a message with one Adaptive Card attachment (202, no body, no message id — a
 * webhook post cannot be updated later), refuses other shapes (400), fails on demand.
 * https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateAdaptiveCard, type PlannedFailure } from './bot-connector';

export interface FakeWebhook {
  url: string;
  cards: Record<string, unknown>[];
  requests: { status: number; problems: string[] }[];
  failNext(...f: PlannedFailure[]): void;
  close(): Promise<void>;
}

export async function startFakeWebhook(): Promise<FakeWebhook> {
  const cards: Record<string, unknown>[] = [];
  const requests: FakeWebhook['requests'] = [];
  const planned: PlannedFailure[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec = { status: 0, problems: [] as string[] };
      requests.push(rec);
      const plan = planned.shift();
      if (plan) {
        rec.status = plan.status;
        res.writeHead(plan.status, plan.retryAfter ? { 'retry-after': plan.retryAfter } : {}).end(JSON.stringify(plan.body ?? { error: `Planlagt fejl ${plan.status}` }));
        return;
      }
      let b: { type?: string; attachments?: { contentType?: string; content?: unknown }[] } | null = null;
      try { b = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { rec.problems.push('body er ikke JSON'); }
      if (b?.type !== 'message') rec.problems.push('type skal være message');
      const att = b?.attachments?.[0];
      if (att?.contentType !== 'application/vnd.microsoft.card.adaptive') rec.problems.push('vedhæftning skal være et Adaptive Card');
      rec.problems.push(...validateAdaptiveCard(att?.content));
      if (rec.problems.length) { rec.status = 400; res.writeHead(400).end(JSON.stringify({ error: rec.problems.join('; ') })); return; }
      cards.push(att!.content as Record<string, unknown>);
      rec.status = 202;
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`, cards, requests,
    failNext: (...f) => { planned.push(...f); },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
