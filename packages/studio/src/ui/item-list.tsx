/** A list of items in the declarations (purposes, recipients, cookies…), each in its own fieldset. */
import type { ComponentChildren } from 'preact';
import { appendIn, getIn, removeIn, type Path } from '../set-in.js';
import { fieldDomId, formatPath } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings } from './field-findings.js';

/** Props of {@link ItemList}. */
export interface ItemListProps {
  path: Path;
  /** Legend of item `n` (1-based), e.g. "Purpose 2". */
  itemLabel: (n: number, item: unknown) => string;
  /** A fresh item for "Add"; gets the list length so ids stay unique. */
  newItem: (count: number) => unknown;
  /** Label of the add button. */
  addLabel: string;
  children: (index: number) => ComponentChildren;
}

/** Fieldset per item with a remove button, then an add button that focuses the new item. */
export function ItemList({ path, itemLabel, newItem, addLabel, children }: ItemListProps) {
  const { d, update, t } = useStudio();
  const raw = getIn(d, path);
  const items = Array.isArray(raw) ? raw : [];
  const listPath = formatPath(path);
  const add = () => {
    update((cur) => appendIn(cur, path, newItem(items.length)));
    // Move focus into the new item once it is rendered, so keyboard users continue there.
    const nextId = fieldDomId([...path, items.length]);
    setTimeout(() => document.getElementById(nextId)?.querySelector<HTMLElement>('input,select,textarea')?.focus(), 0);
  };
  return (
    <div class="item-list" id={fieldDomId(listPath)}>
      <FieldFindings path={listPath} />
      {items.map((item, i) => {
        const label = itemLabel(i + 1, item);
        const p = formatPath([...path, i]);
        return (
          <fieldset class="item" id={fieldDomId(p)}>
            <legend>{label}</legend>
            <FieldFindings path={p} />
            {children(i)}
            <button type="button" class="remove" onClick={() => update((cur) => removeIn(cur, path, i))}>
              {t('actions.removeItem', { what: label })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="add" onClick={add}>
        {addLabel}
      </button>
    </div>
  );
}
