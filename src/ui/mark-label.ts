/**
 * A mark's accessible name: "6.700 kontainer, cocok dengan klaim, status: usang". The worker words one template
 * per kind of verdict in the interface language; the page fills in the figure. This module loads no interface
 * strings, since the content script (on every page) uses it.
 */
import type { Figure } from '../core/figures/figure';
import type { MatchSummary } from '../core/match/types';
import { markStatus } from '../core/verdict';
import type { MessageKey, Translate } from './i18n';

/** The figure as the article writes it, with the unit word that follows it ("6.700" + "kontainer"). */
export function figureAsRead(f: Figure): string {
  if (!f.unit || f.kind === 'measure' || f.kind === 'percent' || f.currency) return f.surface;
  return f.surface.toLowerCase().includes(f.unit.toLowerCase()) ? f.surface : `${f.surface} ${f.unit}`;
}

/** Which label template a figure takes: 'unmatched', or its fit and its top claim's status ("consistent:outdated"). */
export function labelKey(matches: readonly MatchSummary[]): string {
  const top = matches[0];
  if (!top) return 'unmatched';
  const status = markStatus(matches);
  // An outdated figure did match its claim; "status: usang" then says the claim has been superseded.
  return `${status === 'outdated' ? 'consistent' : status}:${top.status}`;
}

/** The label template for a `labelKey` in the interface language, `$1` standing for the figure (worker side). */
export function labelTemplate(key: string, t: Translate): string {
  const [fit, status] = key.split(':');
  if (!status) return t('markLabelUnmatched', '$1');
  return t('markLabel', '$1', t(`markStatus_${fit}` as MessageKey), t(`claimStatus_${status}` as MessageKey));
}

/** A template with `$1` where the figure goes. A function replacement: the figure may hold "$&" of its own ("US$"). */
export function fillLabel(template: string, f: Figure): string {
  return template.replace('$1', () => figureAsRead(f));
}
