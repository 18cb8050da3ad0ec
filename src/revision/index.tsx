/**
 * Entry of the Revision page (dist/revision/index.html): standalone in a browser or as the Teams
 * app's static tab "Revision" (theme from Teams when it runs there). Needs no sign-in: it talks to
 * no API; the worker fetches only the registered templates from this folder.
 */
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { teamsTheme, type TeamsThemeName } from '../ui/theme';
import { RevisionApp } from './RevisionApp';
import { startCheck } from './worker-client';

interface ThemeSource { theme: TeamsThemeName; onThemeChange(handler: (t: TeamsThemeName) => void): void }

/**
 * teams-js is loaded only when the page is framed: on import it fetches its list of valid domains
 * from Microsoft's CDN, and a page that promises to send nothing anywhere makes no such request
 * when opened in a plain browser.
 */
async function themeSource(): Promise<ThemeSource> {
  const framed = window.parent !== window || !!window.opener || 'nativeInterface' in window;
  if (framed) return (await import('../teams/host/teams-host')).connectHost();
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  return {
    theme: media.matches ? 'dark' : 'default',
    onThemeChange: (handler) => media.addEventListener('change', (e) => handler(e.matches ? 'dark' : 'default')),
  };
}

// The page's background lives on a wrapper inside the provider, never on the provider itself: Fluent
// copies the provider's classes onto its portal mount node, so a min-height there would blank popups.
const usePageStyles = makeStyles({ page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 } });

function Root({ source }: { source: ThemeSource }) {
  const styles = usePageStyles();
  const [theme, setTheme] = useState<TeamsThemeName>(source.theme);
  useEffect(() => source.onThemeChange(setTheme), [source]);
  return (
    <FluentProvider theme={teamsTheme(theme)}>
      <div className={styles.page}><RevisionApp startCheck={startCheck} /></div>
    </FluentProvider>
  );
}

void themeSource().then((source) => createRoot(document.getElementById('root')!).render(<Root source={source} />));
