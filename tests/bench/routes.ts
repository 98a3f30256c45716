// Routes measured by `npm run bench`. Each module adds its own under a stable
// name; `baseline` is a trivial dynamic route reading one row, so the other
// figures can be read as multiples of it on whatever machine runs them.
export interface BenchRoute {
  name: string;
  route: string;
}

export const BASELINE: BenchRoute = { name: "baseline", route: "/api/instance" };

export const benchRoutes: BenchRoute[] = [
  { name: "home", route: "/" },
  { name: "home_en", route: "/en" },
  { name: "spheres", route: "/sfery-pozytku-publicznego" },
  { name: "accessibility_statement", route: "/deklaracja-dostepnosci" },
  { name: "health", route: "/api/health" },
];
