/**
 * The few extension APIs the content script uses, called on the browser's own promise-based MV3 API rather than
 * through webextension-polyfill: the content script loads on every news page and must stay small. Both Chromium
 * and Firefox answer these calls with promises in MV3.
 */
type Listener = (msg: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;

export const ext = {
  id: (): string => api.runtime.id,
  send: (msg: unknown): Promise<unknown> => api.runtime.sendMessage(msg),
  /** Answers with the listener's promise; `undefined` leaves the message to other listeners. */
  onMessage(fn: Listener): void {
    api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
      const reply = fn(msg, sender);
      if (!reply) return false;
      reply.then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
      return true;
    });
  },
  storage: api.storage,
};
