/**
 * The worker's answer to a scan: the blocks' figures as offsets (the page has their text), the matched ones with
 * their matches, and one label template per kind of verdict. A live blog's answer stays a few numbers per figure.
 */
import type { Lang } from '../core/figures/figure';
import { detectLang } from '../core/figures/detect';
import { figuresInBlocks } from '../core/match/context';
import { matchFigures } from '../core/match/match';
import { markStatus } from '../core/verdict';
import type { ScanFigure, ScanRequest, ScanResponse } from '../messages';
import { translator } from '../ui/i18n';
import { labelKey, labelTemplate } from '../ui/mark-label';
import type { DatasetState } from './dataset';

export function scanBlocks(ds: Pick<DatasetState, 'index' | 'unitLabels'>, msg: ScanRequest, uiLangFor: (pageLang: Lang) => Lang): ScanResponse {
  const texts = msg.blocks;
  const lang = msg.page.lang ?? detectLang(texts.join('\n').slice(0, 4000));
  const found = figuresInBlocks(texts, lang, 'f');
  const results = matchFigures(ds.index, found.map((f) => f.item), { ...msg.page, lang }, { explain: msg.want === 'counts' ? 'none' : 'top' });
  const uiLang = uiLangFor(lang);
  if (msg.want === 'counts') {
    // Figures come in block order: a block's triple is the last one while its figures are counted.
    const counts: number[] = [];
    found.forEach((f, i) => {
      const matches = results[i]!.matches;
      if (!matches.length) return;
      const n = counts.length;
      if (counts[n - 3] !== f.block) counts.push(f.block, 0, 0);
      counts[counts.length - 2]!++;
      if (markStatus(matches) === 'contradicted') counts[counts.length - 1]!++;
    });
    return { lang, uiLang, figures: [], labels: {}, units: {}, counts };
  }
  const t = translator(uiLang);
  const labels: Record<string, string> = {};
  const figures: ScanFigure[] = [];
  found.forEach((f, i) => {
    const matches = results[i]!.matches;
    if (!matches.length && msg.want === 'matched') return;
    const key = labelKey(matches);
    labels[key] ??= labelTemplate(key, t);
    const { surface: _, ...figure } = f.item.figure;
    const out: ScanFigure = { block: f.block, figure, sentence: f.sentenceSpan };
    const why = results[i]!.explanation;
    if (matches.length && why) {
      out.matches = matches;
      out.why = why[uiLang];
    }
    figures.push(out);
  });
  return { lang, uiLang, figures, labels, units: ds.unitLabels([], results) };
}
