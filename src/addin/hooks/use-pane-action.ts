import { useState } from 'react';

/**
 * One user action at a time in a pane view: clears the previous outcome, marks the view busy,
 * and keeps a thrown error for the view's ErrorMessage, so no action can leave a blank pane.
 */
export function usePaneAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = async (action: () => Promise<void>): Promise<void> => {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, notice, setNotice, run };
}
