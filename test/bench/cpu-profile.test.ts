import { describe, expect, it } from 'vitest';
import { CpuProfileSchema, scriptTimeMs } from './cpu-profile';

const EXT = 'chrome-extension://abc/content-scripts/resolver.js';

// (root) 1 ─┬─ page.js 2 ── ext 3 ── (native) 4
//           └─ ext 5
const profile = CpuProfileSchema.parse({
  nodes: [
    { id: 1, callFrame: { url: '' }, children: [2, 5] },
    { id: 2, callFrame: { url: 'http://acme.resolver.com/page.js' }, children: [3] },
    { id: 3, callFrame: { url: EXT }, children: [4] },
    { id: 4, callFrame: { url: '' } },
    { id: 5, callFrame: { url: EXT } },
  ],
  startTime: 0,
  endTime: 10_000,
  // Samples at 1000, 3000, 4000, 6000, 9000 µs.
  samples: [2, 3, 4, 1, 5],
  timeDeltas: [1000, 2000, 1000, 2000, 3000],
});

describe('scriptTimeMs', () => {
  it('counts samples in the script and in what it calls, each until the next sample', () => {
    // Node 3 (3000→4000), node 4 under it (4000→6000), node 5 (9000→end 10000).
    expect(scriptTimeMs(profile, 'chrome-extension://abc/')).toBe(4);
  });

  it('counts nothing for a script that never ran', () => {
    expect(scriptTimeMs(profile, 'chrome-extension://other/')).toBe(0);
  });

  it('counts the page script with everything it called', () => {
    // Node 2 (1000→3000), 3 and 4 under it (3000→6000).
    expect(scriptTimeMs(profile, 'http://acme.resolver.com/')).toBe(5);
  });
});
