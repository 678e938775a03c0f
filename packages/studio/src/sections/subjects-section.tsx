/** Data subjects (groups of people) and data categories (kinds of data). */
import { itemLabel } from '../field-labels.js';
import { SPECIAL_CATEGORIES } from '../generator.js';
import { useStudio } from '../studio-context.js';
import { CheckField } from '../ui/check-field.js';
import { ItemList } from '../ui/item-list.js';
import { SelectField } from '../ui/select-field.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { AbsentFields } from './absent-fields.js';
import { Section } from './section.js';

/** The "people and data" section. */
export function SubjectsSection() {
  const { t, lang } = useStudio();
  return (
    <Section name="subjects">
      <h3>{t('field.subjects')}</h3>
      <ItemList
        path={['dataSubjects']}
        itemLabel={(n, item) => itemLabel('dataSubjects', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('field.subjects').toLowerCase()}`}
        newItem={(n) => ({ id: `group-${n + 1}` })}
      >
        {(i) => (
          <>
            <TextLangField path={['dataSubjects', i, 'label']} label={t('field.label')} />
            <TextField path={['dataSubjects', i, 'id']} label={t('field.id')} />
            <CheckField path={['dataSubjects', i, 'children']} label={t('field.children')} />
          </>
        )}
      </ItemList>
      <h3>{t('field.categories')}</h3>
      <ItemList
        path={['dataCategories']}
        itemLabel={(n, item) => itemLabel('dataCategories', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('field.categories').toLowerCase()}`}
        newItem={(n) => ({ id: `data-${n + 1}` })}
      >
        {(i) => (
          <>
            <TextLangField path={['dataCategories', i, 'label']} label={t('field.label')} />
            <TextLangField path={['dataCategories', i, 'examples']} label={t('field.examples')} />
            <TextField path={['dataCategories', i, 'id']} label={t('field.id')} />
            <SelectField
              path={['dataCategories', i, 'special']}
              label={t('field.special')}
              empty={t('field.specialNone')}
              options={SPECIAL_CATEGORIES.map((c) => ({ value: c, label: t(`specialCat.${c}`) }))}
            />
            <CheckField path={['dataCategories', i, 'criminal']} label={t('field.criminal')} />
            <CheckField path={['dataCategories', i, 'bsn']} label={t('field.bsn')} />
          </>
        )}
      </ItemList>
      <AbsentFields keys={['specialCategories', 'criminalData']} />
    </Section>
  );
}
