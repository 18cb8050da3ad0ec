/**
 * HTTP answers of Teams (Bot Connector, Workflows webhook) as DeliveryOutcomes: whether the outbox
 * worker retries, and when. 408/409/429/5xx and 401 (a stale cached token) are worth retrying;
 * 403/404 from the Bot Connector mean the bot is no longer in that conversation (removed, chat
 * deleted), so the target is gone; other 4xx are final.
 */
import type { DeliveryOutcome } from './delivery-port';

/** Retry-After is seconds or an HTTP date; absent or unreadable gives undefined. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The error code and message of a Bot Framework / Graph style error body, never its echoed payload. */
function detailOf(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 200);
  const j = body as { error?: { code?: unknown; message?: unknown } | string; message?: unknown } | null;
  if (!j || typeof j !== 'object') return '';
  if (typeof j.error === 'string') return j.error.slice(0, 200);
  return [j.error?.code, j.error?.message ?? j.message].filter((x) => typeof x === 'string').join(': ').slice(0, 200);
}

export function outcomeOfStatus(status: number, opts: { what: string; retryAfter?: string | null; body?: unknown; goneOn403or404?: boolean }): DeliveryOutcome {
  const retryAfterMs = parseRetryAfter(opts.retryAfter);
  const detail = detailOf(opts.body);
  const error = `${opts.what} svarede ${status}${detail ? ` (${detail})` : ''}`;
  if (opts.goneOn403or404 && (status === 403 || status === 404)) return { ok: false, retryable: false, targetGone: true, error };
  const retryable = status === 401 || status === 408 || status === 409 || status === 429 || status >= 500;
  return retryAfterMs === undefined ? { ok: false, retryable, error } : { ok: false, retryable, retryAfterMs, error };
}

export async function outcomeOfResponse(res: Response, what: string): Promise<DeliveryOutcome> {
  const text = await res.text().catch(() => '');
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* plain text body */ }
  return outcomeOfStatus(res.status, { what, retryAfter: res.headers.get('retry-after'), body });
}

/** A request that never got an answer (refused, reset, timed out): always worth another try. */
export function outcomeOfThrown(e: unknown, what: string): DeliveryOutcome {
  // DOMException (abort/timeout) is not always an Error instance across realms: read the name.
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, retryable: true, error: `${what} svarede ikke i tide` };
  const message = typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return { ok: false, retryable: true, error: `${what} kunne ikke nås: ${message.slice(0, 200)}` };
}
