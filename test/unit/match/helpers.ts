import { join } from 'node:path';
import { compileDataset, DatasetIndex } from '../../../src/core/claims/compiled';
import type { Lang } from '../../../src/core/figures/figure';
import { figuresInBlocks } from '../../../src/core/match/context';
import { matchFigures } from '../../../src/core/match/match';
import type { Match } from '../../../src/core/match/types';
import { loadDataset } from '../../../src/node/dataset-files';

let index: DatasetIndex | undefined;

/** The bundled dataset compiled from data/ (not a stale generated file). */
export function dataIndex(): DatasetIndex {
  index ??= new DatasetIndex(compileDataset(loadDataset(join(import.meta.dirname, '../../../data'))));
  return index;
}

export interface Annotated {
  surface: string;
  block: number;
  matches: Match[];
}

/** figuresInBlocks → matchFigures on plain blocks, as the content script and the CLI run them. */
export function annotateBlocks(blocks: string[], page: { lang: Lang; published?: string; title?: string }): Annotated[] {
  const found = figuresInBlocks(blocks, page.lang);
  const results = matchFigures(
    dataIndex(),
    found.map((f) => f.item),
    { title: page.title ?? '', lang: page.lang, ...(page.published ? { published: page.published } : {}) },
  );
  return found.map((f, i) => ({ surface: f.item.figure.surface, block: f.block, matches: results[i]?.matches ?? [] }));
}

/** The top match of the figure with this surface (the nth one), or undefined when there is none. */
export function topOf(rows: Annotated[], surface: string, nth = 0): Match | undefined {
  const row = rows.filter((r) => r.surface === surface)[nth];
  if (!row) throw new Error(`figure "${surface}" #${nth} not detected`);
  return row.matches[0];
}
