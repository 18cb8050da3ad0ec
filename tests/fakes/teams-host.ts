/**
 * A fake Teams host: a page on 127.0.0.1 that iframes the tab and answers the teams-js postMessage
 * protocol the way the Teams web client does — requests arrive as {id, uuidAsString, func, args} and
 * are answered with {id, uuidAsString, args}: 'initialize' (frame context, client type, runtime config),
 * 'getContext' (a legacy context with theme, entity ids, user), 'authentication.getAuthToken'
 * ([true, token]), 'authentication.authenticate' (the auth page's notifySuccess/notifyFailure); host → tab events ({func: 'themeChange', args: [theme]}) are sent on demand.
 *
 * The host page is served from the same origin as the tab (every other path is proxied to the app
 * server): teams-js accepts messages from its own origin, and otherwise only from Microsoft's https
 * origins (or a list the app passes to app.initialize), which a loopback test host cannot be.
 */
import { createServer, request, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface TeamsHostOptions {
  /** The app server to proxy to, e.g. http://127.0.0.1:1234 */
  appOrigin: string;
  /** The tab's path on the app server, e.g. /teams/index.html */
  tabPath: string;
  theme?: 'default' | 'dark' | 'contrast';
  token?: string;
  /** Fail getAuthToken with this reason instead of returning the token. */
  authFailure?: string;
  /**
   * What 'authentication.authenticate' answers: the string the auth page passed to notifySuccess
   * (`{success}`) or notifyFailure (`{failure}`, e.g. 'CancelledByUser' for a closed window). The
   * real client opens the URL in a window first; the fake answers as if the user finished there.
   * Without it the call is left unanswered, as a window still open.
   */
  authenticate?: { success: string } | { failure: string };
  entityId?: string;
  subEntityId?: string;
  userPrincipalName?: string;
  /** Never answer 'initialize' (a host that hangs): the tab must still start. */
  silent?: boolean;
  /**
   * Serve the host (and so the tab, proxied) over https with this key and certificate: teams-js
   * `authentication.authenticate` refuses any URL that is not https ("Url should be a valid https url").
   */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** 'settings' for a configuration page (pages.config only works there). */
  frameContext?: 'content' | 'settings';
}

export interface TeamsHost {
  /** Open this in the browser: the host page with the tab in its iframe. */
  url: string;
  close(): Promise<void>;
}

/** The runtime config a current Teams web client announces (capabilities the tab may use). */
const RUNTIME_CONFIG = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: {
    appEntity: {}, appInstallDialog: {}, authentication: {}, chat: {}, conversations: {}, dialog: { card: {}, url: {}, update: {} },
    pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} }, profile: {}, sharing: {}, teamsCore: {},
  },
};

export function hostPage(opts: TeamsHostOptions): string {
  const config = {
    tabPath: opts.tabPath,
    token: opts.token ?? 'test-sso-token',
    authFailure: opts.authFailure ?? null,
    authenticate: opts.authenticate ?? null,
    silent: !!opts.silent,
    frameContext: opts.frameContext ?? 'content',
    runtimeConfig: JSON.stringify(RUNTIME_CONFIG),
    context: {
      theme: opts.theme ?? 'default',
      locale: 'da-dk',
      entityId: opts.entityId ?? 'leverandorliste',
      subEntityId: opts.subEntityId ?? '',
      frameContext: opts.frameContext ?? 'content',
      hostClientType: 'web',
      userPrincipalName: opts.userPrincipalName ?? 'mette@naestved.dk',
      loginHint: opts.userPrincipalName ?? 'mette@naestved.dk',
      userObjectId: '00000000-0000-4000-8000-000000000042',
      tid: '00000000-0000-4000-8000-0000000000aa',
      appSessionId: 'session-1',
    },
  };
  // The host script: records every request in window.__teamsHost.log for assertions.
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Teams (testvært)</title></head>
<body style="margin:0"><iframe id="tab" title="KL Kontrakt" style="border:0;width:100vw;height:100vh"></iframe>
<script>
const cfg = ${JSON.stringify(config)};
const frame = document.getElementById('tab');
const log = [];
const send = (func, args) => frame.contentWindow.postMessage({ func, args }, location.origin);
window.__teamsHost = {
  log,
  setTheme(theme) { cfg.context.theme = theme; send('themeChange', [theme]); },
  /** The user pressed Save on the configuration dialog. */
  save() { send('settings.save', [{ webhookUrl: '' }]); },
};
const reply = (msg, args) => frame.contentWindow.postMessage({ id: msg.id, uuidAsString: msg.uuidAsString, args }, location.origin);
window.addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow || !e.data || typeof e.data.func !== 'string') return;
  const msg = e.data;
  log.push({ func: msg.func, args: msg.args });
  switch (msg.func) {
    case 'initialize':
      if (!cfg.silent) reply(msg, [cfg.frameContext, 'web', cfg.runtimeConfig, '2.0.0']);
      break;
    case 'getContext':
      reply(msg, [cfg.context]);
      break;
    case 'authentication.getAuthToken':
      reply(msg, cfg.authFailure ? [false, cfg.authFailure] : [true, cfg.token]);
      break;
    case 'authentication.authenticate':
      if (cfg.authenticate) reply(msg, 'success' in cfg.authenticate ? [true, cfg.authenticate.success] : [false, cfg.authenticate.failure]);
      break;
    case 'settings.setSettings':
      reply(msg, [true]);
      break;
    default:
      break; // fire-and-forget calls (appInitialization.success, registerHandler, …)
  }
});
frame.src = cfg.tabPath;
</script></body></html>`;
}

export async function startTeamsHost(opts: TeamsHostOptions): Promise<TeamsHost> {
  const app = new URL(opts.appOrigin);
  const html = hostPage(opts);
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    if (req.url === '/__teams-host') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    // Everything else is the app: proxy it unchanged.
    const upstream = request({ host: app.hostname, port: app.port, method: req.method, path: req.url, headers: { ...req.headers, host: app.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    req.pipe(upstream);
  };
  const server: Server = opts.tls ? createTlsServer(opts.tls, handler) : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}/__teams-host`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
