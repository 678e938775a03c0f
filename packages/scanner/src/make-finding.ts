import { compareText, sorted } from './compare-text.js';
import type { Classification } from './classify-item.js';
import { SEVERITY_ORDER } from './types.js';
import type { FindingKind, ScanFinding, Severity, Subject } from './types.js';

/** Evidence entries kept per finding; more would drown the report without adding proof. */
export const EVIDENCE_CAP = 5;

/** What a rule knows about a finding before pages and evidence are tidied. */
export interface FindingDraft {
  kind: FindingKind;
  severity: Severity;
  subject: Subject;
  pages: Iterable<string>;
  evidence: Iterable<string>;
  /** The classification used to judge it, copied onto the finding where present. */
  cls?: Pick<Classification, 'category' | 'categorySource' | 'known' | 'declared'>;
  /** Every sighting behind it was a cookie the browser refused; see `ScanFinding.refused`. */
  refused?: boolean;
  message: string;
}

/** Sorted, unique, and at most {@link EVIDENCE_CAP} entries plus a closing `… and N more`. */
export function capEvidence(values: Iterable<string>): string[] {
  const all = sorted(values);
  if (all.length <= EVIDENCE_CAP) return all;
  return [...all.slice(0, EVIDENCE_CAP), `… and ${all.length - EVIDENCE_CAP} more`];
}

/** Turns a draft into a report finding: pages sorted and unique, evidence capped. */
export function makeFinding(d: FindingDraft): ScanFinding {
  const f: ScanFinding = {
    kind: d.kind,
    severity: d.severity,
    subject: d.subject,
    pages: sorted(d.pages),
    evidence: capEvidence(d.evidence),
    message: d.message,
  };
  if (d.cls?.category) f.category = d.cls.category;
  if (d.cls?.categorySource) f.categorySource = d.cls.categorySource;
  if (d.cls?.known) f.known = d.cls.known;
  if (d.cls?.declared) f.declared = d.cls.declared;
  // Only written when true, so reports of kept cookies look as they did before the field existed.
  if (d.refused) f.refused = true;
  return f;
}

/** Report order: severity (SEVERITY_ORDER), kind, subject name, then subject type and domain. */
export function compareFindings(a: ScanFinding, b: ScanFinding): number {
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    compareText(a.kind, b.kind) ||
    compareText(a.subject.name, b.subject.name) ||
    compareText(a.subject.type, b.subject.type) ||
    compareText(a.subject.domain || '', b.subject.domain || '')
  );
}
