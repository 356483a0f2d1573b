/**
 * A row of tabs that switch a page's section (WAI-ARIA tabs, manual activation): the selected
 * tab is the one tab stop, the arrow keys, Home and End move the focus along the row, and Enter,
 * Space or a click select. It looks like MUI's Tabs but draws its indicator with CSS: MUI's Tabs
 * measure the row and the selected tab after every render of the page (a forced layout, and a
 * second render to move the indicator), which the meeting page paid on every tab switch and
 * every arriving record (issue 20: a tab within 100 ms of the click).
 */
import ButtonBase from '@mui/material/ButtonBase';
import Box from '@mui/material/Box';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { tabFocusTarget } from './tab-keys';

export interface TabStripItem<T extends string> {
  id: T;
  label: string;
}

export interface TabStripProps<T extends string> {
  items: readonly TabStripItem<T>[];
  value: T;
  onSelect: (id: T) => void;
  /** The tab list's accessible name. */
  label: string;
  /** Each tab's id is `${idPrefix}-${item.id}` (the panel names it in aria-labelledby). */
  idPrefix: string;
  /** The id of the panel the tabs control. */
  panelId: string;
}

function TabStripInner<T extends string>({ items, value, onSelect, label, idPrefix, panelId }: TabStripProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  // In a window too narrow for the row, the selected tab is scrolled into the row's view (after
  // the paint, and only then measured: a row that fits costs nothing).
  useEffect(() => {
    const row = list.current;
    const tab = row?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    if (!row || !tab || row.scrollWidth <= row.clientWidth) return;
    const shown = row.getBoundingClientRect();
    const at = tab.getBoundingClientRect();
    if (at.left < shown.left) row.scrollLeft -= shown.left - at.left;
    else if (at.right > shown.right) row.scrollLeft += at.right - shown.right;
  }, [value]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...(list.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const from = tabs.indexOf(document.activeElement as HTMLElement);
    const to = tabFocusTarget(event.key, from, tabs.length);
    if (to === null) return;
    event.preventDefault();
    tabs[to]?.focus();
  };
  return (
    <Box
      ref={list}
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      sx={{ display: 'flex', overflowX: 'auto', borderBottom: 1, borderColor: 'divider', mb: 2 }}
    >
      {items.map((item) => {
        const selected = item.id === value;
        return (
          <ButtonBase
            key={item.id}
            role="tab"
            id={`${idPrefix}-${item.id}`}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => {
              if (!selected) onSelect(item.id);
            }}
            sx={(theme) => ({
              ...theme.typography.button,
              lineHeight: 1.25,
              flexShrink: 0,
              minWidth: 90,
              minHeight: 48,
              px: 2,
              py: 1.5,
              color: selected ? 'primary.main' : 'text.secondary',
              // The indicator: a bar inside the selected tab's bottom edge, over the row's border.
              boxShadow: selected ? `inset 0 -2px 0 ${theme.palette.primary.main}` : 'none',
              '&:hover': { color: selected ? 'primary.main' : 'text.primary' },
              '&.Mui-focusVisible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
            })}
          >
            {item.label}
          </ButtonBase>
        );
      })}
    </Box>
  );
}

/** Memoised: the page around it renders on every arriving record; the tabs only when they change. */
export const TabStrip = memo(TabStripInner) as typeof TabStripInner;
