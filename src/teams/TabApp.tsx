import { FluentProvider, Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../ui/api/client';
import { SignInNotice } from '../ui/auth/SignInNotice';
import { teamsTheme, type TeamsThemeName } from '../ui/theme';
import type { HostSession } from './host/teams-host';
import { SessionContext, type TabSession } from './session-context';
import { OfferList } from './views/OfferList';
import { VIEWS, flagIdFromSubEntity, isViewId, type ViewId } from './views/view-ids';

const useStyles = makeStyles({
  // Layout lives on an inner div, not on the FluentProvider: Fluent gives the provider's classes to its
  // portal mount node too (microsoft/fluentui#25528), so min-height and background there would lay a
  // full-page layer over every Dropdown, Menu and Drawer.
  root: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground2 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // At 320–350 px the five view tabs scroll sideways inside the header instead of widening the page.
  tabs: { maxWidth: '100%', overflowX: 'auto', scrollbarWidth: 'thin' },
  mode: { color: tokens.colorNeutralForeground3, marginLeft: 'auto' },
  main: { outlineStyle: 'none' },
});

// The list is the first screen; the other views (their forms, charts and date pickers) load when opened,
// so the tab's first script is smaller and the list shows sooner (issue 16).
const FindPlace = lazy(() => import(/* webpackChunkName: "find-place" */ './views/FindPlace').then((m) => ({ default: m.FindPlace })));
const RateMonitoring = lazy(() => import(/* webpackChunkName: "rate-monitoring" */ './views/RateMonitoring').then((m) => ({ default: m.RateMonitoring })));
const Review = lazy(() => import(/* webpackChunkName: "review" */ './views/Review').then((m) => ({ default: m.Review })));
const Administration = lazy(() => import(/* webpackChunkName: "administration" */ './views/Administration').then((m) => ({ default: m.Administration })));

export interface StartState {
  view: ViewId;
  flagId: string | null;
}

/** Which view to open: ?view= / ?flag= in the URL, else the Teams tab's entity and deep-link sub-entity. */
export function startState(search: string, host: Pick<HostSession, 'entityId' | 'subEntityId'>): StartState {
  const p = new URLSearchParams(search);
  const flagId = p.get('flag') ?? flagIdFromSubEntity(host.subEntityId);
  const wanted = p.get('view') ?? host.entityId;
  const view: ViewId = isViewId(wanted) ? wanted : flagId ? 'gennemgang' : 'leverandorliste';
  return { view, flagId };
}

export interface TabAppProps {
  host: HostSession;
  api: ApiClient;
  roles: { isAdmin: boolean; isReviewer: boolean };
  start: StartState;
  /** After "Log ind" succeeded (index.tsx reads the roles again and starts the tab afresh). */
  onSignedIn?: () => void;
}

export function TabApp({ host, api, roles, start, onSignedIn }: TabAppProps) {
  const styles = useStyles();
  const [themeName, setThemeName] = useState<TeamsThemeName>(host.theme);
  const [view, setView] = useState<ViewId>(start.view === 'administration' && !roles.isAdmin ? 'leverandorliste' : start.view);
  useEffect(() => host.onThemeChange(setThemeName), [host]);
  // The open view goes into the URL as well, so a refresh comes back to it (the views keep their own state there too).
  useEffect(() => {
    const p = new URLSearchParams(window.location.search);
    if (p.get('view') === view) return;
    p.set('view', view);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${p.toString()}${window.location.hash}`);
  }, [view]);
  const session: TabSession = useMemo(() => ({ api, host, ...roles, municipalities: [] }), [api, host, roles]);
  const views = VIEWS.filter((v) => v.id !== 'administration' || roles.isAdmin);

  return (
    <FluentProvider theme={teamsTheme(themeName)}>
      <div className={styles.root} data-testid="tab-root" data-theme={themeName}>
        <SessionContext.Provider value={session}>
          <header className={styles.header}>
            <h1 className={styles.title}>KL Kontrakt</h1>
            <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as ViewId)} aria-label="Visninger">
              {views.map((v) => <Tab key={v.id} value={v.id}>{v.label}</Tab>)}
            </TabList>
            {host.mode === 'standalone' && <Text className={styles.mode} size={200}>Kører uden for Teams ({host.standaloneReason})</Text>}
          </header>
          <SignInNotice gate={host.signIn} onSignedIn={onSignedIn} />
          <main className={styles.main} aria-live="off">
            {view === 'leverandorliste' && <OfferList />}
            <Suspense fallback={<Spinner label="Henter …" />}>
              {view === 'find-plads' && <FindPlace />}
              {view === 'takster' && <RateMonitoring />}
              {view === 'gennemgang' && <Review initialFlagId={start.flagId} />}
              {view === 'administration' && roles.isAdmin && <Administration />}
            </Suspense>
          </main>
        </SessionContext.Provider>
      </div>
    </FluentProvider>
  );
}
