/**
 * Writes the declarations as YAML for download. Through the same `yaml` library the generator
 * reads with, so what is exported reads back to the identical object (tested as a round trip).
 * Strings that look like numbers, dates or booleans are quoted by the library, which keeps them strings.
 */
import { stringify } from 'yaml';
import type { Declarations } from '@akkoord/privacy-statement';

/** The declarations as a YAML document with a one-line header comment. */
export function exportYaml(d: Declarations, header = 'Akkoord declarations, written by the privacy studio'): string {
  return `# ${header}\n${stringify(d, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
