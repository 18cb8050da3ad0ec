/**
 * Browser mode: open a .docx from disk (a Fluent button "Vælg fil" over a hidden file input, or a
 * file dropped anywhere on the drop zone) and download the current document. The native input's
 * own button would say "Choose File" in the browser's language and cannot be styled.
 */
import { useRef, useState, type DragEvent } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { PaneError } from '../errors';
import type { PaneHost } from '../host/pane-host';

const ACCEPT = '.docx,.docm,.dotx,.dotm,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const WORD_FILE = /\.(docx|docm|dotx|dotm)$/i;

const useStyles = makeStyles({
  zone: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function BrowserFileBar({ host, onOpened, onError }: { host: PaneHost; onOpened: () => void; onError: (e: unknown) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const name = host.documentName();

  const open = async (file: File | undefined) => {
    if (!file || !host.openFile) return;
    try {
      if (!WORD_FILE.test(file.name)) throw new PaneError('file.not-word', `»${file.name}« er ikke et Word-dokument. Vælg en .docx-fil.`);
      host.openFile(new Uint8Array(await file.arrayBuffer()), file.name);
      onOpened();
    } catch (e) {
      onError(e);
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void open(e.dataTransfer.files[0]);
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
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Text weight="semibold" id="file-bar-label">Åbn en kontrakt eller bestilling (.docx)</Text>
      <div className={styles.row}>
        <Button appearance="primary" icon={<FolderOpen20Regular />} onClick={() => input.current?.click()} aria-describedby="file-bar-label">Vælg fil</Button>
        <Button icon={<ArrowDownload20Regular />} onClick={download} disabled={!name}>Download dokumentet</Button>
      </div>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        tabIndex={-1}
        aria-hidden
        accept={ACCEPT}
        onChange={(e) => { void open(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }}
      />
      <Text aria-live="polite">{name ? `Åben: ${name}` : 'Ingen fil valgt. Du kan også trække en fil hertil.'}</Text>
    </div>
  );
}
