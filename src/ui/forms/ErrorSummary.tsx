import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXXS },
  bar: { marginBlockEnd: tokens.spacingVerticalM },
});

export interface ErrorSummaryItem {
  /** The id of the field's control: the link moves focus there. */
  id: string;
  /** The field's name, for screen readers when the message does not say it. */
  label: string;
  message: string;
}

/**
 * What a failed save must fix, at the top of the form: one link per field that focuses it, plus any
 * message that names no field. Takes focus when it appears so keyboard and screen-reader users land
 * on it (the pattern of GOV.UK's error summary, which Fluent has no component for).
 */
export function ErrorSummary({ title, items, other = [] }: { title: string; items: readonly ErrorSummaryItem[]; other?: readonly string[] }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const key = items.map((i) => `${i.id}:${i.message}`).join('|') + other.join('|');
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [key]);
  if (items.length === 0 && other.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" className={styles.bar} ref={ref} tabIndex={-1} data-testid="error-summary" aria-labelledby="error-summary-title">
      <MessageBarBody>
        <MessageBarTitle id="error-summary-title">{title}</MessageBarTitle>
        <ul className={styles.list}>
          {items.map((i) => (
            <li key={i.id}>
              <Link href={`#${i.id}`} aria-label={i.message.includes(i.label) ? undefined : `${i.label}: ${i.message}`} onClick={(e) => {
                e.preventDefault();
                const el = document.getElementById(i.id);
                el?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
                el?.focus();
              }}>{i.message}</Link>
            </li>
          ))}
          {other.map((m) => <li key={m}>{m}</li>)}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
