/** The outer frame of the helper in both places it appears; carries the theme. */
import type { ReactNode } from 'react';
import './theme.css';

export type Surface = 'popup' | 'panel';

export function HelperShell({ surface, children }: { surface: Surface; children: ReactNode }) {
  return <div className={`mfa-helper mfa-helper--${surface}`}>{children}</div>;
}
