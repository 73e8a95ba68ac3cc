import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { areaOf, summariseProfile } from './profile-summary.js';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });

describe('profile summary', () => {
  it('names the area of a frame: a package, a lib of this repository, node internals', () => {
    expect(areaOf(frame('verify', 'file:///r/node_modules/jsonwebtoken/verify.js'))).toBe('jsonwebtoken');
    expect(areaOf(frame('get', 'file:///r/node_modules/@nestjs/core/x.js'))).toBe('@nestjs/core');
    expect(areaOf(frame('append', 'file:///r/dist/libs/event-sourcing/src/sqlite/a.js'))).toBe('libs/event-sourcing/sqlite');
    expect(areaOf(frame('emit', 'node:events'))).toBe('node internals');
    expect(areaOf(frame('(garbage collector)'))).toBe('(garbage collector)');
  });

  it('charges native self time to the package that called it, and leaves idle time out of the shares', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 4] },
        { id: 2, callFrame: frame('verify', 'file:///r/node_modules/jsonwebtoken/verify.js'), children: [3] },
        { id: 3, callFrame: frame('init') },
        { id: 4, callFrame: frame('(idle)') },
      ],
      samples: [3, 3, 3, 2, 4],
      timeDeltas: [1000, 1000, 1000, 1000, 4000],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'profile-')), 'p.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    const summary = summariseProfile(file);
    expect(summary.idlePercent).toBe(50);
    expect(summary.byArea).toEqual([{ name: 'jsonwebtoken', selfMs: 4, percent: 100 }]);
    expect(summary.topFunctions[0]).toEqual({ name: 'init', selfMs: 3, percent: 75 });
  });
});
