/** How people exercise their rights. */
import { useStudio } from '../studio-context.js';
import { CheckField } from '../ui/check-field.js';
import { DurationField } from '../ui/duration-field.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

/** The "rights" section. */
export function RightsSection() {
  const { t } = useStudio();
  const at = (k: string) => ['rightsHandling', k];
  return (
    <Section name="rights" paths={['rightsHandling']}>
      <TextField path={at('channel')} label={t('field.channel')} />
      <DurationField path={at('responseTime')} label={t('field.responseTime')} />
      <TextLangField path={at('identityCheck')} label={t('field.identityCheck')} multiline />
      <CheckField path={at('separateObjection')} label={t('field.separateObjection')} defaultValue />
    </Section>
  );
}
