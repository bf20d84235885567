import { mayArchive } from './may-archive';

const place = (id: string) => ({ id, name: `Quartier ${id}` });

describe('mayArchive', () => {
  it('lets organisers of every one of its quartiers archive it, and no other organiser', () => {
    const both = { neighbourhoods: [place('a'), place('b')] };
    expect(mayArchive(both, [place('a'), place('b'), place('c')], false)).toBe(true);
    expect(mayArchive(both, [place('a')], false)).toBe(false);
    expect(mayArchive(both, [], false)).toBe(false);
  });

  it('keeps one for the whole city to ADMIN, who may archive any', () => {
    const city = { neighbourhoods: [] };
    expect(mayArchive(city, [place('a')], false)).toBe(false);
    expect(mayArchive(city, [], true)).toBe(true);
    expect(mayArchive({ neighbourhoods: [place('z')] }, [], true)).toBe(true);
  });
});
