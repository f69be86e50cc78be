// The demo's live NPS feed (`/api/nps`): the mortgage journey whose NPS answers drift every
// minute, the way a survey tool's feed does. Deterministic: the same minute always gives the same
// journey, so the demo and its end-to-end test can reason about it.

/** The survey round the answers are from: one a minute since the Unix epoch. */
export function minuteOf(ms) {
  return Math.floor(ms / 60_000);
}

/** A small integer hash of (minute, salt), spread over -range…range. */
function drift(minute, salt, range) {
  let h = (Math.imul(minute ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2d) >>> 0;
  h ^= h >>> 15;
  return (h % (2 * range + 1)) - range;
}

/** One measurement moved by this minute's drift: up to 4 % more or fewer promoters and detractors. */
function drifted(nps, minute, salt) {
  const total = Array.isArray(nps.distribution)
    ? nps.distribution.reduce((a, b) => a + b, 0)
    : nps.promoters + nps.passives + nps.detractors;
  const range = Math.max(2, Math.round(total * 0.04));
  const promoters = drift(minute, salt * 2, range);
  const detractors = drift(minute, salt * 2 + 1, range);
  if (Array.isArray(nps.distribution)) {
    const distribution = [...nps.distribution];
    distribution[10] = Math.max(0, distribution[10] + promoters);
    distribution[3] = Math.max(0, distribution[3] + detractors);
    return { ...nps, distribution };
  }
  return {
    ...nps,
    promoters: Math.max(0, nps.promoters + promoters),
    detractors: Math.max(0, nps.detractors + detractors),
  };
}

/** Splits counts between the two personas of the mortgage journey (the starter answers 45 %). */
function personaShare(nps, persona, share) {
  const counts = Array.isArray(nps.distribution)
    ? {
        promoters: nps.distribution[9] + nps.distribution[10],
        passives: nps.distribution[7] + nps.distribution[8],
        detractors: nps.distribution.slice(0, 7).reduce((a, b) => a + b, 0),
      }
    : nps;
  const { distribution, ...rest } = nps;
  return {
    ...rest,
    promoters: Math.round(counts.promoters * share),
    passives: Math.round(counts.passives * share),
    detractors: Math.round(counts.detractors * share),
    persona,
  };
}

/** The survey round (counted from the feed's first) from which the starters' advice NPS dips. */
export const DIP_ROUND = 2;
/** Where the feed's dip happens: the touchpoint and the persona. */
export const DIP = { touchpoint: 'advice', persona: 'starter' };

/**
 * The starters' advice answers of a round from {@link DIP_ROUND} on: an adviser left and the
 * appointments moved to a call centre. Of about 150 starters 30 recommend, 45 are passive and 75
 * criticise: NPS (30 − 75) / 150 = −30 (the round's drift moves it a few points), against +31 in
 * 2026-Q2 (65 / 47 / 23 of 135). With n ≈ 140 on both sides a fall of some 60 points is about
 * seven standard errors (adjusted-Wald z test, `npsChange`): a real dip, p < 0.001 in every round.
 */
function dippedStarter(latest, minute, index) {
  return drifted(
    {
      promoters: 30,
      passives: 45,
      detractors: 75,
      period: latest.period,
      target: latest.target,
      source: latest.source,
      persona: DIP.persona,
    },
    minute,
    index + 100,
  );
}

/**
 * The live journey for `minute`: the fixture's NPS with its latest period drifted, plus a
 * measurement per persona for that period (starters a little more critical), so a persona
 * filter shows something of its own. At the advice meeting both personas also have the period
 * before (2026-Q2), so their change is tested; from survey round `round` {@link DIP_ROUND} on
 * (the third minute the feed serves) the starters' advice NPS dips — deterministically, the same
 * round always gives the same journey. No other change in the feed is significantly worse.
 */
export function liveNpsJourney(base, minute, round = 0) {
  const journey = structuredClone(base);
  journey.id = `${base.id}-live`;
  journey.touchpoints = journey.touchpoints.map((touchpoint, index) => {
    if (touchpoint.nps === undefined) return touchpoint;
    const series = Array.isArray(touchpoint.nps) ? touchpoint.nps : [touchpoint.nps];
    const latest = drifted(series[series.length - 1], minute, index);
    const dips = touchpoint.id === DIP.touchpoint && round >= DIP_ROUND;
    const starter = dips
      ? dippedStarter(latest, minute, index)
      : drifted(personaShare(latest, 'starter', 0.45), minute, index + 100);
    const mover = drifted(personaShare(latest, 'mover', 0.55), minute, index + 200);
    // The personas' answers of the period before, where the fixture has one: what a change is measured against.
    const before = series.length >= 2 && touchpoint.id === DIP.touchpoint ? series[series.length - 2] : undefined;
    const earlier = before ? [personaShare(before, 'starter', 0.45), personaShare(before, 'mover', 0.55)] : [];
    return { ...touchpoint, nps: [...series.slice(0, -1), latest, ...earlier, starter, mover] };
  });
  return journey;
}
