/**
 * The popup's way to the history (the options page). The in-page panel has no such link: a
 * content script cannot call runtime.openOptionsPage(), and a web page may not open an extension
 * page that is not web-accessible (making it so would let any site frame it).
 */
import type { MouseEvent } from 'react';
import { t } from '@/lib/i18n';

export interface HistoryLinkProps {
  /** Opens the options page, or focuses it when it is already open. */
  onOpen: () => void;
}

/** The options page, relative to the popup (both sit at the extension's root). */
const OPTIONS_PAGE = 'options.html';

export function HistoryLink({ onOpen }: HistoryLinkProps) {
  function open(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    onOpen();
  }
  return (
    <p className="mfa-history-link">
      <a href={OPTIONS_PAGE} target="_blank" rel="noreferrer" onClick={open}>
        {t('audit.link')}
      </a>
    </p>
  );
}
