import { BAN_URL, DEFAULT_MAP_STYLE_URL, mapOrigins, parseMapConfig } from './map-config';

function parse(env: Record<string, string>) {
  const problems: string[] = [];
  return { config: parseMapConfig(env, problems), problems };
}

describe('parseMapConfig', () => {
  it("draws OpenFreeMap's streets and searches addresses with the BAN by default", () => {
    expect(parse({})).toEqual({ config: { styleUrl: DEFAULT_MAP_STYLE_URL, geocoder: { kind: 'ban', url: BAN_URL } }, problems: [] });
  });

  it("takes '' or none as no basemap, and off as no address search", () => {
    expect(parse({ MAP_STYLE_URL: '', GEOCODER: 'off' }).config).toEqual({ styleUrl: null, geocoder: { kind: 'off', url: null } });
    expect(parse({ MAP_STYLE_URL: 'None' }).config.styleUrl).toBeNull();
  });

  it('asks Nominatim where NOMINATIM_URL says, and refuses it without one', () => {
    expect(parse({ GEOCODER: 'nominatim', NOMINATIM_URL: 'https://nominatim.example.org/' }).config.geocoder).toEqual({
      kind: 'nominatim',
      url: 'https://nominatim.example.org',
    });
    expect(parse({ GEOCODER: 'nominatim' }).problems).toEqual(['GEOCODER=nominatim needs NOMINATIM_URL, the Nominatim server to ask']);
  });

  it('names each wrong setting', () => {
    expect(parse({ MAP_STYLE_URL: 'ftp://tiles.example.org/style.json', GEOCODER: 'google' }).problems).toEqual([
      'MAP_STYLE_URL must start with https:// or http:// (got "ftp://")',
      'GEOCODER must be ban, nominatim or off (got "google")',
    ]);
  });
});

describe('mapOrigins', () => {
  it("is the style's origin alone, or nothing without a basemap", () => {
    expect(mapOrigins({ styleUrl: 'https://tiles.openfreemap.org/styles/liberty' })).toEqual(['https://tiles.openfreemap.org']);
    expect(mapOrigins({ styleUrl: null })).toEqual([]);
  });
});
