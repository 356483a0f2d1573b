/** The resolutions register: every public resolution, with filters by body, year and status, and a search. */
import { plural } from '../../../shared/documents/text';
import { h, type Child } from './dom';
import { stamp } from './format';
import { filterResolutions, filterToQuery, registerFacets, registerView, type RegisterFilter } from './model';
import { link, notices, resolutionArticle, type Page, type PortalContext } from './page-parts';

function select(id: string, label: string, options: Array<[string, string]>, value: string): { field: HTMLElement; control: HTMLSelectElement } {
  const control = h(
    'select',
    { id, name: id },
    options.map(([v, text]) => h('option', { value: v }, text)),
  );
  control.value = options.some(([v]) => v === value) ? value : '';
  return { field: h('div', { class: 'field' }, h('label', { for: id }, label), control), control };
}

export function registerPage(context: PortalContext, initial: RegisterFilter, onFilter: (query: string) => void): Page {
  const view = registerView(context.publications);
  const facets = registerFacets(view.resolutions);
  const body = select('filter-body', 'Body', [['', 'All bodies'], ...facets.bodies.map((b): [string, string] => [b.code, b.name])], initial.body);
  const year = select('filter-year', 'Year', [['', 'All years'], ...facets.years.map((y): [string, string] => [y, y])], initial.year);
  const status = select('filter-status', 'Status', [['', 'All statuses'], ...facets.statuses.map((s): [string, string] => [s, s])], initial.status);
  const search = h('input', { id: 'filter-search', name: 'q', type: 'search', autocomplete: 'off', maxlength: '200' });
  search.value = initial.search;
  const clearButton = h('button', { type: 'button', class: 'button secondary' }, 'Clear the filters');
  const count = h('p', { role: 'status', class: 'count' });
  const results = h('div', { class: 'results' });

  const current = (): RegisterFilter => ({ body: body.control.value, year: year.control.value, status: status.control.value, search: search.value });
  const update = () => {
    const filter = current();
    const found = filterResolutions(view.resolutions, filter);
    const filtered = filter.body || filter.year || filter.status || filter.search.trim();
    count.textContent = filtered ? `${plural(found.length, 'resolution')} of ${view.resolutions.length} match.` : `${plural(found.length, 'resolution')}.`;
    results.replaceChildren(
      ...(found.length === 0 ? [h('p', {}, 'No resolution matches. Try fewer words or clear the filters.')] : found.map((r) => resolutionArticle(r, 'h3'))),
    );
    onFilter(filterToQuery(filter));
  };
  for (const control of [body.control, year.control, status.control]) control.addEventListener('change', update);
  search.addEventListener('input', update);
  clearButton.addEventListener('click', () => {
    body.control.value = '';
    year.control.value = '';
    status.control.value = '';
    search.value = '';
    update();
  });

  const form = h(
    'form',
    { role: 'search', 'aria-label': 'Filter the resolutions', class: 'filters' },
    body.field,
    year.field,
    status.field,
    h('div', { class: 'field field-search' }, h('label', { for: 'filter-search' }, 'Search the resolutions'), search),
    h('div', { class: 'field field-button' }, clearButton),
  );
  form.addEventListener('submit', (event) => event.preventDefault());

  const notes: Child[] = [
    ...view.withdrawn.map((publication) => notices(publication)),
    ...view.corrected.map((publication) =>
      h('p', { class: 'notice notice-corrected' }, h('strong', {}, `Corrected on ${stamp(publication.correction!.at)}:`), ` ${publication.correction!.note}`),
    ),
  ].flat();
  update();
  return {
    title: 'Resolutions register',
    content: [
      h('p', { class: 'breadcrumb' }, link('#/', 'All meetings')),
      h('h1', { tabindex: '-1' }, 'Resolutions register'),
      h('p', { class: 'lead' }, 'The resolutions adopted in public, with their implementation status.'),
      ...notes.filter((n): n is Node => n instanceof Node),
      form,
      h('section', { 'aria-labelledby': 'results-heading' }, h('h2', { id: 'results-heading' }, 'Resolutions'), count, results),
    ],
  };
}
