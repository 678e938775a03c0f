/**
 * `absent`: what does not happen, declared so the statement can say so in one sentence each. Each
 * answer is asked in the section whose answers could contradict it (the validator warns there):
 * special categories and criminal data beside the kinds of data, decisions by a computer and
 * profiling beside the purposes, transfers beside the recipients.
 */
import type { Declarations } from '@akkoord/privacy-statement';
import { useStudio } from '../studio-context.js';
import { CheckField } from '../ui/check-field.js';

/** One statement of absence (`absent.profiling`). */
export type AbsentKey = keyof NonNullable<Declarations['absent']>;

/** Interface-text key of each checkbox. */
const LABELS: Readonly<Record<AbsentKey, string>> = {
  specialCategories: 'field.absentSpecial',
  criminalData: 'field.absentCriminal',
  automatedDecisions: 'field.absentAutomated',
  profiling: 'field.absentProfiling',
  transfersOutsideEEA: 'field.absentTransfers',
};

/** A heading, one line of help and a checkbox per statement; unticked writes nothing (absence is declared, never assumed). */
export function AbsentFields({ keys }: { keys: readonly AbsentKey[] }) {
  const { t } = useStudio();
  return (
    <>
      <h3>{t('field.absent')}</h3>
      <p class="hint">{t('field.absentHint')}</p>
      {keys.map((k) => (
        <CheckField path={['absent', k]} label={t(LABELS[k])} clearWhenOff />
      ))}
    </>
  );
}
