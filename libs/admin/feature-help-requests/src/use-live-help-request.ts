import { useSubscription } from '@apollo/client';
import type { HelpRequestSummaryFragment } from '@relais/admin-data-access';
import { HelpRequestChangedDocument } from '@relais/admin-data-access';

/**
 * Keeps one request up to date while `enabled`: each change comes over the socket and lands in
 * Apollo's cache under the request's id, so every list showing it updates by itself.
 */
export function useLiveHelpRequest(id: string, enabled: boolean, onChange?: (request: HelpRequestSummaryFragment) => void): void {
  useSubscription(HelpRequestChangedDocument, {
    variables: { id },
    skip: !enabled,
    onData: ({ data }) => {
      const changed = data.data?.helpRequestChanged;
      if (changed) onChange?.(changed);
    },
  });
}
