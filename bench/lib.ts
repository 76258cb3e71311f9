/** What every benchmark module shares: its result shape, medians, timing and a seeded PRNG. */
export interface Row {
  label: string;
  value: number;
  unit: string;
}

export interface Section {
  name: string;
  rows: Row[];
  json: Record<string, unknown>;
}

export type Bench = (opts: { json: boolean }) => Promise<Section>;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median wall time of `runs` calls, in ms. */
export function time(runs: number, fn: () => void): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return median(t);
}

/** Deterministic pseudo-random numbers (mulberry32), so every run works on the same generated data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
