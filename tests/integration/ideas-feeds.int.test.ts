// The ideas board's feeds, open data and the officials' export, through their
// routes: only published entries ever go out, filters narrow like the list,
// the API pages with cursors and names wrong parameters, and the export is
// for the addressed office's officials only (visitor, wrong role, other
// office, right role).
import ExcelJS from "exceljs";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { IdeaKind, IdeaStatus, IdeaVisibility } from "@/lib/generated/prisma/enums";
import { exportOfficeIdeas } from "@/lib/ideas/export/export-handlers";
import { handleIdeaDetail, handleIdeasList } from "@/lib/ideas/feeds/api-handlers";
import { ideasAtom, ideasRss } from "@/lib/ideas/feeds/feed-handlers";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createAdministrator, createMember, createOfficial, createPerson } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { routeContext } from "@/tests/helpers/route-context";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

const DAY = 24 * 3600 * 1000;
let office: { id: string; slug: string };
let otherOffice: { id: string; slug: string };
let organisation: { id: string; slug: string; name: string };
let sphereId: string;
let authorId: string;

async function entry(
  title: string,
  options: {
    kind?: IdeaKind;
    status?: IdeaStatus;
    visibility?: IdeaVisibility;
    institutionId?: string;
    daysAgo?: number;
    answerDueInDays?: number;
    organisation?: boolean;
    territory?: string;
    body?: string;
  } = {},
) {
  const publishedAt = new Date(Date.now() - (options.daysAgo ?? 1) * DAY);
  return db().idea.create({
    data: {
      slug: `wpis-${randomUUID().slice(0, 8)}`,
      kind: options.kind ?? "NEED",
      title,
      body: options.body ?? `Opis: ${title}.`,
      authorId,
      organisationId: options.organisation ? organisation.id : null,
      addressee: "INSTITUTION",
      institutionId: options.institutionId ?? office.id,
      visibility: options.visibility ?? "PUBLISHED",
      status: options.status ?? "RECEIVED",
      publishedAt: (options.visibility ?? "PUBLISHED") === "PENDING" ? null : publishedAt,
      answerDueAt: new Date(Date.now() + (options.answerDueInDays ?? 20) * DAY),
      personSupportCount: 4,
      organisationSupportCount: 2,
      spheres: { create: [{ sphereId }] },
      territories: { create: [{ territoryCode: options.territory ?? "1609032" }] },
    },
  });
}

beforeAll(async () => {
  await createInstanceSettings();
  office = await createInstitution({ name: "Gmina Kanałów", territoryCode: "1609032" });
  otherOffice = await createInstitution({ name: "Gmina Sąsiednia", territoryCode: "1607053" });
  organisation = await createOrganisation({ name: "Fundacja Świetlic Wiejskich", verifiedAt: new Date() });
  sphereId = (await db().publicBenefitSphere.findFirstOrThrow({ orderBy: { code: "asc" } })).id;
  authorId = (await createPerson({ name: "Jan Prywatny" })).id;
  for (let i = 1; i <= 12; i++) await entry(`Potrzeba numer ${i}`, { daysAgo: 30 - i });
  await entry("Świetlica dla młodzieży w Kanałach", {
    kind: "TASK_PROPOSAL",
    organisation: true,
    daysAgo: 0.5,
    body: "Proponujemy prowadzenie świetlic wiejskich.",
  });
  await entry("Przeterminowana odpowiedź", { answerDueInDays: -3, daysAgo: 40 });
  await entry("Wpis czekający na moderację", { visibility: "PENDING" });
  await entry("Wpis ukryty przez moderację", { visibility: "HIDDEN" });
  await entry("Wpis innego urzędu", { institutionId: otherOffice.id, territory: "1607053" });
});

const api = (path: string, headers: Record<string, string> = {}) =>
  handleIdeasList(
    new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": "203.0.113.22", ...headers } }),
  );

