import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { crossCheck, formatError, loadDataset, type RecordFile } from '../../../src/node/dataset-files';
import { DatasetRecordSchema } from '../../../src/core/claims/schema';

const root = join(import.meta.dirname, '..', '..', '..');
const bad = loadDataset(join(root, 'test', 'fixtures', 'data-bad'), root);
const lines = bad.errors.map(formatError);
const dir = 'test/fixtures/data-bad';

describe('loadDataset on bad files', () => {
  it('names file, field and problem for each bad record', () => {
    expect(lines).toContain(`${dir}/claims/unknown-unit.yaml: figures[0].unit: unknown unit "kontaner" (did you mean "container"?)`);
    expect(lines).toContain(`${dir}/claims/no-unit.yaml: figures[0].unit: is required but missing`);
    expect(lines).toContain(`${dir}/claims/http-url.yaml: sources[0].url: URLs must be https, got "http://example.org/a"`);
    expect(lines).toContain(`${dir}/claims/no-source.yaml: sources: every claim needs at least one source`);
    expect(lines).toContain(`${dir}/claims/outdated-alone.yaml: supersededBy: an outdated record must name the record(s) that superseded it`);
    expect(lines).toContain(`${dir}/claims/name-mismatch.yaml: id: id "not-the-file-name" does not match the file name (expected "name-mismatch")`);
    expect(lines).toContain(`${dir}/claims/bad-fields.yaml: unknown field "superseded_by"`);
    expect(lines.some((l) => l.startsWith(`${dir}/claims/bad-fields.yaml: status: must be one of`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${dir}/claims/bad-fields.yaml: claimDate: must be a date`))).toBe(true);
  });

  it('reports references that do not resolve', () => {
    expect(lines).toContain(`${dir}/claims/dangling-refs.yaml: supersededBy[0]: unknown record "no-such-claim"`);
    expect(lines).toContain(`${dir}/claims/dangling-refs.yaml: related[0]: a record cannot point to itself`);
    expect(lines).toContain(`${dir}/claims/dangling-refs.yaml: entities[1]: unknown entity "atlantis"`);
  });

  it('reports duplicate ids and YAML syntax errors', () => {
    expect(lines.some((l) => /duplicate id "good-claim"/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${dir}/claims/broken-yaml.yaml`) && l.includes('YAML syntax'))).toBe(true);
  });

  it('checks lexicons: one owner per alias, lowercase unit aliases', () => {
    expect(lines).toContain(`${dir}/lexicon/units.yaml: [2].aliases[0]: alias "peluru" already belongs to unit "shell"`);
    expect(lines).toContain(`${dir}/lexicon/units.yaml: [2].aliases[1]: alias "Roket" must be lowercase`);
    expect(lines).toContain(`${dir}/lexicon/entities.yaml: [1].aliases[2]: alias "korut" already belongs to entity "north-korea"`);
    expect(lines).toContain(`${dir}/lexicon/entities.yaml: [2].side: unknown entity "north-koreaa"`);
    expect(lines).toContain(`${dir}/lexicon/entities.yaml: [3].within: unknown entity "rusia"`);
    expect(lines).toContain(`${dir}/lexicon/entities.yaml: [4].contextAliases.beside[1]: unknown entity "pyongyangg"`);
    expect(lines).toContain(`${dir}/lexicon/units.yaml: [3].broader: unknown unit "launchpad"`);
    expect(lines).toContain(`${dir}/lexicon/units.yaml: [4].broader: unit "shell" is a count, not a measure`);
  });

  it('still returns the valid records', () => {
    expect(bad.records.map((r) => r.id)).toContain('good-claim');
    expect(bad.records.map((r) => r.id)).not.toContain('unknown-unit-x');
  });
});

describe('crossCheck', () => {
  const rec = (id: string, extra: Record<string, unknown> = {}) =>
    DatasetRecordSchema.parse({
      id,
      type: 'claim',
      summary: { id: 's', en: 's' },
      claimant: { name: 'n' },
      claimDate: '2024',
      topics: ['t'],
      status: 'reported',
      rationale: { id: 'r', en: 'r' },
      figures: [{ value: 1, unit: 'u', kind: 'count', qualifier: 'exact', basis: 'count' }],
      sources: [{ publisher: 'p', url: 'https://e.org/', title: 't', primary: true }],
      reviewed: '2026',
      ...extra,
    });
  const lex = {
    units: [{ id: 'u', kind: 'count' as const, label: { id: 'u', en: 'u' }, aliases: ['u'] }],
    entities: [],
    topics: [{ id: 't', name: { id: 't', en: 't' }, aliases: [] }],
  };
  const files = (...rs: ReturnType<typeof rec>[]): RecordFile[] => rs.map((record) => ({ file: `c/${record.id}.yaml`, record }));

  it('passes a consistent set', () => {
    expect(crossCheck(files(rec('a', { status: 'outdated', supersededBy: ['b'] }), rec('b')), lex)).toEqual([]);
  });

  it('finds a range that runs downward', () => {
    const errs = crossCheck(files(rec('a', { figures: [{ value: 5, max: 2, unit: 'u', kind: 'count', qualifier: 'exact', basis: 'count' }] })), lex);
    expect(errs).toEqual([{ file: 'c/a.yaml', path: 'figures[0].max', message: 'max 2 is below value 5' }]);
  });

  it('finds a figure kind that does not fit its unit', () => {
    const errs = crossCheck(files(rec('a', { figures: [{ value: 5, unit: 'u', kind: 'currency', qualifier: 'exact', basis: 'count' }] })), lex);
    expect(errs).toEqual([{ file: 'c/a.yaml', path: 'figures[0].kind', message: 'kind "currency" does not fit unit "u" (a count unit)' }]);
  });

  it('finds supersededBy loops', () => {
    const errs = crossCheck(files(rec('a', { supersededBy: ['b'] }), rec('b', { supersededBy: ['a'] })), lex);
    expect(errs.map((e) => e.message)).toContain('supersededBy forms a loop: a → b → a');
  });
});
