import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Capability } from '../../document/word/capabilities';

/** Says which of Word's newer features this Word lacks and what the pane does instead. */
export function CapabilityNotices({ capabilities }: { capabilities: Capability[] }) {
  const missing = capabilities.filter((c) => !c.available);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {missing.map((c) => <li key={c.id}>{c.missingMessage}</li>)}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
