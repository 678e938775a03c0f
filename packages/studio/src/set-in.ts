/**
 * Immutable reads and writes by path on plain JSON data (the declarations). Every write returns
 * new objects along the path and shares the rest, so Preact can compare by reference and the
 * undo-free store never mutates a value a render still holds.
 */

/** One path segment: an object key or an array index. */
export type PathSegment = string | number;

/** A path into the declarations, e.g. `['purposes', 2, 'retention', 'period']`. */
export type Path = readonly PathSegment[];

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The value at `path`, or `undefined` when any step is missing. */
export function getIn(data: unknown, path: Path): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/**
 * Returns a copy of `data` with `value` at `path`. Writing `undefined` (or an empty string)
 * removes the key, and an object left empty by that removal is removed too: a cleared form field
 * must not leave `address: {}` behind for the schema to reject. Arrays are never pruned, because
 * an empty list can mean something (`recipients: []` = nobody else receives the data).
 */
export function setIn<T>(data: T, path: Path, value: unknown): T {
  if (!path.length) return value as T;
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  const remove = value === undefined || value === '';
  if (typeof head === 'number') {
    const arr = Array.isArray(data) ? [...(data as unknown[])] : [];
    const next = setIn(arr[head], rest, value);
    if (rest.length === 0 && remove) arr.splice(head, 1);
    else arr[head] = next;
    return arr as T;
  }
  const obj: Record<string, unknown> = isObject(data) ? { ...data } : {};
  const next = rest.length ? setIn(obj[head], rest, value) : value;
  if (next === undefined || next === '' || (rest.length > 0 && isObject(next) && Object.keys(next).length === 0)) delete obj[head];
  else obj[head] = next;
  return obj as T;
}

/** Returns a copy of the list at `path` with `item` appended. */
export function appendIn<T>(data: T, path: Path, item: unknown): T {
  const list = getIn(data, path);
  return setIn(data, path, [...(Array.isArray(list) ? list : []), item]);
}

/** Returns a copy of the list at `path` without the item at `index`. */
export function removeIn<T>(data: T, path: Path, index: number): T {
  const list = getIn(data, path);
  if (!Array.isArray(list)) return data;
  return setIn(
    data,
    path,
    list.filter((_, i) => i !== index),
  );
}
