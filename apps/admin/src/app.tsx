import type { ApolloClient, NormalizedCacheObject } from '@apollo/client';
import { ApolloProvider } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { useDialogFocusReturn } from '@relais/admin-ui';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

export interface AppProps {
  client: ApolloClient<NormalizedCacheObject>;
}

export function App({ client }: AppProps) {
  // Created once per mount: a new router would lose the current navigation state.
  const [router] = useState(createRouter);
  useDialogFocusReturn();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
