import { MARKER_GAP, spreadMarkers, type MarkerPoint } from "@/components/directory/marker-layout";

const apart = (points: MarkerPoint[], placed: { x: number; y: number }[]) => {
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const distance = Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y);
      expect(distance).toBeGreaterThanOrEqual((points[i]!.size + points[j]!.size) / 2 + MARKER_GAP - 1e-6);
    }
};

// A small deterministic generator, so a failure can be replayed.
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe("spreadMarkers", () => {
  it("leaves markers that do not touch at their places", () => {
    const points = [
      { x: 0, y: 0, size: 40 },
      { x: 100, y: 0, size: 52 },
      { x: 0, y: 50, size: 28 },
    ];
    expect(spreadMarkers(points)).toEqual(points.map(({ x, y }) => ({ x, y })));
  });

  it("draws markers at the very same place side by side, around that place", () => {
    const points = [
      { x: 200, y: 100, size: 40 },
      { x: 200, y: 100, size: 40 },
    ];
    const placed = spreadMarkers(points);
    apart(points, placed);
    expect((placed[0]!.x + placed[1]!.x) / 2).toBeCloseTo(200, 0);
    expect(Math.hypot(placed[0]!.x - 200, placed[0]!.y - 100)).toBeLessThanOrEqual(44);
  });

  it("keeps a dozen markers at one place and a chain of neighbours apart", () => {
    const same = Array.from({ length: 12 }, () => ({ x: 300, y: 300, size: 52 }));
    apart(same, spreadMarkers(same));
    // Each touches the next: grouping must follow the chain, and a group laid out must not cover a neighbour.
    const chain = Array.from({ length: 8 }, (_, i) => ({ x: 30 * i, y: 0, size: 40 }));
    apart(chain, spreadMarkers(chain));
  });

  it("never leaves two markers touching, for crowded random maps", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const points = Array.from({ length: 5 + Math.floor(next() * 60) }, () => ({
        x: Math.round(next() * 400),
        y: Math.round(next() * 300),
        size: 28 + Math.round(next() * 24),
      }));
      apart(points, spreadMarkers(points));
    }
  });
});
