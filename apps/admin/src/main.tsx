import '@mantine/core/styles.css';
// After core's styles, which it builds on.
import '@mantine/charts/styles.css';
import { createApolloClient } from '@relais/admin-data-access';
import { initI18n } from '@relais/admin-i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');
// English texts load before the first paint when they are the chosen language; French comes with the app.
void initI18n().then(() =>
  createRoot(container).render(
    <StrictMode>
      <App client={createApolloClient()} />
    </StrictMode>,
  ),
);

// An ES module by its syntax: under the repository's "type": "commonjs", a file without exports would be
// bundled as CommonJS, and everything it imports wrapped and kept whole, pages and libraries alike.
export {};
