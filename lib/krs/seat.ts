// The TERYT gmina of a seat as KRS names it (voivodeship, powiat, gmina and
// town, in capitals). A powiat may hold an urban and a rural gmina of the same
// name (Mielec): the town itself decides.
import { db } from "@/lib/db/client";
import { GMINA_KINDS } from "@/lib/reference-data/territories";

const same = (a: string, b: string) => a.localeCompare(b, "pl", { sensitivity: "accent" }) === 0;

export async function resolveSeatGmina(seat: {
  voivodeship: string;
  powiat: string;
  gmina: string;
  place: string;
}): Promise<string | null> {
  const voivodeships = await db().territory.findMany({
    where: { kind: "VOIVODESHIP" },
    select: { code: true, name: true },
  });
  const voivodeship = voivodeships.find((v) => same(v.name, seat.voivodeship));
  if (!voivodeship) return null;
  const powiats = await db().territory.findMany({
    where: { voivodeshipCode: voivodeship.code, kind: { in: ["POWIAT", "CITY_WITH_POWIAT_RIGHTS"] } },
    select: { code: true, name: true },
  });
  const powiat = powiats.find((p) => same(p.name, seat.powiat));
  if (!powiat) return null;
  const gminas = (
    await db().territory.findMany({
      where: { powiatCode: powiat.code, kind: { in: [...GMINA_KINDS] } },
      select: { code: true, name: true, kind: true },
    })
  ).filter((g) => same(g.name, seat.gmina));
  if (gminas.length <= 1) return gminas[0]?.code ?? null;
  const townIsGmina = same(seat.place, seat.gmina);
  return (gminas.find((g) => (townIsGmina ? g.kind === "URBAN_GMINA" : g.kind === "RURAL_GMINA")) ?? gminas[0]!).code;
}
