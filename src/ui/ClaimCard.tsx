import type { DatasetRecord } from '../core/claims/schema';
import { periodSuffix } from '../core/match/periods';
import { isCalendarUnit, valueRangeText } from '../core/match/explain';
import type { Lang } from '../core/figures/figure';
import { formatDate, type Translate } from './i18n';
import { sourcesPrimaryFirst } from './figure-text';

/** A claim as a reader needs it: what, who and when, status and why, caveats, sources (primary first). */
export function ClaimCard({ record, lang, t, unitLabel, showFigures = false }: {
  record: DatasetRecord;
  lang: Lang;
  t: Translate;
  unitLabel?: (unit: string, lang: Lang) => string;
  showFigures?: boolean;
}) {
  return (
    <div class="claim" data-claim-id={record.id}>
      <p class="summary">{record.summary[lang]}</p>
      <p class="meta">
        {t('claimBy', record.claimant.name + (record.claimant.role ? ` (${record.claimant.role[lang]})` : ''), formatDate(record.claimDate, lang))}
      </p>
      {showFigures && record.figures.length > 0 && (
        <p class="figures">
          {record.figures
            .map((f) => {
              const value = valueRangeText(f.value, f.max, f.unit, lang);
              // (A date or a year says what it is: "24 Februari 2022", not "20.220.224 tanggal".)
              if (isCalendarUnit(f.unit)) return value;
              return `${value} ${unitLabel?.(f.unit, lang) ?? f.unit}${periodSuffix(f.label, lang)}`;
            })
            .join(' · ')}
        </p>
      )}
      <p class="status">
        <span class={`badge badge-${record.status}`}>{t(`claimStatus_${record.status}`)}</span> {record.rationale[lang]}
      </p>
      {record.caveats.length > 0 && (
        <div>
          <h3>{t('caveats')}</h3>
          <ul class="caveats">
            {record.caveats.map((c) => (
              <li>{c[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h3>{t('sources')}</h3>
        <ul class="sources">
          {sourcesPrimaryFirst(record).map((s) => (
            <li>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.publisher}
              </a>
              {s.date ? `, ${formatDate(s.date, lang)}` : ''} <span class="kind">({s.primary ? t('primary') : t('secondary')})</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
