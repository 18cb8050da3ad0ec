/**
 * The typed API client shared by the Word add-in and the Teams tab. It adds the bearer token when the
 * host gives one (Teams SSO, Office SSO; none in the server's dev mode), maps error bodies
 * ({error: {code, message}}) to ApiError, and carries ETags for If-Match.
 */
import { parseErrorBody } from './error-body';
import { ApiError, NetworkError, StaleVersionError } from './errors';
import { myFlagsSchema, type MyFlag } from './my-flags';
import { adminReviewTargetSchema, adminReviewTargetsSchema, reviewTargetOptionsSchema, type AdminReviewTarget, type ReviewTargetOptions } from './review-targets';
import type {
  AuditPage, CreateFlagBody, FlagComment, FlagDetail, FlagFilters, FlagPage, FreePlaceOffer, Health, ImportResult,
  OfferDetail, OfferFilters, OfferInputBody, OfferPage, OfferSort, OfferSummary, PatchFlagInput, RateIncreaseReport, RateInput, ReportStatus,
} from './types';

/** Page sizes of listAllOffers: the first page is what the screen needs, the others amortise the round trips. */
export const FIRST_PAGE = 100;
export const NEXT_PAGES = 500;
/** A primed first page is taken over only this soon after it was asked for; an older one could show stale rows. */
const PRIMED_FOR_MS = 5_000;

export interface ApiClientOptions {
  /** Origin + path prefix of the server; '' for the same origin. */
  baseUrl?: string;
  /** Returns a token for the API, or null to call without one (dev mode). */
  getToken?: () => Promise<string | null>;
  fetch?: typeof fetch;
  /**
   * Called when the server answered 401 to a request that went without a token: every single
   * sign-on step came back empty, so the pane or tab shows "Log ind" (src/ui/auth/sign-in-gate.ts).
   */
  onUnauthenticated?: () => void;
}

export interface WithEtag<T> { value: T; etag: string }

type Query = Record<string, string | number | boolean | undefined | null>;

