import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  selfMs: number;
  /** Share of the sampled (non-idle) time, in %. */
  percent: number;
}

export interface ProfileSummary {
  file: string;
  sampledMs: number;
  /** Share of the profile spent idle (waiting for I/O or for work), in %. */
  idlePercent: number;
  topFunctions: SelfTime[];
  /**
   * Self time grouped by where the code lives (a package, a lib or app of this repository, GC), node internals and
   * native code charged to the package or module that called them (e.g. crypto called by jsonwebtoken → jsonwebtoken).
   */
  byArea: SelfTime[];
  /** Time inside each function of this repository, callees included (synchronous part of async functions). */
  inclusiveOwn: SelfTime[];
}

/** Where a frame's code lives, for the by-area view. */
export function areaOf({ url, functionName }: CallFrame): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native / builtin)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  const own = /dist\/((?:libs|apps|bench)\/[^/]+(?:\/src\/[^/]+)?)/.exec(url)?.[1];
  return own ? own.replace('/src/', '/') : url;
}

const shortUrl = (url: string): string =>
  url.replace(/^file:\/\/.*?\/(node_modules|dist)\//, '$1/').replace(/^node_modules\//, '');

/** Self time per function and per area of a `.cpuprofile` (V8 / node --cpu-prof / inspector format). */
export function summariseProfile(file: string, top = 20): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  let totalUs = 0;
  let idleUs = 0;
  const stack = (id: number): CallFrame[] => {
    const frames: CallFrame[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) frames.push(byId.get(cur)!.callFrame);
    return frames;
  };
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const us = profile.timeDeltas[index] ?? 0;
    // The bench's own Profiler.stop call is the last sample: an artefact of measuring, not the app's time.
    if (stack(id).some((f) => f.url.includes('profiler-preload'))) return;
    totalUs += us;
    if (frame.functionName === '(idle)') {
      idleUs += us;
      return;
    }
    const name = `${frame.functionName || '(anonymous)'} ${frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    let area: string | undefined;
    const seen = new Set<string>();
    for (const callFrame of stack(id)) {
      const where = areaOf(callFrame);
      const own = /^(libs|apps)\//.test(where);
      if (area === undefined && (own || (callFrame.url && !callFrame.url.startsWith('node:')))) area = where;
      const key = `${callFrame.functionName || '(anonymous)'} ${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}`;
      if (own && !seen.has(key)) {
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      }
    }
    area ??= areaOf(frame);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
  });
  const busyUs = Math.max(totalUs - idleUs, 1);
  const rank = (entries: Map<string, number>, count: number): SelfTime[] =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, us]) => ({ name, selfMs: Math.round(us / 100) / 10, percent: Math.round((us / busyUs) * 1000) / 10 }));
  return {
    file,
    sampledMs: Math.round(totalUs / 1000),
    idlePercent: Math.round((idleUs / Math.max(totalUs, 1)) * 1000) / 10,
    topFunctions: rank(byFunction, top),
    byArea: rank(byArea, 15),
    inclusiveOwn: rank(inclusive, top),
  };
}
