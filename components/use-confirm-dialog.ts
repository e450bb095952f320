/**
 * What every confirmation dialog does alike: it takes focus when it opens (so a screen reader
 * reads it and Escape works at once), gives focus back to what opened it when it closes, and
 * closes on Escape unless a request is on its way.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

export function useConfirmDialog(returnFocusTo: RefObject<HTMLElement | null>, sending: boolean, onCancel: () => void) {
  const dialogRef = useRef<HTMLElement>(null);

  useEffect(() => {
    dialogRef.current?.focus();
    const target = returnFocusTo.current;
    return () => target?.focus();
  }, [returnFocusTo]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || sending) return;
    event.preventDefault();
    onCancel();
  }

  return { dialogRef, onKeyDown };
}