export function queryString(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ApiClient {
  /** First pages requested ahead by primeOfferList, by URL, until listOffers claims them (or they are too old to). */
  private readonly primedPages = new Map<string, { page: Promise<OfferPage>; at: number }>();

  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  constructor(private readonly opts: ApiClientOptions = {}) {
    this.baseUrl = (opts.baseUrl ?? '').replace(/\/+$/, '');
    this.fetchImpl = opts.fetch ?? ((input, init) => fetch(input, init));
  }

  private async send(method: string, path: string, init: { body?: BodyInit; json?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    const token = this.opts.getToken ? await this.opts.getToken() : null;
    if (token) headers.authorization = `Bearer ${token}`;
    let body = init.body;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.baseUrl}${path}`, { method, headers, body, signal: init.signal });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new NetworkError('Serveren kunne ikke nås. Tjek forbindelsen og prøv igen.');
    }
    if (res.ok) return res;
    if (res.status === 401 && !token) this.opts.onUnauthenticated?.();
    const parsed = parseErrorBody(await res.json().catch(() => null));
    const code = parsed?.code ?? `http.${res.status}`;
    const message = parsed?.message ?? `Serveren svarede ${res.status}.`;
    const Err = res.status === 412 ? StaleVersionError : ApiError;
    throw new Err(code, message, res.status, parsed?.details, parsed?.fields ?? []);
  }

  private async json<T>(method: string, path: string, init?: Parameters<ApiClient['send']>[2]): Promise<T> {
    const res = await this.send(method, path, init);
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  private async withEtag<T>(method: string, path: string, init?: Parameters<ApiClient['send']>[2]): Promise<WithEtag<T>> {
    const res = await this.send(method, path, init);
    return { value: (await res.json()) as T, etag: res.headers.get('etag') ?? '' };
  }

  health(): Promise<Health> {
    return this.json('GET', '/api/health');
  }

  // --- Leverandørliste ---
  listOffers(q: OfferFilters & { sort?: OfferSort; cursor?: string; limit?: number }, signal?: AbortSignal): Promise<OfferPage> {
    const url = `/api/offers${queryString({ ...q })}`;
    const primed = this.primedPages.get(url);
    this.primedPages.delete(url);
    if (primed && Date.now() - primed.at < PRIMED_FOR_MS) return primed.page;
    return this.json('GET', url, { signal });
  }

  /**
   * Sends listAllOffers' first request now, before the list is on screen (the tab calls this before React
   * renders); the list's own first request for the same query then takes this one over instead of asking again.
   */
  primeOfferList(q: OfferFilters & { sort?: OfferSort }): void {
    const url = `/api/offers${queryString({ ...q, limit: FIRST_PAGE })}`;
    const existing = this.primedPages.get(url);
    if (existing && Date.now() - existing.at < PRIMED_FOR_MS) return;
    const page = this.json<OfferPage>('GET', url);
    page.catch(() => undefined); // whoever takes it over sees the error; unclaimed, it is nobody's
    this.primedPages.set(url, { page, at: Date.now() });
  }

  /** Every offer matching the filters, page by page (onPage sees the growing list, for progressive display). */
  async listAllOffers(q: OfferFilters & { sort?: OfferSort }, onPage?: (items: OfferSummary[], total: number) => void, signal?: AbortSignal): Promise<OfferSummary[]> {
    const all: OfferSummary[] = [];
    let cursor: string | undefined;
    do {
      // A small first page fills the screen soonest (a tab shows ~20 rows); the rest comes in large pages.
      const limit = cursor === undefined ? FIRST_PAGE : NEXT_PAGES;
      const page = await this.listOffers({ ...q, cursor, limit }, signal);
      all.push(...page.items);
      onPage?.(all.slice(), page.total);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  }

  offer(id: string): Promise<WithEtag<OfferDetail>> {
    return this.withEtag('GET', `/api/offers/${encodeURIComponent(id)}`);
  }

  createOffer(input: OfferInputBody & { rates?: RateInput[] }): Promise<WithEtag<OfferDetail>> {
    return this.withEtag('POST', '/api/offers', { json: input });
  }

  /** Throws StaleVersionError (412) when someone saved in between. */
  updateOffer(id: string, etag: string, input: OfferInputBody): Promise<WithEtag<OfferDetail>> {
    return this.withEtag('PUT', `/api/offers/${encodeURIComponent(id)}`, { json: input, headers: { 'if-match': etag } });
  }

  suspendOffer(id: string, etag: string, reason: string | null): Promise<WithEtag<OfferDetail>> {
    return this.withEtag('POST', `/api/offers/${encodeURIComponent(id)}/suspend`, { json: { reason }, headers: { 'if-match': etag } });
  }

  addRate(id: string, rate: RateInput): Promise<unknown> {
    return this.json('POST', `/api/offers/${encodeURIComponent(id)}/rates`, { json: rate });
  }

  freePlaces(q: { section?: string; targetGroup?: string; municipality?: string; limit?: number }): Promise<{ items: FreePlaceOffer[] }> {
    return this.json('GET', `/api/free-places${queryString(q)}`);
  }

  /** The filtered list as a file (the caller offers it as a download). */
  async exportOffers(format: 'csv' | 'xlsx', q: OfferFilters & { sort?: OfferSort }): Promise<{ blob: Blob; filename: string }> {
    const res = await this.send('GET', `/api/offers/export${queryString({ ...q, format })}`, { headers: { accept: format === 'csv' ? 'text/csv' : XLSX_TYPE } });
    const cd = res.headers.get('content-disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(cd)?.[1] ?? `leverandoerliste.${format}`;
    return { blob: await res.blob(), filename };
  }

  /**
   * CSV or XLSX import; dryRun lists every bad row without saving anything. A commit carries an Idempotency-Key
   * (one per chosen file), so a double click or a retry after a lost answer saves the file once.
   */
  importOffers(file: Blob, format: 'csv' | 'xlsx', dryRun: boolean, idempotencyKey?: string): Promise<ImportResult> {
    return this.json('POST', `/api/offers/import${queryString({ dryRun, format })}`, {
      body: file,
      headers: { 'content-type': format === 'csv' ? 'text/csv' : XLSX_TYPE, ...(idempotencyKey && !dryRun ? { 'idempotency-key': idempotencyKey } : {}) },
    });
  }

  // --- Takstovervågning ---
  rateIncreases(year: number, onlyToReport = false): Promise<RateIncreaseReport> {
    return this.json('GET', `/api/rate-increases${queryString({ year, onlyToReport })}`);
  }

  setReportStatus(year: number, offerId: string, status: ReportStatus): Promise<unknown> {
    return this.json('PUT', `/api/rate-increases/${year}/${encodeURIComponent(offerId)}/status`, { json: { status } });
  }

  // --- Gennemgang ---
  listFlags(q: FlagFilters & { cursor?: string; limit?: number }): Promise<FlagPage> {
    return this.json('GET', `/api/flags${queryString({ ...q })}`);
  }

  /** The caller's own flags, newest first, with the reviewer's latest answer ("Mine sager"). */
  async myFlags(limit = 50): Promise<MyFlag[]> {
    return myFlagsSchema.parse(await this.json('GET', `/api/flags/mine${queryString({ limit })}`)).items;
  }

  flag(id: string): Promise<WithEtag<FlagDetail>> {
    return this.withEtag('GET', `/api/flags/${encodeURIComponent(id)}`);
  }

  createFlag(input: CreateFlagBody): Promise<WithEtag<FlagDetail>> {
    return this.withEtag('POST', '/api/flags', { json: input });
  }

  patchFlag(id: string, etag: string, patch: PatchFlagInput): Promise<WithEtag<FlagDetail>> {
    return this.withEtag('PATCH', `/api/flags/${encodeURIComponent(id)}`, { json: patch, headers: { 'if-match': etag } });
  }

  commentFlag(id: string, text: string): Promise<FlagComment> {
    return this.json('POST', `/api/flags/${encodeURIComponent(id)}/comments`, { json: { text } });
  }

  /** The chats and channels of the caller's organisation a flag can be sent to, by name. */
  async reviewTargets(): Promise<ReviewTargetOptions> {
    return reviewTargetOptionsSchema.parse(await this.json('GET', '/api/review-targets'));
  }

  // --- Administration ---
  async adminReviewTargets(): Promise<AdminReviewTarget[]> {
    return adminReviewTargetsSchema.parse(await this.json('GET', '/api/admin/review-targets')).items;
  }

  async updateReviewTarget(target: Pick<AdminReviewTarget, 'id' | 'version'>, change: { displayName?: string | null; hidden?: boolean }): Promise<AdminReviewTarget> {
    const res = await this.withEtag<unknown>('PATCH', `/api/admin/review-targets/${encodeURIComponent(target.id)}`, {
      json: change, headers: { 'if-match': `"${target.id}.${target.version}"` },
    });
    return adminReviewTargetSchema.parse(res.value);
  }

  audit(q: { entity?: string; entityId?: string; actor?: string; cursor?: string; limit?: number } = {}): Promise<AuditPage> {
    return this.json('GET', `/api/audit${queryString(q)}`);
  }
}
