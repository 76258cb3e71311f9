import { useState } from 'preact/hooks';
import type { Figure, Lang } from '../../core/figures/figure';
import type { Bilingual, DatasetRecord } from '../../core/claims/schema';
import type { Match } from '../../core/match/types';
import { markStatus } from '../../core/verdict';
import { translator } from '../i18n';
import { agreementText, citation, figureReading, type UnitLabel } from '../figure-text';
import { ClaimCard } from '../ClaimCard';

export interface PopoverData {
  key: string;
  figure: Figure;
  sentence: string;
  matches: Match[];
  records: Record<string, DatasetRecord>;
  units: Record<string, Bilingual>;
  lang: Lang;
}

export interface PopoverProps {
  data: PopoverData;
  onClose: () => void;
  onCopy: (text: string) => Promise<boolean>;
  onOpenPanel: (claimId: string) => void;
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
  const [copied, setCopied] = useState(false);
  const titleId = `cek-angka-title-${data.key}`;
  const surfaceWithUnit = figure.unit && figure.kind !== 'measure' && figure.kind !== 'percent' ? `${figure.surface} ${figure.unit}` : figure.surface;
  const normalised = figureReading(top ? { ...figure, unit: unitLabel(top.unit, other) } : figure, other);

  return (
    <div class={`card status-${status}`} role="dialog" aria-labelledby={titleId} aria-modal="false">
      <header>
        <h2 id={titleId}>
          <span class="figure">{surfaceWithUnit}</span> <span class="eq">=</span> <span class="norm" lang={other}>{normalised}</span>
        </h2>
        <button type="button" class="close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <p class={`verdict verdict-${status}`}>
        <span class="icon" aria-hidden="true">{STATUS_ICON[status]}</span> {t(`markStatus_${status}`)}
      </p>
      {top && record ? (
        <>
          <p class="agreement">
            <strong>{agreementText(top, t, lang, unitLabel, top.latestId ? records[top.latestId] : undefined)}</strong>
          </p>
          <ClaimCard record={record} lang={lang} t={t} />
          <div class="actions">
            <button type="button" aria-expanded={why} onClick={() => setWhy(!why)}>
              {t('whyMatch')}
            </button>
            <button
              type="button"
              onClick={async () => {
                setCopied(await onCopy(citation(record, lang)));
              }}
            >
              {copied ? t('copied') : t('copyCitation')}
            </button>
            <button type="button" onClick={() => onOpenPanel(record.id)}>
              {t('openInPopup')}
            </button>
          </div>
          {why && (
            <div class="why">
              <p>{top.explanation[lang]}</p>
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
