// The BI dashboard's own script: the persona filter, the "last updated" time and two KPI tiles
// computed with window.Klantreis. Plain JavaScript from a file of its own (no inline script), so
// the page runs under `script-src 'self'`; text only (textContent), so Trusted Types never apply.
const live = () => document.querySelectorAll('[data-live]');
const filter = document.getElementById('persona-filter');
let journey = null;

// `?refresh=N` (1–3600 s) overrides the refresh interval: the end-to-end test uses it to see a
// live update without waiting 10 s.
const refresh = Number(new URLSearchParams(location.search).get('refresh'));
if (Number.isInteger(refresh) && refresh >= 1 && refresh <= 3600) {
  for (const element of document.querySelectorAll('[refresh]')) element.setAttribute('refresh', String(refresh));
  for (const label of document.querySelectorAll('[data-refresh-label]')) label.textContent = String(refresh);
}

function updateKpis() {
  if (!journey || !window.Klantreis) return;
  const persona = filter.value === 'all' ? null : filter.value;
  let responses = 0;
  let offTarget = 0;
  for (const touchpoint of journey.touchpoints) {
    const current = window.Klantreis.touchpointNps(touchpoint, { persona }).current;
    if (!current) continue;
    responses += current.responses;
    if (current.onTarget === false) offTarget += 1;
  }
  const format = new Intl.NumberFormat('nl-NL');
  document.querySelector('[data-kpi="responses"]').textContent = format.format(responses);
  document.querySelector('[data-kpi="off-target"]').textContent = format.format(offTarget);
  document.querySelector('[data-kpi-note="responses"]').textContent =
    persona === null
      ? 'laatste periode, alle contactmomenten'
      : `laatste periode, ${filter.selectedOptions[0].text.toLowerCase()}s`;
}

filter.addEventListener('change', () => {
  for (const element of live()) element.setAttribute('persona', filter.value);
  updateKpis();
});

// Every element fires journey-load after each load and each refresh that brought new data.
document.addEventListener('journey-load', (event) => {
  if (event.target.id !== 'nps-main') return;
  journey = event.detail.journey;
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
    new Date(),
  );
  document.querySelector('[data-updated]').textContent = `Bijgewerkt om ${time}`;
  updateKpis();
});

// A live refresh that brings new significant dips fires journey-dip on every element showing the
// feed: the notice lists each dip once (touchpoint × persona × measure × period), newest first.
const notice = document.querySelector('[data-dip-notice]');
const dipList = document.querySelector('[data-dip-list]');
const noticed = new Set();

function dipText(dip, shown) {
  const touchpoint = shown?.touchpoints.find((t) => t.id === dip.touchpointId)?.label ?? dip.touchpointId;
  const persona =
    dip.persona === null ? 'alle klanten' : (shown?.personas?.find((p) => p.id === dip.persona)?.name ?? dip.persona);
  const format = new Intl.NumberFormat('nl-NL', {
    signDisplay: 'exceptZero',
    maximumFractionDigits: dip.measure === 'nps' ? 0 : 1,
  });
  const measure = dip.measure === 'nps' ? 'NPS' : 'emotie';
  const p =
    dip.p < 0.001 ? 'p < 0,001' : `p = ${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 }).format(dip.p)}`;
  return `${touchpoint}, ${persona}: ${measure} ${format.format(dip.before)} → ${format.format(dip.after)} (${dip.from ?? '–'} → ${dip.to ?? '–'}; ${p})`;
}

document.addEventListener('journey-dip', (event) => {
  const shown = event.target.journey ?? journey;
  for (const dip of event.detail.dips) {
    const key = JSON.stringify([dip.touchpointId, dip.persona, dip.measure, dip.to]);
    if (noticed.has(key)) continue;
    noticed.add(key);
    const item = document.createElement('li');
    item.dataset.dip = key;
    item.textContent = dipText(dip, shown);
    dipList.prepend(item);
  }
  notice.hidden = false;
});

document.querySelector('[data-dip-close]').addEventListener('click', () => {
  notice.hidden = true;
  dipList.replaceChildren();
  noticed.clear();
});
