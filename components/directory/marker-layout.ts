// Where each map marker is drawn, in screen pixels. Markers are 28–52 px
// wide, so at the region's zoom two places a few kilometres apart (Opole and
// Dobrzeń Wielki, or an office of the voivodeship at its gminas' middle)
// cover each other: the one below can be neither seen nor clicked. Markers
// that would touch are drawn side by side around their places' middle
// instead, laid out again at each zoom, so they come apart at their true
// places as the reader zooms in.

export type MarkerPoint = { x: number; y: number; size: number };

/** Pixels kept free between two markers' edges. */
export const MARKER_GAP = 4;

const touch = (a: MarkerPoint, b: MarkerPoint) =>
  Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) / 2 + MARKER_GAP - 1e-6;

/**
 * A group's markers around their middle: up to six on one ring, more with
 * one in the centre and rings one marker's width apart, each holding as many as fit with a
 * marker's width between neighbours. Inner rings take the markers whose
 * places are nearest the middle, each ring goes round in the order of their
 * places' directions, so the picture keeps its rough geography.
 */
function ringLayout(points: MarkerPoint[]): { x: number; y: number }[] {
  if (points.length === 1) return [{ x: points[0]!.x, y: points[0]!.y }];
  const middle = {
    x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
    y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
  };
  const step = Math.max(...points.map((p) => p.size)) + MARKER_GAP;
  const angle = (i: number) => Math.atan2(points[i]!.y - middle.y, points[i]!.x - middle.x);
  const byDistance = points
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Math.hypot(points[a]!.x - middle.x, points[a]!.y - middle.y) -
          Math.hypot(points[b]!.x - middle.x, points[b]!.y - middle.y) || a - b,
    );
  const placed: { x: number; y: number }[] = new Array(points.length);
  const onRing = (members: number[], radius: number) => {
    const start = angle(members[0]!);
    members.forEach((index, k) => {
      const theta = start + (2 * Math.PI * k) / members.length;
      placed[index] = { x: middle.x + radius * Math.cos(theta), y: middle.y + radius * Math.sin(theta) };
    });
  };
  // A few fit on one ring round the middle, the place itself between them.
  if (points.length <= 6) {
    onRing(
      byDistance.sort((a, b) => angle(a) - angle(b) || a - b),
      step / (2 * Math.sin(Math.PI / points.length)),
    );
    return placed;
  }
  placed[byDistance[0]!] = middle;
  let next = 1;
  for (let ring = 1; next < byDistance.length; ring++) {
    // Neighbours on a ring of radius r at angle 2π/n apart are 2r·sin(π/n) apart: at least `step`.
    const capacity = Math.floor(Math.PI / Math.asin(1 / (2 * ring)) + 1e-9);
    const members = byDistance.slice(next, next + capacity).sort((a, b) => angle(a) - angle(b) || a - b);
    next += members.length;
    onRing(members, ring * step);
  }
  return placed;
}

/**
 * Where to draw each marker so that none touches another. Markers that
 * touch are grouped and laid out together from their true places; a group
 * that then touches another is merged with it and laid out again, until no
 * two touch (at worst all form one group, whose layout never touches).
 */
export function spreadMarkers(points: MarkerPoint[]): { x: number; y: number }[] {
  const group = points.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (;;) {
    const members = new Map<number, number[]>();
    points.forEach((_, i) => members.set(find(i), [...(members.get(find(i)) ?? []), i]));
    const placed: MarkerPoint[] = new Array(points.length);
    for (const indices of members.values()) {
      const layout = ringLayout(indices.map((i) => points[i]!));
      indices.forEach((i, k) => (placed[i] = { ...layout[k]!, size: points[i]!.size }));
    }
    let merged = false;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        if (find(i) !== find(j) && touch(placed[i]!, placed[j]!)) {
          group[find(j)] = find(i);
          merged = true;
        }
    if (!merged) return placed.map(({ x, y }) => ({ x, y }));
  }
}
