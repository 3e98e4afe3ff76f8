import type { DayWindow } from './page-storage.js';

/** The ISO day `days` after (or before, if negative) `day`. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days from `before` days before `day` to `after` days after it; `null` (undated rows) without a day. */
export function dayWindow(day: string | null, before: number, after: number): DayWindow {
  return day ? { low: shiftDay(day, -before), high: shiftDay(day, after) } : null;
}
