import { auditLogVariables, idFilter } from './audit-log-filter';

const EMPTY = { personId: '', readerId: '', action: null, from: '', to: '' };

describe('audit log filters', () => {
  it('sends nothing for empty fields', () => {
    expect(auditLogVariables(EMPTY)).toEqual({ personId: null, readerId: null, action: null, from: null, to: null });
  });

  it('takes whole ids only, trimmed', () => {
    expect(idFilter(' 1b4e28ba-2fa1-11d2-883f-0016d3cca427 ')).toEqual({ id: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', valid: true });
    expect(idFilter('1b4e28ba')).toEqual({ id: '1b4e28ba', valid: false });
    expect(auditLogVariables({ ...EMPTY, readerId: '1b4e28ba' })).toBeNull();
  });

  it('covers whole local days, the last one included', () => {
    const variables = auditLogVariables({ ...EMPTY, from: '2026-03-01', to: '2026-03-01' });
    expect(variables?.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(variables?.to).toBe(new Date(2026, 2, 2).toISOString());
  });
});
