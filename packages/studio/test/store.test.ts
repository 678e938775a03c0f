import { describe, expect, it, vi } from 'vitest';
import { attachAutosave, clearSaved, loadSaved, type KeyValueStorage } from '../src/autosave.js';
import { STORAGE_KEY } from '../src/constants.js';
import { appendIn, getIn, removeIn, setIn } from '../src/set-in.js';
import { createStore } from '../src/store.js';

const memory = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

describe('setIn', () => {
  it('writes a new object along the path and shares untouched branches', () => {
    const before = { organisation: { legalName: 'A' }, purposes: [{ id: 'p' }] };
    const after = setIn(before, ['organisation', 'legalName'], 'B');
    expect(after.organisation.legalName).toBe('B');
    expect(before.organisation.legalName).toBe('A');
    expect(after.purposes).toBe(before.purposes);
    expect(after.organisation).not.toBe(before.organisation);
  });

  it('creates missing objects and arrays on the way', () => {
    expect(setIn({}, ['purposes', 0, 'retention', 'period'], 'P7Y')).toEqual({ purposes: [{ retention: { period: 'P7Y' } }] });
  });

  it('removes a key written as undefined or empty text, and the object that leaves empty', () => {
    const d = { organisation: { address: { street: 'Dorpsstraat 1' }, email: 'a@b.example' } };
    expect(setIn(d, ['organisation', 'address', 'street'], '')).toEqual({ organisation: { email: 'a@b.example' } });
    expect(setIn(d, ['organisation', 'email'], undefined)).toEqual({ organisation: { address: { street: 'Dorpsstraat 1' } } });
  });

  it('keeps an empty list, because recipients: [] means "nobody else"', () => {
    expect(setIn({ purposes: [{ id: 'p', recipients: ['x'] }] }, ['purposes', 0, 'recipients'], [])).toEqual({
      purposes: [{ id: 'p', recipients: [] }],
    });
  });

  it('appends and removes list items without touching the original', () => {
    const d = { cookies: [{ name: 'a' }, { name: 'b' }] };
    expect(appendIn(d, ['cookies'], { name: 'c' }).cookies.map((c) => c.name)).toEqual(['a', 'b', 'c']);
    expect(removeIn(d, ['cookies'], 0).cookies).toEqual([{ name: 'b' }]);
    expect(d.cookies).toHaveLength(2);
    expect(getIn(d, ['cookies', 1, 'name'])).toBe('b');
    expect(getIn(d, ['cookies', 5, 'name'])).toBeUndefined();
  });
});

describe('store', () => {
  it('notifies listeners with a new object on every change and never mutates the old one', () => {
    const store = createStore({ meta: { version: '1' } });
    const seen: unknown[] = [];
    const off = store.subscribe((d) => seen.push(d));
    const first = store.get();
    store.set(['meta', 'version'], '2');
    expect(store.get()).not.toBe(first);
    expect(first.meta?.version).toBe('1');
    expect(seen).toEqual([{ meta: { version: '2' } }]);
    off();
    store.replace({});
    expect(seen).toHaveLength(1);
  });
});

describe('autosave', () => {
  it('saves once the user pauses and restores what was saved', () => {
    vi.useFakeTimers();
    try {
      const storage = memory();
      const store = createStore();
      attachAutosave(store, storage, 100);
      store.set(['organisation', 'legalName'], 'Bakkerij B.V.');
      store.set(['organisation', 'email'], 'info@bakkerij.example');
      expect(storage.data.has(STORAGE_KEY)).toBe(false);
      vi.advanceTimersByTime(100);
      expect(loadSaved(storage)).toEqual({ organisation: { legalName: 'Bakkerij B.V.', email: 'info@bakkerij.example' } });
      clearSaved(storage);
      expect(loadSaved(storage)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('flushes a pending save at once and keeps saving afterwards', () => {
    vi.useFakeTimers();
    try {
      const storage = memory();
      const store = createStore();
      const flush = attachAutosave(store, storage, 10_000);
      store.set(['meta', 'version'], '1');
      flush();
      expect(loadSaved(storage)).toEqual({ meta: { version: '1' } });
      store.set(['meta', 'version'], '2');
      vi.advanceTimersByTime(10_000);
      expect(loadSaved(storage)).toEqual({ meta: { version: '2' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts empty when the saved entry is damaged or not an object', () => {
    const storage = memory();
    storage.setItem(STORAGE_KEY, '{broken');
    expect(loadSaved(storage)).toBeUndefined();
    storage.setItem(STORAGE_KEY, '[1,2]');
    expect(loadSaved(storage)).toBeUndefined();
    expect(loadSaved(undefined)).toBeUndefined();
  });
});
