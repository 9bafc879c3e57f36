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
