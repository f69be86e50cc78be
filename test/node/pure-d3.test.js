// scripts/pure-d3.js: d3's immediately called functions are marked pure, so a bundle that uses
// `line()` drops the curves it does not use, and what it keeps draws exactly as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { pureD3 } from '../../scripts/pure-d3.js';

const ENTRY = `import { line, curveMonotoneX, curveStep } from 'd3-shape';
import { interpolateNumber } from 'd3-interpolate';
const points = [[0, 0], [10, 4.25], [20, -3], [30, 1.5], [40, 1.5]];
export const paths = [line()(points), line().curve(curveMonotoneX)(points), line().curve(curveStep)(points)];
export const halfway = interpolateNumber(3, 8)(0.5);`;

async function bundle(plugins) {
  const entry = {
    name: 'entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) => (id === 'entry' ? ENTRY : null),
  };
  const build = await rollup({ input: 'entry', plugins: [entry, nodeResolve({ browser: true }), ...plugins] });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const code = output[0].code;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return { code, paths: module.paths, halfway: module.halfway };
}

test('unused d3 curves and interpolators are dropped, the used ones draw the same', async () => {
  const plain = await bundle([]);
  const pure = await bundle([pureD3()]);
  // Without the plugin, the curve factories d3-shape makes with a called function stay in, and
  // d3-interpolate's zoom interpolator.
  for (const kept of ['function Bundle(', 'function CatmullRom(', 'function Cardinal(', 'function zoomRho(']) {
    assert.ok(plain.code.includes(kept), `without the plugin: ${kept}`);
    assert.ok(!pure.code.includes(kept), `with the plugin: ${kept} dropped`);
  }
  assert.ok(plain.code.length - pure.code.length > 10_000, `${plain.code.length} → ${pure.code.length} characters`);
  assert.deepEqual(pure.paths, plain.paths);
  // d3's straight line through the points: "M0,0L10,4.25L20,-3L30,1.5L40,1.5".
  assert.equal(pure.paths[0], 'M0,0L10,4.25L20,-3L30,1.5L40,1.5');
  assert.equal(pure.halfway, 5.5); // 3·0.5 + 8·0.5
});
