import { describe, expect, it } from 'vitest';
import { runCase, type Case } from '../../../scripts/eval-match';

describe('eval:match runCase', () => {
  it('picks the nth occurrence of the surface in the paragraph, counting those inside longer figures', () => {
    const paragraph = 'Koridor Laut Hitam mengangkut 45 juta ton kargo. Inisiatif Gandum mengekspor hampir 33 juta ton pangan ke 45 negara.';
    const c: Case = { id: 't', lang: 'id', title: '', published: '2025-01-01', paragraph, figure: { surface: '45', nth: 1 }, expect: { claimId: null } };
    const r = runCase(c);
    expect(r.found).toBe(true);
    // (The first "45" is inside "45 juta ton": no figure of its own, and not the one meant.)
    expect(runCase({ ...c, figure: { surface: '45', nth: 0 } }).found).toBe(false);
  });
});
