import type { ProfileSummary } from '../profile/profile-summary.js';
import { TARGETS, meets, type Headline } from './targets.js';

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));

/** The human summary: each headline figure beside its target. */
export function headlineTable(headline: Headline, note: string): string {
  const rows = TARGETS.map((target) => {
    const value = headline[target.key];
    const ok = meets(target, value);
    const verdict = ok === null ? 'n/a' : ok ? 'meets' : 'MISSES';
    return `  ${pad(target.label, 34)} ${pad(`${Number.isFinite(value) ? value : 'n/a'} ${target.unit}`, 22)} target ${target.atLeast ? '≥' : '≤'} ${target.goal} ${target.unit}  ${verdict}`;
  });
  return [`Headline (${note})`, ...rows].join('\n');
}

export function profileText(title: string, profile: ProfileSummary, top = 12): string {
  const lines = [
    `${title}: ${profile.sampledMs} ms sampled, ${profile.idlePercent}% idle; self time of the busy part (${profile.file})`,
    '  by area:',
    ...profile.byArea.slice(0, 10).map((a) => `    ${pad(`${a.percent}%`, 7)} ${a.name}`),
    '  top functions:',
    ...profile.topFunctions.slice(0, top).map((f) => `    ${pad(`${f.percent}%`, 7)} ${f.name}`),
    '  own functions, callees included:',
    ...profile.inclusiveOwn.slice(0, top).map((f) => `    ${pad(`${f.percent}%`, 7)} ${f.name}`),
  ];
  return lines.join('\n');
}
