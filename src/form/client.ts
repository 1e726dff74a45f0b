/**
 * The offline form's script, bundled by scripts/build.mjs and inlined into every form that
 * `attune form` writes. It reads the form model from the page's JSON block, keeps the state in
 * localStorage, and draws screens from the template's static skeleton. The rules (who is asked
 * what, `when` conditions, the answers file) are core's, shared with `assess`.
 */
import { formQuestions, type FormModel, type Shown } from '../core/form-model.js';
import {
  activeDomains,
  answersDoc,
  isoSecond,
  newState,
  parseChoice,
  restoreState,
  roleOf,
  visibleSet,
  withChoice,
  withNote,
  withRole,
  type FormState,
  type Settled,
} from '../core/form-state.js';
import { byId, h, inputById, local, setLocal, setText } from './dom.js';
import {
  answerName,
  questionElement,
  questionElementId,
  syncQuestion,
  wordQuestions,
} from './questions.js';
import { progressSentence, reviewElement, whoElement } from './review.js';
import { browserStore } from './storage.js';
import { duration, say, speak } from './words.js';

const model = JSON.parse(byId('attune-form-data').textContent) as FormModel;
speak(model.messages);
const store = browserStore(model.storageKey);
const questionById = new Map(formQuestions(model).map((q) => [q.id, q]));
const questionsRoot = byId('questions');
let state: FormState = newState();
/** The file saved on this visit, and how, to tell the person where it went. */
let saved: { name: string; shared: boolean } | undefined;

const SCREENS = ['start', 'questions', 'review', 'saved'] as const;
const domainOf = (screen: string) =>
  screen.startsWith('domain:') ? screen.slice('domain:'.length) : undefined;

function init(): void {
  setLocal(byId('form-title'), model.framework.title);
  setLocal(byId('summary'), model.framework.summary);
  drawRoles();
  for (const d of model.domains) {
    questionsRoot.append(
      h(
        'div',
        { className: 'domain', hidden: true, attrs: { 'data-domain': d.id } },
        ...d.questions.map((q) => questionElement(model, q)),
      ),
    );
  }
  const restored = restoreState(model, store.read());
  if (restored) state = restored;
  syncAll();
  byId('restored').hidden = !restored;
  if (!store.available) {
    setText(byId('notice'), say('storageOff'));
    byId('notice').hidden = false;
  }
  wire();
  // After a reload, focus goes to the heading of where the person was, as after any move.
  show(state.screen, { focus: restored !== undefined, keepNotice: true });
}

/** The role answering: the form's fixed one, or the one chosen. */
const roleNow = () => model.roles.find((r) => r.id === roleOf(model, state));

/**
 * What the start and the end say to this respondent: for people who use the service, their own
 * introduction and closing, not the organisation's; the number of questions and the time they
 * take, alone or as a group; and where to get support. Evidence lists are for teams only.
 */
function drawWords(): void {
  const role = roleNow();
  const lived = role?.livedExperience === true;
  document.body.classList.toggle('lived', lived);
  wordQuestions(questionsRoot, model, role?.id);
  byId('kicker').hidden = lived;
  setLocal(byId('summary'), lived ? undefined : model.framework.summary);
  byId('summary').hidden = lived || model.framework.summary === undefined;
  const intro = role?.intro ?? (lived ? undefined : model.intro);
  byId('intro').replaceChildren(...paragraphs(intro));
  const time = role?.time ?? model.time;
  const minutes = state.workshop ? time.workshop : time.alone;
  setText(
    byId('time'),
    say('questionCount', {
      count: time.questions,
      time: say(state.workshop ? 'timeGroup' : 'timeAlone', { duration: duration(minutes) }),
    }),
  );
  const closing = role?.closing ?? model.closing;
  byId('closing').replaceChildren(...paragraphs(closing));
  for (const id of ['support-start', 'support-end']) {
    const node = byId(id);
    node.hidden = model.support === undefined;
    if (model.support !== undefined) {
      node.replaceChildren(`${say('supportLead')} `, local('span', {}, model.support));
    }
  }
}

/** A framework text as paragraphs, split at blank lines. */
const paragraphs = (text: Shown | undefined): HTMLElement[] =>
  (text?.text.split(/\n\s*\n/) ?? [])
    .filter((p) => p.trim() !== '')
    .map((p) => local('p', {}, { text: p, lang: text?.lang ?? '' }));

