// The "edit a journey" page: loads a journey from the demo server's store (GET /api/journeys/:id),
// hands it to <emotion-curve editable> (and a read-only <journey-map> beside it), and saves every
// `journey-change` with PUT and If-Match. A save against a journey someone else changed gets 412:
// the page fetches their version and hands it to the element's conflict flow (`offerTheirs`), or,
// where the element has none, shows a notice with "Load theirs" and "Keep mine". Saves run one at
// a time, the latest edit last; nothing is sent while a conflict is open, so nothing is
// overwritten without the user choosing it. Plain JavaScript from a file of its own (script-src
// 'self'); text only (textContent).

/** The model's id rule: what the store accepts as :id. */
const JOURNEY_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

const params = new URLSearchParams(location.search);
const requested = params.get('journey') ?? '';
const id = JOURNEY_ID.test(requested) ? requested : 'mortgage-starter';
const address = `/api/journeys/${encodeURIComponent(id)}`;

const curve = document.querySelector('emotion-curve');
const map = document.querySelector('journey-map');
const state = document.querySelector('[data-save-state]');
const conflictPanel = document.querySelector('[data-conflict]');
const conflictMessage = document.querySelector('[data-conflict-message]');
const choice = document.getElementById('journey-id');
if ([...choice.options].some((option) => option.value === id)) choice.value = id;
curve.setAttribute('draft-key', `klantreis-demo-edit:${id}`);

/** The ETag of the version this page's edits build on. */
let etag = null;
/** The latest edited journey not saved yet (an edit replaces an older one that waits). */
let pending = null;
let saving = false;
/** An edit the server refused or did not answer; the next edit tries again (it contains this one). */
let unsaved = null;
/** An open conflict: their journey and ETag, and the journey of ours that was refused. */
let conflict = null;

const time = () =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date());

/** Says where saving stands, in the page's status line (a polite live region). */
function say(kind, text) {
  state.dataset.state = kind;
  state.textContent = text;
}

/** Shows a journey in both elements, once they are defined (a property set before would be lost). */
async function show(journey, except = null) {
  await Promise.all([customElements.whenDefined('emotion-curve'), customElements.whenDefined('journey-map')]);
  for (const element of [curve, map]) if (element !== except) element.journey = journey;
}

async function load() {
  say('loading', 'Loading the journey…');
  let response;
  try {
    response = await fetch(address, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    say('failed', 'Could not load the journey: the server did not answer.');
    return;
  }
  if (!response.ok) {
    say('failed', `Could not load the journey "${id}" (HTTP ${response.status}).`);
    return;
  }
  etag = response.headers.get('etag');
  const journey = await response.json();
  await show(journey);
  const editable = typeof curve.undo === 'function';
  say(
    'loaded',
    editable
      ? `Loaded “${journey.title}”. Edits are saved as you make them.`
      : `Loaded “${journey.title}”. This version of the curve cannot edit yet: it is shown read-only.`,
  );
}

/** The current journey on the server and its ETag. */
async function fetchTheirs() {
  const response = await fetch(address, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { journey: await response.json(), etag: response.headers.get('etag') };
}

/** Saves the latest edit, then any edit made meanwhile; stops while a conflict is open. */
async function flush() {
  if (saving || conflict || !pending) return;
  saving = true;
  const journey = pending;
  pending = null;
  say('saving', 'Saving…');
  try {
    const response = await fetch(address, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'if-match': etag ?? '' },
      body: JSON.stringify(journey),
    });
    if (response.ok) {
      etag = response.headers.get('etag');
      unsaved = null;
      say('saved', `Saved at ${time()}.`);
    } else if (response.status === 412) {
      await openConflict(journey);
    } else {
      unsaved = journey;
      const body = await response.json().catch(() => ({}));
      const issue = body.issues?.[0];
      say(
        'failed',
        issue
          ? `Not saved: ${issue.path ? `${issue.path}: ` : ''}${issue.message}. Your edit is kept in the page.`
          : `Not saved (HTTP ${response.status}). Your edit is kept in the page; the next edit tries again.`,
      );
    }
  } catch {
    unsaved = journey;
    say('failed', 'Not saved: the server did not answer. Your edit is kept in the page; the next edit tries again.');
  } finally {
    saving = false;
  }
  if (pending && !conflict) void flush();
}

/** A save was refused (412): fetch their version and let the user choose. */
async function openConflict(mine) {
  let theirs;
  try {
    theirs = await fetchTheirs();
  } catch {
    unsaved = mine;
    say('failed', 'Not saved: the journey changed on the server and could not be fetched again.');
    return;
  }
  conflict = { theirs: theirs.journey, etag: theirs.etag, mine };
  const reason = 'Someone else saved this journey since you loaded it.';
  say('conflict', `Not saved: ${reason.charAt(0).toLowerCase()}${reason.slice(1)} Choose: keep yours or load theirs.`);
  if (typeof curve.offerTheirs === 'function') {
    // The element's own conflict flow shows keep mine / load theirs; its answer (when it gives
    // one) decides here too, and a journey-change that loads theirs closes the conflict.
    const answer = await curve.offerTheirs(theirs.journey, reason);
    if (answer === 'mine' || answer === 'keep-mine') keepMine();
    else if (answer === 'theirs' || answer === 'load-theirs') loadTheirs({ show: false });
    return;
  }
  conflictMessage.textContent = `Their version was saved at the server after you loaded yours. “Load theirs” shows their version (your unsaved edit is dropped); “Keep mine” saves yours over theirs.`;
  conflictPanel.hidden = false;
  conflictPanel.querySelector('[data-load-theirs]').focus();
}

/** Their version wins: shown in the elements; this page's edits build on it from now on. */
function loadTheirs({ show: showIt = true } = {}) {
  if (!conflict) return;
  const { theirs, etag: theirEtag } = conflict;
  conflict = null;
  pending = null;
  etag = theirEtag;
  conflictPanel.hidden = true;
  if (showIt) void show(theirs);
  say('saved', `Loaded their version (${time()}). Your next edit builds on it.`);
}

/** This page's version wins: saved over theirs, knowingly (with their ETag). */
function keepMine() {
  if (!conflict) return;
  const { etag: theirEtag, mine } = conflict;
  conflict = null;
  etag = theirEtag;
  pending ??= mine;
  conflictPanel.hidden = true;
  void flush();
}

conflictPanel.querySelector('[data-load-theirs]').addEventListener('click', () => loadTheirs());
conflictPanel.querySelector('[data-keep-mine]').addEventListener('click', () => keepMine());

// Every committed edit (and every undo and redo) fires journey-change with the new journey.
document.addEventListener('journey-change', (event) => {
  const journey = event.detail?.journey;
  if (!journey || (event.target !== curve && event.target !== map)) return;
  void show(journey, event.target);
  if (conflict && JSON.stringify(journey) === JSON.stringify(conflict.theirs)) {
    // The element's conflict flow loaded theirs: nothing of ours to save.
    loadTheirs({ show: false });
    return;
  }
  pending = journey;
  if (conflict) {
    conflict.mine = journey;
    say('conflict', 'Not saved: choose first whether to keep yours or load theirs.');
    return;
  }
  void flush();
});

// Leaving with an edit not saved yet asks first.
addEventListener('beforeunload', (event) => {
  if (pending || saving || conflict || unsaved) event.preventDefault();
});

void load();
