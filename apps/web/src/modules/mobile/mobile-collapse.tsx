// antd-mobile Collapse whose panel headers are real buttons: the library's header is an <a> without href,
// which a keyboard cannot reach. The button's click bubbles to the header and toggles the panel.
import { Collapse } from 'antd-mobile';
import { type ReactNode, useState } from 'react';

export type CollapseEntry = { key: string; title: string; content: ReactNode };

export function MobileCollapse({ entries }: { entries: CollapseEntry[] }) {
  const [active, setActive] = useState<string[]>([]);
  return (
    <Collapse activeKey={active} onChange={(keys) => setActive(Array.isArray(keys) ? keys.map(String) : [])}>
      {entries.map((entry) => (
        <Collapse.Panel
          key={entry.key}
          title={
            <button type="button" className="m-collapse-button" aria-expanded={active.includes(entry.key)}>
              {entry.title}
            </button>
          }
        >
          {entry.content}
        </Collapse.Panel>
      ))}
    </Collapse>
  );
}
