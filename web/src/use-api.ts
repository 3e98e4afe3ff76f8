import { useEffect, useState } from 'preact/hooks';
import type { FieldProblem } from './api.js';

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string; status: number | null; fields: FieldProblem[] }
  | { state: 'ready'; value: T };

/** Load data for a view; reloads when any key changes. */
export function useApi<T>(load: () => Promise<T>, keys: unknown[]): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setValue({ state: 'loading' });
    load().then(
      (result) => live && setValue({ state: 'ready', value: result }),
      (error: Error & { status?: number; fields?: FieldProblem[] }) =>
        live &&
        setValue({
          state: 'error',
          message: error.message,
          status: error.status ?? null,
          fields: error.fields ?? [],
        }),
    );
    return () => {
      live = false;
    };
  }, keys);
  return value;
}
