/**
 * Entry of the task pane. Where it runs is what Office.onReady says (office.js is referenced from
 * Microsoft's CDN in taskpane.html's <head>): Word, or a plain browser (host null). Whatever fails,
 * the pane renders: a Danish message instead of a blank page.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import { ApiClient } from '../ui/api/client';
import { ErrorMessage } from './components/ErrorMessage';
import { officeHost } from './host/office-loader';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  root.render(<FluentProvider theme={webLightTheme}><Spinner label="KL Kontrakt starter …" /></FluentProvider>);
  try {
    const globals = await officeHost();
    const [{ loadTemplates }, { App }] = await Promise.all([import('./host/template-source'), import('./App')]);
    const templates = await loadTemplates(document.baseURI);
    const host = globals
      ? new (await import('./host/office-host')).OfficeHost(globals, templates)
      : new (await import('./host/browser-host')).BrowserHost(templates);
    // The server serves the pane under /addin/ and the API under /api on the same origin.
    const api = new ApiClient({ baseUrl: '', getToken: () => host.apiToken(), onUnauthenticated: () => host.signIn?.requestRefused() });
    document.documentElement.dataset.mode = host.mode;
    root.render(<App host={host} api={api} />);
  } catch (e) {
    root.render(<FluentProvider theme={webLightTheme}><ErrorMessage error={e} /></FluentProvider>);
  }
}

void main();
