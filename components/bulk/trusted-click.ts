/**
 * In the in-page panel, page scripts can reach our open shadow root and dispatch synthetic
 * clicks; mount-panel drops them at the root, and as a second layer every bulk control that
 * makes requests go out (start, resume, retry) acts only on clicks the browser marks as trusted.
 */
import type { MouseEvent } from 'react';

export function trustedOnly(requireTrusted: boolean, action: () => void) {
  return (event: MouseEvent<HTMLElement>) => {
    if (requireTrusted && !event.nativeEvent.isTrusted) return;
    action();
  };
}
