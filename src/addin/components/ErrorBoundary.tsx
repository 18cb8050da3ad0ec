/** Catches render errors so the pane shows a Danish message and a way on, never a blank pane. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { danishMessage } from '../errors';

interface State { error: unknown }

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('KL Kontrakt: fejl i opgaveruden', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Der gik noget galt i KL Kontrakt.</MessageBarTitle>
            {danishMessage(this.state.error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => this.setState({ error: null })}>Prøv igen</Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}
