import { useEffect, useRef } from 'react';

/**
 * The heading of a multi-step page's current step, which takes the focus when the step changes (not on first
 * load, where the focus stays at the top of the page).
 */
export function useStepFocus(step: number) {
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each step change, by design
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);
  return heading;
}