function drawRoles(): void {
  if (model.fixedRole !== undefined) {
    const label = model.roles.find((r) => r.id === model.fixedRole)?.label;
    setLocal(byId('role-fixed-label'), label ?? { text: model.fixedRole, lang: 'en-GB' });
    byId('role-fixed').hidden = false;
    return;
  }
  if (model.roles.length === 0) return;
  byId('role-options').append(
    ...model.roles.map((r) => {
      const id = `role-${r.id}`;
      return h(
        'div',
        { className: 'choice' },
        h('input', {
          id,
          attrs: {
            type: 'radio',
            name: 'role',
            value: r.id,
            ...(r.description !== undefined && { 'aria-describedby': `${id}-description` }),
          },
        }),
        local('label', { attrs: { for: id } }, r.label),
        r.description !== undefined &&
          local('p', { id: `${id}-description`, className: 'hint' }, r.description),
      );
    }),
  );
  byId('role-group').hidden = false;
}

/** Makes every control show the state (after restoring, or clearing). */
function syncAll(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="who"]')) {
    input.checked = input.value === (state.workshop ? 'group' : 'one');
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="role"]')) {
    input.checked = input.value === state.role;
  }
  inputById('unit').value = state.unit;
  for (const id of questionById.keys()) syncQuestion(questionsRoot, state, id);
  showVisible();
  drawWords();
}

function showVisible(): void {
  const visible = visibleSet(model, state);
  for (const id of questionById.keys()) byId(questionElementId(id)).hidden = !visible.has(id);
}

function persist(): void {
  if (!store.write(state) && store.available) {
    announce(say('storageFull'));
  }
}

function announce(extra = ''): void {
  let text = '';
  if (domainOf(state.screen) !== undefined) text = progressSentence(model, state, false);
  else if (state.screen === 'review') text = progressSentence(model, state, true);
  setText(byId('progress'), [text, extra].filter(Boolean).join(' '));
}

function show(
  screen: string,
  { focus = true, keepNotice = false }: { focus?: boolean; keepNotice?: boolean } = {},
): void {
  const active = activeDomains(model, visibleSet(model, state));
  let target = screen;
  const wanted = domainOf(target);
  if (wanted !== undefined && !active.some((d) => d.id === wanted)) target = 'review';
  if (!['start', 'review', 'saved'].includes(target) && domainOf(target) === undefined) {
    target = 'start';
  }
  if (!keepNotice) byId('restored').hidden = true;
  state = { ...state, screen: target };
  const domain = domainOf(target);
  const kind = domain === undefined ? target : 'questions';
  for (const s of SCREENS) byId(`screen-${s}`).hidden = s !== kind;
  let heading = byId(`${kind}-heading`);
  if (domain !== undefined) {
    const d = active.find((x) => x.id === domain);
    for (const group of questionsRoot.querySelectorAll<HTMLElement>('[data-domain]')) {
      group.hidden = group.dataset.domain !== domain;
    }
    const index = active.findIndex((x) => x.id === domain);
    setText(byId('step'), say('section', { number: index + 1, count: active.length }));
    heading = byId('questions-heading');
    setLocal(byId('questions-title'), d?.title);
    setLocal(byId('domain-summary'), d?.summary);
    byId('domain-summary').hidden = d?.summary === undefined;
    setText(byId('next'), say(index === active.length - 1 ? 'checkAnswers' : 'nextSection'));
  }
  if (kind === 'review') drawReview();
  if (kind === 'saved') {
    setText(
      byId('saved-file'),
      saved === undefined
        ? say('savedSomewhere')
        : say(saved.shared ? 'savedShared' : 'savedDownloaded', { name: saved.name }),
    );
  }
  const title = domain === undefined ? heading.textContent : byId('questions-title').textContent;
  document.title = `${title} – ${model.framework.title.text}`;
  announce();
  if (state.started !== undefined) persist();
  if (focus) heading.focus();
}

function drawReview(): void {
  byId('review-who').replaceChildren(whoElement(model, state));
  byId('review-list').replaceChildren(reviewElement(model, state));
}

function applySettled(settled: Settled): void {
  state = settled.state;
  for (const id of settled.hidden) syncQuestion(questionsRoot, state, id);
  showVisible();
  persist();
  const words: string[] = [];
  if (settled.shown.length > 0) words.push(say('followUps', { count: settled.shown.length }));
  if (settled.hidden.length > 0) words.push(say('noLonger', { count: settled.hidden.length }));
  announce(words.join(' '));
}

function step(direction: 1 | -1): void {
  const active = activeDomains(model, visibleSet(model, state));
  const here = active.findIndex((d) => d.id === domainOf(state.screen));
  const next = active[here + direction];
  if (next) show(`domain:${next.id}`);
  else show(direction === 1 ? 'review' : 'start');
}

