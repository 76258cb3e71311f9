import * as z from 'zod/mini';
import { DEFAULT_DOMAINS } from './sites';

export const MODES = ['reader', 'factchecker'] as const;
export type Mode = (typeof MODES)[number];

export const UI_LANGS = ['auto', 'id', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const Host = z.string().check(z.regex(/^[a-z0-9.-]+$/), z.maxLength(253));

/** Everything the user sets; stored in storage.local under `settings`. */
export const SettingsSchema = z.object({
  enabled: z._default(z.boolean(), true),
  mode: z._default(z.enum(MODES), 'reader'),
  uiLang: z._default(z.enum(UI_LANGS), 'auto'),
  /** Default news domains the user switched off. */
  disabledDomains: z._default(z.array(Host).check(z.maxLength(100)), []),
  /** Sites the user enabled through optional host permissions. */
  userSites: z._default(z.array(Host).check(z.maxLength(500)), []),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Reads stored settings; anything malformed falls back to defaults field by field, never throws. */
export function parseSettings(raw: unknown): Settings {
  const full = SettingsSchema.safeParse(raw ?? {});
  if (full.success) return full.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) {
      const field = SettingsSchema.shape[k as keyof Settings];
      if (field?.safeParse(v).success) out[k] = v;
    }
  }
  return SettingsSchema.parse(out);
}

/** Whether Cek Angka should run on `host` under these settings. */
export function isActiveOn(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  const h = host.toLowerCase();
  const under = (d: string) => h === d || h.endsWith(`.${d}`);
  if (settings.userSites.some(under)) return true;
  const domain = DEFAULT_DOMAINS.find(under);
  return domain !== undefined && !settings.disabledDomains.includes(domain);
}
