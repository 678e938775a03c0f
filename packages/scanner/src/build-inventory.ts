import { classifyItem } from './classify-item.js';
import { compareText, sorted } from './compare-text.js';
import type { Classification, ClassifyContext } from './classify-item.js';
import type { ItemRecord } from './group-items.js';
import { SCAN_MODES } from './types.js';
import type { InventoryItem, ItemType } from './types.js';

/** An item with its grouped sightings and its classification, as the finding rules need it. */
export interface ClassifiedItem {
  record: ItemRecord;
  cls: Classification;
  /** The report's form of it. */
  item: InventoryItem;
}

/** The order item types are listed in: what the visitor's browser keeps first, requests last. */
export const ITEM_TYPE_ORDER: readonly ItemType[] = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB', 'request'];

/** Inventory order: by type ({@link ITEM_TYPE_ORDER}), then name, then domain. */
export function compareItems(
  a: Pick<InventoryItem, 'type' | 'name' | 'domain'>,
  b: Pick<InventoryItem, 'type' | 'name' | 'domain'>,
): number {
  return (
    ITEM_TYPE_ORDER.indexOf(a.type) - ITEM_TYPE_ORDER.indexOf(b.type) || compareText(a.name, b.name) || compareText(a.domain, b.domain)
  );
}

/** Classifies each grouped item and writes it in the report's form, sorted. */
export function buildInventory(records: readonly ItemRecord[], ctx: ClassifyContext): ClassifiedItem[] {
  return records
    .map((record) => {
      const cls = classifyItem(record, ctx);
      const item: InventoryItem = {
        type: record.type,
        name: record.name,
        domain: record.domain,
        party: record.party,
        seenIn: SCAN_MODES.filter((m) => record.seenIn.has(m)),
        pages: sorted(record.all.pages),
        setBy: sorted(record.all.evidence),
      };
      if (cls.category) item.category = cls.category;
      if (cls.categorySource) item.categorySource = cls.categorySource;
      if (cls.known) item.known = cls.known;
      if (cls.declared) item.declared = cls.declared;
      if (record.type === 'cookie') item.maxAgeSeconds = record.maxAgeSeconds ?? null;
      return { record, cls, item };
    })
    .sort((a, b) => compareItems(a.item, b.item));
}
