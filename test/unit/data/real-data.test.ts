import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatError, loadDataset } from '../../../src/node/dataset-files';

const root = join(import.meta.dirname, '..', '..', '..');
const data = loadDataset(join(root, 'data'), root);
const byId = new Map(data.records.map((r) => [r.id, r]));
// The research notes live outside the repository; the id check runs where they are present.
const RESEARCH = '/work/shared/research/claims-research.jsonl';
const researchIds = (existsSync(RESEARCH) ? readFileSync(RESEARCH, 'utf8') : '')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { id: string }).id);

describe('the bundled data/', () => {
  it('passes every check', () => {
    expect(data.errors.map(formatError)).toEqual([]);
  });

  it.skipIf(researchIds.length === 0)('holds every researched claim under its research id', () => {
    expect(researchIds.length).toBe(82);
    for (const id of researchIds) expect(byId.has(id), id).toBe(true);
  });

  it('gives the seed article the verdicts of the research', () => {
    const status = (id: string) => byId.get(id)?.status;
    expect(status('seed-01-containers-6700')).toBe('outdated');
    expect(status('seed-04-factories-capacity')).toBe('misleading');
    expect(status('seed-08-two-decades-war')).toBe('false');
    expect(status('seed-10-putin-aurus-gift')).toBe('confirmed');
    expect(byId.get('seed-02-capacity-3m-152mm')?.figures[0]).toMatchObject({ value: 3000000, unit: 'shell', basis: 'capacity_equivalent' });
    expect(byId.get('seed-03-capacity-500k-122mm')?.figures[0]).toMatchObject({ value: 500000, unit: 'shell', basis: 'capacity_equivalent' });
    expect(byId.get('seed-02-capacity-3m-152mm')?.related).toContain('seed-03-capacity-500k-122mm');
    expect(byId.get('seed-03-capacity-500k-122mm')?.related).toContain('seed-02-capacity-3m-152mm');
  });

  it('has the dated events the matcher needs', () => {
    const start = (id: string) => {
      const r = byId.get(id);
      return r?.type === 'event' ? r.event.start : undefined;
    };
    expect(start('ev-ukraine-full-scale-invasion')).toBe('2022-02-24');
    expect(start('ev-donbas-war')).toBe('2014-04');
    expect(start('ev-kim-putin-vostochny-summit-2023')).toBe('2023-09-13');
    expect(start('ev-kim-putin-first-summit-2019')).toBe('2019-04-25');
    expect(start('ev-lavrov-pyongyang-visit-2018')).toBe('2018-05-31');
    expect(start('ev-dprk-satellite-launch-failure-2024-05')).toBe('2024-05-27');
    expect(start('ev-malligyong-1-launch-2023-11')).toBe('2023-11-21');
  });

  it('writes summaries and sources as the rules ask', () => {
    for (const r of data.records) {
      expect(r.summary.id, r.id).not.toBe(r.summary.en);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      // primary sources first
      const firstSecondary = r.sources.findIndex((s) => !s.primary);
      if (firstSecondary >= 0) expect(r.sources.slice(firstSecondary).every((s) => !s.primary), r.id).toBe(true);
      for (const s of r.sources) if (s.quote) expect(s.quote.split(/\s+/).length, `${r.id} ${s.url}`).toBeLessThanOrEqual(25);
      if (r.status === 'outdated') expect(r.supersededBy.length, r.id).toBeGreaterThan(0);
    }
  });
});
