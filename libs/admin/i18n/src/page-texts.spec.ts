import { frBase } from './locales/fr-base';
import { enBase } from './locales/en-base';
import { BASE_GROUPS, PART_FILES } from './page-texts';
import { resources } from './testing';

const fr = resources.fr.translation;
const en = resources.en.translation;

describe('the texts the app loads in parts', () => {
  it('come with the app for the base groups, whole, in both languages', () => {
    for (const group of BASE_GROUPS) {
      expect([group, frBase[group]]).toEqual([group, fr[group]]);
      expect([group, enBase[group]]).toEqual([group, en[group]]);
    }
  });

  it('put every other group in a file of its own language that holds it', () => {
    for (const [group, part] of Object.entries(PART_FILES)) {
      for (const [language, whole] of [['fr', fr], ['en', en]] as const) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest cannot run the app's import().
        const file = require(`./locales/${language}-${part.file}`) as Record<string, unknown>;
        const held = Object.values(file).find((texts) => Object.hasOwn(texts as object, group)) as Record<string, object> | undefined;
        const base: Record<string, unknown> = language === 'fr' ? frBase : enBase;
        // Deep-merged over the base, which may already hold a few of its keys (the frame's links).
        expect([language, group, { ...(base[group] as object), ...held?.[group] }]).toEqual([language, group, whole[group as keyof typeof whole]]);
      }
    }
  });
});