function start(): void {
  const roleGroup = byId('role-group');
  const error = byId('role-error');
  if (!roleGroup.hidden && state.role === undefined) {
    error.hidden = false;
    roleGroup.classList.add('has-error');
    document.querySelector<HTMLInputElement>('input[name="role"]')?.focus();
    return;
  }
  error.hidden = true;
  roleGroup.classList.remove('has-error');
  if (state.started === undefined) state = { ...state, started: isoSecond(new Date()) };
  const first = activeDomains(model, visibleSet(model, state))[0];
  show(first ? `domain:${first.id}` : 'review');
}

/**
 * A name no other save shares, even on one phone on one day: the framework, the role, the date
 * and a short random part (`trauma-informed-organisation-staff-2026-11-22-k3f9.json`).
 */
function fileName(now: Date): string {
  const random = [...crypto.getRandomValues(new Uint8Array(4))]
    .map((b) => 'abcdefghjkmnpqrstuvwxyz23456789'[b % 31])
    .join('');
  const role = roleOf(model, state) ?? 'answers';
  return `${model.framework.id}-${role}-${isoSecond(now).slice(0, 10)}-${random}.json`;
}

/**
 * Saves the answers as a file: through the browser's share sheet where it can share files (a
 * phone, mostly), so that they go straight into an email or a message; else as a download.
 * Resolves to false where the person closed the share sheet without choosing anything.
 */
async function saveFile(): Promise<boolean> {
  const now = new Date();
  const doc = answersDoc(model, state, now);
  const name = fileName(now);
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const file = new File([text], name, { type: 'application/json' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: model.framework.title.text });
      saved = { name, shared: true };
      return true;
    } catch (error) {
      if ((error as Error | undefined)?.name === 'AbortError') return false;
      // Not allowed here after all: the download below still works.
    }
  }
  download(name, text);
  saved = { name, shared: false };
  return true;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { hidden: true, attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function clearAll(): void {
  store.clear();
  state = newState();
  syncAll();
  byId('restored').hidden = true;
}

function changeAnswer(id: string): void {
  const domain = model.domains.find((d) => d.questions.some((q) => q.id === id));
  if (!domain) return;
  show(`domain:${domain.id}`, { focus: false });
  const inputs = [
    ...questionsRoot.querySelectorAll<HTMLInputElement>(`input[name="${answerName(id)}"]`),
  ];
  (inputs.find((i) => i.checked) ?? inputs[0])?.focus();
}

function wire(): void {
  questionsRoot.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
    const id = input.name.slice('answer-'.length);
    const q = questionById.get(id);
    if (!q) return;
    applySettled(withChoice(model, state, id, parseChoice(model, q, input.value)));
  });
  questionsRoot.addEventListener('input', (event) => {
    const area = event.target;
    if (!(area instanceof HTMLTextAreaElement)) return;
    const id = area.closest<HTMLElement>('[data-question]')?.dataset.question;
    if (id === undefined) return;
    state = withNote(state, id, area.value);
    persist();
  });
  byId('who').addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    state = { ...state, workshop: event.target.value === 'group' };
    persist();
    drawWords();
  });
  byId('role-options').addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    byId('role-error').hidden = true;
    byId('role-group').classList.remove('has-error');
    applySettled(withRole(model, state, event.target.value));
    drawWords();
  });
  byId('unit').addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    state = { ...state, unit: event.target.value };
    persist();
  });
  byId('start').addEventListener('click', start);
  byId('start-again').addEventListener('click', () => {
    if (!window.confirm(say('confirmStartAgain'))) return;
    clearAll();
    show('start');
  });
  byId('next').addEventListener('click', () => step(1));
  byId('back').addEventListener('click', () => step(-1));
  byId('review-list').addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const id = button?.dataset.change;
    if (id !== undefined) changeAnswer(id);
  });
  byId('review-who-change').addEventListener('click', () => show('start'));
  byId('review-back').addEventListener('click', () => {
    const last = activeDomains(model, visibleSet(model, state)).at(-1);
    show(last ? `domain:${last.id}` : 'start');
  });
  byId('save').addEventListener('click', () => {
    void saveFile().then((done) => {
      if (!done) return;
      byId('cleared').hidden = true;
      byId('saved-actions').hidden = false;
      show('saved');
    });
  });
  byId('save-again').addEventListener('click', () => {
    void saveFile().then(() => show('saved'));
  });
  byId('saved-back').addEventListener('click', () => show('review'));
  byId('clear').addEventListener('click', () => {
    clearAll();
    state = { ...state, screen: 'saved' };
    byId('saved-actions').hidden = true;
    byId('cleared').hidden = false;
    byId('cleared').focus();
  });
  byId('restart').addEventListener('click', () => show('start'));
}

init();
