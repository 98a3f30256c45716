import { db } from "@/lib/db/client";
import { parseDirectoryFilters, type DirectoryFilters } from "@/lib/directory/filters";
import { countDirectory, searchDirectory, searchDirectoryPage } from "@/lib/directory/search";
import { createOrganisation } from "@/tests/factories/organisations";

// Seats: Opole (1661011), Nysa (1607053, powiat nyski 1607), Brzeg (1601011).
const OPOLE = "1661011";
const NYSA = "1607053";
const BRZEG = "1601011";

const names = async (filters: DirectoryFilters) => (await searchDirectoryPage(filters)).map((o) => o.name);

beforeAll(async () => {
  const created = [
    {
      name: "Stowarzyszenie Sportowe „Orlęta” Opole",
      legalForm: "SPORTS_ASSOCIATION",
      seatTerritoryCode: OPOLE,
      sphereCodes: ["19"],
      targetGroups: ["YOUTH", "CHILDREN"],
    },
    {
      name: "Fundacja Ochrony Żółwi „Żółw”",
      legalForm: "FOUNDATION",
      seatTerritoryCode: NYSA,
      sphereCodes: ["18"],
      hasPublicBenefitStatus: true,
    },
    {
      name: "Fundacja Pomocy Dzieciom w Nysie",
      legalForm: "FOUNDATION",
      seatTerritoryCode: NYSA,
      sphereCodes: ["1"],
      targetGroups: ["CHILDREN"],
      hasPublicBenefitStatus: true,
      verifiedAt: new Date(),
    },
    {
      name: "Koło Gospodyń Wiejskich w Lubszy",
      legalForm: "RURAL_HOUSEWIVES_CIRCLE",
      seatTerritoryCode: BRZEG,
      sphereCodes: ["16"],
      targetGroups: ["RURAL_RESIDENTS", "WOMEN"],
    },
    {
      name: "Ochotnicza Straż Pożarna w Brzegu",
      shortName: "OSP Brzeg",
      legalForm: "ASSOCIATION",
      seatTerritoryCode: BRZEG,
      sphereCodes: ["28"],
    },
    {
      name: "Stowarzyszenie Przyjaciół Ziemi Opolskiej",
      legalForm: "ASSOCIATION",
      seatTerritoryCode: OPOLE,
      sphereCodes: ["16"],
      aims: "Promocja kultury i historii regionu, wspieranie sportu amatorskiego.",
    },
    {
      name: "Uczniowski Klub Sportowy „Jedynka”",
      legalForm: "SPORTS_ASSOCIATION",
      seatTerritoryCode: OPOLE,
      sphereCodes: ["19"],
      targetGroups: ["YOUTH"],
      verifiedAt: new Date(),
    },
  ] as const;
  for (const organisation of created)
    await createOrganisation({
      ...organisation,
      sphereCodes: [...organisation.sphereCodes],
      targetGroups: "targetGroups" in organisation ? [...organisation.targetGroups] : [],
    });
});

