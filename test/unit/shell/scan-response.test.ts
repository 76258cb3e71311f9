import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../../../src/background/scan';
import { loadIndex } from '../../../src/cli/annotate';
import { figuresInBlocks } from '../../../src/core/match/context';
import { ScanResponse, type ScanRequest } from '../../../src/messages';
import { matchFigures } from '../../../src/core/match/match';
import { translator } from '../../../src/ui/i18n';
import { markLabel } from '../../../src/ui/figure-text';
import { fillLabel, labelKey } from '../../../src/ui/mark-label';
import { markStatus } from '../../../src/core/verdict';

const seed = readFileSync(`${import.meta.dirname}/../../../../shared/fixtures/tribunnews-kim-6700-kontainer.txt`, 'utf8');
const blocks = seed.split('\n').map((t) => t.trim()).filter(Boolean);
const ds = { index: loadIndex(), unitLabels: () => ({}) };
const request = (want?: ScanRequest['want']): ScanRequest => ({
  type: 'scan',
  page: { title: blocks[0]!, published: '2024-02-27', lang: 'id' },
  blocks,
  ...(want ? { want } : {}),
});

describe('scan response', () => {
  it('carries offsets that cut the same surfaces and sentences as the detector read, and no text', () => {
    const res = scanBlocks(ds, request(), () => 'id');
    expect(ScanResponse.safeParse(JSON.parse(JSON.stringify(res))).success).toBe(true);
    const found = figuresInBlocks(blocks, 'id');
    expect(res.figures).toHaveLength(found.length);
    res.figures.forEach((f, i) => {
      const text = blocks[f.block]!;
      expect(text.slice(f.figure.start, f.figure.end)).toBe(found[i]!.item.figure.surface);
      expect(text.slice(f.sentence[0], f.sentence[1])).toBe(found[i]!.item.sentence);
      expect(f).not.toHaveProperty('paragraph');
      expect(f.figure).not.toHaveProperty('surface');
    });
    // The page words each mark from the templates as the worker would have worded it whole.
    const full = matchFigures(ds.index, found.map((f) => f.item), { title: blocks[0]!, published: '2024-02-27', lang: 'id' });
    const t = translator('id');
    res.figures.forEach((f, i) => {
      const figure = { ...f.figure, surface: blocks[f.block]!.slice(f.figure.start, f.figure.end) };
      expect(fillLabel(res.labels[labelKey(f.matches ?? [])]!, figure)).toBe(markLabel(figure, full[i]!.matches, t));
      expect(f.why).toBe(full[i]!.matches[0]?.explanation.id);
      expect(f.matches?.map((m) => m.claimId)).toEqual(full[i]!.matches.length ? full[i]!.matches.map((m) => m.claimId) : undefined);
    });
    const containers = res.figures.find((f) => blocks[f.block]!.slice(f.figure.start, f.figure.end) === '6.700');
    expect(containers?.matches?.[0]?.claimId).toBe('seed-01-containers-6700');
    expect(res.labels['consistent:outdated']).toBe('$1, cocok dengan klaim, status: usang');
    expect(res.labels['unmatched']).toBe('$1, tidak ada di data klaim');
  });

  it('sends only matched figures when asked, in the interface language chosen for the page', () => {
    const all = scanBlocks(ds, request(), () => 'id');
    const res = scanBlocks(ds, request('matched'), () => 'en');
    expect(res.uiLang).toBe('en');
    expect(res.figures.length).toBe(all.figures.filter((f) => f.matches?.length).length);
    expect(res.figures.every((f) => f.matches!.length > 0 && f.why)).toBe(true);
    expect(res.labels['unmatched']).toBeUndefined();
  });

  it('counts the matched and contradicting figures of each block when asked for counts only, and sends no figure', () => {
    const all = scanBlocks(ds, request(), () => 'id');
    const res = scanBlocks(ds, request('counts'), () => 'id');
    expect(ScanResponse.safeParse(JSON.parse(JSON.stringify(res))).success).toBe(true);
    expect(res.figures).toEqual([]);
    // A triple [block, matched, contradicted] for each block with a matched figure, in block order.
    const expected = blocks.flatMap((_, b) => {
      const matched = all.figures.filter((f) => f.block === b && f.matches?.length);
      return matched.length ? [b, matched.length, matched.filter((f) => markStatus(f.matches!) === 'contradicted').length] : [];
    });
    expect(res.counts).toEqual(expected);
    // The seed article has blocks without a match (left out), matched figures, and one that contradicts its source
    // ("dua dekade").
    expect(expected.length / 3).toBeLessThan(blocks.length);
    expect(expected.filter((_, i) => i % 3 === 1).reduce((a, b) => a + b)).toBeGreaterThan(5);
    expect(expected.filter((_, i) => i % 3 === 2).reduce((a, b) => a + b)).toBeGreaterThan(0);
  });
});
