/**
 * Small hand-written checks for the shape of untrusted data that browser code reads on
 * every page or view: saved progress, a message from the other workshop window, a plan
 * link. zod stays for content at build time and for imported files; its runtime is tens
 * of kilobytes to download and tens of milliseconds to start on a slow phone, for shapes
 * this size. Each check accepts the value as it is, or not: nothing is guessed or coerced.
 */
export type Check<T> = (value: unknown) => value is T;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

export const string =
  (test: (value: string) => boolean = () => true): Check<string> =>
  (value): value is string =>
    typeof value === 'string' && test(value);

export const literal =
  <const T extends string | number>(...allowed: T[]): Check<T> =>
  (value): value is T =>
    allowed.includes(value as T);

/** A finite number from `min` to `max`. */
export const number =
  (min = -Infinity, max = Infinity): Check<number> =>
  (value): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

export const boolean: Check<boolean> = (value): value is boolean => typeof value === 'boolean';

export const integer =
  (min: number, max: number): Check<number> =>
  (value): value is number =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value): value is T | null =>
    value === null || check(value);

export const array =
  <T>(check: Check<T>): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every(check);

export const record =
  <T>(key: Check<string>, check: Check<T>): Check<Record<string, T>> =>
  (value): value is Record<string, T> =>
    isPlainObject(value) && Object.entries(value).every(([name, entry]) => key(name) && check(entry));

type Shape = Record<string, Check<unknown>>;
type Checked<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

/** An object with exactly these fields; names in `optional` may be missing. */
export const object =
  <S extends Shape>(shape: S, optional: (keyof S)[] = []): Check<Checked<S>> =>
  (value): value is Checked<S> =>
    isPlainObject(value) &&
    Object.keys(value).every((name) => name in shape) &&
    Object.entries(shape).every(([name, check]) => (optional.includes(name) && value[name] === undefined) || check(value[name]));

/** The value written as JSON in `text`, if it passes `check`; undefined if there is no text, it is not JSON, or it does not pass. */
export function parsed<T>(text: string | null, check: Check<T>): T | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return check(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
