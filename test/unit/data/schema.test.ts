import { describe, expect, it } from 'vitest';
import { AuthoredRecordSchema, DatasetRecordSchema, describeIssues, formatPath } from '../../../src/core/claims/schema';

const good = {
  id: 'x-claim',
  summary: { id: 'Ringkasan', en: 'Summary' },
  claimant: { name: 'Someone' },
  claimDate: '2024-02-26',
  topics: ['t'],
  status: 'reported',
  rationale: { id: 'Alasan', en: 'Reason' },
  figures: [{ value: 6700, unit: 'container', kind: 'count', qualifier: 'approx', basis: 'estimate' }],
  sources: [{ publisher: 'P', url: 'https://example.org/', title: 'T', primary: true }],
  reviewed: '2026-11-25',
};

function problems(input: unknown) {
  const r = AuthoredRecordSchema.safeParse(input, { reportInput: true });
  return r.success ? [] : describeIssues(r.error);
}

describe('record schema', () => {
  it('accepts a good claim and fills defaults (type, lists)', () => {
    const r = AuthoredRecordSchema.parse(good);
    expect(r.type).toBe('claim');
    expect(r.entities).toEqual([]);
    expect(r.supersededBy).toEqual([]);
    expect(r.keywords).toEqual({ id: [], en: [] });
  });

  it('accepts an event without figures', () => {
    const { figures: _f, ...rest } = good;
    const r = DatasetRecordSchema.parse({ ...rest, type: 'event', event: { start: '2022-02-24' } });
    expect(r.type).toBe('event');
    expect(r.figures).toEqual([]);
  });

  it('rejects a claim without figures or sources, naming the field', () => {
    expect(problems({ ...good, figures: [] })).toContainEqual({ path: 'figures', message: 'a claim needs at least one figure' });
    expect(problems({ ...good, sources: [] })).toContainEqual({ path: 'sources', message: 'every claim needs at least one source' });
  });

  it('rejects http URLs, bad dates, unknown statuses and unknown fields', () => {
    const bad = {
      ...good,
      claimDate: '26/02/2024',
      status: 'true',
      sources: [{ ...good.sources[0], url: 'http://example.org/' }],
      supersededby: ['y'],
    };
    const p = problems(bad);
    expect(p).toContainEqual({ path: 'sources[0].url', message: 'URLs must be https, got "http://example.org/"' });
    expect(p.find((x) => x.path === 'claimDate')?.message).toMatch(/YYYY-MM-DD, got "26\/02\/2024"/);
    expect(p.find((x) => x.path === 'status')?.message).toMatch(/must be one of .*"outdated", got "true"/);
    expect(p).toContainEqual({ path: '', message: 'unknown field "supersededby"' });
  });

  it('reports a missing figure unit as missing, and a wrong type with its value', () => {
    const p = problems({ ...good, figures: [{ value: 'many', kind: 'count', qualifier: 'approx', basis: 'estimate' }] });
    expect(p).toContainEqual({ path: 'figures[0].unit', message: 'is required but missing' });
    expect(p).toContainEqual({ path: 'figures[0].value', message: 'must be number, got "many"' });
  });

  it('writes paths as in the file', () => {
    expect(formatPath(['figures', 0, 'unit'])).toBe('figures[0].unit');
    expect(formatPath([2, 'aliases', 1])).toBe('[2].aliases[1]');
  });
});
