/**
 * "Add from the catalogue": a search field with a list of the catalogue's services below it (an
 * ARIA combobox with a listbox). Typing filters the list; the arrow keys move through it, Enter
 * adds the highlighted service, Escape closes the list (and, when it is closed, clears the
 * search). A click adds too. Focus stays in the search field, so several services can be added in
 * a row; a status line says what was added.
 */
import { useEffect, useState } from 'preact/hooks';
import { searchPresets } from '../catalogue-search.js';
import type { ServicePreset } from '../generator.js';
import { presetRecipientId } from '../preset-recipient.js';
import { appendIn } from '../set-in.js';
import { useStudio } from '../studio-context.js';

/** DOM ids of the picker (outside the `f-` field ids: the picker edits no single field). */
const INPUT_ID = 'catalogue-search';
const LIST_ID = 'catalogue-options';
const optionId = (presetId: string) => `catalogue-option-${presetId}`;

/** The search field and its list of services; each choice adds a recipient `{ id, preset }`. */
export function CataloguePicker() {
  const { t, d, update, lang } = useStudio();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const category = (c: ServicePreset['category']) => t(`cookieCat.${c}`);
  const hits = searchPresets(query, category, lang);
  const current = open ? hits[active] : undefined;
  const used = new Set<string | undefined>((d.recipients ?? []).map((r) => r.preset));

  // Keep the highlighted option in view while the arrow keys move through a scrolled list.
  useEffect(() => {
    if (current) document.getElementById(optionId(current.id))?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const add = (p: ServicePreset) => {
    const id = presetRecipientId(
      p.id,
      (d.recipients ?? []).map((r) => r.id),
    );
    update((cur) => appendIn(cur, ['recipients'], { id, preset: p.id }));
    setStatus(t('catalogue.addedStatus', { service: p.name, n: (d.recipients?.length ?? 0) + 1 }));
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      // Opening with ArrowUp starts at the last service, as a listbox popup does.
      setActive((a) => (!open || a < 0 ? (step > 0 ? 0 : hits.length - 1) : Math.min(hits.length - 1, Math.max(0, a + step))));
    } else if (e.key === 'Enter') {
      if (!current) return;
      e.preventDefault();
      add(current);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (open) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div class="catalogue">
      <label for={INPUT_ID}>{t('catalogue.search')}</label>
      <p class="hint" id={`${INPUT_ID}-hint`}>
        {t('catalogue.hint')}
      </p>
      <input
        type="search"
        id={INPUT_ID}
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={LIST_ID}
        aria-activedescendant={current ? optionId(current.id) : undefined}
        aria-describedby={`${INPUT_ID}-hint`}
        value={query}
        onInput={(e) => {
          const q = (e.currentTarget as HTMLInputElement).value;
          setQuery(q);
          setOpen(true);
          // The best match is highlighted, so Enter adds it without an arrow key.
          setActive(q.trim() ? 0 : -1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul role="listbox" id={LIST_ID} aria-label={t('catalogue.list')} class="catalogue-list" hidden={!open || !hits.length}>
        {hits.map((p, i) => (
          <li
            role="option"
            id={optionId(p.id)}
            aria-selected={i === active ? 'true' : 'false'}
            class={i === active ? 'active' : undefined}
            // Before the input loses focus (which closes the list), so the click still lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => add(p)}
          >
            <span class="preset-name">{p.name}</span>{' '}
            <span class="preset-meta">
              {p.provider?.name} · {category(p.category)}
              {used.has(p.id) ? ` · ${t('catalogue.inList')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p class="hint" role="status">
        {open && query.trim()
          ? hits.length
            ? t('catalogue.count', { count: hits.length })
            : t('catalogue.none', { query: query.trim() })
          : status}
      </p>
    </div>
  );
}
