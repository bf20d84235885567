import { enFrame } from './en-frame';
import { enHelp } from './en-help';
import { enPeople } from './en-people';
import { enQueue } from './en-queue';
import { enVolunteering } from './en-volunteering';
import { frFrame } from './fr-frame';
import { frHelp } from './fr-help';
import { frPeople } from './fr-people';
import { frQueue } from './fr-queue';
import { frVolunteering } from './fr-volunteering';
import { emptyWordings, sortedKeys } from './wording-checks';

// The files taken out of fr.ts and en.ts so that each page loads only its own texts.
describe.each([
  ['frame', frFrame, enFrame],
  ['help', frHelp, enHelp],
  ['people', frPeople, enPeople],
  ['queue', frQueue, enQueue],
  ['volunteering', frVolunteering, enVolunteering],
])('%s wordings', (_file, french, english) => {
  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(english)).toEqual(sortedKeys(french));
    expect(emptyWordings(english)).toEqual([]);
    expect(emptyWordings(french)).toEqual([]);
  });
});
