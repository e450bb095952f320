/**
 * In the in-page panel, page scripts can reach our open shadow root and dispatch synthetic
 * clicks; mount-guarded-ui drops them at the root, and as a second layer every control that makes
 * requests go out (Confirm, bulk start, resume, retry) acts only on clicks the browser marks as
 * trusted (a real click or keyboard activation by the person at the keyboard).
 */
import type { MouseEvent } from 'react';

export function trustedOnly(requireTrusted: boolean, action: () => void) {
  return (event: MouseEvent<HTMLElement>) => {
    if (requireTrusted && !event.nativeEvent.isTrusted) return;
    action();
  };
}
