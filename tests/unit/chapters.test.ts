import { describe, expect, it } from 'vitest';
import { ChapterCursor, clampChapter, tweenDay } from '../../src/lib/briefing/chapters';

describe('clampChapter', () => {
  it('keeps an index inside the briefing', () => {
    expect(clampChapter(-1, 12)).toBe(0);
    expect(clampChapter(5, 12)).toBe(5);
    expect(clampChapter(12, 12)).toBe(11);
  });
});

describe('ChapterCursor', () => {
  it('counts a second press from the chapter the first is going to, while the URL still shows the first', () => {
    const cursor = new ChapterCursor();
    expect(cursor.step(0, 1, 12)).toBe(1);
    expect(cursor.step(0, 1, 12)).toBe(2);
  });

  it('counts from the URL again once the briefing has arrived', () => {
    const cursor = new ChapterCursor();
    cursor.step(0, 1, 12);
    cursor.arrived(1);
    expect(cursor.step(4, 1, 12)).toBe(5);
  });

  it('does not forget a move still under way when the URL shows an earlier chapter', () => {
    const cursor = new ChapterCursor();
    cursor.step(0, 1, 12);
    cursor.step(0, 1, 12);
    cursor.arrived(1);
    expect(cursor.step(1, -1, 12)).toBe(1);
  });

  it('stops at the first and the last chapter, however often pressed', () => {
    const cursor = new ChapterCursor();
    for (let i = 0; i < 5; i++) cursor.step(10, 1, 12);
    expect(cursor.step(10, 1, 12)).toBe(11);
    cursor.reset();
    expect(cursor.step(0, -1, 12)).toBe(0);
  });

  it('keeps no target when a press at the last chapter stays there, so a later press counts from the URL', () => {
    const cursor = new ChapterCursor();
    expect(cursor.step(11, 1, 12)).toBe(11);
    // The reader goes back in history to chapter 5: the next press counts from there.
    expect(cursor.step(4, 1, 12)).toBe(5);
  });

  it('goes where another window sends it, and counts on from there', () => {
    const cursor = new ChapterCursor();
    expect(cursor.goTo(7, 12)).toBe(7);
    expect(cursor.step(2, 1, 12)).toBe(8);
    expect(cursor.goTo(40, 12)).toBe(11);
  });
});

describe('tweenDay', () => {
  it('starts at the first day and ends on the chapter day', () => {
    expect(tweenDay(100, 200, 0)).toEqual({ day: 100, done: false });
    expect(tweenDay(100, 200, 900)).toEqual({ day: 200, done: true });
    expect(tweenDay(100, 200, 5000)).toEqual({ day: 200, done: true });
  });

  it('eases out: more than half the way at half the time', () => {
    const { day, done } = tweenDay(0, 100, 450);
    expect(done).toBe(false);
    expect(day).toBe(88);
  });

  it('runs backwards to an earlier chapter', () => {
    expect(tweenDay(200, 100, 450).day).toBe(113);
  });
});
