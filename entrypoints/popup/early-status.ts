/**
 * The popup asks its tab for the status as it starts, while it reads the settings and draws:
 * otherwise the question waits for both (the language, then React's first render). The first
 * plain status question of the helper then gets that answer; every later one, or a fresh one (the
 * admin's Refresh), is asked anew.
 */
import type { ResolverBridge, Result, TabStatus } from '@/lib/protocol';

type StatusBridge = Pick<ResolverBridge, 'getStatus'>;

export function withEarlyStatus<B extends StatusBridge>(bridge: B, early: Promise<Result<TabStatus>>): B {
  let first: Promise<Result<TabStatus>> | null = early;
  const getStatus: ResolverBridge['getStatus'] = (request) => {
    const answer = first !== null && !request?.fresh ? first : bridge.getStatus(request);
    first = null;
    return answer;
  };
  return { ...bridge, getStatus };
}
