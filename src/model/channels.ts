/** Channel ids that work without a definition in the journey's `channels`. */
export const WELL_KNOWN_CHANNELS = [
  'web',
  'app',
  'email',
  'phone',
  'chat',
  'chatbot',
  'letter',
  'branch',
  'intermediary',
  'social',
  'comparison-site',
  'video',
  'sms',
  'post',
] as const;

export type WellKnownChannel = (typeof WELL_KNOWN_CHANNELS)[number];

/** Kind of a channel. */
export const CHANNEL_KINDS = ['digital', 'human', 'physical', 'partner'] as const;

/** The kind each well-known channel has. */
export const WELL_KNOWN_CHANNEL_KIND: Readonly<Record<WellKnownChannel, (typeof CHANNEL_KINDS)[number]>> = {
  web: 'digital',
  app: 'digital',
  email: 'digital',
  phone: 'human',
  chat: 'human',
  chatbot: 'digital',
  letter: 'physical',
  branch: 'physical',
  intermediary: 'partner',
  social: 'digital',
  'comparison-site': 'partner',
  video: 'human',
  sms: 'digital',
  post: 'physical',
};

export function isWellKnownChannel(id: string): id is WellKnownChannel {
  return (WELL_KNOWN_CHANNELS as readonly string[]).includes(id);
}
