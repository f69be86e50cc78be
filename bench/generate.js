// Deterministic synthetic journeys for the bench: N touchpoints, 3 personas, NPS on a fifth
// of the touchpoints and metrics on a tenth. Runs in Node and in the browser.
const CHANNELS = ['web', 'app', 'phone', 'email', 'branch', 'chat', 'letter'];
const LABELS = ['joy', 'trust', 'fear', 'relief', 'frustration', 'confusion', 'anticipation', 'confidence'];

/** A small, fast, seeded PRNG (mulberry32), so every run draws the same journey. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateJourney(n, seed = 42) {
  const rnd = random(seed + n);
  const phaseCount = Math.max(1, Math.min(12, Math.ceil(n / 8)));
  const phases = Array.from({ length: phaseCount }, (_, i) => ({ id: `phase-${i}`, label: `Phase ${i + 1}` }));
  const personas = [
    { id: 'starter', name: 'Starter' },
    { id: 'mover', name: 'Mover' },
    { id: 'senior', name: 'Senior' },
  ];
  const touchpoints = [];
  for (let i = 0; i < n; i += 1) {
    const tp = {
      id: `tp-${i}`,
      phase: phases[Math.floor((i * phaseCount) / n)].id,
      label: `Step ${i + 1}: ${['Compare offers', 'Call the adviser', 'Upload documents', 'Sign the contract', 'Receive the welcome letter'][i % 5]}`,
      channel: CHANNELS[Math.floor(rnd() * CHANNELS.length)],
      emotions: personas.map((p) => ({
        persona: p.id,
        score: Math.round((rnd() * 10 - 5) * 2) / 2,
        ...(rnd() < 0.5 ? { label: LABELS[Math.floor(rnd() * LABELS.length)] } : {}),
      })),
    };
    if (i % 5 === 0) {
      const promoters = Math.floor(rnd() * 300);
      const passives = Math.floor(rnd() * 200);
      const detractors = Math.floor(rnd() * 200);
      tp.nps = [
        { promoters, passives, detractors, period: '2026-Q2', target: 20 },
        {
          promoters: promoters + 20,
          passives,
          detractors: Math.max(0, detractors - 10),
          period: '2026-Q3',
          target: 20,
        },
      ];
    }
    if (i % 10 === 0) {
      tp.metrics = [
        { id: 'wait', label: 'Waiting time', value: Math.round(rnd() * 20), unit: 'days', target: 7, better: 'lower' },
      ];
    }
    if (i % 17 === 0) tp.momentOfTruth = { kind: 'make-or-break' };
    touchpoints.push(tp);
  }
  return {
    version: 1,
    id: `bench-${n}`,
    title: `Benchmark journey (${n} touchpoints)`,
    locale: 'en-GB',
    personas,
    phases,
    touchpoints,
  };
}

/** The same journey as a Mermaid `journey` diagram: sections = phases, score −5…+5 → 1…5, actors = personas. */
export function toMermaid(journey) {
  const lines = ['journey', `  title ${journey.title}`];
  let phase = null;
  for (const tp of journey.touchpoints) {
    if (tp.phase !== phase) {
      phase = tp.phase;
      lines.push(`  section ${journey.phases.find((p) => p.id === phase).label}`);
    }
    const mean = tp.emotions.reduce((s, e) => s + e.score, 0) / tp.emotions.length;
    const score = Math.min(5, Math.max(1, Math.round(mean / 2.5 + 3)));
    lines.push(`    ${tp.label.replace(/:/g, ' ')}: ${score}: ${journey.personas.map((p) => p.name).join(', ')}`);
  }
  return lines.join('\n');
}
