/**
 * A seeded generator (mulberry32) for the harness's own choices (which command next, when to kill), so that a failing
 * run can be replayed with RELIABILITY_SEED=<printed seed>; timing, of course, is not replayable.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function harnessSeed(): number {
  const fromEnv = Number(process.env.RELIABILITY_SEED);
  return Number.isFinite(fromEnv) && process.env.RELIABILITY_SEED ? fromEnv : Math.floor(Math.random() * 2 ** 31);
}
