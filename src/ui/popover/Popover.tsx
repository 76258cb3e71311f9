import { useState } from 'preact/hooks';
import type { Figure, Lang } from '../../core/figures/figure';
import type { Bilingual, DatasetRecord } from '../../core/claims/schema';
import type { MatchSummary } from '../../core/match/types';
import { markStatus } from '../../core/verdict';
import { translator } from '../i18n';
import { agreementText, figureReading, isCalendar, type UnitLabel } from '../figure-text';
import { figureAsRead } from '../mark-label';
import { ClaimCard } from '../ClaimCard';
import { CopyCitation } from '../CopyCitation';

export interface PopoverData {
  key: string;
  figure: Figure;
  sentence: string;
  matches: MatchSummary[];
  /** Why the top match was chosen, in the interface language. */
  why?: string;
  records: Record<string, DatasetRecord>;
  units: Record<string, Bilingual>;
  lang: Lang;
}

export interface PopoverProps {
  data: PopoverData;
  onClose: () => void;
  onCopy: (text: string) => Promise<boolean>;
  /** Resolves false when the browser could not open the panel and the reader has to click the toolbar button. */
  onOpenPanel: (claimId: string) => Promise<boolean>;
}

export function Popover({ data, onClose, onCopy, onOpenPanel }: PopoverProps) {
  const { figure, matches, records, lang } = data;
  const t = translator(lang);
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const unitLabel: UnitLabel = (u, l) => data.units[u]?.[l] ?? u;
  const top = matches[0];
  const record = top ? records[top.claimId] : undefined;
  const status = markStatus(matches);
  const [why, setWhy] = useState(false);
  const [panelHint, setPanelHint] = useState(false);
  const titleId = `cek-angka-title-${data.key}`;
  const surfaceWithUnit = figureAsRead(figure);
  // The value as Cek Angka read it, in the interface language; when that reads just like the article, the other
  // language's reading says more ("6.700 kontainer" = "6,700 containers").
  const readingIn = (l: Lang) => figureReading(top ? { ...figure, unit: unitLabel(top.unit, l) } : figure, l);
  const same = readingIn(lang).toLowerCase() === surfaceWithUnit.toLowerCase();
  const normLang = same ? other : lang;
  const normalised = readingIn(normLang);
  // "35 = 35" says nothing: a figure that reads alike in both languages shows no reading.
  const showReading = !isCalendar(figure) && normalised.toLowerCase() !== surfaceWithUnit.toLowerCase();

  return (
    <div class={`card status-${status}`} role="dialog" aria-labelledby={titleId} aria-modal="false" lang={lang}>
      <div class="head">
        <h2 id={titleId}>
          <span class="figure">{surfaceWithUnit}</span>
          {showReading && (
            <>
              {' '}
              <span class="eq" aria-hidden="true">=</span>
              <span class="sr-only">{t('figureRead')}</span> <span class="norm" lang={normLang}>{normalised}</span>
            </>
          )}
        </h2>
        <button type="button" class="close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      <div class={`verdict verdict-${status}`}>
        <p class="status-line">
          <span class="icon" aria-hidden="true">{STATUS_ICON[status]}</span> {t(`markStatus_${status}`)}
        </p>
        {top && record && <p class="agreement">{agreementText(top, t, lang, unitLabel, top.latestId ? records[top.latestId] : undefined)}</p>}
      </div>
      {top && record ? (
        <>
          <ClaimCard record={record} lang={lang} t={t} />
          <div class="actions">
            <button type="button" aria-expanded={why} onClick={() => setWhy(!why)}>
              {t('whyMatch')}
            </button>
            <CopyCitation record={record} lang={lang} t={t} copy={onCopy} />
            <button type="button" onClick={async () => setPanelHint(!(await onOpenPanel(record.id)))}>
              {t('openInPopup')}
            </button>
          </div>
          {panelHint && (
            <p class="hint" role="status">
              {t('openPanelHint')}
            </p>
          )}
          {why && (
            <div class="why">
              {data.why && <p>{data.why}</p>}
              {matches.length > 1 && (
                <>
                  <h3>{t('otherMatches')}</h3>
                  <ul>
                    {matches.slice(1, 4).map((m) => (
                      <li>{records[m.claimId]?.summary[lang] ?? m.claimId}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </>
      ) : (
        <p class="none">{t('noClaim')}</p>
      )}
    </div>
  );
}

export const STATUS_ICON: Record<string, string> = {
  consistent: '✓',
  contradicted: '✕',
  outdated: '↻',
  unverified: '?',
  unmatched: '·',
};
