import { useState } from 'preact/hooks';
import { COMMITMENT_STATUSES, PLOVER_TYPES } from '../../../src/records/article.js';
import { html } from '../html.js';
import { nameOf, t, type MessageKey } from '../i18n.js';

const MODES = ['phone', 'visit', 'multilateral', 'third-party'];

/** The filter names of the API and the CLI (`?country=` is `--country`), plus the page's own. */
export const FILTER_KEYS = [
  'q',
  'country',
  'type',
  'quad',
  'mode',
  'context',
  'sector',
  'person',
  'lang',
  'commitment',
  'confidence',
  'source',
  'from',
  'to',
  'sort',
  'teasers',
  'partial',
  'duplicates',
] as const;

type Form = Record<string, string>;

/** The server's message for a refused field, shown under it (and announced). */
export function FieldMessage({ field, message }: { field: string; message: string | undefined }) {
  return message
    ? html`<span class="field-error" id=${`${field}-error`} role="alert" data-field=${field}
        >${message}</span
      >`
    : null;
}

/** Attributes marking a refused field and pointing at its message. */
export function invalidAttributes(field: string, message: string | undefined): Record<string, string> {
  return message ? { 'aria-invalid': 'true', 'aria-describedby': `${field}-error` } : {};
}

/**
 * The search form: every filter, named as in the API; submitting gives the new parameters.
 * `problems` are the server's messages for refused fields, shown next to each.
 */
export function FilterForm({
  params,
  onSubmit,
  problems = {},
}: {
  params: Form;
  onSubmit: (form: Form) => void;
  problems?: Record<string, string>;
}) {
  const [form, setForm] = useState<Form>(params);
  const set = (key: string, value: string) => setForm({ ...form, [key]: value });
  const input = (key: string) => (event: Event) => set(key, (event.target as HTMLInputElement).value);
  const text = (key: string, label: MessageKey, extra: Record<string, string> = {}) =>
    html`<label
      >${t(label)}<input
        name=${key}
        value=${form[key] ?? ''}
        onInput=${input(key)}
        ...${extra}
        ...${invalidAttributes(key, problems[key])} /><${FieldMessage} field=${key} message=${problems[key]}
    /></label>`;
  const choice = (key: string, label: MessageKey, values: readonly string[], name = (v: string) => v) =>
    html`<label
      >${t(label)}<select
        name=${key}
        value=${form[key] ?? ''}
        onChange=${input(key)}
        ...${invalidAttributes(key, problems[key])}
      >
        <option value="">${t('any')}</option>
        ${values.map((v) => html`<option value=${v}>${name(v)}</option>`)}
        ${form[key] && !values.includes(form[key]) ? html`<option value=${form[key]}>${form[key]}</option>` : null}</select
      ><${FieldMessage} field=${key} message=${problems[key]}
    /></label>`;
  const flag = (key: string, label: MessageKey) =>
    html`<label class="flag"
      ><input
        type="checkbox"
        name=${key}
        checked=${form[key] === 'true'}
        onChange=${(e: Event) => set(key, (e.target as HTMLInputElement).checked ? 'true' : '')}
      />${t(label)}</label
    >`;
  return html`<form
    class="search"
    role="search"
    onSubmit=${(event: Event) => {
      event.preventDefault();
      onSubmit(form);
    }}
  >
    <label class="wide"
      >${t('searchLabel')}<input
        type="search"
        name="q"
        value=${form['q'] ?? ''}
        placeholder=${t('searchPlaceholder')}
        onInput=${input('q')}
    /></label>
    <fieldset class="show">
      <legend>${t('show')}</legend>
      ${(['articles', 'events'] as const).map(
        (value) =>
          html`<label class="flag"
            ><input
              type="radio"
              name="show"
              value=${value}
              checked=${(form['show'] || 'articles') === value}
              onChange=${() => set('show', value === 'articles' ? '' : value)}
            />${t(value)}</label
          >`,
      )}
    </fieldset>
    ${text('country', 'country', { pattern: '[A-Za-z]{3}(,[A-Za-z]{3})?' })}
    ${choice('type', 'type', PLOVER_TYPES)}
    ${choice('quad', 'quad', ['1', '2', '3', '4'], (q) => `${q} · ${nameOf('quad', q)}`)}
    ${choice('mode', 'mode', MODES, (m) => nameOf('mode', m))} ${text('person', 'person')}
    ${choice('commitment', 'commitmentStatus', COMMITMENT_STATUSES, (s) => nameOf('status', s))}
    ${text('confidence', 'minConfidence', { type: 'number', min: '0', max: '1', step: '0.05' })}
    ${choice('lang', 'language', ['fr', 'en'])} ${text('context', 'context', { pattern: '[a-z_]+' })}
    ${text('sector', 'sector', { pattern: '[a-z_]+' })} ${text('source', 'source')}
    ${text('from', 'from', { type: 'date' })} ${text('to', 'to', { type: 'date' })}
    <label
      >${t('sort')}<select name="sort" value=${form['sort'] ?? ''} onChange=${input('sort')}>
        <option value="">${t('sortNewest')}</option>
        <option value="relevance">${t('sortRelevance')}</option>
      </select></label
    >
    <div class="flags">
      ${flag('teasers', 'includeTeasers')} ${flag('partial', 'includePartial')}
      ${flag('duplicates', 'includeDuplicates')}
    </div>
    <button type="submit">${t('submit')}</button>
  </form>`;
}
