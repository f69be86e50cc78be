/**
 * The colour grammar of the model (QUALITY.md 5): hex, `rgb()`/`rgba()`/`hsl()`/`hsla()`
 * with plain numbers, or a CSS named colour. Anything else (`url(`, `;`, `var(`,
 * `expression(`…) is rejected, so a colour can never carry CSS of its own.
 */

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUM = String.raw`[+-]?(?:\d{1,3}(?:\.\d{1,6})?|\.\d{1,6})`;
const PCT = `${NUM}%`;
const ALPHA = `(?:${NUM}|${PCT})`;
const ANGLE = `${NUM}(?:deg|grad|rad|turn)?`;
const RGB_COMMA = new RegExp(
  String.raw`^rgba?\(\s*(?:${NUM}\s*,\s*${NUM}\s*,\s*${NUM}|${PCT}\s*,\s*${PCT}\s*,\s*${PCT})(?:\s*,\s*${ALPHA})?\s*\)$`,
  'i',
);
const RGB_SPACE = new RegExp(
  String.raw`^rgba?\(\s*(?:${NUM}|${PCT})\s+(?:${NUM}|${PCT})\s+(?:${NUM}|${PCT})(?:\s*\/\s*${ALPHA})?\s*\)$`,
  'i',
);
const HSL_COMMA = new RegExp(String.raw`^hsla?\(\s*${ANGLE}\s*,\s*${PCT}\s*,\s*${PCT}(?:\s*,\s*${ALPHA})?\s*\)$`, 'i');
const HSL_SPACE = new RegExp(
  String.raw`^hsla?\(\s*${ANGLE}\s+(?:${PCT}|${NUM})\s+(?:${PCT}|${NUM})(?:\s*\/\s*${ALPHA})?\s*\)$`,
  'i',
);

/** The CSS named colours (CSS Color 4), lower case. */
export const NAMED_COLOURS: ReadonlySet<string> = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ' +
    'darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
    'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ' +
    'ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow ' +
    'lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine ' +
    'mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise ' +
    'mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab ' +
    'orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru ' +
    'pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
    'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan ' +
    'teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);

/** True when `value` is a colour of the model's strict grammar. */
export function isSafeColour(value: string): boolean {
  if (value.length > 64) return false;
  const v = value.trim();
  return (
    HEX.test(v) ||
    NAMED_COLOURS.has(v.toLowerCase()) ||
    RGB_COMMA.test(v) ||
    RGB_SPACE.test(v) ||
    HSL_COMMA.test(v) ||
    HSL_SPACE.test(v)
  );
}
