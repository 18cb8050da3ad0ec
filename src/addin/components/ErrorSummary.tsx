/**
 * The error summary at the top of a form after "Indsæt" (GOV.UK / Fluent pattern): a heading that takes focus, and
 * one link per problem that moves focus to its field, so a 3,600 px form need not be scrolled to find what is wrong.
 */
import { forwardRef } from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { FormProblem } from '../form/form-summary';
import { inputName } from '../form/form-styles';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  body: { minWidth: 0 },
});

/** Focuses the form control named after a field id (the first radio of a group) and brings it into view. */
export function focusField(id: string): void {
  const el = document.querySelector<HTMLElement>(`[name="${inputName(id)}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}

export const ErrorSummary = forwardRef<HTMLDivElement, { title: string; problems: FormProblem[] }>(function ErrorSummary({ title, problems }, ref) {
  const styles = useStyles();
  return (
    <div ref={ref} tabIndex={-1} data-testid="error-summary">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{title}</MessageBarTitle>
          <ul className={styles.list}>
            {problems.map((p) => (
              <li key={p.id}>
                <Link as="button" data-field={p.id} onClick={() => focusField(p.id)}>{p.label}</Link>{` (${p.section}): ${p.message}`}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
});
