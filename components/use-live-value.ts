/** A value read once and kept current by a watch (extension storage, managed storage): null until read. */
import { useEffect, useState } from 'react';

export interface LiveSource<T> {
  read(): Promise<T>;
  watch(onChange: (value: T) => void): () => void;
}

export function useLiveValue<T>(source: LiveSource<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    // A change seen before the first read answers wins: the read may hold the older value.
    let changed = false;
    const stop = source.watch((next) => {
      changed = true;
      if (live) setValue(next);
    });
    void source.read().then((read) => live && !changed && setValue(read));
    return () => {
      live = false;
      stop();
    };
  }, [source]);
  return value;
}
