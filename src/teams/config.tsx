/**
 * The configuration page of the channel/group-chat tab (dist/teams/config.html): the user picks which
 * view the tab shows; Teams saves it through pages.config. Outside Teams it says so and does nothing.
 */
import { Dropdown, Field, FluentProvider, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { teamsTheme, type TeamsThemeName } from '../ui/theme';
import { connectHost, type HostSession } from './host/teams-host';
import { VIEWS, type ViewId } from './views/view-ids';

const useStyles = makeStyles({
  // On an inner div: the FluentProvider's classes also go to Fluent's portal mount (microsoft/fluentui#25528).
  root: { minHeight: '100vh', padding: tokens.spacingHorizontalXL, boxSizing: 'border-box' },
});

const CONFIGURABLE = VIEWS.filter((v) => v.id !== 'administration');

function ConfigPage({ host }: { host: HostSession }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<TeamsThemeName>(host.theme);
  const [view, setView] = useState<ViewId>('leverandorliste');
  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    if (host.mode !== 'teams') return;
    const label = CONFIGURABLE.find((v) => v.id === view)?.label ?? 'KL Kontrakt';
    const base = `${window.location.origin}${window.location.pathname.replace(/config\.html$/, '')}`;
    pages.config.registerOnSaveHandler((save) => {
      pages.config.setConfig({
        entityId: view,
        contentUrl: `${base}index.html?view=${view}`,
        websiteUrl: `${base}index.html?view=${view}`,
        suggestedDisplayName: label,
      }).then(() => save.notifySuccess(), (e: unknown) => save.notifyFailure(e instanceof Error ? e.message : String(e)));
    });
    pages.config.setValidityState(true);
  }, [host, view]);
  return (
    <FluentProvider theme={teamsTheme(theme)}>
      <main className={styles.root}>
        <h1>KL Kontrakt</h1>
        <Field label="Hvad skal fanen vise?">
          <Dropdown value={CONFIGURABLE.find((v) => v.id === view)?.label} selectedOptions={[view]} onOptionSelect={(_, d) => setView(d.optionValue as ViewId)}>
            {CONFIGURABLE.map((v) => <Option key={v.id} value={v.id}>{v.label}</Option>)}
          </Dropdown>
        </Field>
        {host.mode !== 'teams' && <Text block>Denne side bruges, når fanen tilføjes i en kanal eller gruppechat i Teams.</Text>}
      </main>
    </FluentProvider>
  );
}

void connectHost().then((host) => createRoot(document.getElementById('root')!).render(<ConfigPage host={host} />));
