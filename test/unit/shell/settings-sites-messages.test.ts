import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings } from '../../../src/core/settings';
import { DEFAULT_DOMAINS, defaultDomainOf, hostOf, matchPatterns, ruleForHost } from '../../../src/core/sites';
import { manifestFor } from '../../../src/manifest';
import { ContentRequest, ScanRequest, ScanResponse } from '../../../src/messages';
import { BackgroundRequest } from '../../../src/messages/pages';
import { markStatus } from '../../../src/core/verdict';
import type { Match } from '../../../src/core/match/types';

describe('settings', () => {
  it('falls back field by field on malformed storage, never throws', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    const s = parseSettings({ mode: 'factchecker', uiLang: 'klingon', userSites: ['ok.example.org', '<script>'] });
    expect(s.mode).toBe('factchecker');
    expect(s.uiLang).toBe('auto');
    expect(s.userSites).toEqual([]);
  });

  it('runs on default sites and their subdomains, on added sites, and not when switched off', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'www.tribunnews.com')).toBe(true);
    expect(isActiveOn(DEFAULT_SETTINGS, 'banjarmasin.tribunnews.com')).toBe(true);
    expect(isActiveOn(DEFAULT_SETTINGS, 'nottribunnews.com')).toBe(false);
    expect(isActiveOn(DEFAULT_SETTINGS, 'example.org')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, userSites: ['example.org'] }, 'example.org')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, disabledDomains: ['kompas.com'] }, 'nasional.kompas.com')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'www.detik.com')).toBe(false);
  });
});

describe('sites and manifest', () => {
  it('maps hosts to rules', () => {
    expect(ruleForHost('WWW.Kompas.com')?.domain).toBe('kompas.com');
    expect(defaultDomainOf('news.detik.com')).toBe('detik.com');
    expect(hostOf('javascript:alert(1)')).toBeUndefined();
    expect(matchPatterns('bbc.com')).toEqual(['https://bbc.com/*', 'https://*.bbc.com/*']);
  });

  it('ships content scripts for every default news site and never for localhost', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(browser) as unknown as { content_scripts: { matches: string[] }[]; host_permissions: string[] };
      const matches = m.content_scripts.flatMap((c) => c.matches);
      for (const d of ['tribunnews.com', 'kompas.com', 'detik.com', 'cnnindonesia.com', 'antaranews.com', 'tempo.co', 'liputan6.com', 'kumparan.com', 'cnbcindonesia.com', 'okezone.com', 'republika.co.id', 'thejakartapost.com', 'bbc.com', 'reuters.com', 'apnews.com', 'yna.co.kr']) {
        expect(DEFAULT_DOMAINS).toContain(d);
        expect(matches).toContain(`https://*.${d}/*`);
      }
      expect(JSON.stringify(m)).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>/);
    }
  });
});

describe('messages', () => {
  const figure = { start: 0, end: 5, surface: '6.700', value: 6700, kind: 'count', unit: 'kontainer', qualifier: 'exact', lang: 'id' };

  it('accepts well-formed requests and rejects hostile or malformed ones', () => {
    expect(BackgroundRequest.safeParse({ type: 'scan', page: { title: 't' }, blocks: ['6.700 kontainer'] }).success).toBe(true);
    expect(BackgroundRequest.safeParse({ type: 'scan', page: { title: 't' }, blocks: ['6.700 kontainer'], want: 'counts' }).success).toBe(true);
    expect(BackgroundRequest.safeParse({ type: 'scan', page: { title: 't' }, blocks: ['6.700 kontainer'], want: 'everything' }).success).toBe(false);
    expect(BackgroundRequest.safeParse({ type: 'scan', page: { title: 't' }, blocks: [{ key: 'b1', text: '6.700 kontainer' }] }).success).toBe(false);
    expect(BackgroundRequest.safeParse({ type: 'eval', code: 'alert(1)' }).success).toBe(false);
    expect(ScanRequest.safeParse({ type: 'scan', page: { title: 't' }, blocks: ['x'.repeat(200_001)] }).success).toBe(false);
    expect(BackgroundRequest.safeParse({ type: 'search', query: 'q'.repeat(301) }).success).toBe(false);
    expect(ContentRequest.safeParse({ type: 'focus-figure', key: 'k1' }).success).toBe(true);
    expect(ContentRequest.safeParse({ type: 'focus-figure', key: { toString: 'x' } }).success).toBe(false);
    expect(ContentRequest.safeParse(null).success).toBe(false);
  });

  it('validates scan responses down to each figure', () => {
    const { surface: _, ...offsets } = figure;
    const ok = { lang: 'id', uiLang: 'id', units: {}, labels: { unmatched: '$1, tidak ada' }, figures: [{ block: 0, figure: offsets, sentence: [0, 15] }] };
    expect(ScanResponse.safeParse(ok).success).toBe(true);
    const bad = structuredClone(ok);
    (bad.figures[0]!.figure as Record<string, unknown>)['kind'] = 'script';
    expect(ScanResponse.safeParse(bad).success).toBe(false);
    const negative = structuredClone(ok);
    negative.figures[0]!.sentence = [-1, 15];
    expect(ScanResponse.safeParse(negative).success).toBe(false);
    const fractional = structuredClone(ok);
    fractional.figures[0]!.block = 0.5;
    expect(ScanResponse.safeParse(fractional).success).toBe(false);
    expect(ScanResponse.safeParse({ ...ok, figures: [], counts: [0, 2, 1, 3, 1, 0] }).success).toBe(true);
    expect(ScanResponse.safeParse({ ...ok, figures: [], counts: [] }).success).toBe(true);
    for (const bad of [[0, 2], [0, 2, -1], [0, 1, 2], [3, 1, 0, 3, 1, 0], [1.5, 1, 0], ['0', 1, 0], [0, 1, null], {}, 'x']) {
      expect(ScanResponse.safeParse({ ...ok, figures: [], counts: bad }).success, JSON.stringify(bad)).toBe(false);
    }
    expect(ScanResponse.safeParse({ ...ok, figures: [], counts: Array.from({ length: 5001 }, (_, i) => [i, 1, 0]).flat() }).success).toBe(false);
  });
});

describe('mark status', () => {
  const m = (agreement: Match['agreement'], status: Match['status']): Match => ({
    claimId: 'x', score: 1, agreement, status, claimValue: 1, unit: 'container', explanation: { id: '', en: '' },
  });
  it('puts contradictions first, then outdated, then context, then consistent', () => {
    expect(markStatus([])).toBe('unmatched');
    expect(markStatus([m('differs', 'reported')])).toBe('contradicted');
    expect(markStatus([m('same', 'false')])).toBe('contradicted');
    expect(markStatus([m('outdated', 'outdated')])).toBe('outdated');
    expect(markStatus([m('basis', 'reported')])).toBe('unverified');
    expect(markStatus([m('same', 'confirmed')])).toBe('consistent');
    expect(markStatus([m('rounded', 'reported')])).toBe('consistent');
  });
});
