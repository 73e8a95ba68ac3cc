/** What the live refresh watches: it changes whenever a projection has written something new. */
export const positionsSignature = (projections: { name: string; position: number }[]): string =>
  projections.map((p) => `${p.name}:${p.position}`).sort().join('|');
