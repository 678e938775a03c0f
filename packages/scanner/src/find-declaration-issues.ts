import type { ClassifiedItem } from './build-inventory.js';
import { describeItem, nameItem, pagesText, REFUSED_NOTE } from './describe-item.js';
import { matchesDeclared } from './match-declaration.js';
import type { DeclaredMatcher } from './match-declaration.js';
import { makeFinding } from './make-finding.js';
import type { Category, DatabaseCategory, ScanFinding } from './types.js';

/** What the declaration rules compare the scan against. */
export interface DeclarationCheck {
  matchers: readonly DeclaredMatcher[];
  categoryOf: (db: DatabaseCategory) => Category;
  /** The declarations file's name for messages; without it they say "the declarations". */
  file?: string;
}

/**
 * Findings `undeclared`, `stale-declaration` and `category-mismatch`: where the declarations and
 * the site disagree. Only call this when declarations were given; without them every item would
 * be "undeclared", which says nothing.
 */
export function findDeclarationIssues(items: readonly ClassifiedItem[], check: DeclarationCheck): ScanFinding[] {
  return [...findUndeclared(items, check), ...findStale(items, check), ...findCategoryMismatches(items, check)];
}

/** `the declarations (akkoord.yml)` or `the declarations`. */
function declarationsName(file: string | undefined): string {
  return file ? `the declarations (${file})` : 'the declarations';
}

/**
 * `undeclared`: a cookie, storage key or database that no declarations entry matches, in any
 * mode. Akkoord's own decision cookie included: the statement has to list it like any other.
 * Requests are left out, since the declarations list what is stored, not hosts.
 */
export function findUndeclared(items: readonly ClassifiedItem[], check: DeclarationCheck): ScanFinding[] {
  return items
    .filter(({ record, cls }) => record.type !== 'request' && !cls.declared)
    .map(({ record, cls }) => {
      // The declarations have no IndexedDB type; a localStorage entry covers a database.
      const how = record.type === 'indexedDB' ? '; declare it as a localStorage entry with the same name' : '';
      const { refused } = record.all;
      const on = `on ${pagesText(record.all.pages.size)}`;
      const missing = `not in ${declarationsName(check.file)}${how}`;
      // A cookie the browser refused every time was never stored: say what the site did instead.
      const message = refused
        ? `The site tries to set ${describeItem(record, cls, true)} ${on} (${REFUSED_NOTE}), but it is ${missing}.`
        : `${describeItem(record, cls)} is used ${on} but is ${missing}.`;
      return makeFinding({
        kind: 'undeclared',
        severity: 'undeclared',
        subject: { type: record.type, name: record.name, domain: record.domain },
        pages: record.all.pages,
        evidence: record.all.evidence,
        cls,
        refused,
        message,
      });
    });
}

/**
 * `stale-declaration`: a cookie or storage entry that matched nothing in any mode. Pixel entries
 * are never stale because they are never matched automatically (see `declarationCovers`). An
 * entry counts as used when it matches any item, even one that a more exact entry describes.
 */
export function findStale(items: readonly ClassifiedItem[], check: DeclarationCheck): ScanFinding[] {
  return check.matchers
    .filter((m) => !items.some(({ record }) => matchesDeclared(m, record.type, record.name)))
    .flatMap((m) => {
      const type = m.entry.type || 'cookie';
      if (type === 'pixel') return [];
      const noun = type === 'cookie' ? 'cookie' : `${type} key`;
      const declared = { index: m.index, name: m.entry.name, category: m.entry.category };
      return makeFinding({
        kind: 'stale-declaration',
        severity: 'check',
        subject: { type, name: m.entry.name },
        pages: [],
        evidence: [],
        cls: { category: m.entry.category, categorySource: 'declared', declared },
        message: `The declared ${noun} ${m.entry.name} (${m.entry.category}) matched nothing on the scanned pages, before or after a choice; remove it from ${declarationsName(check.file)} if the site no longer uses it.`,
      });
    });
}

/**
 * `category-mismatch`: the declared category differs from the Open Cookie Database's, mapped
 * through `categoryOf`. Only items the database knows; the declared category stays the one used
 * for every other rule, since the site may have good reason (a self-hosted, cookieless setup).
 */
export function findCategoryMismatches(items: readonly ClassifiedItem[], check: DeclarationCheck): ScanFinding[] {
  return items.flatMap(({ record, cls }) => {
    const { declared, known } = cls;
    if (!declared || !known) return [];
    const mapped = check.categoryOf(known.category);
    if (mapped === declared.category) return [];
    return [
      makeFinding({
        kind: 'category-mismatch',
        severity: 'check',
        subject: { type: record.type, name: record.name, domain: record.domain },
        pages: record.all.pages,
        evidence: record.all.evidence,
        cls,
        message: `${nameItem(record)} is declared as ${declared.category}, but the Open Cookie Database lists it as ${known.category} (${known.platform}), which is ${mapped}.`,
      }),
    ];
  });
}
