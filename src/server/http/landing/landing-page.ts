import { esc as escapeHtml } from '../../../report/escape';

export interface LandingInfo {
  version: string;
  devMode: boolean;
  /** Which bundles are built (an unbuilt face gets a hint instead of a dead link). */
  built: { addin: boolean; teams: boolean; revision: boolean };
  templates: string[];
  examples: string[];
}

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
const files = (prefix: string, names: string[]) =>
  names.length === 0 ? '<p>Ingen filer.</p>' : `<ul>${names.map((n) => `<li>${link(prefix + encodeURIComponent(n), n)}</li>`).join('')}</ul>`;

const FACES = [
  { key: 'addin', href: '/addin/taskpane.html', name: 'Word-tilføjelsesprogram', what: 'Udfyld en KL-kontrakt eller bestilling og tjek det åbne dokument. Uden for Word kører opgaveruden i browsertilstand: vælg en .docx-fil og tryk Tjek.' },
  { key: 'teams', href: '/teams/index.html', name: 'Teams-fane', what: 'Den fælles leverandørliste, ledige pladser, takstovervågning, administration og gennemgang af markerede kontrakter.' },
  { key: 'revision', href: '/revision/index.html', name: 'Revision', what: 'Tjek en hel mappe kontrakter i browseren; intet forlader din computer.' },
] as const;

/**
 * The page at `/`: where a newcomer finds each face, the API and sample contracts to try Tjek on at once.
 * Static HTML with no script, so it works under the pages' CSP and without a build.
 */
export function renderLandingPage(info: LandingInfo): string {
  const faces = FACES.map((f) => `<li><h3>${info.built[f.key] ? link(f.href, f.name) : escapeHtml(f.name)}</h3><p>${escapeHtml(f.what)}</p>${
    info.built[f.key] ? '' : '<p class="hint">Ikke bygget endnu: kør <code>npm start</code> (bygger automatisk) eller <code>npm run build</code>.</p>'}</li>`).join('');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KL Kontrakt</title>
<style>
  :root { color-scheme: light dark; font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; }
  body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.75rem; margin-bottom: .25rem; }
  ul.faces { list-style: none; padding: 0; }
  ul.faces li { border: 1px solid CanvasText; border-radius: 6px; padding: .25rem 1rem; margin: .75rem 0; }
  h3 { margin: .5rem 0 0; }
  .hint, .meta { opacity: .8; font-size: .9rem; }
  a { color: LinkText; }
</style>
</head>
<body>
<main>
<h1>KL Kontrakt</h1>
<p class="meta">Version ${escapeHtml(info.version)}${info.devMode ? ' · udviklingstilstand (login er slået fra, kun på denne computer)' : ''}</p>
<p>Kontrakter og bestillinger på KL's standardkontrakt for Rammeaftale Sjælland: udfyld, tjek og del.</p>
<h2>Programmer</h2>
<ul class="faces">${faces}</ul>
<h2>Prøv Tjek</h2>
<p>Hent en eksempelkontrakt, og åbn den i Word-tilføjelsesprogrammet eller Revision. Kontrakterne indeholder fejl af hver slags, som tjekket finder.</p>
${files('/eksempler/', info.examples)}
<h2>Skabeloner</h2>
${files('/skabeloner/', info.templates)}
<h2>API</h2>
<ul><li>${link('/api/openapi.json', 'OpenAPI-beskrivelse')}</li><li>${link('/api/health', 'Drift: /api/health')}</li></ul>
</main>
</body>
</html>
`;
}
