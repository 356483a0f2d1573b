/**
 * Drawing after the first paint (issue 20, "speed you can feel"): what the person waits for is
 * drawn in the render that follows the click, and what lies below a 1366×768 window is drawn just
 * after that frame is painted, in a transition (a render React may interrupt). Long lists use it
 * through useProgressiveCount; a panel whose lower sections are below the window uses
 * `useAfterFirstPaint`.
 */
import { startTransition, useEffect, useState } from 'react';

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

/**
 * False in the render that mounts the component, true from the render after its first frame is
 * painted (and from then on): the component draws its lower sections only once this is true.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    return afterPaint(() => startTransition(() => setPainted(true)));
  }, [painted]);
  return painted;
}
