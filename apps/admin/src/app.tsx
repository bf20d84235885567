import type { ApolloClient, NormalizedCacheObject } from '@apollo/client';
import { ApolloProvider } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { useDialogFocusReturn } from '@relais/admin-ui';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './router';
import { cssVariablesResolver, theme } from './theme';

export interface AppProps {
  client: ApolloClient<NormalizedCacheObject>;
}

export function App({ client }: AppProps) {
  useDialogFocusReturn();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        {/* The declarative router: the data router's loaders and actions, which no page uses, weighed 17 kB of gzipped JavaScript. */}
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
