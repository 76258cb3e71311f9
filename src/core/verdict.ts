/**
 * What a figure's mark says at a glance, derived from its best match. One table for the marks, the popup's groups,
 * the badge and the exports.
 */
import type { MatchSummary } from './match/types';

export const MARK_STATUSES = ['consistent', 'contradicted', 'outdated', 'unverified', 'unmatched'] as const;
export type MarkStatus = (typeof MARK_STATUSES)[number];

export function markStatus(matches: readonly MatchSummary[] | undefined): MarkStatus {
  const top = matches?.[0];
  if (!top) return 'unmatched';
  if (top.agreement === 'differs' || top.status === 'false' || top.status === 'misleading') return 'contradicted';
  if (top.agreement === 'outdated' || top.status === 'outdated') return 'outdated';
  if (top.agreement === 'basis' || top.status === 'unverified' || top.status === 'disputed') return 'unverified';
  return 'consistent';
}

/** Popup order: what needs a reader's attention first. */
export const STATUS_ORDER: readonly MarkStatus[] = ['contradicted', 'outdated', 'unverified', 'consistent', 'unmatched'];
