/**
 * Reads the authored dataset from disk (data/claims/*.yaml and data/lexicon/*.yaml), validates every file with the
 * zod schemas and runs the cross-checks that a schema cannot express. Every problem comes back as a DatasetError that
 * names the file, the field path and what is wrong; nothing throws on bad data.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { parseDocument } from 'yaml';
import type * as z from 'zod/mini';
import {
  AuthoredRecordSchema,
  EntityLexiconSchema,
  TopicLexiconSchema,
  UnitLexiconSchema,
  describeIssues,
  type DatasetRecord,
  type EntityLexicon,
  type TopicLexicon,
  type UnitLexicon,
} from '../core/claims/schema';
import { isAcronym } from '../core/claims/compiled';

export interface DatasetError {
  /** Path as the author sees it, relative to the project root when possible: `data/claims/x.yaml`. */
  file: string;
  /** Field path inside the file (`figures[0].unit`), empty for the whole file. */
  path: string;
  message: string;
}

export interface LoadedDataset {
  records: DatasetRecord[];
  units: UnitLexicon;
  entities: EntityLexicon;
  topics: TopicLexicon;
  errors: DatasetError[];
}

/** `data/claims/x.yaml: figures[0].unit: unknown unit "kontaner"` */
export function formatError(e: DatasetError): string {
  return e.path ? `${e.file}: ${e.path}: ${e.message}` : `${e.file}: ${e.message}`;
}

/** A record together with the file it came from, for error messages. */
export interface RecordFile {
  file: string;
  record: DatasetRecord;
}

/**
 * Loads `dataDir` (which holds `claims/` and `lexicon/`). `displayRoot` is the directory file names in errors are
 * relative to (default: the current working directory).
 */
export function loadDataset(dataDir: string, displayRoot: string = process.cwd()): LoadedDataset {
  const errors: DatasetError[] = [];
  const show = (p: string) => relative(displayRoot, p) || p;

  const lexicon = <S extends z.ZodMiniType>(name: string, schema: S): z.output<S> | undefined => {
    const path = join(dataDir, 'lexicon', name);
    const file = show(path);
    if (!existsSync(path)) {
      errors.push({ file, path: '', message: 'file is missing' });
      return undefined;
    }
    const raw = readYaml(path, file, errors);
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const i of describeIssues(parsed.error)) errors.push({ file, path: i.path, message: i.message });
      return undefined;
    }
    return parsed.data;
  };
  const units = (lexicon('units.yaml', UnitLexiconSchema) ?? []) as UnitLexicon;
  const entities = (lexicon('entities.yaml', EntityLexiconSchema) ?? []) as EntityLexicon;
  const topics = (lexicon('topics.yaml', TopicLexiconSchema) ?? []) as TopicLexicon;

  const claimsDir = join(dataDir, 'claims');
  const files: RecordFile[] = [];
  const names = existsSync(claimsDir) ? readdirSync(claimsDir).sort() : [];
  if (!existsSync(claimsDir)) errors.push({ file: show(claimsDir), path: '', message: 'directory is missing' });
  for (const name of names) {
    const path = join(claimsDir, name);
    const file = show(path);
    if (!/\.(ya?ml|json)$/.test(name)) {
      errors.push({ file, path: '', message: 'not a record file: records are .yaml (or .json) files' });
      continue;
    }
    const raw = readYaml(path, file, errors);
    if (raw === undefined) continue;
    const parsed = AuthoredRecordSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const i of describeIssues(parsed.error)) errors.push({ file, path: i.path, message: i.message });
      continue;
    }
    files.push({ file, record: parsed.data });
  }

  errors.push(...crossCheck(files, { units, entities, topics }, show(join(dataDir, 'lexicon'))));
  return { records: files.map((f) => f.record), units, entities, topics, errors };
}

