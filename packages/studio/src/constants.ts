/** Fixed values of the studio. */

/** localStorage key of the autosaved declarations (versioned, so a future shape can migrate). */
export const STORAGE_KEY = 'akkoord-studio:declarations:v1';

/** localStorage key of the chosen interface language. */
export const UI_LANG_KEY = 'akkoord-studio:ui-lang';

/** Quiet time after the last keystroke before the preview is rebuilt. */
export const PREVIEW_DEBOUNCE_MS = 120;

/** Longest wait for an idle moment before the preview is rebuilt anyway. */
export const PREVIEW_IDLE_TIMEOUT_MS = 300;

/** Quiet time before the declarations are written to localStorage. */
export const AUTOSAVE_DEBOUNCE_MS = 400;

/** Prefix of every form control's DOM id, so declaration ids never collide with page ids. */
export const FIELD_ID_PREFIX = 'f-';

/** localStorage key where earlier versions kept the statement's address beside the declarations (read once, see statement-url.ts). */
export const STATEMENT_URL_KEY = 'akkoord-studio:statement-url:v1';
