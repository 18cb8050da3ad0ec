/**
 * Choosing documents: a folder (the directory picker, webkitdirectory), single files, or a drop of
 * files and folders. Fluent buttons drive hidden inputs, so the browser's own English "Choose File"
 * never shows. Nothing is uploaded: the files go to the checking worker on this page.
 */
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { DocumentMultipleRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { filesFromDrop, wordFilesOnly } from './collect-dropped';

const useStyles = makeStyles({
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, padding: tokens.spacingVerticalXXL,
    display: 'flex', flexDirection: 'column', alignItems: 'center', gap: tokens.spacingVerticalM, textAlign: 'center',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', justifyContent: 'center' },
  hidden: { display: 'none' },
});

export function FilePicker({ onFiles }: { onFiles: (files: File[]) => void }) {
  const styles = useStyles();
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [empty, setEmpty] = useState(false);
  const take = (files: File[]) => {
    setEmpty(files.length === 0);
    if (files.length) onFiles(files);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void filesFromDrop(e.dataTransfer).then(take);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <Text size={400} weight="semibold">Vælg en mappe med kontrakter og bestillinger</Text>
      <Text>… eller slip filer og mapper her. Word-filer (.docx, .docm, .dotx, .dotm) i undermapper tages med.</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<FolderOpenRegular />} onClick={() => folderInput.current?.click()}>Vælg mappe</Button>
        <Button icon={<DocumentMultipleRegular />} onClick={() => filesInput.current?.click()}>Vælg filer</Button>
      </div>
      {empty && <Text role="status">Der var ingen Word-filer blandt de valgte.</Text>}
      <input
        ref={folderInput} className={styles.hidden} type="file" multiple aria-hidden tabIndex={-1}
        {...{ webkitdirectory: '', directory: '' }}
        onChange={(e) => { take(wordFilesOnly(e.target.files ?? [])); e.target.value = ''; }}
      />
      <input
        ref={filesInput} className={styles.hidden} type="file" multiple aria-hidden tabIndex={-1} accept=".docx,.docm,.dotx,.dotm"
        onChange={(e) => { take(wordFilesOnly(e.target.files ?? [])); e.target.value = ''; }}
      />
    </div>
  );
}
