/**
 * ARIA tabs (WAI-ARIA Authoring Practices "Tabs with automatic activation"): one tab stop for
 * the tab list, arrow keys / Home / End move between tabs. A panel is drawn the first time its
 * tab is selected, so a tab the admin never opens costs nothing (its code may even be loaded on
 * demand, as the Bulk and Exemptions tabs are); from then on it stays mounted, only hidden, so
 * switching tabs never loses what the admin typed.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ActionTab<K extends string = string> {
  key: K;
  label: string;
  content: ReactNode;
}

export interface ActionTabsProps<K extends string> {
  tabs: readonly ActionTab<K>[];
  label: string;
  /** The tab selected at first (read once, on mount); the first tab when absent or unknown. */
  initialKey?: K;
  /** Called when the admin selects a tab (to remember it). */
  onSelect?: (key: K) => void;
}

export function ActionTabs<K extends string>({ tabs, label, initialKey, onSelect }: ActionTabsProps<K>) {
  const baseId = useId();
  const [selected, setSelected] = useState(() => Math.max(0, tabs.findIndex((tab) => tab.key === initialKey)));
  const [drawn, setDrawn] = useState<ReadonlySet<K>>(() => new Set(tabs[selected] ? [tabs[selected].key] : []));
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  function select(index: number) {
    const next = (index + tabs.length) % tabs.length;
    setSelected(next);
    tabRefs.current[next]?.focus();
    const tab = tabs[next];
    if (tab && !drawn.has(tab.key)) setDrawn(new Set([...drawn, tab.key]));
    if (tab && next !== selected) onSelect?.(tab.key);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowRight: selected + 1,
      ArrowLeft: selected - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(moves[event.key]);
  }

  return (
    <div className="mfa-tabs">
      <div role="tablist" aria-label={label} className="mfa-tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.key}`}
            aria-selected={index === selected}
            aria-controls={`${baseId}-panel-${tab.key}`}
            tabIndex={index === selected ? 0 : -1}
            className="mfa-tab"
            onClick={() => select(index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${baseId}-panel-${tab.key}`}
          aria-labelledby={`${baseId}-tab-${tab.key}`}
          hidden={index !== selected}
          className="mfa-tabpanel"
        >
          {drawn.has(tab.key) && tab.content}
        </div>
      ))}
    </div>
  );
}