describe("directory search understands Polish", () => {
  // The query as a Polish speaker types it, and the organisation that must come first.
  it.each([
    ["stowarzyszeniu sportowym", "Stowarzyszenie Sportowe „Orlęta” Opole"],
    ["stowarzyszenia sportowego", "Stowarzyszenie Sportowe „Orlęta” Opole"],
    ["zolw", "Fundacja Ochrony Żółwi „Żółw”"],
    ["żółwia", "Fundacja Ochrony Żółwi „Żółw”"],
    ["fundacji pomocy dzieciom", "Fundacja Pomocy Dzieciom w Nysie"],
    ["kola gospodyn wiejskich", "Koło Gospodyń Wiejskich w Lubszy"],
    ["kół gospodyń", "Koło Gospodyń Wiejskich w Lubszy"],
    ["straży pożarnej brzeg", "Ochotnicza Straż Pożarna w Brzegu"],
    ["osp brzeg", "Ochotnicza Straż Pożarna w Brzegu"],
    ["ziemi opolskiej", "Stowarzyszenie Przyjaciół Ziemi Opolskiej"],
    ["KLUB SPORTOWY JEDYNKA", "Uczniowski Klub Sportowy „Jedynka”"],
  ])("%s → %s", async (q, expected) => {
    const result = await searchDirectory({ q });
    expect(result.items[0]?.name).toBe(expected);
    expect(result.mode).toBe("words");
  });

  // Typos: when the words match nothing, each word that finds nothing is replaced by the nearest word of the names.
  it.each([
    ["stowarzyszenie przyjacol ziemi", "stowarzyszenie przyjaciół ziemi", "Stowarzyszenie Przyjaciół Ziemi Opolskiej"],
    ["gospodyn wiejskch", "gospodyn wiejskich", "Koło Gospodyń Wiejskich w Lubszy"],
    ["fundacja ochorny zolwi", "fundacja ochrony zolwi", "Fundacja Ochrony Żółwi „Żółw”"],
  ])("typo: %s → did you mean %s", async (q, corrected, expected) => {
    const result = await searchDirectory({ q });
    expect(result.mode).toBe("corrected");
    expect(result.correction?.query).toBe(corrected);
    expect(result.items[0]?.name).toBe(expected);
    expect(result.total).toBeGreaterThan(0);
  });

  it("matches inflected words in names before the same words in aims", async () => {
    const found = await names({ q: "sportowe" });
    expect(found.slice(0, 2).sort()).toEqual([
      "Stowarzyszenie Sportowe „Orlęta” Opole",
      "Uczniowski Klub Sportowy „Jedynka”",
    ]);
    expect(found[2]).toBe("Stowarzyszenie Przyjaciół Ziemi Opolskiej");
  });

  it("finds nothing for words no organisation has, and ignores punctuation-only queries", async () => {
    expect(await names({ q: "kolarstwo górskie" })).toEqual([]);
    expect((await names({ q: "„ ” –" })).length).toBe(7);
  });

  it("folds, stems and drops empty words the same way on both sides", async () => {
    const [row] = await db().$queryRaw<{ words: string[]; query: string }[]>`
      SELECT pl_search_words('Stowarzyszeniu Sportowym „Żółw” w Opolu') AS words, pl_search_query('FUNDACJI  dzieciom')::text AS query`;
    expect(row!.words).toEqual(["stowarzyszen", "sport", "zolw", "opol"]);
    // "dzieciom" is also looked for as its lemma (dziecko) and that lemma's other forms.
    expect(row!.query).toMatch(/^'fundacj':\* & \( 'dziec':\* \|.* 'dzieck':\* /);
  });
});

describe("directory filters and facets", () => {
  it("filters by form, sphere, powiat, gmina, target group, OPP and verification", async () => {
    expect(await names({ form: "FOUNDATION", sort: "name" })).toEqual([
      "Fundacja Ochrony Żółwi „Żółw”",
      "Fundacja Pomocy Dzieciom w Nysie",
    ]);
    expect(await names({ powiat: "1601" })).toEqual([
      "Koło Gospodyń Wiejskich w Lubszy",
      "Ochotnicza Straż Pożarna w Brzegu",
    ]);
    expect(await names({ gmina: OPOLE, group: "YOUTH" })).toEqual([
      "Stowarzyszenie Sportowe „Orlęta” Opole",
      "Uczniowski Klub Sportowy „Jedynka”",
    ]);
    const sport = await db().publicBenefitSphere.findFirstOrThrow({ where: { code: "19" } });
    expect(await names({ sphere: sport.id, verified: true })).toEqual(["Uczniowski Klub Sportowy „Jedynka”"]);
    expect(await names({ opp: true, q: "dzieci" })).toEqual(["Fundacja Pomocy Dzieciom w Nysie"]);
  });

  it("counts each option with the other filters applied", async () => {
    const { total, facets } = await countDirectory({ form: "FOUNDATION" });
    expect(total).toBe(2);
    // Form counts ignore the form filter itself: choosing another form shows what it would give.
    expect(facets.form).toEqual({ FOUNDATION: 2, SPORTS_ASSOCIATION: 2, ASSOCIATION: 2, RURAL_HOUSEWIVES_CIRCLE: 1 });
    expect(facets.powiat).toEqual({ "1607": 2 });
    expect(facets.gmina).toEqual({ [NYSA]: 2 });
    expect(facets.group).toEqual({ CHILDREN: 1 });
    expect(facets.opp).toBe(2);
    expect(facets.verified).toBe(1);

    // "brzeg" is the OSP's name and both Brzeg organisations' seat (the seat's town is searched too).
    const inPowiat = await countDirectory({ powiat: "1601", q: "brzeg" });
    expect(inPowiat.total).toBe(2);
    // Powiat counts ignore the powiat and gmina filters; gmina counts keep the powiat.
    expect(inPowiat.facets.powiat).toEqual({ "1601": 2 });
    expect(inPowiat.facets.gmina).toEqual({ [BRZEG]: 2 });
  });

  it("sorts by name in Polish order, by newest, and pages", async () => {
    const byName = await names({ sort: "name" });
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "pl")));
    const newest = await searchDirectoryPage({ sort: "newest" });
    expect(newest.map((o) => o.createdAt.getTime())).toEqual(
      newest.map((o) => o.createdAt.getTime()).sort((a, b) => b - a),
    );
    const page2 = await searchDirectoryPage({ sort: "name", page: 2 }, 3);
    expect(page2.map((o) => o.name)).toEqual(byName.slice(3, 6));
    const result = await searchDirectory({ q: "fundacja" });
    expect(result).toMatchObject({ total: 2, page: 1, pageCount: 1 });
  });

  it("keeps the spheres array in step with the organisation's spheres", async () => {
    const organisation = await createOrganisation({ name: "Fundacja Tymczasowa", sphereCodes: ["1", "13"] });
    const read = async () =>
      (
        await db().$queryRaw<
          { sphereIds: string[] }[]
        >`SELECT "sphereIds" FROM "Organisation" WHERE id = ${organisation.id}`
      )[0]!.sphereIds;
    expect((await read()).length).toBe(2);
    await db().organisationSphere.deleteMany({ where: { organisationId: organisation.id, sphere: { code: "1" } } });
    expect((await read()).length).toBe(1);
    await db().organisation.delete({ where: { id: organisation.id } });
  });
});

