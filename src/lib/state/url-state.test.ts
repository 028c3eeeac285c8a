import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './url-state.ts';

describe('map view in the hash', () => {
  it('reads and writes #zoom/lat/lng', () => {
    expect(parseHash('#9.5/21.6868/108.3538').value).toEqual({ zoom: 9.5, lat: 21.6868, lng: 108.3538 });
    expect(formatHash({ zoom: 9.5, lat: 21.68681234, lng: 108.35381234 })).toBe('#9.5/21.6868/108.3538');
    expect(parseHash('').value).toBeNull();
  });

  it('drops a malformed view with a warning', () => {
    const bad = parseHash('#abc/1');
    expect(bad.value).toBeNull();
    expect(bad.warnings[0]).toMatch(/expected #zoom\/lat\/lng/);
    expect(parseHash('#3/95/10').value).toBeNull();
  });
});
