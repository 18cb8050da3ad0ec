import { Tab, TabList, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { AuditLog } from './AuditLog';
import { ImportPanel } from './ImportPanel';
import { OfferEditor } from './OfferEditor';
import { ReviewTargets } from './ReviewTargets';

const useStyles = makeStyles({
  // Four tabs do not fit in a 350 px wide tab: they wrap to a second line rather than scroll sideways.
  tabs: { flexWrap: 'wrap' },
});

/** For the role Leverandoerliste.Admin: edit offers, import, Teams targets, audit log. */
export function Administration() {
  const styles = useStyles();
  const [tab, setTab] = useState<'edit' | 'import' | 'targets' | 'audit'>('edit');
  return (
    <section aria-labelledby="admin-heading">
      <h2 id="admin-heading">Administration</h2>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)} aria-label="Administration">
        <Tab value="edit">Ret tilbud</Tab>
        <Tab value="import">Import</Tab>
        <Tab value="targets">Teams-modtagere</Tab>
        <Tab value="audit">Revisionslog</Tab>
      </TabList>
      {tab === 'edit' && <OfferEditor />}
      {tab === 'import' && <ImportPanel />}
      {tab === 'targets' && <ReviewTargets />}
      {tab === 'audit' && <AuditLog />}
    </section>
  );
}