describe("directory search beyond names (issue 18)", () => {
  // Says nothing of children or Nysa in its name or aims: only its target group, sphere and seat do.
  const PROMYK = "Stowarzyszenie „Promyk”";
  beforeAll(async () => {
    await createOrganisation({
      name: PROMYK,
      seatTerritoryCode: NYSA,
      sphereCodes: ["13"],
      targetGroups: ["CHILDREN"],
    });
  });

  it.each(["dzieci", "dzieciom", "dziecko"])(
    "finds organisations working for children by their target group: %s",
    async (q) => {
      const found = await names({ q });
      expect(found).toEqual(
        expect.arrayContaining([PROMYK, "Stowarzyszenie Sportowe „Orlęta” Opole", "Fundacja Pomocy Dzieciom w Nysie"]),
      );
      // The name says it outright, so it comes first.
      expect(found[0]).toBe("Fundacja Pomocy Dzieciom w Nysie");
    },
  );

  it("combines a target group with the seat's town", async () => {
    expect((await names({ q: "dzieci Nysa" })).sort()).toEqual(["Fundacja Pomocy Dzieciom w Nysie", PROMYK]);
    expect(await names({ q: "dzieci", powiat: "1607", group: "CHILDREN" })).toEqual([
      "Fundacja Pomocy Dzieciom w Nysie",
      PROMYK,
    ]);
  });

  it("finds organisations by the names of their spheres, and forgets a sphere taken away", async () => {
    // Sphere 19 is tourism and sightseeing (turystyka i krajoznawstwo).
    expect((await names({ q: "krajoznawstwo" })).sort()).toEqual([
      "Stowarzyszenie Sportowe „Orlęta” Opole",
      "Uczniowski Klub Sportowy „Jedynka”",
    ]);
    const jedynka = await db().organisation.findFirstOrThrow({ where: { name: "Uczniowski Klub Sportowy „Jedynka”" } });
    const links = await db().organisationSphere.findMany({ where: { organisationId: jedynka.id } });
    await db().organisationSphere.deleteMany({ where: { organisationId: jedynka.id } });
    expect(await names({ q: "krajoznawstwo" })).toEqual(["Stowarzyszenie Sportowe „Orlęta” Opole"]);
    await db().organisationSphere.createMany({ data: links });
    expect(await names({ q: "krajoznawstwo" })).toHaveLength(2);
  });

  it("answers from the search index, not by reading every row", async () => {
    const client = db();
    const [, , plan] = await client.$transaction([
      client.$executeRaw`SET LOCAL enable_seqscan = off`,
      client.$executeRaw`SET LOCAL enable_indexscan = on`,
      client.$queryRaw<
        { "QUERY PLAN": string }[]
      >`EXPLAIN SELECT id FROM "Organisation" o WHERE o."searchVector" @@ pl_search_query('dzieci nysa')`,
    ]);
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Organisation_searchVector_idx");
  });
});

