// d3-shape and d3-interpolate build some exports with an immediately called function
// (`var curveBundle = (function custom(beta) { … })(0.85);`). Rollup cannot tell that such a call
// has no side effects, so it keeps every one, and every class it reaches, in any bundle that uses
// the module at all: `line()` alone came with all of d3-shape's curves (13.5 KB minified instead of
// 5.3). The calls only make and return a function, so they are marked pure and dropped when unused.
const D3_DIST = /\/node_modules\/d3-(shape|interpolate)\/dist\/[\w-]+\.mjs$/;
const CALLED_FUNCTION = /= \(function (\w+)\(/g;

/** A rollup plugin: `/*#__PURE__*\/` before the immediately called functions of d3-shape and d3-interpolate. */
export const pureD3 = () => ({
  name: 'klantreis:pure-d3',
  transform(code, id) {
    if (!D3_DIST.test(id)) return null;
    return { code: code.replace(CALLED_FUNCTION, '= /*#__PURE__*/(function $1('), map: null };
  },
});
