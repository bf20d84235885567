import { serverSources } from '../api-errors/server-error-sources';
import { enReads } from './en-reads';
import { frReads } from './fr-reads';

/** Every `action` the API writes to the audit log (a record's, or a read recorder's): literals, and constants by their value. */
function auditedActions(): string[] {
  const sources = serverSources();
  const constants = new Map(sources.flatMap(({ text }) => [...text.matchAll(/export const ([A-Z_]+) = '([A-Z_]+)'/g)].map((match) => [match[1], match[2]] as const)));
  const actions = sources.flatMap(({ text }) =>
    [...text.matchAll(/(?:\baction: |\bcreateReadRecorder\([^,]+, )(?:'([A-Z_]+)'|([A-Z_]+)\b)/g)].flatMap((match) => {
      const value = match[1] ?? constants.get(match[2] ?? '');
      return value ? [value] : [];
    }),
  );
  return [...new Set(actions)].sort();
}

describe('audit log action wordings', () => {
  it('name every action the API writes to the audit log, in French and English', () => {
    const actions = auditedActions();
    expect(actions).toEqual(expect.arrayContaining(['ERASE_PERSON', 'READ_ADDRESS', 'SEND_CAMPAIGN', 'UPDATE_SETTING']));
    expect(actions.filter((action) => !Object.hasOwn(frReads.audit.actions, action))).toEqual([]);
    expect(actions.filter((action) => !Object.hasOwn(enReads.audit.actions, action))).toEqual([]);
  });
});
