import { describe, expect, it } from 'vitest';
import { Playback, type PlaybackClock } from '../../src/lib/timeline/playback.svelte';
import { TIMELINE_END, TIMELINE_START } from '../../src/lib/time/dates';

/** A clock the test moves by hand: frames run when `frame(ms)` is called, intervals on `tick()`. */
function fakeClock() {
  let now = 0;
  let frames: ((now: number) => void)[] = [];
  let intervals: { ms: number; callback: () => void }[] = [];
  const clock: PlaybackClock = {
    frame: (cb) => frames.push(cb),
    cancelFrame: () => (frames = []),
    now: () => now,
    every: (ms, callback) => {
      intervals.push({ ms, callback });
      return intervals.length as unknown as ReturnType<typeof setInterval>;
    },
    clear: () => (intervals = [])
  };
  return {
    clock,
    frame(ms: number) {
      now += ms;
      const due = frames;
      frames = [];
      for (const cb of due) cb(now);
    },
    tick: () => intervals.forEach((i) => i.callback()),
    intervalMs: () => intervals.map((i) => i.ms)
  };
}

function setUp(start: string, reducedMotion = false) {
  let date = start;
  const changes: [string, boolean][] = [];
  const fake = fakeClock();
  const playback = new Playback(() => date, (d, commit) => (changes.push([d, commit]), (date = d)), reducedMotion, fake.clock);
  return { playback, fake, changes, date: () => date };
}

describe('Playback', () => {
  it('advances 45 days a second at normal speed and writes the URL once paused', () => {
    const { playback, fake, changes, date } = setUp('2019-01-01');
    playback.play();
    expect(playback.playing).toBe(true);
    fake.frame(1000);
    expect(date()).toBe('2019-02-15');
    playback.pause();
    expect(playback.playing).toBe(false);
    expect(changes.at(-1)).toEqual(['2019-02-15', true]);
    expect(changes.filter(([, commit]) => commit)).toHaveLength(1);
  });

  it('does not write the URL when paused because the reader took the date elsewhere', () => {
    const { playback, fake, changes } = setUp('2019-01-01');
    playback.play();
    fake.frame(500);
    playback.pause(false);
    expect(changes.some(([, commit]) => commit)).toBe(false);
  });

  it('shows the last day, then stops with Loop off or starts again from the first with Loop on', () => {
    const off = setUp('2022-12-20');
    off.playback.play();
    // A slow frame: 45 days' worth, past the end.
    off.fake.frame(1000);
    expect(off.date()).toBe(TIMELINE_END);
    off.fake.frame(100);
    expect(off.date()).toBe(TIMELINE_END);
    expect(off.playback.playing).toBe(false);
    expect(off.changes.at(-1)).toEqual([TIMELINE_END, true]);

    const on = setUp('2022-12-20');
    on.playback.loop = true;
    on.playback.play();
    on.fake.frame(1000);
    expect(on.date()).toBe(TIMELINE_END);
    on.fake.frame(100);
    expect(on.date()).toBe(TIMELINE_START);
    expect(on.playback.playing).toBe(true);
  });

  it('starts from the first day when played at the end', () => {
    const { playback, fake, date } = setUp(TIMELINE_END);
    playback.play();
    fake.frame(100);
    expect(date() < '2019-01-01').toBe(true);
  });

  it('steps a month at a time with reduced motion, at the interval the speed sets', () => {
    const { playback, fake, date } = setUp('2019-03-15', true);
    playback.play();
    expect(fake.intervalMs()).toEqual([1200]);
    fake.tick();
    expect(date()).toBe('2019-04-15');
    playback.setSpeed('fast');
    expect(fake.intervalMs()).toEqual([600]);
    fake.tick();
    expect(date()).toBe('2019-05-15');
  });
});
