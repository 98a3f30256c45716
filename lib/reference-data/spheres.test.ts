import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv } from "@/lib/reference-data/csv";
import { sphereFromCsvRow } from "@/lib/reference-data/spheres";
import { sphereName } from "@/lib/reference-data/sphere-name";

const spheres = parseCsv(readFileSync(path.join(process.cwd(), "prisma/data/spheres.csv"), "utf8")).map(
  sphereFromCsvRow,
);

describe("public-benefit spheres", () => {
  it("reads the statutory list with stable ids and order", () => {
    expect(spheres).toHaveLength(38);
    expect(new Set(spheres.map((s) => s.id)).size).toBe(38);
    expect(spheres[0]).toMatchObject({ id: "udpp-4-1-1", code: "1", sortOrder: 1, verification: "CONFIRMED" });
    expect(spheres.find((s) => s.code === "22a")).toMatchObject({
      verification: "TO_VERIFY",
      legalBasis: "art. 4 ust. 1 pkt 22a UDPP (Dz.U. 2024 poz. 1491)",
    });
    expect(spheres.every((s) => s.namePl && s.nameEn && s.nameDe)).toBe(true);
  });

  it("rejects malformed rows", () => {
    expect(() => sphereFromCsvRow({ code: "x1", status: "confirmed" }, 0)).toThrow(/Bad sphere code/);
    expect(() => sphereFromCsvRow({ code: "1", status: "maybe" }, 0)).toThrow(/Bad sphere status/);
  });

  it("names a sphere in the reader's language with a capital letter", () => {
    const sphere = { namePl: "ekologii i ochrony zwierząt", nameEn: "ecology", nameDe: "" };
    expect(sphereName(sphere, "pl")).toBe("Ekologii i ochrony zwierząt");
    expect(sphereName(sphere, "en")).toBe("Ecology");
    expect(sphereName(sphere, "de")).toBe("Ekologii i ochrony zwierząt");
  });
});
