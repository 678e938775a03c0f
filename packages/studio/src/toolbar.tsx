/** Open, import a scan, save, download and start over: the file actions in the page header. */
import type { ScanReport } from '@akkoord/scanner/browser';
import { useRef, useState } from 'preact/hooks';
import { downloadText } from './download.js';
import { exportYaml } from './export-yaml.js';
import {
  bannerConfigJson,
  publishedLangs,
  readDeclarations,
  registerCsv,
  statementFragment,
  statementMarkdown,
  statementPage,
  type Declarations,
  type Lang,
  type Output,
} from './generator.js';
import { readScan } from './read-scan.js';
import { useStudio } from './studio-context.js';

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  onImport: (d: Declarations) => void;
  /** A checked scan report (`akkoord scan --format json`) and its file name. */
  onScan: (report: ScanReport, file: string) => void;
  onStartOver: () => void;
}

/** A base name for downloads from the organisation's name (letters, digits, dashes). */
const baseName = (d: Declarations): string =>
  (d.organisation?.legalName ?? 'privacy')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'privacy';

/** The header toolbar. Import errors are listed with file:line:column in a live region. */
export function Toolbar({ onImport, onScan, onStartOver }: ToolbarProps) {
  const { d, t } = useStudio();
  const [status, setStatus] = useState<{ ok: boolean; lines: string[] } | undefined>(undefined);
  // The declarations as last saved to a YAML file or opened from one: anything else is work that
  // only this browser holds, which opening another file would replace.
  const saved = useRef<Declarations | undefined>(undefined);
  const unsaved = () => d !== saved.current && Object.keys(d).length > 0;
  const open = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = readDeclarations(await file.text(), file.name);
    input.value = '';
    if (!result.ok) {
      setStatus({ ok: false, lines: result.errors });
      return;
    }
    // Asked once the file is known to be readable, naming it; as "Start over" asks.
    if (unsaved() && !window.confirm(t('actions.confirmOpen', { file: file.name }))) {
      setStatus({ ok: true, lines: [t('import.cancelled', { file: file.name })] });
      return;
    }
    saved.current = result.data;
    onImport(result.data);
    setStatus({ ok: true, lines: [t('import.done', { file: file.name })] });
  };
  // A scan never replaces the declarations: it opens the scan panel, and applying is a separate step.
  const openScan = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = readScan(await file.text(), file.name, t);
    input.value = '';
    if (result.ok) {
      onScan(result.report, file.name);
      setStatus({ ok: true, lines: [t('scanImport.done', { file: file.name })] });
    } else setStatus({ ok: false, lines: [result.error] });
  };
  const name = baseName(d);
  const save = (file: string, out: Output, type: string) => {
    if (out.ok) downloadText(file, out.text, type);
    else setStatus({ ok: false, lines: [out.error] });
  };
  // Statements only in the languages they are published in; the register is internal, so both.
  const downloads: [string, () => void][] = (['nl', 'en'] as Lang[]).flatMap((l): [string, () => void][] => [
    ...(publishedLangs(d).includes(l)
      ? ([
          [t('actions.dlPage', { lang: l }), () => save(`${name}-privacy-${l}.html`, statementPage(d, l), 'text/html')],
          [t('actions.dlFragment', { lang: l }), () => save(`${name}-privacy-${l}.fragment.html`, statementFragment(d, l), 'text/html')],
          [t('actions.dlMarkdown', { lang: l }), () => save(`${name}-privacy-${l}.md`, statementMarkdown(d, l), 'text/markdown')],
        ] as [string, () => void][])
      : []),
    [t('actions.dlRegister', { lang: l }), () => save(`${name}-register-${l}.csv`, registerCsv(d, l), 'text/csv')],
  ]);
  downloads.push([t('actions.dlBanner'), () => save('consent.json', bannerConfigJson(d, d.links?.privacyStatement), 'application/json')]);
  return (
    <div class="toolbar">
      <label class="button file">
        {t('actions.import')}
        <input type="file" accept=".yaml,.yml,.json,application/json,text/yaml" class="sr-only" id="import-file" onChange={open} />
      </label>
      <label class="button file">
        {t('actions.importScan')}
        <input type="file" accept=".json,application/json" class="sr-only" id="import-scan" onChange={openScan} />
      </label>
      <button
        type="button"
        id="export-yaml"
        onClick={() => {
          downloadText(`${name}-declarations.yaml`, exportYaml(d), 'text/yaml');
          saved.current = d;
        }}
      >
        {t('actions.export')}
      </button>
      <details class="downloads">
        <summary>{t('actions.downloads')}</summary>
        <ul>
          {downloads.map(([label, run], i) => (
            <li>
              <button type="button" class="link" data-download={i} onClick={run}>
                {label}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <button
        type="button"
        id="start-over"
        class="danger"
        onClick={() => {
          if (window.confirm(t('actions.confirmStartOver'))) {
            setStatus(undefined);
            onStartOver();
          }
        }}
      >
        {t('actions.startOver')}
      </button>
      <div class={`import-status ${status && !status.ok ? 'bad' : ''}`} role="status" aria-live="polite" id="import-status">
        {status && !status.ok ? <p>{t('import.failed')}</p> : null}
        {status ? (
          <ul>
            {status.lines.map((l) => (
              <li>{l}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
