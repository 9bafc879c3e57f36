// Keeps the main window and the presenter view in step, both ways, with no server: the two windows
// share the same origin and talk over a BroadcastChannel.
export type BriefingMessage =
  | { type: 'state'; briefing: string; chapter: number; lang: string }
  | { type: 'goto'; briefing: string; chapter: number }
  | { type: 'hello' };

const NAME = 'mpp-atlas-briefing';

export function openChannel(onmessage: (m: BriefingMessage) => void): { post: (m: BriefingMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (event: MessageEvent<BriefingMessage>) => onmessage(event.data);
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}

/** What the channel calls a briefing: its id, or `draft:<id>` for one of the reader's own. */
export const channelIdOf = (state: { briefing: string | null; draft: string | null }) => (state.draft ? `draft:${state.draft}` : (state.briefing ?? ''));

/** The URL's briefing or draft for a channel id. */
export const refOfChannelId = (id: string) => (id.startsWith('draft:') ? { briefing: null, draft: id.slice('draft:'.length) } : { briefing: id, draft: null });
