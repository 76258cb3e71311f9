import { describe, expect, it } from 'vitest';
import { claimParam, openClaimPanel, openClaimValue, pendingClaim } from '../../../src/ui/open-claim';

describe('open in panel', () => {
  it('a pending claim is taken while fresh, and ignored when stale or malformed', () => {
    const now = 1_000_000_000;
    expect(pendingClaim(openClaimValue('seed-01', now), now + 5_000)).toBe('seed-01');
    expect(pendingClaim(openClaimValue('seed-01', now), now + 11 * 60_000)).toBeUndefined();
    expect(pendingClaim(openClaimValue('seed-01', now + 60_000), now)).toBeUndefined();
    expect(pendingClaim({ id: 5, at: now }, now)).toBeUndefined();
    expect(pendingClaim(undefined, now)).toBeUndefined();
  });

  it('?claim=ID accepts dataset ids only', () => {
    expect(claimParam('?tab=3&claim=seed-01-containers-6700')).toBe('seed-01-containers-6700');
    expect(claimParam('?claim=<script>')).toBeUndefined();
    expect(claimParam('?claim=')).toBeUndefined();
    expect(claimParam('')).toBeUndefined();
  });

  const api = (openPopup?: () => Promise<void>) => {
    const created: string[] = [];
    return {
      created,
      api: {
        action: { ...(openPopup ? { openPopup } : {}) },
        runtime: { getURL: (p: string) => `chrome-extension://abc/${p}`, getManifest: () => ({ action: { default_popup: 'src/ui/popup/index.html' } }) },
        tabs: { create: async (p: { url: string }) => void created.push(p.url) },
      },
    };
  };

  it('opens the toolbar popup where the browser allows it', async () => {
    const a = api(async () => undefined);
    expect(await openClaimPanel(a.api, 'seed-01')).toBe('popup');
    expect(a.created).toEqual([]);
  });

  it('falls back to the popup page in a tab, with the claim in its URL', async () => {
    const refused = api(async () => {
      throw new Error('no active window');
    });
    expect(await openClaimPanel(refused.api, 'seed-01')).toBe('tab');
    expect(refused.created).toEqual(['chrome-extension://abc/src/ui/popup/index.html?claim=seed-01']);
    const missing = api();
    expect(await openClaimPanel(missing.api, 'seed-01')).toBe('tab');
    expect(missing.created).toHaveLength(1);
  });
});
