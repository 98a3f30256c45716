import ExcelJS from "exceljs";
import { handleOrganisationsExport, handleOrganisationsList } from "@/lib/directory/api-handlers";
import { openApiDocument } from "@/lib/directory/openapi";
import { db } from "@/lib/db/client";
import { createOrganisation } from "@/tests/factories/organisations";

const get = (path: string, headers: Record<string, string> = {}) =>
  handleOrganisationsList(
    new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": "203.0.113.7", ...headers } }),
  );

interface Page {
  data: {
    name: string;
    slug: string;
    seat: { teryt: string };
    url: string;
    legalForm: string;
    publicBenefitStatus: boolean;
  }[];
  meta: { total: number; limit: number; sort: string };
  links: { self: string; next: string | null };
}

beforeAll(async () => {
  for (let i = 1; i <= 23; i++) {
    await createOrganisation({
      name: `Fundacja Ćwiczebna nr ${String(i).padStart(2, "0")}`,
      legalForm: "FOUNDATION",
      createdAt: new Date(Date.UTC(2026, 0, i)),
      hasPublicBenefitStatus: i % 2 === 0,
    });
  }
  await createOrganisation({
    name: "Stowarzyszenie Żeglarskie „Szkwał”",
    legalForm: "ASSOCIATION",
    seatTerritoryCode: "1601011",
  });
  await createOrganisation({ name: '=HYPERLINK("http://example.invalid")', legalForm: "ASSOCIATION" });
});

