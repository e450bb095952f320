/**
 * Main-thread time of one script in a V8 CPU profile (CDP `Profiler.stop`): the sampled time
 * during which any frame of the call stack belongs to the script, so the DOM and engine work it
 * calls into counts too, and nested frames count once.
 */
import { z } from 'zod';

export const CpuProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ url: z.string() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()).default([]),
  /** Microseconds between consecutive samples (the first from startTime). */
  timeDeltas: z.array(z.number()).default([]),
});
export type CpuProfile = z.infer<typeof CpuProfileSchema>;

/** Milliseconds of samples whose stack holds a frame from a URL starting with `urlPrefix`. */
export function scriptTimeMs(profile: CpuProfile, urlPrefix: string): number {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const inScript = new Map<number, boolean>();
  const stackHasScript = (id: number): boolean => {
    const known = inScript.get(id);
    if (known !== undefined) return known;
    const own = byId.get(id)?.callFrame.url.startsWith(urlPrefix) ?? false;
    const above = parent.get(id);
    const result = own || (above !== undefined && stackHasScript(above));
    inScript.set(id, result);
    return result;
  };

  // Each sample stands for the time until the next one (the last, until the profile's end).
  const timestamps: number[] = [];
  let at = profile.startTime;
  for (const delta of profile.timeDeltas) timestamps.push((at += delta));
  let micros = 0;
  profile.samples.forEach((id, index) => {
    const next = timestamps[index + 1] ?? profile.endTime;
    if (stackHasScript(id)) micros += Math.max(0, next - timestamps[index]);
  });
  return micros / 1000;
}