type Page = {
  data: { title: string; slug: string; overdue: boolean; organisation: unknown; supports: unknown; task: unknown }[];
  meta: { total: number };
  links: { next: string | null };
};

describe("GET /api/v1/ideas", () => {
  it("walks every published entry once with cursors, newest first, and never a pending or hidden one", async () => {
    const seen: string[] = [];
    let path: string | null = "/api/v1/ideas?limit=5";
    while (path) {
      const response = await api(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
      const page = (await response.json()) as Page;
      expect(page.meta.total).toBe(15);
      seen.push(...page.data.map((idea) => idea.title));
      path = page.links.next;
    }
    expect(seen).toHaveLength(15);
    expect(new Set(seen).size).toBe(15);
    expect(seen[0]).toBe("Świetlica dla młodzieży w Kanałach");
    expect(seen).not.toContain("Wpis czekający na moderację");
    expect(seen).not.toContain("Wpis ukryty przez moderację");
  });

  it("narrows like the list: kind, office, organisation, territory, inflected words", async () => {
    const titles = async (query: string) =>
      ((await (await api(`/api/v1/ideas?${query}`)).json()) as Page).data.map((i) => i.title);
    expect(await titles("kind=TASK_PROPOSAL")).toEqual(["Świetlica dla młodzieży w Kanałach"]);
    expect(await titles(`office=${otherOffice.id}`)).toEqual(["Wpis innego urzędu"]);
    expect(await titles(`organisation=${organisation.id}`)).toEqual(["Świetlica dla młodzieży w Kanałach"]);
    expect(await titles("territory=1607")).toEqual(["Wpis innego urzędu"]);
    // "świetlicami" finds "świetlica" and "świetlic".
    expect(await titles("q=świetlicami")).toEqual(["Świetlica dla młodzieży w Kanałach"]);
    expect(await titles("status=MERGED")).toEqual([]);
    expect(await titles("office=operator")).toEqual([]);
  });

  it("shows the clock and supports but nothing about the person who wrote it", async () => {
    const page = (await (await api("/api/v1/ideas?limit=100")).json()) as Page;
    const overdue = page.data.find((i) => i.title === "Przeterminowana odpowiedź");
    expect(overdue?.overdue).toBe(true);
    expect(page.data.find((i) => i.title === "Potrzeba numer 1")?.overdue).toBe(false);
    const proposal = page.data.find((i) => i.title.startsWith("Świetlica"));
    expect(proposal).toMatchObject({
      organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
      supports: { people: 4, organisations: 2 },
    });
    expect(JSON.stringify(page)).not.toContain("Jan Prywatny");
    expect(JSON.stringify(page)).not.toContain(authorId);
  });

  it("names every wrong parameter and answers 304 to a client holding the same version", async () => {
    const wrong = await api("/api/v1/ideas?kind=IDEA&limit=1000&cursor=zzz&colour=red");
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { parameters: string[] } }).error.parameters.sort()).toEqual([
      "colour",
      "cursor",
      "kind",
      "limit",
    ]);
    const first = await api("/api/v1/ideas?kind=NEED");
    const etag = first.headers.get("ETag")!;
    expect((await api("/api/v1/ideas?kind=NEED", { "if-none-match": etag })).status).toBe(304);
  });
});

describe("GET /api/v1/ideas/{slug}", () => {
  const detail = (slug: string) =>
    handleIdeaDetail(
      new Request(`http://localhost/api/v1/ideas/${slug}`, { headers: { "x-forwarded-for": "203.0.113.23" } }),
      routeContext({ slug }),
    );

  it("answers a published entry and 404 for one that is not public", async () => {
    const published = await db().idea.findFirstOrThrow({ where: { title: "Świetlica dla młodzieży w Kanałach" } });
    const response = await detail(published.slug);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { task: unknown } }).data.task).toMatchObject({ scope: null });
    const pending = await db().idea.findFirstOrThrow({ where: { title: "Wpis czekający na moderację" } });
    expect((await detail(pending.slug)).status).toBe(404);
    expect((await detail("nie-ma-takiego")).status).toBe(404);
  });
});

