import { PROJECTIONS } from '#connection-projects/projections';

/** `all` (or nothing) selects every projection, in PROJECTIONS order; an unknown name is an operator error. */
export function selectProjections(selection: string[] | undefined, known: string[] = PROJECTIONS.map((p) => p.name)): string[] {
  if (!selection?.length || selection.includes('all')) return known;
  const unknown = selection.filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`unknown projection ${unknown.join(', ')} (known: ${known.join(', ')}, or all)`);
  return known.filter((name) => selection.includes(name));
}