function readYaml(path: string, file: string, errors: DatasetError[]): unknown {
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      errors.push({ file, path: line ? `line ${line}` : '', message: `YAML syntax: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return doc.toJS();
}

/**
 * The checks across files: unique ids, file name = id, references resolve, figure kinds fit their unit, outdated
 * records name a successor, supersededBy has no cycles, ranges run upward, lexicon ids and aliases are unique.
 */
export function crossCheck(
  files: RecordFile[],
  lex: { units: UnitLexicon; entities: EntityLexicon; topics: TopicLexicon },
  lexiconDir = 'data/lexicon',
): DatasetError[] {
  const errors: DatasetError[] = [];
  const unitFile = `${lexiconDir}/units.yaml`;
  const entityFile = `${lexiconDir}/entities.yaml`;
  const topicFile = `${lexiconDir}/topics.yaml`;

  uniqueIds(lex.units, unitFile, 'unit', errors);
  uniqueIds(lex.entities, entityFile, 'entity', errors);
  uniqueIds(lex.topics, topicFile, 'topic', errors);

  const unitAlias = new Map<string, string>();
  lex.units.forEach((u, i) => {
    u.aliases.forEach((a, j) => {
      if (a !== a.toLowerCase()) errors.push({ file: unitFile, path: `[${i}].aliases[${j}]`, message: `alias "${a}" must be lowercase` });
      const key = a.trim().toLowerCase();
      const owner = unitAlias.get(key);
      if (owner && owner !== u.id) errors.push({ file: unitFile, path: `[${i}].aliases[${j}]`, message: `alias "${a}" already belongs to unit "${owner}"` });
      else unitAlias.set(key, u.id);
    });
  });
  const entityAlias = new Map<string, string>();
  lex.entities.forEach((e, i) => {
    e.aliases.forEach((a, j) => {
      const key = a.trim();
      const owner = entityAlias.get(key.toLowerCase()) ?? entityAlias.get(key);
      if (owner && owner !== e.id) errors.push({ file: entityFile, path: `[${i}].aliases[${j}]`, message: `alias "${a}" already belongs to entity "${owner}"` });
      // Acronyms in capitals only clash with the same capitals; other aliases clash case-insensitively.
      entityAlias.set(isAcronym(key) ? key : key.toLowerCase(), e.id);
    });
  });

  const unitIds = new Set(lex.units.map((u) => u.id));
  const unitKind = new Map(lex.units.map((u) => [u.id, u.kind]));
  lex.units.forEach((u, i) => {
    if (u.broader === undefined) return;
    if (!unitIds.has(u.broader) || u.broader === u.id) errors.push({ file: unitFile, path: `[${i}].broader`, message: `unknown unit "${u.broader}"` });
    else if (unitKind.get(u.broader) !== u.kind) errors.push({ file: unitFile, path: `[${i}].broader`, message: `unit "${u.broader}" is a ${unitKind.get(u.broader)}, not a ${u.kind}` });
  });
  const entityIds = new Set(lex.entities.map((e) => e.id));
  lex.entities.forEach((e, i) => {
    if (e.side !== undefined && !entityIds.has(e.side)) errors.push({ file: entityFile, path: `[${i}].side`, message: `unknown entity "${e.side}"` });
    if (e.within !== undefined && !entityIds.has(e.within)) errors.push({ file: entityFile, path: `[${i}].within`, message: `unknown entity "${e.within}"` });
    e.contextAliases?.beside.forEach((b, j) => {
      if (!entityIds.has(b)) errors.push({ file: entityFile, path: `[${i}].contextAliases.beside[${j}]`, message: `unknown entity "${b}"` });
    });
  });
  const topicIds = new Set(lex.topics.map((t) => t.id));
  const byId = new Map<string, RecordFile>();
  for (const f of files) {
    const { record: r, file } = f;
    const expected = basename(file).replace(/\.(ya?ml|json)$/, '');
    if (expected !== r.id) errors.push({ file, path: 'id', message: `id "${r.id}" does not match the file name (expected "${expected}")` });
    const dup = byId.get(r.id);
    if (dup) errors.push({ file, path: 'id', message: `duplicate id "${r.id}" (also in ${dup.file})` });
    else byId.set(r.id, f);
  }

  for (const { record: r, file } of files) {
    const refs = (field: 'supersededBy' | 'related') =>
      r[field].forEach((id, i) => {
        if (id === r.id) errors.push({ file, path: `${field}[${i}]`, message: 'a record cannot point to itself' });
        else if (!byId.has(id)) errors.push({ file, path: `${field}[${i}]`, message: `unknown record "${id}"` });
      });
    refs('supersededBy');
    refs('related');
    r.entities.forEach((id, i) => {
      if (!entityIds.has(id)) errors.push({ file, path: `entities[${i}]`, message: `unknown entity "${id}"` });
    });
    r.topics.forEach((id, i) => {
      if (!topicIds.has(id)) errors.push({ file, path: `topics[${i}]`, message: `unknown topic "${id}"` });
    });
    r.figures.forEach((f, i) => {
      if (!unitIds.has(f.unit)) {
        const hint = unitAlias.get(f.unit.toLowerCase()) ?? nearest(f.unit, unitAlias);
        errors.push({ file, path: `figures[${i}].unit`, message: `unknown unit "${f.unit}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
      }
      const kind = unitKind.get(f.unit);
      if (kind && kind !== f.kind) errors.push({ file, path: `figures[${i}].kind`, message: `kind "${f.kind}" does not fit unit "${f.unit}" (a ${kind} unit)` });
      if (f.max !== undefined && f.max < f.value) errors.push({ file, path: `figures[${i}].max`, message: `max ${f.max} is below value ${f.value}` });
      if (f.period?.from && f.period.to && f.period.to < f.period.from) errors.push({ file, path: `figures[${i}].period`, message: 'period ends before it starts' });
    });
    if (r.status === 'outdated' && r.supersededBy.length === 0) {
      errors.push({ file, path: 'supersededBy', message: 'an outdated record must name the record(s) that superseded it' });
    }
    r.sources.forEach((s, i) => {
      if (!s.url.startsWith('https://')) errors.push({ file, path: `sources[${i}].url`, message: 'URLs must be https' });
    });
    if (r.type === 'event' && r.event.end && r.event.end < r.event.start) {
      errors.push({ file, path: 'event.end', message: 'the event ends before it starts' });
    }
  }

  // supersededBy must not loop: a loop would leave no newest record.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const f = byId.get(id);
      if (f) errors.push({ file: f.file, path: 'supersededBy', message: `supersededBy forms a loop: ${[...trail, id].join(' → ')}` });
      return;
    }
    state.set(id, 'open');
    for (const next of byId.get(id)?.record.supersededBy ?? []) if (byId.has(next)) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of [...byId.keys()].sort()) visit(id, []);
  return errors;
}

function uniqueIds(list: { id: string }[], file: string, what: string, errors: DatasetError[]): void {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id)) errors.push({ file, path: `[${i}].id`, message: `duplicate ${what} id "${x.id}"` });
    seen.add(x.id);
  });
}

/** The unit whose id or alias is within two edits of `word`, for a "did you mean" hint. */
function nearest(word: string, aliases: Map<string, string>): string | undefined {
  let best: { unit: string; d: number } | undefined;
  for (const [alias, unit] of [...aliases, ...[...new Set(aliases.values())].map((u) => [u, u] as const)]) {
    const d = editDistance(word.toLowerCase(), alias);
    if (d <= 2 && (!best || d < best.d)) best = { unit, d };
  }
  return best?.unit;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
