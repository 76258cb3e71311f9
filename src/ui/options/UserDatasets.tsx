/** Imported ClaimReview datasets: list with counts and source, import from a file, remove. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ImportDatasetResponse, ListDatasetsResponse } from '../../messages/pages';
import { formatDate, type Translate } from '../i18n';
import type { Lang } from '../../core/figures/figure';

const MAX_FILE_BYTES = 50_000_000;

export function UserDatasets({ t, lang, onNote }: { t: Translate; lang: Lang; onNote: (s: string) => void }) {
  const [list, setList] = useState<ListDatasetsResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = async () => {
    const res = ListDatasetsResponse.safeParse(await browser.runtime.sendMessage({ type: 'list-datasets' }));
    if (res.success) setList(res.data);
  };
  useEffect(() => void refresh(), []);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return onNote(t('importFailed', `${file.name}: > 50 MB`));
    setBusy(true);
    try {
      const content = await file.text();
      const res = ImportDatasetResponse.parse(await browser.runtime.sendMessage({ type: 'import-dataset', name: file.name, content }));
      const skipped = res.errors.length ? ` ${t('importErrors', res.errors.length, res.errors.slice(0, 3).join('; '))}` : '';
      onNote(res.ok ? `${t('importedDataset', file.name, res.imported, formatDate(new Date().toISOString().slice(0, 10), lang))}${skipped}` : t('importFailed', res.errors[0] ?? ''));
    } catch (e) {
      onNote(t('importFailed', String(e)));
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  const remove = async (id: string) => {
    await browser.runtime.sendMessage({ type: 'remove-dataset', id });
    void refresh();
  };

  return (
    <div class="datasets">
      {list && <p>{t('bundledDataset', list.bundled)}</p>}
      <ul>
        {list?.datasets.map((d) => (
          <li class="row" data-dataset={d.id}>
            {t('importedDataset', d.name, d.count, formatDate(d.importedAt.slice(0, 10), lang))} <span class="help">{d.source}</span>
            <button type="button" class="icon-button" onClick={() => void remove(d.id)} aria-label={t('removeDataset', d.name)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label class="row file">
        {t('importDataset')}
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" disabled={busy} onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])} />
      </label>
    </div>
  );
}
