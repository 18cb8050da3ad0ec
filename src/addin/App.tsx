/**
 * The task pane: Udfyld, Tjek, Send til gennemgang and Bestilling (the order) over one PaneHost (Word or a plain browser).
 * Views are code-split; the pane follows the Office theme and is fully keyboard operable (Fluent's
 * TabList, native form controls, visible focus).
 */
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ClipboardTaskListLtr20Regular, DocumentEdit20Regular, DocumentSearch20Regular, PersonClock20Regular, Send20Regular } from '@fluentui/react-icons';
import type { ApiClient } from '../ui/api/client';
import { SignInNotice } from '../ui/auth/SignInNotice';
import { officeTheme } from '../ui/theme';
import { checkRead, type CheckOutcome } from './check/check-document';
import { BrowserFileBar } from './components/BrowserFileBar';
import { CapabilityNotices } from './components/CapabilityNotices';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorMessage } from './components/ErrorMessage';
import { PaneTabs, type PaneTab } from './components/PaneTabs';
import type { PaneHost } from './host/pane-host';

const FillView = lazy(() => import('./views/FillView').then((m) => ({ default: m.FillView })));
const CheckView = lazy(() => import('./views/CheckView').then((m) => ({ default: m.CheckView })));
const SendView = lazy(() => import('./views/SendView').then((m) => ({ default: m.SendView })));
const OrderView = lazy(() => import('./views/OrderView').then((m) => ({ default: m.OrderView })));
const MyFlagsView = lazy(() => import('./views/MyFlagsView').then((m) => ({ default: m.MyFlagsView })));

type TabId = 'fill' | 'check' | 'send' | 'order' | 'mine';
/** Icons above short labels; what does not fit in Word's 320–350 px pane moves into the "Mere" menu (PaneTabs). */
const TABS: Array<PaneTab<TabId>> = [
  { id: 'fill', label: 'Udfyld', icon: <DocumentEdit20Regular /> },
  { id: 'check', label: 'Tjek', icon: <DocumentSearch20Regular /> },
  { id: 'send', label: 'Send til gennemgang', icon: <Send20Regular /> },
  { id: 'order', label: 'Bestilling', icon: <ClipboardTaskListLtr20Regular /> },
  { id: 'mine', label: 'Mine sager', icon: <PersonClock20Regular /> },
];

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  // Word shows the pane 320–350 px wide: nothing may be wider than the viewport (no sideways scroll).
  main: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, maxWidth: '720px', boxSizing: 'border-box', minWidth: 0, overflowWrap: 'anywhere' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
  panel: { paddingTop: tokens.spacingVerticalS },
});

export function App({ host, api }: { host: PaneHost; api: ApiClient | null }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(host.mode === 'browser' ? 'check' : 'fill');
  const [, setDocVersion] = useState(0);
  /** Which document is open (browser mode opens others): the views start afresh for each, with no notice of the last one. */
  const [openedDocument, setOpenedDocument] = useState(0);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [hostError, setHostError] = useState<unknown>(null);
  /** The offer picked in the fill form, named on the flag by Send til gennemgang. */
  const [pickedOffer, setPickedOffer] = useState<{ id: string; name: string } | null>(null);
  const definition = host.templates.sources[0]?.definition;
  const theme = useMemo(() => officeTheme(host.themeBackground, typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches), [host.themeBackground]);

  const check = useCallback(async () => {
    const port = host.port();
    if (!port) return;
    setChecking(true);
    setCheckError(null);
    try {
      setOutcome(checkRead(await port.read(), host.templates.registry));
    } catch (e) {
      setCheckError(e);
    } finally {
      setChecking(false);
    }
  }, [host]);

  const documentChanged = useCallback((showCheck: boolean) => {
    setDocVersion((v) => v + 1);
    setOutcome(null);
    if (showCheck) setTab('check');
    void check();
  }, [check]);

  return (
    // The provider carries only the theme: Fluent mounts Dialogs and popovers in a portal that shares the
    // provider's classes, so page layout (min-height, background) there would cover the pane (fluentui#25528).
    <FluentProvider theme={theme}>
      <div className={styles.root}>
      <main className={styles.main} lang="da">
        <h1 className={styles.title}>KL Kontrakt</h1>
        {host.mode === 'browser' && (
          <BrowserFileBar host={host} onOpened={() => { setHostError(null); setPickedOffer(null); setOpenedDocument((n) => n + 1); documentChanged(true); }} onError={setHostError} />
        )}
        <ErrorMessage error={hostError} />
        <SignInNotice gate={host.signIn} />
        <CapabilityNotices capabilities={host.capabilities} />
        <PaneTabs tabs={TABS} selected={tab} onSelect={setTab} />
        <div className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          <ErrorBoundary>
            <Suspense fallback={<Spinner size="small" label="Indlæser …" />}>
              {tab === 'fill' && definition && (
                <FillView
                  key={openedDocument}
                  host={host}
                  definition={definition}
                  api={api}
                  onInserted={() => documentChanged(false)}
                  onTemplateInserted={() => documentChanged(false)}
                  onOfferPicked={setPickedOffer}
                />
              )}
              {tab === 'check' && <CheckView key={openedDocument} host={host} outcome={outcome} busy={checking} error={checkError} onCheck={check} />}
              {tab === 'send' && <SendView key={openedDocument} host={host} api={api} outcome={outcome} pickedOffer={pickedOffer} />}
              {tab === 'mine' && <MyFlagsView key={openedDocument} api={api} />}
              {tab === 'order' && (
                <OrderView key={openedDocument} host={host} outcome={outcome} busy={checking} error={checkError} onCheck={check} onChanged={() => documentChanged(false)} />
              )}
            </Suspense>
          </ErrorBoundary>
        </div>
      </main>
      </div>
    </FluentProvider>
  );
}
