import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresInBlocks } from '../../../src/core/match/context';
import { matchFigures } from '../../../src/core/match/match';
import { dataIndex } from './helpers';

const seed = readFileSync('/work/shared/fixtures/tribunnews-kim-6700-kontainer.txt', 'utf8');
const blocks = seed.split('\n').map((l) => l.trim()).filter(Boolean);
const items = figuresInBlocks(blocks, 'id').map((f) => f.item);
const page = { title: blocks[0] ?? '', lang: 'id' as const, published: '2024-02-27' };

describe("explain: 'top'", () => {
  const all = matchFigures(dataIndex(), items, page);
  const top = matchFigures(dataIndex(), items, page, { explain: 'top' });

  it('returns the same matches, in the same order, without their explanations', () => {
    expect(top.map((r) => r.key)).toEqual(all.map((r) => r.key));
    top.forEach((r, i) => {
      expect(r.matches).toEqual(all[i]!.matches.map(({ explanation: _, ...m }) => m));
      for (const m of r.matches) expect(m).not.toHaveProperty('explanation');
    });
  });

  it("explains each figure's top match exactly as explain: 'all' does, and nothing without a match", () => {
    // The seed article has figures with several matches and figures with none: both cases are covered.
    expect(all.some((r) => r.matches.length > 1)).toBe(true);
    expect(all.some((r) => r.matches.length === 0)).toBe(true);
    top.forEach((r, i) => {
      const first = all[i]!.matches[0];
      if (first) expect(r.explanation).toEqual(first.explanation);
      else expect(r).not.toHaveProperty('explanation');
    });
  });

  it("with explain: 'none', returns the same matches and no explanation at all", () => {
    const none = matchFigures(dataIndex(), items, page, { explain: 'none' });
    expect(none.map((r) => r.matches)).toEqual(top.map((r) => r.matches));
    for (const r of none) expect(r).not.toHaveProperty('explanation');
  });

  it('keeps the default output unchanged by an explicit all', () => {
    expect(matchFigures(dataIndex(), items, page, { explain: 'all' })).toEqual(all);
  });
});
