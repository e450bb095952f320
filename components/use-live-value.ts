/** A value read once and kept current by a watch (extension storage, managed storage): null until read. */
import { useEffect, useState } from 'react';

export interface LiveSource<T> {
  read(): Promise<T>;
  watch(onChange: (value: T) => void): () => void;
}

/** `unreadable`, when given, is the value while a first read that failed is not followed by a change. */
export function useLiveValue<T>(source: LiveSource<T>, unreadable?: T): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    // A change seen before the first read answers wins: the read may hold the older value.
    let changed = false;
    const stop = source.watch((next) => {
      changed = true;
      if (live) setValue(next);
    });
    source.read().then(
      (read) => live && !changed && setValue(read),
      () => live && !changed && unreadable !== undefined && setValue(unreadable),
    );
    return () => {
      live = false;
      stop();
    };
  }, [source, unreadable]);
  return value;
}
