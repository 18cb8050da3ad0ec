import { useEffect, useRef, useState } from 'react';

/** The height available to an element from its top to the bottom of the window (for virtualised lists). */
export function useAvailableHeight<T extends HTMLElement>(min = 240, bottomGap = 16): [React.RefObject<T>, number] {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(min);
  useEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - bottomGap)));
    };
    measure();
    window.addEventListener('resize', measure);
    const ro = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    if (ro && ref.current?.parentElement) ro.observe(ref.current.parentElement);
    return () => { window.removeEventListener('resize', measure); ro?.disconnect(); };
  }, [min, bottomGap]);
  return [ref, height];
}
