/**
 * A small line icon per channel, so a channel is recognisable by shape and not only by its
 * name. Pure data: each icon is SVG path data on a 16 × 16 grid, drawn as a 1.5-unit stroke
 * with round caps and joins and no fill (dots are zero-length strokes, which round caps turn
 * into dots). Elements render it; nothing here touches the DOM.
 */
import { CHANNEL_KINDS, type WellKnownChannel, isWellKnownChannel } from '../model/channels.js';

/** The grid every channel icon is drawn on. */
export const CHANNEL_ICON_VIEWBOX = '0 0 16 16';
/** Stroke width the icons are designed for, in grid units. */
export const CHANNEL_ICON_STROKE = 1.5;

/** Kind of a channel, as a journey's channel definitions give it. */
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** An icon for a channel. */
export interface ChannelIcon {
  /** SVG path data on the 16 × 16 grid, to be stroked (never filled). */
  path: string;
  /**
   * `well-known` for the channels that have their own icon; `custom` for a journey's own
   * channel drawn by its kind (digital, human, physical, partner) or, without a kind, the
   * generic channel icon.
   */
  kind: 'well-known' | 'custom';
}

// A closed circle as two arcs, since a path cannot hold a <circle>.
const circle = (cx: number, cy: number, r: number) =>
  `M${cx + r} ${cy}a${r} ${r} 0 1 1-${2 * r} 0a${r} ${r} 0 1 1 ${2 * r} 0Z`;

const WELL_KNOWN: Readonly<Record<WellKnownChannel, string>> = {
  // Globe: outline, one meridian, the equator.
  web: `${circle(8, 8, 6.5)}M8 1.5c-1.9 1.8-2.8 4-2.8 6.5s.9 4.7 2.8 6.5c1.9-1.8 2.8-4 2.8-6.5S9.9 3.3 8 1.5ZM1.5 8h13`,
  // Mobile phone: rounded body and a home bar.
  app: 'M5.5 1.5h5A1.5 1.5 0 0 1 12 3v10a1.5 1.5 0 0 1-1.5 1.5h-5A1.5 1.5 0 0 1 4 13V3a1.5 1.5 0 0 1 1.5-1.5ZM7 12h2',
  // Envelope: body and the V of the flap.
  email:
    'M3 3.5h10A1.5 1.5 0 0 1 14.5 5v6a1.5 1.5 0 0 1-1.5 1.5H3A1.5 1.5 0 0 1 1.5 11V5A1.5 1.5 0 0 1 3 3.5ZM2 4.5l6 4.5 6-4.5',
  // Telephone handset.
  phone:
    'M3.6 1.8h2.1l1.1 3-1.5 1.1a8.4 8.4 0 0 0 4.8 4.8l1.1-1.5 3 1.1v2.1a1.5 1.5 0 0 1-1.6 1.5A11.6 11.6 0 0 1 2.1 3.4a1.5 1.5 0 0 1 1.5-1.6Z',
  // Speech bubble with three dots: a live conversation with a person.
  chat: 'M3 2.5h10A1.5 1.5 0 0 1 14.5 4v6a1.5 1.5 0 0 1-1.5 1.5H8l-3.5 2.5v-2.5H3A1.5 1.5 0 0 1 1.5 10V4A1.5 1.5 0 0 1 3 2.5ZM5 7h.01M8 7h.01M11 7h.01',
  // Robot head: antenna, eyes, mouth.
  chatbot:
    'M3.5 5h9A1.5 1.5 0 0 1 14 6.5v6a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 12.5v-6A1.5 1.5 0 0 1 3.5 5ZM8 5V2.5M8 2h.01M5.75 9h.01M10.25 9h.01M6.5 11.5h3',
  // Sheet of paper with a folded corner and lines of text.
  letter:
    'M4 1.5h5.5l3 3v9.5a.5.5 0 0 1-.5.5H4a.5.5 0 0 1-.5-.5V2a.5.5 0 0 1 .5-.5ZM9.5 1.5v3h3M5.75 7.5h4.5M5.75 10h4.5M5.75 12.5h2.5',
  // Building with a pediment, four columns and a base: an office or branch.
  branch: 'M1.5 5.5 8 2l6.5 3.5ZM3.5 7.5v4.5M6.5 7.5v4.5M9.5 7.5v4.5M12.5 7.5v4.5M1.5 14h13',
  // Two people: an adviser or agent between customer and company.
  intermediary: `${circle(5.5, 5, 2.25)}M1.5 14a4 4 0 0 1 8 0${circle(11.25, 5.5, 1.75)}M10.5 9.4a3.4 3.4 0 0 1 4 3.6`,
  // Share: three nodes and their connections.
  social: `${circle(12, 3.5, 1.75)}${circle(4, 8, 1.75)}${circle(12, 12.5, 1.75)}M5.55 7.15l4.9-2.8M5.55 8.85l4.9 2.8`,
  // Balance scales: comparing offers.
  'comparison-site': 'M8 2.5v11M5 13.5h6M3 4.5h10M3 4.5 1 9h4ZM13 4.5 11 9h4ZM1 9a2 2 0 0 0 4 0M11 9a2 2 0 0 0 4 0',
  // Video camera.
  video:
    'M2.5 4.5h7A1.5 1.5 0 0 1 11 6v4a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 1 10V6a1.5 1.5 0 0 1 1.5-1.5ZM11 7l3.5-2v6L11 9',
  // Speech bubble with lines of text: a written message.
  sms: 'M3 2.5h10A1.5 1.5 0 0 1 14.5 4v6a1.5 1.5 0 0 1-1.5 1.5H8l-3.5 2.5v-2.5H3A1.5 1.5 0 0 1 1.5 10V4A1.5 1.5 0 0 1 3 2.5ZM4.5 5.5h7M4.5 8h4.5',
  // Parcel.
  post: 'M8 1.5l6 3v7l-6 3-6-3v-7ZM2 4.5l6 3 6-3M8 7.5v7M5 3l6 3',
};

const BY_KIND: Readonly<Record<ChannelKind, string>> = {
  // Monitor.
  digital: 'M2.5 2.5h11A1 1 0 0 1 14.5 3.5v7a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1ZM8 11.5v2.5M5 14h6',
  // One person.
  human: `${circle(8, 5, 2.75)}M2.5 14.5a5.5 5.5 0 0 1 11 0`,
  // Map pin: a place you go to.
  physical: `M8 14.5s-4.5-4.2-4.5-7.8a4.5 4.5 0 0 1 9 0c0 3.6-4.5 7.8-4.5 7.8Z${circle(8, 6.5, 1.5)}`,
  // Two linked rings: a partner organisation.
  partner: `${circle(5.75, 8, 3.75)}${circle(10.25, 8, 3.75)}`,
};

/** The generic channel icon: a node with a ring, for channels of unknown kind. */
const GENERIC = `${circle(8, 8, 5.5)}${circle(8, 8, 1.5)}`;

/**
 * The icon of a channel id. Well-known ids (web, app, email, phone, chat, chatbot, letter,
 * branch, intermediary, social, comparison-site, video, sms, post) have their own icon;
 * a journey's own channel gets the icon of its `kind` when one is given, else a generic one.
 */
export function channelIcon(id: string, kind?: ChannelKind): ChannelIcon {
  if (isWellKnownChannel(id)) return { path: WELL_KNOWN[id], kind: 'well-known' };
  if (kind !== undefined && Object.hasOwn(BY_KIND, kind)) return { path: BY_KIND[kind], kind: 'custom' };
  return { path: GENERIC, kind: 'custom' };
}
