/**
 * The claim vocabulary as plain constants, free of zod, so that code on every page (the content script) can use
 * them without loading the record schemas.
 */
export const STATUSES = ['confirmed', 'reported', 'disputed', 'misleading', 'false', 'unverified', 'outdated'] as const;
export type ClaimStatus = (typeof STATUSES)[number];

/** Where a claim's number comes from: a count is not a capacity equivalent. */
export const BASES = ['count', 'estimate', 'capacity_equivalent', 'projection', 'forecast', 'official', 'claimed'] as const;
export type Basis = (typeof BASES)[number];
