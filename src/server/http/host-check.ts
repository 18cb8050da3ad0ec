import type { FastifyInstance } from 'fastify';
import { isLoopbackHost } from '../config';
import { AppError } from '../errors';

export class HostRefused extends AppError {
  constructor() { super('http.host-refused', 'Udviklingstilstanden svarer kun på localhost/127.0.0.1. Åbn siden via http://127.0.0.1.'); }
}

/** The host part of a Host header: "127.0.0.1:3000" → "127.0.0.1", "[::1]:3000" → "::1". */
export function hostOf(header: string | undefined): string {
  const h = (header ?? '').trim();
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (v6) return v6[1]!;
  return h.replace(/:\d+$/, '');
}

/**
 * Dev mode has a fixed user with every role and no token, so it listens on loopback only
 * (config.ts). That alone does not stop DNS rebinding: a web page on evil.example can point its
 * own name at 127.0.0.1 and then talk to us from the user's browser. Its requests carry its own
 * name in Host, so anything but a loopback Host is refused.
 */
export function registerDevHostCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    if (!isLoopbackHost(hostOf(req.headers.host))) throw new HostRefused();
  });
}
