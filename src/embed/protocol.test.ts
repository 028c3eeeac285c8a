import { describe, expect, it } from 'vitest';
import { eventMessage, parseCommand } from './protocol.ts';
import { allowedOrigins, EMBED_PARAM, normaliseOrigin, ORIGINS_PARAM } from './embed-params.ts';
import { readParam } from '../lib/url/url-param.ts';

describe('parseCommand', () => {
  it('reads the four commands of version 1', () => {
    expect(parseCommand({ type: 'medpark-atlas:select', version: 1, id: 'fcg-pilot-zone' })).toEqual({ ok: true, command: { verb: 'select', id: 'fcg-pilot-zone' } });
    expect(parseCommand({ type: 'medpark-atlas:select', version: 1, id: null })).toEqual({ ok: true, command: { verb: 'select', id: null } });
    expect(parseCommand({ type: 'medpark-atlas:filter', version: 1, regions: ['fujian'] })).toEqual({ ok: true, command: { verb: 'filter', filter: { regions: ['fujian'] } } });
    expect(parseCommand({ type: 'medpark-atlas:lang', version: 1, lang: 'zh' })).toEqual({ ok: true, command: { verb: 'lang', lang: 'zh' } });
    expect(parseCommand({ type: 'medpark-atlas:fly', version: 1, center: [118, 24.5], zoom: 7 })).toEqual({ ok: true, command: { verb: 'fly', view: { center: [118, 24.5], zoom: 7 } } });
  });

  it('tells another protocol (ignored silently) from a malformed message of this one (logged)', () => {
    for (const foreign of [null, 'x', 3, [1], { type: 'webpackOk' }, { hello: 1 }]) expect(parseCommand(foreign)).toMatchObject({ ok: false, foreign: true });
    const bad = [
      { type: 'medpark-atlas:select' },
      { type: 'medpark-atlas:select', version: '1', id: 'a' },
      { type: 'medpark-atlas:select', version: 1, id: 5 },
      { type: 'medpark-atlas:select', version: 1, id: '' },
      { type: 'medpark-atlas:filter', version: 1 },
      { type: 'medpark-atlas:filter', version: 1, industries: [1] },
      { type: 'medpark-atlas:filter', version: 1, industries: Array(201).fill('tcm') },
      { type: 'medpark-atlas:lang', version: 1, lang: 'fr' },
      { type: 'medpark-atlas:fly', version: 1, center: [1] },
      { type: 'medpark-atlas:fly', version: 1, center: [1, 2], zoom: 'x' },
      { type: 'medpark-atlas:reboot', version: 1 },
    ];
    for (const message of bad) expect(parseCommand(message), JSON.stringify(message)).toMatchObject({ ok: false, foreign: false });
  });

  it('never throws, even on a hostile getter', () => {
    const hostile = { get type(): string { throw new Error('boom'); } };
    expect(parseCommand(hostile)).toMatchObject({ ok: false });
  });

  it('builds events with the protocol type and version', () => {
    expect(eventMessage('select', { id: 'a' })).toEqual({ type: 'medpark-atlas:select', version: 1, id: 'a' });
  });
});

describe('embed parameters', () => {
  it('embed=1 turns the compact layout on; anything else is off', () => {
    expect(readParam(EMBED_PARAM, '?embed=1', null).value).toBe(true);
    expect(readParam(EMBED_PARAM, '?embed=yes', null)).toMatchObject({ value: false, warnings: [expect.stringContaining('embed=yes')] });
    expect(EMBED_PARAM.format(false)).toBeNull();
  });

  it('origins are bare origins; paths, other schemes and junk are dropped', () => {
    expect(normaliseOrigin('https://portal.example')).toBe('https://portal.example');
    expect(normaliseOrigin('https://portal.example/')).toBe('https://portal.example');
    expect(normaliseOrigin('https://portal.example/page')).toBeNull();
    expect(normaliseOrigin('javascript:alert(1)')).toBeNull();
    expect(normaliseOrigin('*')).toBeNull();
    const parsed = readParam(ORIGINS_PARAM, '?origins=https://a.example,*,http://127.0.0.1:8080', null);
    expect(parsed.value).toEqual(['https://a.example', 'http://127.0.0.1:8080']);
    expect(parsed.warnings).toHaveLength(1);
  });

  it('the allow-list is the own origin plus build and URL origins, deduplicated', () => {
    expect(allowedOrigins('http://127.0.0.1:4173', ['https://a.example'], 'https://b.example, https://a.example')).toEqual(['http://127.0.0.1:4173', 'https://b.example', 'https://a.example']);
    expect(allowedOrigins('http://127.0.0.1:4173', [], undefined)).toEqual(['http://127.0.0.1:4173']);
  });
});
