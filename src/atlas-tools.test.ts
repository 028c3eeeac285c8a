// README's parameter table is the URL contract: every declared parameter has its row, and no row names one that is gone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELEMENT_ATTRIBUTES, URL_PARAMS } from './atlas-tools.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** The first column of the table under "## URL contract": `` `key` `` per row. */
function documentedKeys(): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('URL contract'));
  if (!section) throw new Error('README has no "## URL contract" section');
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
}

describe('the URL contract', () => {
  it('README documents every declared parameter, and only those (plus the hash)', () => {
    const documented = documentedKeys();
    for (const param of URL_PARAMS) expect(documented, `README's URL contract table has no row for ${param.key}=`).toContain(param.key);
    const unknown = documented.filter((key) => !key.startsWith('#') && !URL_PARAMS.some((p) => p.key === key));
    expect(unknown, 'README documents parameters nobody declares').toEqual([]);
    expect(documented).toContain('#zoom/lat/lng');
  });

  it('README names every filter field', () => {
    for (const param of URL_PARAMS.filter((p) => p.filterField)) expect(readme, `README does not name the filter field ${param.filterField}`).toContain(`\`${param.filterField}\``);
  });

  it('no two owners declare one key', () => {
    const keys = URL_PARAMS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the element takes every parameter as an attribute but the page-URL-only ones', () => {
    expect(ELEMENT_ATTRIBUTES).toEqual(URL_PARAMS.filter((p) => !p.urlOnly).map((p) => p.key));
    for (const key of ['level', 'zonetype', 'compare', 'near', 'shortlist']) expect(ELEMENT_ATTRIBUTES).toContain(key);
    expect(ELEMENT_ATTRIBUTES).not.toContain('origins');
  });
});
