import { z } from 'zod';
import { DEFAULT_DOMAINS } from './sites';

export const MODES = ['reader', 'factchecker'] as const;
export type Mode = (typeof MODES)[number];

export const UI_LANGS = ['auto', 'id', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const Host = z.string().regex(/^[a-z0-9.-]+$/).max(253);

/** Everything the user sets; stored in storage.local under `settings`. */
export const SettingsSchema = z.object({
  enabled: z.boolean().default(true),
  mode: z.enum(MODES).default('reader'),
  uiLang: z.enum(UI_LANGS).default('auto'),
  /** Default news domains the user switched off. */
  disabledDomains: z.array(Host).default([]),
  /** Sites the user enabled through optional host permissions. */
  userSites: z.array(Host).default([]),
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
