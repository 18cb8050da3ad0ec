/** Browser mode: open a .docx from disk and download the current document. */
import { useId } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneHost } from '../host/pane-host';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  file: { fontSize: tokens.fontSizeBase300 },
});

export function BrowserFileBar({ host, onOpened, onError }: { host: PaneHost; onOpened: () => void; onError: (e: unknown) => void }) {
  const styles = useStyles();
  const inputId = useId();
  const name = host.documentName();

  const open = async (file: File | undefined) => {
    if (!file || !host.openFile) return;
    try {
      host.openFile(new Uint8Array(await file.arrayBuffer()), file.name);
      onOpened();
    } catch (e) {
      onError(e);
    }
  };

  const download = () => {
    try {
      const f = host.currentFile?.();
      if (!f) return;
      const url = URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = f.name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      onError(e);
    }
  };

  return (
    <div className={styles.bar}>
      <label htmlFor={inputId}><Text weight="semibold">Åbn en kontrakt eller bestilling (.docx):</Text></label>
      <input
        id={inputId}
        className={styles.file}
        type="file"
        accept=".docx,.docm,.dotx,.dotm,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(e) => void open(e.currentTarget.files?.[0])}
      />
      <Button onClick={download} disabled={!name}>Download dokumentet</Button>
      {name && <Text aria-live="polite">Åben: {name}</Text>}
    </div>
  );
}
