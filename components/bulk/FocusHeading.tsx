/**
 * A step's heading that takes focus when the step replaces the previous one after the admin acted
 * (checked the list, confirmed, started over), so keyboard and screen reader users land on it
 * instead of on the page's body. Never on first display: opening the popup mid-run must not pull
 * focus away from the tab the admin opened.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function FocusHeading({ focus, children }: { focus: boolean; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Read once: only when the step appears, never again when the run changes under it.
  const focusOnMount = useRef(focus);
  useEffect(() => {
    if (focusOnMount.current) ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1} className="mfa-bulk-heading">
      {children}
    </h2>
  );
}
