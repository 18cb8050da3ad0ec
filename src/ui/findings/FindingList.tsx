/**
 * The finding list shared by the Word task pane (Tjek) and the Teams review queue: findings grouped
 * by category, worst first, each group with its count; recommendations last. A finding with a field
 * is a button when `onSelect` is given (the pane selects its place in the document). The Danish
 * message is the text; the rule id follows in a small details line, the place and field id on hover.
 */
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, FindingCategory } from '../../domain/contract/finding';
import { CATEGORY_ORDER, categoryIntent, categoryLabel } from './categories';

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalM },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  findingButton: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', padding: tokens.spacingVerticalXS, width: '100%', fontWeight: tokens.fontWeightRegular },
  // The details under the message: the rule id, small and quiet.
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  // Under a finding button: in line with the button's text (its padding and border).
  metaUnderButton: { paddingLeft: `calc(${tokens.spacingVerticalXS} + ${tokens.strokeWidthThin})` },
});

export interface FindingListProps {
  findings: Finding[];
  onSelect?: (finding: Finding) => void;
  /** Extra content under a finding (the pane's "Vis ændringer" for an altered clause). */
  renderExtra?: (finding: Finding) => React.ReactNode;
  /** The finding's place in the template's words ("Evt. slutdato (indsats 2), afsnit 4. Ydelser"), shown on hover with the field id. */
  describeField?: (fieldId: string) => string | null;
}

export function groupFindings(findings: Finding[]): Array<{ category: FindingCategory; findings: Finding[] }> {
  const order: FindingCategory[] = [...CATEGORY_ORDER, null];
  return order
    .map((category) => ({ category, findings: findings.filter((f) => f.category === category) }))
    .filter((g) => g.findings.length > 0);
}

/**
 * The details line: the rule id, small and quiet (the message already says what and where); on hover
 * the place in the template's words and the raw field id, for support and kl-check.
 */
function details(f: Finding, describeField?: (fieldId: string) => string | null): { text: string; title: string } {
  const where = f.field ? describeField?.(f.field) ?? null : null;
  const field = f.field ? `Felt: ${where ? `${where} (${f.field})` : f.field} · ` : '';
  return { text: `regel ${f.rule}`, title: `${field}Regel: ${f.rule}` };
}

export function FindingList({ findings, onSelect, renderExtra, describeField }: FindingListProps) {
  const styles = useStyles();
  if (findings.length === 0) return <Text>Ingen fund.</Text>;
  return (
    <div>
      {groupFindings(findings).map((g) => {
        const headingId = `fund-${g.category ?? 'anbefalinger'}`;
        return (
          <section key={g.category ?? 'null'} className={styles.group} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.heading}>
              <Badge appearance="filled" color={categoryIntent(g.category)} aria-hidden>{g.findings.length}</Badge>
              <span>{categoryLabel(g.category)} ({g.findings.length})</span>
            </h3>
            <ul className={styles.list}>
              {g.findings.map((f, i) => (
                <li key={`${f.rule}-${f.field ?? ''}-${i}`} className={styles.item} data-rule={f.rule} data-field={f.field ?? ''}>
                  {onSelect && f.field ? (
                    <Button appearance="subtle" className={styles.findingButton} onClick={() => onSelect(f)} title="Vis stedet i dokumentet">
                      {f.message}
                    </Button>
                  ) : (
                    <Text block>{f.message}</Text>
                  )}
                  <Text block className={mergeClasses(styles.meta, onSelect && f.field ? styles.metaUnderButton : undefined)} title={details(f, describeField).title} data-testid="finding-details">{details(f, describeField).text}</Text>
                  {renderExtra?.(f)}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
