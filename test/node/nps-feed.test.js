// The demo's live NPS feed (demo/nps-feed.js) against the analytics of the built SDK: before its
// dip round no change in it is a significant dip, whatever a minute's drift; from that round on
// exactly one: the starters' NPS at the advice meeting, 2026-Q2 → 2026-Q3. Needs dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DIP, DIP_ROUND, liveNpsJourney } from '../../demo/nps-feed.js';
import { dips, npsChange, npsSeries } from '../../dist/analytics.js';
import { parseJourney } from '../../dist/model.js';

const mortgage = JSON.parse(readFileSync(new URL('../fixtures/mortgage-nl.json', import.meta.url), 'utf8'));
// 29,000,000 minutes after the epoch is in 2025; 600 consecutive minutes cover every drift pattern often.
const MINUTES = Array.from({ length: 600 }, (_, i) => 29_000_000 + i);

const feedAt = (minute, round) => {
  const result = parseJourney(liveNpsJourney(mortgage, minute, round));
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues.slice(0, 3)));
  return result.journey;
};
const keys = (journey) => dips(journey).map((d) => `${d.touchpointId}/${d.persona}/${d.measure}/${d.from}→${d.to}`);

describe('demo NPS feed', () => {
  it('has no dip before its dip round, in any minute', () => {
    for (const minute of MINUTES) {
      for (let round = 0; round < DIP_ROUND; round += 1)
        assert.deepEqual(keys(feedAt(minute, round)), [], `minute ${minute}`);
    }
  });

  it('dips for one persona at one touchpoint from its dip round on, significantly (p < 0.001)', () => {
    for (const minute of MINUTES) {
      for (const round of [DIP_ROUND, DIP_ROUND + 1, DIP_ROUND + 40]) {
        const journey = feedAt(minute, round);
        assert.deepEqual(keys(journey), [`${DIP.touchpoint}/${DIP.persona}/nps/2026-Q2→2026-Q3`], `minute ${minute}`);
        const series = npsSeries(
          journey.touchpoints.find((t) => t.id === DIP.touchpoint),
          DIP.persona,
        );
        const change = npsChange(series[0], series[1]);
        // +31 (65 / 47 / 23 of 135) to about −30 (30 / 45 / 75 of 150, ± the drift).
        assert.ok(change.delta <= -40, `delta ${change.delta}`);
        assert.ok(change.p < 0.001, `p ${change.p}`);
      }
    }
  });

  it('gives the same journey for the same minute and round', () => {
    assert.deepEqual(liveNpsJourney(mortgage, MINUTES[7], DIP_ROUND), liveNpsJourney(mortgage, MINUTES[7], DIP_ROUND));
  });
});