describe("GET /api/v1/organisations", () => {
  it("walks every result once with cursors, in name order", async () => {
    const seen: string[] = [];
    let path: string | null = "/api/v1/organisations?form=FOUNDATION&limit=10";
    let pages = 0;
    while (path) {
      const response = await get(path);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      expect(page.meta).toMatchObject({ total: 23, limit: 10, sort: "name" });
      seen.push(...page.data.map((o) => o.name));
      path = page.links.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b, "pl")));
  });

  it("pages by newest and by relevance too, with the same filters as the directory", async () => {
    const newest = (await (await get("/api/v1/organisations?form=FOUNDATION&sort=newest&limit=5")).json()) as Page;
    expect(newest.data[0]!.name).toBe("Fundacja Ćwiczebna nr 23");
    const second = (await (await get(newest.links.next!)).json()) as Page;
    expect(second.data[0]!.name).toBe("Fundacja Ćwiczebna nr 18");

    const words = (await (await get("/api/v1/organisations?q=zeglarskiego&limit=1")).json()) as Page;
    expect(words.data.map((o) => o.name)).toEqual(["Stowarzyszenie Żeglarskie „Szkwał”"]);
    expect(words.data[0]).toMatchObject({ seat: { teryt: "1601011" }, legalForm: "ASSOCIATION" });
    expect(words.data[0]!.url).toMatch(/\/organizacje\/organisation-/);
    expect(words.links.next).toBeNull();

    const opp = (await (await get("/api/v1/organisations?opp=1&limit=100")).json()) as Page;
    expect(opp.meta.total).toBe(11);
    expect(opp.data.every((o) => o.publicBenefitStatus)).toBe(true);
  });

  it("publishes what an organisation offers partners and needs, as its OpenAPI description says", async () => {
    const sailors = await db().organisation.findFirstOrThrow({
      where: { name: { startsWith: "Stowarzyszenie Żeglarskie" } },
    });
    await db().partnershipProfile.create({
      data: {
        organisationId: sailors.id,
        openToPartnerships: true,
        offeredResources: ["ACCOMMODATION", "RETIRED_CODE"],
        neededCompetences: ["GRANT_ACCOUNTING"],
        workingLanguages: ["pl", "cs"],
        tags: ["żeglarstwo"],
        pastProjects: { create: { title: "Regaty przyjaźni", yearFrom: 2024, yearTo: 2024 } },
      },
    });
    const page = (await (await get("/api/v1/organisations?q=Szkwał")).json()) as {
      data: (Record<string, unknown> & { partnership: unknown })[];
    };
    expect(page.data[0]!.partnership).toEqual({
      openToPartnerships: true,
      offeredCompetences: [],
      neededCompetences: ["GRANT_ACCOUNTING"],
      offeredResources: ["ACCOMMODATION"],
      neededResources: [],
      workingLanguages: ["pl", "cs"],
      tags: ["żeglarstwo"],
      pastProjects: 1,
    });
    const others = (await (await get("/api/v1/organisations?q=Ćwiczebna&limit=5")).json()) as typeof page;
    expect(others.data.map((item) => item.partnership)).toEqual([null, null, null, null, null]);
    // Every field the API sends is described, and every required one is sent.
    const described = openApiDocument("http://localhost").components.schemas.Organisation as {
      required: string[];
      properties: Record<string, { required?: string[] }>;
    };
    expect(Object.keys(page.data[0]!).sort()).toEqual(Object.keys(described.properties).sort());
    expect(described.required.filter((key) => !(key in page.data[0]!))).toEqual([]);
    expect(Object.keys(page.data[0]!.partnership as object).sort()).toEqual(
      [...described.properties.partnership!.required!].sort(),
    );
  });

  it("suggests a corrected query when the words find nothing, and only then, as the OpenAPI description says", async () => {
    const typo = (await (await get("/api/v1/organisations?q=szkwl&form=ASSOCIATION")).json()) as Page & {
      meta: { suggestion?: string };
    };
    expect(typo.meta).toMatchObject({ total: 0, suggestion: "szkwał" });
    expect(typo.data).toEqual([]);
    const found = (await (await get("/api/v1/organisations?q=szkwał")).json()) as Page;
    expect(found.meta.total).toBe(1);
    expect(found.meta).not.toHaveProperty("suggestion");
    // The corrected query would find nothing with these filters: no suggestion.
    const filtered = (await (await get("/api/v1/organisations?q=szkwl&form=FOUNDATION")).json()) as Page;
    expect(filtered.meta).not.toHaveProperty("suggestion");
    const list = openApiDocument("http://localhost").paths["/organisations"].get.responses["200"].content[
      "application/json"
    ].schema.properties.meta.properties as Record<string, unknown>;
    expect(list).toHaveProperty("suggestion");
  });

  it("answers 304 to a client that holds the current version", async () => {
    const first = await get("/api/v1/organisations?form=ASSOCIATION");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    const again = await get("/api/v1/organisations?form=ASSOCIATION", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("names every parameter that is wrong", async () => {
    const response = await get("/api/v1/organisations?powiat=16&limit=1000&page=2&colour=red&form=FOUNDATION");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { parameters: string[] } }).error.parameters.sort()).toEqual([
      "colour",
      "limit",
      "page",
      "powiat",
    ]);
    const cursor = await get("/api/v1/organisations?cursor=bm90LWEtY3Vyc29y");
    expect(cursor.status).toBe(400);
    // A cursor of one order is refused in another.
    const byName = (await (await get("/api/v1/organisations?form=FOUNDATION&limit=2")).json()) as Page;
    const mixed = await get(`${byName.links.next!}&sort=newest`);
    expect(mixed.status).toBe(400);
  });

  it("limits each client's requests per minute and says when to come back", async () => {
    let last: Response | undefined;
    for (let i = 0; i < 301; i++)
      last = await handleOrganisationsList(
        new Request("http://localhost/api/v1/organisations?limit=1", {
          headers: { "x-forwarded-for": "198.51.100.9" },
        }),
      );
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await get("/api/v1/organisations?limit=1")).status).toBe(200);
  });
});

describe("GET /api/v1/organisations/export", () => {
  const exportOf = (query: string) =>
    handleOrganisationsExport(
      new Request(`http://localhost/api/v1/organisations/export?${query}`, {
        headers: { "x-forwarded-for": "192.0.2.44" },
      }),
    );

  it("writes the current search as CSV with Polish headings and neutralised formulas", async () => {
    const response = await exportOf("form=ASSOCIATION&format=csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="organizacje-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await response.text();
    expect(text.startsWith("Nazwa,Nazwa skrócona,Forma prawna,KRS")).toBe(true);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect(lines[2]).toContain("Stowarzyszenie Żeglarskie „Szkwał”,,stowarzyszenie rejestrowe");
  });

  it("writes XLSX that a spreadsheet program reads back, in the chosen language", async () => {
    const response = await exportOf("form=FOUNDATION&format=xlsx&locale=en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Organisations")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Name");
    expect(sheet.rowCount).toBe(24);
    expect(sheet.getRow(2).getCell(3).value).toBe("foundation");
  });

  it("refuses an unknown format", async () => {
    const response = await exportOf("format=pdf");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { parameters: string[] } }).error.parameters).toEqual(["format"]);
  });
});
