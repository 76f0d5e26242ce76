import { useCallback, useState } from "react";

/** Storage keys of everything the task pane remembers on this computer. */
export const STORAGE_PREFIX = "dangjian.";

/** A remembered value, read once (another tab may own it). */
export function readStored<T>(key: string, initial: T): T {
  try {
    const raw = localStorage.getItem(STORAGE_PREFIX + key);
    return raw === null ? initial : { ...initial, ...(JSON.parse(raw) as T) };
  } catch {
    return initial;
  }
}

/** State kept in localStorage between uses (an object, merged over its initial value). */
export function usePersistentState<T extends object>(
  key: string,
  initial: T
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => readStored(key, initial));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the value still holds for this session.
      }
    },
    [key]
  );
  return [value, set];
}
