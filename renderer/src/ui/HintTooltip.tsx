/**
 * A tooltip for the icon buttons of a long list (the agenda's rows). MUI's Tooltip mounts its
 * Popper, timers and listeners with every button, drawn or not, which was about a tenth of the
 * agenda's first frame (issue 20: a meeting opens within 100 ms). This one adds listeners to the
 * button and draws the tip (MUI's Popper, the tooltip's look from the theme) only while it shows:
 * after a short hover, or at once when the keyboard focuses the button. It stays while the pointer
 * moves onto it, and goes on leaving, on blur or on Escape wherever the focus is (WCAG 1.4.13).
 * The button keeps its own accessible name; while the tip shows it also describes the button.
 */
import Box from '@mui/material/Box';
import Popper from '@mui/material/Popper';
import type { Theme } from '@mui/material/styles';
import { cloneElement, useEffect, useId, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactElement } from 'react';

/** MUI's: the wait before a hovered button's tip shows, and before it goes once the pointer leaves. */
const ENTER_DELAY_MS = 100;
const LEAVE_DELAY_MS = 100;

const TIP_SX = (theme: Theme) => ({
  bgcolor: theme.alpha(theme.palette.grey[700], 0.92),
  color: 'common.white',
  borderRadius: 1,
  px: 1,
  py: 0.5,
  // 14 px from the button on the side Popper puts it (below, or above near the window's bottom).
  '[data-popper-placement^="bottom"] &': { mt: '14px' },
  '[data-popper-placement^="top"] &': { mb: '14px' },
  maxWidth: 300,
  fontSize: theme.typography.pxToRem(11),
  fontWeight: 'fontWeightMedium',
  overflowWrap: 'break-word',
});
const POPPER_SX = { zIndex: 'tooltip' } as const;

/** One pending timeout at a time: starting another cancels it. */
class OneTimer {
  private handle: ReturnType<typeof setTimeout> | undefined;
  start(run: () => void, ms: number): void {
    this.clear();
    this.handle = setTimeout(run, ms);
  }
  clear(): void {
    clearTimeout(this.handle);
    this.handle = undefined;
  }
}

interface HintChildProps {
  onMouseEnter?: (event: MouseEvent<HTMLElement>) => void;
  onMouseLeave?: (event: MouseEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
  'aria-describedby'?: string;
  disabled?: boolean;
}

export function HintTooltip({ title, children }: { title: string; children: ReactElement<HintChildProps> }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [timer] = useState(() => new OneTimer());
  const id = useId();
  useEffect(() => () => timer.clear(), [timer]);
  const later = (run: () => void, ms: number) => timer.start(run, ms);
  const hide = () => {
    timer.clear();
    setAnchor(null);
  };
  const own = children.props;
  // A button disabled while its tip shows gets no blur (Chromium): the tip goes with it.
  const shown = own.disabled ? null : anchor;
  // Escape closes the tip wherever the focus is (a toolbar button keeps the focus in the editor).
  useEffect(() => {
    if (!shown) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      timer.clear();
      setAnchor(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown, timer]);
  const trigger = cloneElement(children, {
    onMouseEnter: (event: MouseEvent<HTMLElement>) => {
      own.onMouseEnter?.(event);
      const element = event.currentTarget;
      later(() => setAnchor(element), ENTER_DELAY_MS);
    },
    onMouseLeave: (event: MouseEvent<HTMLElement>) => {
      own.onMouseLeave?.(event);
      later(() => setAnchor(null), LEAVE_DELAY_MS);
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      own.onFocus?.(event);
      if (event.currentTarget.matches(':focus-visible')) {
        timer.clear();
        setAnchor(event.currentTarget);
      }
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      own.onBlur?.(event);
      hide();
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      own.onKeyDown?.(event);
      // A tip still waiting to show after a hover does not show once Escape is pressed.
      if (event.key === 'Escape') hide();
    },
    ...(shown ? { 'aria-describedby': [own['aria-describedby'], id].filter(Boolean).join(' ') } : {}),
  });
  return (
    <>
      {trigger}
      {shown ? (
        // MUI's Popper is the element with the tooltip role.
        <Popper open anchorEl={shown} placement="bottom" id={id} sx={POPPER_SX}>
          <Box sx={TIP_SX} onMouseEnter={() => timer.clear()} onMouseLeave={() => later(() => setAnchor(null), LEAVE_DELAY_MS)}>
            {title}
          </Box>
        </Popper>
      ) : null}
    </>
  );
}
