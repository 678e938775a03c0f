/**
 * `camera`: camera surveillance as a block of its own (where cameras are and are not, sound, who
 * views the images and when, signs). Its legal basis and retention stay on the purpose it names,
 * so they are asked once, with the other purposes.
 */
import { useState } from 'preact/hooks';
import { fieldDomId } from '../field-path.js';
import { idOptions } from '../id-options.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings } from '../ui/field-findings.js';
import { SelectField } from '../ui/select-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { YesNoField } from '../ui/yes-no-field.js';

/**
 * Ticking the box stores an empty block, so the schema asks for the one required answer (where
 * the cameras are). The questions stay open while the marketer clears and retypes an answer,
 * although the store drops a block left empty (as with a decision by a computer alone).
 */
export function CameraFields() {
  const { t, d, set, lang } = useStudio();
  const stored = d.camera;
  const [open, setOpen] = useState(false);
  const shown = stored !== undefined || open;
  const at = (...rest: string[]) => ['camera', ...rest];
  const id = fieldDomId('camera');
  return (
    <div class="field" id={id}>
      <div class="check">
        <input
          type="checkbox"
          id={`${id}-on`}
          checked={shown}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            setOpen(on);
            set(at(), on ? (stored ?? {}) : undefined);
          }}
        />
        <label for={`${id}-on`}>{t('field.cameraOn')}</label>
      </div>
      <FieldFindings path="camera" />
      {shown ? (
        <fieldset class="group" onFocusIn={() => setOpen(true)}>
          <legend>{t('field.cameraDetails')}</legend>
          <p class="hint">{t('field.cameraHint')}</p>
          <SelectField
            path={at('purpose')}
            label={t('field.cameraPurpose')}
            empty={t('choose')}
            options={idOptions(d.purposes, lang).map((o) => ({ value: o.id, label: o.label }))}
          />
          <TextLangField path={at('locations')} label={t('field.cameraLocations')} multiline />
          <TextLangField path={at('notFilmed')} label={t('field.cameraNotFilmed')} />
          <YesNoField path={at('sound')} label={t('field.cameraSound')} />
          <TextLangField path={at('viewers')} label={t('field.cameraViewers')} />
          <TextLangField path={at('viewingWhen')} label={t('field.cameraViewingWhen')} />
          <YesNoField path={at('signs')} label={t('field.cameraSigns')} />
        </fieldset>
      ) : null}
    </div>
  );
}