describe("directory URL parameters", () => {
  it("keeps valid parameters and reports invalid ones", () => {
    const { filters, invalid } = parseDirectoryFilters(
      new URLSearchParams("q=  fundacja   dzieci &form=FOUNDATION&powiat=16x&opp=1&page=0&sort=name&gmina=1661011"),
    );
    expect(filters).toEqual({ q: "fundacja dzieci", form: "FOUNDATION", opp: true, sort: "name", gmina: "1661011" });
    expect(invalid.sort()).toEqual(["page", "powiat"]);
  });

  it("drops a powiat that contradicts the chosen gmina", () => {
    expect(parseDirectoryFilters({ powiat: "1601", gmina: "1661011" }).filters).toEqual({ gmina: "1661011" });
    expect(parseDirectoryFilters({ powiat: "1661", gmina: "1661011" }).filters).toEqual({
      powiat: "1661",
      gmina: "1661011",
    });
  });
});

describe("directory search forgives (issue 24)", () => {
  const SCHRONISKO = "Towarzystwo Opieki nad Psami „Azor”";
  const PARAFIA = "Stowarzyszenie przy Kościele św. Jana";
  const RECE = "Fundacja Pomocne Ręce";
  const ZHP = "Związek Harcerstwa Polskiego Hufiec Brzeg";
  const UKS = "UKS Olimp Nysa";
  beforeAll(async () => {
    for (const name of [SCHRONISKO, PARAFIA, RECE, ZHP, UKS])
      await createOrganisation({ name, seatTerritoryCode: name.includes("Nysa") ? NYSA : BRZEG });
  });

  // Stems that alternate (pies/psa, kościół/kościele, ręka/ręce) meet through their lemma, with or without diacritics.
  it.each([
    ["pies", SCHRONISKO],
    ["psa", SCHRONISKO],
    ["psy", SCHRONISKO],
    ["kościół", PARAFIA],
    ["kosciol", PARAFIA],
    ["kosciele", PARAFIA],
    ["ręka", RECE],
    ["reka", RECE],
    ["pomocnych rąk", RECE],
  ])("lemma: %s → %s", async (q, expected) => {
    const result = await searchDirectory({ q });
    expect(result.mode).toBe("words");
    expect(result.items[0]?.name).toBe(expected);
  });

  it.each([
    ["osp brzeg", "Ochotnicza Straż Pożarna w Brzegu"],
    ["ochotniczej straży pożarnej", "Ochotnicza Straż Pożarna w Brzegu"],
    ["kgw lubsza", "Koło Gospodyń Wiejskich w Lubszy"],
    ["uks jedynka", "Uczniowski Klub Sportowy „Jedynka”"],
    ["ZHP Brzeg", ZHP],
    // The other way round: the words spelled out find the name that abbreviates them.
    ["uczniowski klub sportowy olimp", UKS],
    ["uczniowskiego klubu sportowego w Nysie", UKS],
  ])("abbreviation: %s → %s", async (q, expected) => {
    const found = await names({ q });
    expect(found.slice(0, 3)).toContain(expected);
  });

  it("corrects only the word that finds nothing, and shows exact matches without a correction", async () => {
    const corrected = await searchDirectory({ q: "stowarzyszenai przy kosciele" });
    expect(corrected.correction).toEqual({
      query: "stowarzyszenie przy kosciele",
      changed: [{ from: "stowarzyszenai", to: "stowarzyszenie" }],
    });
    expect(corrected.items[0]?.name).toBe(PARAFIA);
    const exact = await searchDirectory({ q: "stowarzyszenie przy kosciele" });
    expect(exact.mode).toBe("words");
    expect(exact.correction).toBeUndefined();
  });

  it("tolerates two typos in a long word but only one in a short one", async () => {
    expect((await searchDirectory({ q: "harcersta polskeigo" })).items[0]?.name).toBe(ZHP);
    // "olimpp" is one edit from "olimp"; "oxixp" is two, too far for a five-letter word.
    expect((await searchDirectory({ q: "olimpp" })).correction?.query).toBe("olimp");
    expect((await searchDirectory({ q: "oxixp" })).correction).toBeUndefined();
  });
});
