import { describe, expect, test } from 'vitest';
import { cameraView, fitView, placeLabels, type Box, type View } from '$lib/map/stillLayout';

const inside = (p: { x: number; y: number }, v: Box, margin = 0) => p.x >= v.x + margin && p.x <= v.x + v.width - margin && p.y >= v.y + margin && p.y <= v.y + v.height - margin;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('fitView', () => {
  const points = [
    { x: 100, y: 50 },
    { x: 300, y: 150 },
    { x: 200, y: 400 }
  ];

  test('shows every point at least the padding in from the edges, at the screen’s own shape', () => {
    for (const screen of [{ width: 1056, height: 300 }, { width: 390, height: 360 }, { width: 1440, height: 480 }]) {
      const view = fitView(points, screen, 48);
      expect(view.width / view.height).toBeCloseTo(screen.width / screen.height, 6);
      expect(view.width).toBeCloseTo(screen.width * view.unitsPerPixel, 6);
      for (const p of points) expect(inside(p, view, 48 * view.unitsPerPixel - 1e-9)).toBe(true);
    }
  });

  test('is as tight as the padding allows in the limiting direction', () => {
    // 350 units tall into 300 − 2 × 50 px: 0.571… px a unit, so 1.75 units a pixel.
    const view = fitView(points, { width: 2000, height: 300 }, 50);
    expect(view.unitsPerPixel).toBeCloseTo(350 / 200, 6);
  });

  test('zooms in no further than the limit, so that a lone point is not blown up', () => {
    const view = fitView([{ x: 10, y: 10 }], { width: 800, height: 400 }, 20, 4);
    expect(view.unitsPerPixel).toBeCloseTo(0.25, 6);
    expect(inside({ x: 10, y: 10 }, view)).toBe(true);
  });
});

describe('placeLabels', () => {
  const view: View = { x: 0, y: 0, width: 1000, height: 500, unitsPerPixel: 1 };
  const options = { view, fontPx: 13, markerRadiusPx: 5 };

  test('a lone name goes to the right of its marker, on the marker’s line', () => {
    const [label] = placeLabels([{ x: 100, y: 100, label: 'Tijuana' }], options);
    expect(label).toMatchObject({ index: 0, side: 'right', anchor: 'start', x: 109 });
    expect(label!.y).toBeCloseTo(100 + 13 * 0.35, 6);
  });

  test('crowded names (Reynosa beside Matamoros) are set apart, clear of every marker', () => {
    const points = [
      { x: 500, y: 250, label: 'Matamoros' },
      { x: 470, y: 252, label: 'Reynosa' },
      { x: 450, y: 280, label: 'Monterrey' },
      { x: 480, y: 235 } // a port marker, without a name
    ];
    const placed = placeLabels(points, options);
    expect(placed.map((p) => p.index)).toEqual([0, 1, 2]);
    const markers = points.map((p) => ({ x: p.x - 5, y: p.y - 5, width: 10, height: 10 }));
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box), `${points[a.index]!.label} / ${points[b.index]!.label}`).toBe(false);
      markers.forEach((m, i) => i !== a.index && expect(overlaps(a.box, m), `${points[a.index]!.label} on marker ${i}`).toBe(false));
    }
  });

  test('a name at the right edge turns to the left, inside the view', () => {
    const [label] = placeLabels([{ x: 980, y: 200, label: 'Matamoros' }], options);
    expect(label!.side).toBe('left');
    expect(label!.anchor).toBe('end');
    expect(label!.box.x).toBeGreaterThanOrEqual(0);
    expect(label!.box.x + label!.box.width).toBeLessThanOrEqual(1000);
  });

  test('sizes follow the view: at two units a pixel, names take twice the units', () => {
    const [one] = placeLabels([{ x: 100, y: 100, label: 'Mexicali' }], options);
    const [two] = placeLabels([{ x: 100, y: 100, label: 'Mexicali' }], { ...options, view: { ...view, width: 2000, height: 1000, unitsPerPixel: 2 } });
    expect(two!.box.width).toBeCloseTo(2 * one!.box.width, 6);
    expect(two!.x - 100).toBeCloseTo(2 * (one!.x - 100), 6);
  });

  test('a name that fits nowhere is left out rather than piled on another or cut by the edge', () => {
    const tight: View = { x: 0, y: 0, width: 40, height: 20, unitsPerPixel: 1 };
    expect(placeLabels([{ x: 20, y: 10, label: 'Ciudad Juárez' }], { ...options, view: tight })).toEqual([]);
    // Five places on one spot: two names fit (right and left); above or below, a name would touch
    // those two, so the rest are left out.
    const pair = placeLabels(
      [
        { x: 500, y: 250, label: 'Matamoros' },
        { x: 500, y: 250, label: 'Matamoros' },
        { x: 500, y: 250, label: 'Matamoros' },
        { x: 500, y: 250, label: 'Matamoros' },
        { x: 500, y: 250, label: 'Matamoros' }
      ],
      options
    );
    expect(pair.map((p) => [p.index, p.side])).toEqual([
      [0, 'right'],
      [1, 'left']
    ]);
  });

  test('when a name can only go over a marker, it takes the side that covers least of them', () => {
    const points = [
      { x: 500, y: 250, label: 'Reynosa' },
      { x: 520, y: 250 }, // right: covered
      { x: 480, y: 250 }, // left: covered
      { x: 500, y: 272 }, // below: covered
      { x: 470, y: 232 } // above: only partly covered
    ];
    const [label] = placeLabels(points, options);
    expect(label!.side).toBe('above');
  });
});

test('fitView: on a screen smaller than twice the padding, the padding gives way and the points still fill it', () => {
  const view = fitView(
    [
      { x: 0, y: 0 },
      { x: 100, y: 100 }
    ],
    { width: 300, height: 90 },
    48
  );
  // 15 px padding (a sixth of 90): 60 px for 100 units.
  expect(view.unitsPerPixel).toBeCloseTo(100 / 60, 6);
});

describe('cameraView', () => {
  const project = ([lng, lat]: [number, number]): [number, number] => [lng * 10, -lat * 10];
  test('centres the view on the camera and shows less as the zoom grows', () => {
    const screen = { width: 800, height: 500 };
    const near = cameraView(project, [-97.5, 25.9], 8, screen);
    const far = cameraView(project, [-97.5, 25.9], 5, screen);
    expect(near.x + near.width / 2).toBeCloseTo(-975, 5);
    expect(near.y + near.height / 2).toBeCloseTo(-259, 5);
    expect(far.width / near.width).toBeCloseTo(8, 5);
    // The picture keeps the screen's shape.
    expect(near.width / near.height).toBeCloseTo(800 / 500, 5);
  });
});
