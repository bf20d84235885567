// mjml 4 ships no types; the one call the digest makes.
declare module 'mjml' {
  interface MjmlError {
    line: number;
    message: string;
    tagName: string;
  }
  interface MjmlOptions {
    validationLevel?: 'strict' | 'soft' | 'skip';
    minify?: boolean;
    keepComments?: boolean;
  }
  function mjml2html(mjml: string, options?: MjmlOptions): { html: string; errors: MjmlError[] };
  export default mjml2html;
}