describe("RSS and Atom", () => {
  it("carry published entries, narrowed like the list, naming organisations but never people", async () => {
    const rss = await ideasRss(new Request("http://localhost/api/ideas/rss?locale=en"));
    expect(rss.headers.get("Content-Type")).toBe("application/rss+xml; charset=utf-8");
    const text = await rss.text();
    expect(text).toContain("<title>Świetlica dla młodzieży w Kanałach</title>");
    expect(text).toContain("<dc:creator>Fundacja Świetlic Wiejskich</dc:creator>");
    expect(text).toContain("<category>Proposal of a public task</category>");
    expect(text).not.toContain("Wpis czekający na moderację");
    expect(text).not.toContain("Wpis ukryty");
    expect(text).not.toContain("Jan Prywatny");
    const atom = await ideasAtom(new Request(`http://localhost/api/ideas/atom?office=${otherOffice.id}`));
    const feed = await atom.text();
    expect(feed).toContain("<title>Wpis innego urzędu</title>");
    expect(feed).not.toContain("Potrzeba numer");
    expect(feed).toContain(`/api/ideas/atom?office=${otherOffice.id}&amp;locale=pl`);
  });
});

describe("GET /api/ideas/export", () => {
  const exportAs = (query: string) => exportOfficeIdeas(new Request(`http://localhost/api/ideas/export?${query}`));

  it("refuses visitors, people without a role in the office and officials of another office", async () => {
    actAs(null);
    expect((await exportAs(`institutionId=${office.id}&format=csv`)).status).toBe(401);
    actAs(await createActor());
    expect((await exportAs(`institutionId=${office.id}&format=csv`)).status).toBe(403);
    actAs(await createMember(organisation.id, "OWNER"));
    expect((await exportAs(`institutionId=${office.id}&format=csv`)).status).toBe(403);
    actAs(await createOfficial(otherOffice.id));
    expect((await exportAs(`institutionId=${office.id}&format=csv`)).status).toBe(403);
  });

  it("gives the office's officials its published entries with the clock, as CSV and XLSX", async () => {
    actAs(await createOfficial(office.id));
    const csv = await exportAs(`institutionId=${office.id}&format=csv&locale=pl`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Cache-Control")).toBe("private, no-store");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // The byte order mark, so spreadsheet programs read Polish letters (TextDecoder drops it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe(
      "Tytuł,Rodzaj,Status,Organizacja,Data publikacji,Termin pierwszej odpowiedzi,Obowiązek odpowiedzi od,Pierwsza odpowiedź,Ostatnia odpowiedź,Po terminie,Poparcia osób,Poparcia organizacji,Komentarze,Adres",
    );
    expect(lines).toHaveLength(1 + 14);
    expect(lines.find((line) => line.startsWith("Przeterminowana odpowiedź"))).toContain(",tak,4,2,0,");
    expect(text).not.toContain("Wpis innego urzędu");
    expect(text).not.toContain("Wpis czekający");

    const filtered = await (await exportAs(`institutionId=${office.id}&format=csv&kind=TASK_PROPOSAL`)).text();
    expect(filtered.trim().split("\r\n")).toHaveLength(2);

    const xlsx = await exportAs(`institutionId=${office.id}&format=xlsx&locale=en`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Entries")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Title");
    expect(sheet.rowCount).toBe(15);
  });

  it("lets the platform's administrators export any office, and refuses a bad format or filter", async () => {
    actAs(await createAdministrator());
    expect((await exportAs(`institutionId=${otherOffice.id}&format=csv`)).status).toBe(200);
    expect((await exportAs(`institutionId=${otherOffice.id}&format=pdf`)).status).toBe(404);
    expect((await exportAs(`institutionId=${otherOffice.id}&format=csv&kind=IDEA`)).status).toBe(422);
  });
});
