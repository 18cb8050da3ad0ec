/**
 * "Log ind": shown in the task pane and the tab when the server refused a request for lack of a
 * token (every single sign-on step came back empty). The sign-in window opens only from this
 * button's click, a user gesture, which Teams' authenticate and Office on the web's dialog need.
 */
import { useSyncExternalStore } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { SignInGate } from './sign-in-gate';

const useStyles = makeStyles({ notice: { marginBottom: tokens.spacingVerticalM } });
const never = () => () => {};
const idle = { needed: false, busy: false, error: null };

export function SignInNotice({ gate, onSignedIn }: { gate: SignInGate | null; onSignedIn?: () => void }) {
  const styles = useStyles();
  const state = useSyncExternalStore(gate ? (l) => gate.subscribe(l) : never, () => gate?.snapshot() ?? idle);
  if (!gate || !state.needed) return null;
  return (
    <MessageBar className={styles.notice} intent="warning" layout="multiline" data-testid="sign-in-notice">
      <MessageBarBody>
        <MessageBarTitle>Du er ikke logget ind</MessageBarTitle>
        {state.error ?? 'KL Kontrakt kunne ikke logge dig ind automatisk. Log ind med din kommunes Microsoft-konto for at fortsætte.'}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={state.busy} onClick={() => { void gate.signIn().then((ok) => { if (ok) onSignedIn?.(); }); }}>
          {state.busy ? 'Logger ind …' : 'Log ind'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
