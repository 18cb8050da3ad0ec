/** Every file with its category and findings: filter by category, municipality and rule; sort by column. */
import {
  Badge, Dropdown, Label, makeStyles, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AuditReport, ReportFile } from '../domain/report/audit-report';
import { municipalityKey } from '../domain/report/audit-report';
import { CATEGORY_LABELS, DOCUMENT_CATEGORIES, ruleLabel, type DocumentCategory } from '../domain/report/labels';
import { categoryIntent } from '../ui/findings/categories';

const ALL = '';
type SortKey = 'file' | 'category' | 'findings';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalM },
  filter: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '200px' },
  file: { wordBreak: 'break-word' },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  message: { color: tokens.colorNeutralForeground2 },
});

const severity = (c: DocumentCategory): number => DOCUMENT_CATEGORIES.indexOf(c);
const collator = new Intl.Collator('da', { numeric: true });

export function FileTable({ report, rule, onRule }: { report: AuditReport; rule: string; onRule: (rule: string) => void }) {
  const styles = useStyles();
  const [category, setCategory] = useState<string>(ALL);
  const [municipality, setMunicipality] = useState<string>(ALL);
  const [sort, setSort] = useState<{ key: SortKey; dir: 'ascending' | 'descending' }>({ key: 'category', dir: 'descending' });
  const rules = useMemo(() => report.topFindings.concat(report.recommendations).map((r) => r.rule), [report]);

  const rows = useMemo(() => {
    const keep = (f: ReportFile) => (category === ALL || f.category === category)
      && (municipality === ALL || (f.municipality ? municipalityKey(f.municipality) === municipality : false))
      && (rule === ALL || f.findings.some((x) => x.rule === rule));
    const cmp = (a: ReportFile, b: ReportFile): number => {
      if (sort.key === 'file') return collator.compare(a.file, b.file);
      if (sort.key === 'findings') return a.findings.length - b.findings.length || collator.compare(a.file, b.file);
      return severity(a.category) - severity(b.category) || collator.compare(a.file, b.file);
    };
    const list = report.files.filter(keep).sort(cmp);
    return sort.dir === 'descending' ? list.reverse() : list;
  }, [report, category, municipality, rule, sort]);

  const header = (key: SortKey, label: string) => (
    <TableHeaderCell
      sortDirection={sort.key === key ? sort.dir : undefined}
      onClick={() => setSort((s) => ({ key, dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending' }))}
    >{label}</TableHeaderCell>
  );

  return (
    <section aria-label="Alle filer">
      <div className={styles.filters}>
        <div className={styles.filter}>
          <Label id="f-category">Kategori</Label>
          <Dropdown aria-labelledby="f-category" value={category === ALL ? 'Alle' : CATEGORY_LABELS[category as DocumentCategory]} selectedOptions={[category]} onOptionSelect={(_, d) => setCategory(d.optionValue ?? ALL)}>
            <Option value={ALL}>Alle</Option>
            {DOCUMENT_CATEGORIES.map((c) => <Option key={c} value={c}>{CATEGORY_LABELS[c]}</Option>)}
          </Dropdown>
        </div>
        <div className={styles.filter}>
          <Label id="f-municipality">Kommune</Label>
          <Dropdown aria-labelledby="f-municipality" value={municipality === ALL ? 'Alle' : municipality} selectedOptions={[municipality]} onOptionSelect={(_, d) => setMunicipality(d.optionValue ?? ALL)}>
            <Option value={ALL}>Alle</Option>
            {report.perMunicipality.map((m) => <Option key={m.municipality} value={m.municipality}>{m.municipality}</Option>)}
          </Dropdown>
        </div>
        <div className={styles.filter}>
          <Label id="f-rule">Fund</Label>
          <Dropdown aria-labelledby="f-rule" value={rule === ALL ? 'Alle' : ruleLabel(rule)} selectedOptions={[rule]} onOptionSelect={(_, d) => onRule(d.optionValue ?? ALL)}>
            <Option value={ALL}>Alle</Option>
            {rules.map((r) => <Option key={r} value={r}>{ruleLabel(r)}</Option>)}
          </Dropdown>
        </div>
      </div>
      <Text role="status">{rows.length} af {report.files.length} filer vises</Text>
      <Table sortable aria-label="Filer med kategori og fund">
        <TableHeader>
          <TableRow>{header('file', 'Fil')}{header('category', 'Kategori')}{header('findings', 'Fund')}</TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((f) => (
            <TableRow key={f.file}>
              <TableCell className={styles.file}>{f.file}</TableCell>
              <TableCell><Badge appearance="filled" color={categoryIntent(f.category)}>{CATEGORY_LABELS[f.category]}</Badge></TableCell>
              <TableCell>
                {f.findings.length === 0 ? 'Ingen fund' : (
                  <ul className={styles.findings}>
                    {f.findings.map((x, i) => <li key={i}><Text weight="semibold">{ruleLabel(x.rule)}</Text> <span className={styles.message}>{x.message}</span></li>)}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
