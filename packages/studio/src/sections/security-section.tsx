/** Security measures (Art. 32). */
import { itemLabel } from '../field-labels.js';
import { SECURITY_MEASURE_TYPES } from '../generator.js';
import { useStudio } from '../studio-context.js';
import { ItemList } from '../ui/item-list.js';
import { SelectField } from '../ui/select-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

/** The "security" section. */
export function SecuritySection() {
  const { t, lang } = useStudio();
  return (
    <Section name="security">
      <ItemList
        path={['security']}
        itemLabel={(n, item) => itemLabel('security', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('section.security').toLowerCase()}`}
        newItem={() => ({ type: 'technical' })}
      >
        {(i) => (
          <>
            <SelectField
              path={['security', i, 'type']}
              label={t('field.measureType')}
              options={SECURITY_MEASURE_TYPES.map((v) => ({ value: v, label: t(`measureKind.${v}`) }))}
            />
            <TextLangField path={['security', i, 'description']} label={t('field.description')} multiline />
          </>
        )}
      </ItemList>
    </Section>
  );
}
