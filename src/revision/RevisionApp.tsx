/**
 * The Revision page: choose a folder or drop files, every document is checked in this browser by the
 * same engine as kl-check (in a Web Worker, with progress and cancel), and the working group's audit
 * appears as a dashboard with the HTML report, CSV and XLSX to download. Nothing is uploaded.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, Title1, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowResetRegular, DismissRegular, ShieldLockRegular } from '@fluentui/react-icons';
import { useCallback, useRef, useState } from 'react';
import { buildAuditReport, type AuditReport } from '../domain/report/audit-report';
import { downloadBlob } from '../teams/components/download';
import { TOOL_VERSION } from '../version';
import { Dashboard } from './Dashboard';
import { csvBlob, htmlReportBlob, xlsxBlob } from './exports';
import { FilePicker } from './FilePicker';
import type { CheckRun } from './worker-client';

export type StartCheck = (files: File[], onProgress: (done: number, total: number) => void) => CheckRun;

type State =
  | { kind: 'idle'; notice?: string }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; report: AuditReport }
  | { kind: 'failed'; message: string };

const useStyles = makeStyles({
  main: { maxWidth: '1200px', margin: '0 auto', padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  privacy: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', color: tokens.colorNeutralForeground2 },
  privacyIcon: { fontSize: '20px', flexShrink: 0 },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const stamp = (d: Date) => d.toISOString().slice(0, 10);

export function RevisionApp({ startCheck, now = () => new Date() }: { startCheck: StartCheck; now?: () => Date }) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = useRef<CheckRun | null>(null);

  const onFiles = useCallback((files: File[]) => {
    setState({ kind: 'running', done: 0, total: files.length });
    const r = startCheck(files, (done, total) => setState({ kind: 'running', done, total }));
    run.current = r;
    r.done.then(
      (results) => setState({ kind: 'done', report: buildAuditReport(results, { generatedAt: now().toISOString(), toolVersion: TOOL_VERSION }) }),
      (e: Error & { code?: string }) => setState(e.code === 'revision.cancelled' ? { kind: 'idle', notice: 'Tjekket blev annulleret. Ingen resultater er gemt.' } : { kind: 'failed', message: e.message }),
    ).finally(() => { if (run.current === r) run.current = null; });
  }, [startCheck, now]);

  const download = async (kind: 'html' | 'csv' | 'xlsx', report: AuditReport) => {
    const day = stamp(now());
    if (kind === 'html') downloadBlob(htmlReportBlob(report), `revision-${day}.html`);
    else if (kind === 'csv') downloadBlob(csvBlob(report), `revision-${day}.csv`);
    else downloadBlob(await xlsxBlob(report), `revision-${day}.xlsx`);
  };

  return (
    <main className={styles.main}>
      <header>
        <Title1 as="h1">Revision af kontrakter og bestillinger</Title1>
        <div className={styles.privacy}>
          <ShieldLockRegular aria-hidden className={styles.privacyIcon} />
          <Text>Dokumenterne læses og tjekkes kun her i din browser. Intet sendes til en server, og cpr-numre vises aldrig.</Text>
        </div>
      </header>
      {state.kind === 'idle' && (
        <>
          {state.notice && <MessageBar intent="info"><MessageBarBody>{state.notice}</MessageBarBody></MessageBar>}
          <FilePicker onFiles={onFiles} />
        </>
      )}
      {state.kind === 'running' && (
        <div className={styles.progress} aria-live="polite">
          <Text>Tjekker {state.done} af {state.total} dokumenter …</Text>
          <ProgressBar value={state.total ? state.done / state.total : 0} aria-label="Fremskridt" />
          <div><Button icon={<DismissRegular />} onClick={() => run.current?.cancel()}>Annuller</Button></div>
        </div>
      )}
      {state.kind === 'failed' && (
        <>
          <MessageBar intent="error"><MessageBarBody>{state.message}</MessageBarBody></MessageBar>
          <div><Button icon={<ArrowResetRegular />} onClick={() => setState({ kind: 'idle' })}>Prøv igen</Button></div>
        </>
      )}
      {state.kind === 'done' && (
        <>
          <div className={styles.toolbar} role="toolbar" aria-label="Hent resultatet">
            <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => void download('html', state.report)}>Hent rapport (HTML)</Button>
            <Button icon={<ArrowDownloadRegular />} onClick={() => void download('csv', state.report)}>Hent CSV</Button>
            <Button icon={<ArrowDownloadRegular />} onClick={() => void download('xlsx', state.report)}>Hent Excel</Button>
            <Button icon={<ArrowResetRegular />} onClick={() => setState({ kind: 'idle' })}>Ny revision</Button>
          </div>
          <Dashboard report={state.report} />
        </>
      )}
    </main>
  );
}
