/**
 * Entry of the Revision page (dist/revision/index.html): standalone in a browser or as the Teams
 * app's static tab "Revision" (theme from Teams when it runs there). Needs no sign-in: it talks to
 * no API; the worker fetches only the registered templates from this folder.
 */
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { connectHost, type HostSession } from '../teams/host/teams-host';
import { teamsTheme, type TeamsThemeName } from '../ui/theme';
import { RevisionApp } from './RevisionApp';
import { startCheck } from './worker-client';

// The page's background lives on a wrapper inside the provider, never on the provider itself: Fluent
// copies the provider's classes onto its portal mount node, so a min-height there would blank popups.
const usePageStyles = makeStyles({ page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 } });

function Root({ host }: { host: HostSession }) {
  const styles = usePageStyles();
  const [theme, setTheme] = useState<TeamsThemeName>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return (
    <FluentProvider theme={teamsTheme(theme)}>
      <div className={styles.page}><RevisionApp startCheck={startCheck} /></div>
    </FluentProvider>
  );
}

void connectHost().then((host) => createRoot(document.getElementById('root')!).render(<Root host={host} />));
