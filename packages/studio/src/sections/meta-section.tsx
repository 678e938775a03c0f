/** Version, dates and changelog (policy metadata). */
import { useStudio } from '../studio-context.js';
import { CheckField } from '../ui/check-field.js';
import { ItemList } from '../ui/item-list.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

/** The "version and changes" section. */
export function MetaSection() {
  const { t, d } = useStudio();
  return (
    <Section name="meta" paths={['meta']}>
      <div class="row">
        <TextField path={['meta', 'version']} label={t('field.version')} />
        <TextField path={['meta', 'effectiveDate']} label={t('field.effectiveDate')} type="date" />
        <TextField path={['meta', 'lastReviewed']} label={t('field.lastReviewed')} type="date" />
      </div>
      <h3>{t('field.changelog')}</h3>
      <ItemList
        path={['meta', 'changelog']}
        itemLabel={(n) => t('field.change', { n })}
        addLabel={`${t('actions.add')}: ${t('field.changelog').toLowerCase()}`}
        newItem={() => ({ ...(d.meta?.version ? { version: d.meta.version } : {}), ...(d.meta?.effectiveDate ? { date: d.meta.effectiveDate } : {}), material: false })}
      >
        {(i) => (
          <>
            <div class="row">
              <TextField path={['meta', 'changelog', i, 'version']} label={t('field.version')} />
              <TextField path={['meta', 'changelog', i, 'date']} label={t('field.changeDate')} type="date" />
            </div>
            <CheckField path={['meta', 'changelog', i, 'material']} label={t('field.material')} />
            <TextLangField path={['meta', 'changelog', i, 'summary']} label={t('field.summary')} multiline />
          </>
        )}
      </ItemList>
    </Section>
  );
}
