import { LEADER_COLOURS, LEADER_COMPONENTS, isLeaderComponentName } from './leader-components';

describe('leader score components', () => {
  it('each have a colour of their own', () => {
    expect(new Set(Object.values(LEADER_COLOURS)).size).toBe(LEADER_COMPONENTS.length);
  });

  it('are told apart from names the API may add later', () => {
    expect(isLeaderComponentName('trust')).toBe(true);
    expect(isLeaderComponentName('charisma')).toBe(false);
    expect(isLeaderComponentName('toString')).toBe(false);
  });
});
