import { graphql, GraphqlFailure } from './api';
import { PANELS, type Filters, type Panel } from './panels';
import { session } from './session';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

/** A day as the analytics count days: the business day in Asia/Shanghai (whatever the browser's own zone), YYYY-MM-DD. */
const businessDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** The default range: the first day of the month eleven months ago up to today's business day (12 calendar months). */
function defaultRange(now = new Date()): { from: string; to: string } {
  const to = businessDay(now);
  const [year, month] = to.split('-').map(Number);
  return { from: new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10), to };
}

function readFilters(form: HTMLFormElement): Filters {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim() || null;
  return { from: text('from') ?? '', to: text('to') ?? '', channel: text('channel'), campaignChannel: text('campaignChannel') };
}

/** One panel's section; its `data-state` (loading, ready, empty, error) and `data-points` tell what it shows. */
function section(panel: Panel): HTMLElement {
  const el = document.createElement('section');
  el.className = 'panel';
  el.dataset.chart = panel.id;
  const h2 = document.createElement('h2');
  h2.textContent = panel.title;
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = panel.note;
  const body = document.createElement('div');
  body.className = 'body';
  el.append(h2, note, body);
  return el;
}

function show(el: HTMLElement, state: 'loading' | 'ready' | 'empty' | 'error', points: number, message = '') {
  el.dataset.state = state;
  el.dataset.points = String(points);
  if (state === 'ready') return;
  const status = document.createElement('p');
  status.className = 'status';
  status.textContent = message || (state === 'loading' ? 'Loading…' : 'No data in this range.');
  el.querySelector('.body')!.replaceChildren(status);
}

/** Loads and draws one panel; a failure shows in the panel (UNAUTHENTICATED sends the user back to sign in). */
async function load(panel: Panel, el: HTMLElement, filters: Filters, token: string): Promise<void> {
  show(el, 'loading', 0);
  try {
    const data = await graphql(token, panel.query, panel.variables(filters));
    const points = panel.render(el.querySelector('.body') as HTMLElement, data);
    if (points === 0) show(el, 'empty', 0);
    else show(el, 'ready', points);
  } catch (error) {
    if (error instanceof GraphqlFailure && error.codes.includes('UNAUTHENTICATED')) return signOut('The token was refused (expired or invalid): sign in again.');
    show(el, 'error', 0, error instanceof GraphqlFailure ? `${error.codes.join(', ')}: ${error.message}` : 'The request failed.');
  }
}

function refresh(token: string): void {
  const filters = readFilters($<HTMLFormElement>('#filters'));
  const main = $('#panels');
  const sections = PANELS.map(section);
  main.replaceChildren(...sections);
  document.body.dataset.loaded = 'false';
  void Promise.all(PANELS.map((panel, i) => load(panel, sections[i], filters, token))).then(() => (document.body.dataset.loaded = 'true'));
}

function signOut(message = ''): void {
  session.signOut();
  render(message);
}

/** Shows the sign-in form or, with a token, the filters and panels. */
function render(message = ''): void {
  const token = session.token();
  $('#sign-in').hidden = !!token;
  $('#filters').hidden = !token;
  $('#panels').hidden = !token;
  $('#sign-in-error').textContent = message;
  if (token) refresh(token);
}

function start(): void {
  const filters = $<HTMLFormElement>('#filters');
  const range = defaultRange();
  (filters.elements.namedItem('from') as HTMLInputElement).value = range.from;
  (filters.elements.namedItem('to') as HTMLInputElement).value = range.to;
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = session.token();
    if (token) refresh(token);
  });
  $('#sign-out').addEventListener('click', () => signOut());
  $<HTMLFormElement>('#sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = String(new FormData(event.target as HTMLFormElement).get('token') ?? '').trim();
    if (!token) return;
    session.signIn(token);
    render();
  });
  render();
}

start();
