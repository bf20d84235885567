/** Names the global setup hands to test files through the environment. */
export const TEST_SERVER_URL_ENV = 'RELAIS_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'RELAIS_TEST_TEMPLATE';
export const TEST_DB_PREFIX_ENV = 'RELAIS_TEST_DB_PREFIX';
