/**
 * "Open in panel": a popover asks the toolbar popup to show one claim. The claim id waits in storage.local (the one
 * storage area a content script may write everywhere) until the popup opens and takes it; the popup page also
 * accepts `?claim=ID` when it is opened in a tab.
 */
import * as z from 'zod/mini';

export const OPEN_CLAIM_KEY = 'openClaim';
/** A request older than this is stale: the reader has moved on. */
const TTL_MS = 10 * 60_000;

const OpenClaim = z.object({ id: z.string().check(z.maxLength(120)), at: z.number() });

export function openClaimValue(id: string, now = Date.now()): z.infer<typeof OpenClaim> {
  return { id, at: now };
}

/** The claim id waiting for the popup, if any and fresh. */
export function pendingClaim(raw: unknown, now = Date.now()): string | undefined {
  const p = OpenClaim.safeParse(raw);
  return p.success && now - p.data.at >= 0 && now - p.data.at < TTL_MS ? p.data.id : undefined;
}

/** The claim named in the popup page's own URL (`?claim=ID`). */
export function claimParam(search: string): string | undefined {
  const id = new URLSearchParams(search).get('claim');
  return id && /^[a-z0-9][a-z0-9.-]{0,119}$/.test(id) ? id : undefined;
}

interface PanelApi {
  action: { openPopup?: () => Promise<void> };
  runtime: { getURL: (path: string) => string; getManifest: () => { action?: { default_popup?: string } } };
  tabs: { create: (p: { url: string }) => Promise<unknown> };
}

/**
 * For the background's `open-claim` handler: the toolbar popup where the browser lets an extension open it
 * (Chromium 127+, Firefox 127+ in a user gesture), else the popup page in a new tab with `?claim=ID`.
 * Returns how it was shown.
 */
export async function openClaimPanel(api: PanelApi, id: string): Promise<'popup' | 'tab'> {
  try {
    if (api.action.openPopup) {
      await api.action.openPopup();
      return 'popup';
    }
  } catch {
    /* no window in focus, or not allowed here: fall back to a tab */
  }
  const page = api.runtime.getManifest().action?.default_popup ?? 'src/ui/popup/index.html';
  await api.tabs.create({ url: `${api.runtime.getURL(page)}?claim=${encodeURIComponent(id)}` });
  return 'tab';
}
