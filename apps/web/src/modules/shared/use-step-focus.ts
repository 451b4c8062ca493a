import { useEffect, useRef } from 'react';
import { type MessageKey, t } from '../../app/i18n.ts';

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

/** The current step's heading, "第 2 步，共 4 步：上传材料", for the portal and the phone alike. */
export function stepTitle(keys: readonly MessageKey[], step: number): string {
  const key = keys[step] ?? keys[0];
  return t('case.step.current', { n: step + 1, total: keys.length, name: key ? t(key) : '' });
}
