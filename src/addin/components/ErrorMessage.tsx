import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { danishMessage } from '../errors';

/** One failure, as a Danish sentence announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{danishMessage(error)}</MessageBarBody>
    </MessageBar>
  );
}
