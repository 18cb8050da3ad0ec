import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorMessage } from '../../ui/api/errors';

/** A failed request, said in Danish; announced to screen readers by MessageBar's role. */
export function ErrorBar({ error, title = 'Noget gik galt' }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {errorMessage(error)}
      </MessageBarBody>
    </MessageBar>
  );
}
