import { COMPONENT_COLOURS, SCORE_COMPONENTS, isScoreComponentName } from './score-components';

describe('match score components', () => {
  it('each have a colour of their own', () => {
    const colours = SCORE_COMPONENTS.map((name) => COMPONENT_COLOURS[name]);
    expect(new Set(colours).size).toBe(SCORE_COMPONENTS.length);
  });

  it('are told apart from names the API may add later', () => {
    expect(isScoreComponentName('proximity')).toBe(true);
    expect(isScoreComponentName('charisma')).toBe(false);
  });
});
