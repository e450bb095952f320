/**
 * ARIA tabs (WAI-ARIA Authoring Practices "Tabs with automatic activation"): one tab stop for
 * the tab list, arrow keys / Home / End move between tabs. Every panel stays mounted, only
 * hidden, so switching tabs never loses what the admin typed.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ActionTab {
  key: string;
  label: string;
  content: ReactNode;
}

export function ActionTabs({ tabs, label }: { tabs: readonly ActionTab[]; label: string }) {
  const baseId = useId();
  const [selected, setSelected] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  function select(index: number) {
    const next = (index + tabs.length) % tabs.length;
    setSelected(next);
    tabRefs.current[next]?.focus();
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
          {tab.content}
        </div>
      ))}
    </div>
  );
}
