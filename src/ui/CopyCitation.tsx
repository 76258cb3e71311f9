import { useState } from 'preact/hooks';
import type { DatasetRecord } from '../core/claims/schema';
import type { Lang } from '../core/figures/figure';
import type { Translate } from './i18n';
import { citation } from './figure-text';

export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "Copy citation", with its outcome said in place (and to screen readers through the status line). */
export function CopyCitation({ record, lang, t, copy = copyToClipboard }: {
  record: DatasetRecord;
  lang: Lang;
  t: Translate;
  copy?: (text: string) => Promise<boolean>;
}) {
  const [done, setDone] = useState<boolean | null>(null);
  return (
    <>
      <button type="button" class="copy" onClick={async () => setDone(await copy(citation(record, lang)))}>
        {done ? t('copied') : t('copyCitation')}
      </button>
      {done === false && (
        <span class="hint" role="status">
          {t('copyFailed')}
        </span>
      )}
    </>
  );
}
