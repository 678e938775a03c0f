import { list, para, sub, term, type Block, type Inline } from '../blocks.js';
import type { Context } from '../context.js';
import type { Text } from '../types.js';
import { asSentence } from './prose.js';

/**
 * The camera block (`camera`): where the cameras are and where they never film, whether they
 * record sound, who may view the images and when, and whether signs say so. Retention and legal
 * basis are the purpose's and are printed there; so inside a purpose the block is a lead line and
 * a list under it. `standalone` (no purpose to put it under) gives it its own heading, and says
 * that why, on what basis and how long the footage is kept is not yet recorded.
 */
export function cameraBlocks(c: Context, standalone: boolean): Block[] {
  const { t } = c;
  const cam = c.d.camera;
  if (!cam) return [];
  const items: Inline[][] = [];
  const text = (key: string, value: Text | undefined) => {
    const s = asSentence(c.txt(value));
    if (s) items.push(term(t(`camera.${key}`), s));
  };
  text('locations', cam.locations);
  text('notFilmed', cam.notFilmed);
  if (typeof cam.sound === 'boolean') items.push(term(t('camera.sound'), t(cam.sound ? 'camera.soundYes' : 'camera.soundNo')));
  text('viewers', cam.viewers);
  text('viewingWhen', cam.viewingWhen);
  if (typeof cam.signs === 'boolean') items.push(term(t('camera.signs'), t(cam.signs ? 'camera.signsYes' : 'camera.signsNo')));
  // `locations` is required, but a forced file may lack it: say so rather than print an empty list.
  if (!items.length) items.push(term(t('camera.locations'), t('common.notRecorded')));
  const head: Block[] = standalone ? [sub('camera', t('camera.title')), para(t('camera.noPurpose'))] : [para({ strong: t('camera.lead') })];
  return [...head, list(items)];
}
