/**
 * An imported scan's findings, grouped by severity, each with the same sentence and fix as the
 * scanner's reports (its report-i18n, in the studio's language). Pages and evidence are folded
 * away: a finding can list dozens of URLs.
 */
import {
  findingFix,
  findingSentence,
  SEVERITY_ORDER,
  splitEvidence,
  type ReportTranslate,
  type ScanFinding,
} from '@akkoord/scanner/browser';
import { Inline, TEXT_FORMAT } from './scan-inline.js';

/** Props of {@link ScanFindings}. */
export interface ScanFindingsProps {
  findings: readonly ScanFinding[];
  /** The scanner's translate function in the studio's language. */
  rt: ReportTranslate;
}

/** A folded list of URLs or other evidence, with its count in the summary. */
function Folded({ label, items }: { label: string; items: readonly string[] }) {
  return (
    <details>
      <summary>
        {label} ({items.length})
      </summary>
      <ul class="scan-list">
        {items.map((i) => (
          <li>{i}</li>
        ))}
      </ul>
    </details>
  );
}

/** One finding: severity and kind, the sentence, the database's description, the fix, then pages and evidence. */
function ScanFindingItem({ f, rt }: { f: ScanFinding; rt: ReportTranslate }) {
  const w = (key: string, vars?: Record<string, unknown>) => String(rt(key, vars));
  const { shown, more } = splitEvidence(f.evidence);
  const evidence = more ? [...shown, w('findings.more', { count: more })] : shown;
  return (
    <li class={`scan-finding sev-${f.severity}`} data-kind={f.kind}>
      <p class="scan-finding-kind">
        <strong>{w(`severity.${f.severity}`)}</strong> · {w(`kind.${f.kind}`)}
      </p>
      <p class="scan-sentence">
        <Inline text={findingSentence(rt, f, TEXT_FORMAT)} />
      </p>
      {/* The database describes in English only; the note says where it comes from. */}
      {f.known ? (
        <p class="desc">
          <span lang="en">{f.known.description}</span> ({w('inventory.descriptionNote')})
        </p>
      ) : null}
      <p class="scan-fix">
        <strong>{w('findings.fix')}:</strong> <Inline text={findingFix(rt, f, TEXT_FORMAT)} />
      </p>
      {f.pages.length ? <Folded label={w('findings.pages')} items={f.pages} /> : <p class="hint">{w('findings.noPages')}</p>}
      {evidence.length ? <Folded label={w('findings.evidence')} items={evidence} /> : null}
    </li>
  );
}

/** Every finding under a heading per severity, in the reports' order. */
export function ScanFindings({ findings, rt }: ScanFindingsProps) {
  const w = (key: string) => String(rt(key));
  if (!findings.length) return <p>{w('findings.none')}</p>;
  return (
    <>
      {SEVERITY_ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (!group.length) return null;
        return (
          <>
            <h3 id={`scan-${severity}`}>
              {w(`severityGroup.${severity}`)} ({group.length})
            </h3>
            <ul class="scan-findings" aria-labelledby={`scan-${severity}`}>
              {group.map((f) => (
                <ScanFindingItem f={f} rt={rt} />
              ))}
            </ul>
          </>
        );
      })}
    </>
  );
}
