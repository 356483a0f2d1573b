/**
 * Drawing after the first paint (issue 20, "speed you can feel"): what the person waits for is
 * drawn in the render that follows the click, and what lies below a 1366×768 window is drawn just
 * after that frame is painted, in a transition (a render React may interrupt). Long lists use it
 * through useProgressiveCount; a panel whose lower sections are below the window uses
 * `useAfterFirstPaint`, and a whole section below it `AfterFirstPaint`.
 */
import { startTransition, useCallback, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/** After the next paint: a timeout queued from an animation frame (or after 500 ms if no frame comes, as in a hidden window). */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(once, 0);
  });
  const fallback = setTimeout(once, 500);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}

export interface AfterFirstPaint {
  /** False in the render that mounts the component; true from the render after its first frame is painted, and from then on. */
  painted: boolean;
  /**
   * Makes `painted` true at once, before returning: for a key that moves the focus to something
   * not drawn yet (End in a long register's first frames), so the focus lands where it was sent.
   */
  drawNow: () => void;
}

/**
 * Whether the component's first frame has been painted: the component draws what lies below the
 * window only once `painted` is true. While `wanted` is false nothing is scheduled (a short list
 * has nothing to draw later); once `painted` it stays so.
 */
export function useAfterFirstPaint(wanted = true): AfterFirstPaint {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !wanted) return;
    return afterPaint(() => startTransition(() => setPainted(true)));
  }, [painted, wanted]);
  const drawNow = useCallback(() => {
    if (!painted && wanted) flushSync(() => setPainted(true));
  }, [painted, wanted]);
  return { painted, drawNow };
}

/** Draws its children only once the frame it was mounted in has been painted: a section below the window. */
export function AfterFirstPaint({ children }: { children: ReactNode }): ReactNode {
  return useAfterFirstPaint().painted ? children : null;
}
