/** A form section: heading, one line of help, findings about the section as a whole, the fields. */
import type { ComponentChildren } from 'preact';
import { fieldDomId } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings } from '../ui/field-findings.js';

/** Props of {@link Section}. */
export interface SectionProps {
  /** Section key (`organisation`), used for the heading, help text and anchor. */
  name: string;
  /** Declarations paths whose whole-object findings are shown at the top. */
  paths?: readonly string[];
  children: ComponentChildren;
}

/** `<section>` labelled by its heading; the anchor `#s-<name>` is what the navigation links to. */
export function Section({ name, paths = [], children }: SectionProps) {
  const { t } = useStudio();
  return (
    <section class="form-section" id={`s-${name}`} aria-labelledby={`s-${name}-h`}>
      <h2 id={`s-${name}-h`}>{t(`section.${name}`)}</h2>
      <p class="help">{t(`help.${name}`)}</p>
      {paths.map((p) => (
        <div id={fieldDomId(p)} tabIndex={-1} class="anchor">
          <FieldFindings path={p} />
        </div>
      ))}
      {children}
    </section>
  );
}
