import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DigestLayouts } from './digest-compose';
import { compileDigestLayout } from './digest-layout-source';
import { COMPILED_DIGEST_LAYOUTS } from './digest-layouts.compiled';

const COMPILED_FILE = path.join(__dirname, 'digest-layouts.compiled.ts');

/** The checked-in layouts are what MJML makes of their source now; `npm run digest:layouts` writes them again. */
describe('the compiled digest layouts', () => {
  const current = { fr: compileDigestLayout('fr'), en: compileDigestLayout('en') };
  const checkedIn = process.env['UPDATE_DIGEST_LAYOUTS'] ? write(current) : COMPILED_DIGEST_LAYOUTS;

  it.each(['fr', 'en'] as const)('in %s match their MJML source (else run `npm run digest:layouts`)', (language) => {
    expect(checkedIn[language]).toBe(current[language]);
    expect(checkedIn[language]).toContain(`<html lang="${language}"`);
  });
});

function write(layouts: DigestLayouts): DigestLayouts {
  writeFileSync(
      COMPILED_FILE,
      `// Written by \`npm run digest:layouts\` from digest-layout-source.ts (MJML): do not edit.\n` +
        `import type { DigestLayouts } from './digest-compose';\n\n` +
      `export const COMPILED_DIGEST_LAYOUTS: DigestLayouts = ${JSON.stringify(layouts, null, 2)};\n`,
  );
  return layouts;
}
