// The public list of partner requests, its map, feeds and open data API over
// a real database: only open, published requests whose replies have not
// closed are ever listed; every filter narrows as documented in
// lib/partnerships/list/filters.ts; Polish search finds inflected words; no
// contact data and no writer's personal data go out.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type {
  LegalForm,
  PartnerRequestStatus,
  PartnerRequestVisibility,
  PartnerRole,
} from "@/lib/generated/prisma/enums";
import { partnerRequestsAtom, partnerRequestsRss } from "@/lib/partnerships/feeds/feed-handlers";
import { handlePartnerRequestDetail, handlePartnerRequestsList } from "@/lib/partnerships/list/api-handlers";
import type { PartnerRequestFilters, PartnerRequestSort } from "@/lib/partnerships/list/filters";
import { partnerRequestListView } from "@/lib/partnerships/list/page-view";
import { polishToday, requesterSeats, searchPartnerRequests } from "@/lib/partnerships/list/queries";
import { chargeClient } from "@/lib/directory/api-handlers";
import { openApiDocument } from "@/lib/directory/openapi";
import { fixedPages, sectionPages } from "@/lib/sitemap/sections";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createPerson } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { routeContext } from "@/tests/helpers/route-context";

// The page's chips are worded with the request's translator and formatter; outside a request, the same ones made directly.
jest.mock("next-intl/server", () => ({
  getTranslations: async ({ locale }: { locale: "pl" | "en" | "de" }) =>
    jest
      .requireActual("next-intl")
      .createTranslator({ locale, messages: jest.requireActual("@/lib/i18n/messages").messagesFor(locale) }),
  getFormatter: async ({ locale }: { locale: string }) =>
    jest.requireActual("next-intl").createFormatter({ locale, timeZone: "Europe/Warsaw" }),
}));

const AUTHOR_EMAIL = "jan.prywatny@poczta.example";
const OFFICE_EMAIL = "sekretariat@dobrzen.example";
const OFFICE_PHONE = "+48 77 400 00 00";
let authorId: string;
let sphereA: string;
let sphereB: string;
const slugs: Record<string, string> = {};

/** A day `days` after today in Poland, as the date column stores it. */
const inDays = (days: number) => new Date(Date.parse(`${polishToday()}T00:00:00Z`) + days * 86_400_000);

async function request(
  key: string,
  title: string,
  party: { organisationId: string } | { institutionId: string },
  options: {
    roles: PartnerRole[];
    closesInDays: number;
    sphereId?: string;
    territories?: string[];
    radiusKm?: number;
    legalForms?: LegalForm[];
    requiresPublicBenefit?: boolean;
    welcomesLocalGovernment?: boolean;
    initiative?: string;
    callName?: string;
    status?: PartnerRequestStatus;
    visibility?: PartnerRequestVisibility;
    openedDaysAgo?: number;
  },
) {
  const slug = `${key}-${randomUUID().slice(0, 6)}`;
  slugs[key] = slug;
  return db().partnerRequest.create({
    data: {
      slug,
      title,
      initiative: options.initiative ?? `Opis inicjatywy: ${title}.`,
      callName: options.callName,
      roles: options.roles,
      partnerLegalForms: options.legalForms ?? [],
      requiresPublicBenefit: options.requiresPublicBenefit ?? false,
      welcomesLocalGovernment: options.welcomesLocalGovernment ?? false,
      radiusKm: options.radiusKm,
      neededCompetences: ["WORK_WITH_SENIORS"],
      neededResources: ["KITCHEN"],
      partnerGives: "Pomoc przy wydawaniu posiłków",
      partnerGets: "Wspólny projekt",
      repliesCloseOn: inDays(options.closesInDays),
      status: options.status ?? "OPEN",
      visibility: options.visibility ?? "PUBLISHED",
      moderationNote: options.visibility === "HIDDEN" ? "Ukryte: reklama" : null,
      openedAt: new Date(Date.now() - (options.openedDaysAgo ?? 1) * 86_400_000),
      authorId,
      interestCount: 2,
      ...party,
      spheres: options.sphereId ? { create: [{ sphereId: options.sphereId }] } : undefined,
      territories: options.territories
        ? { create: options.territories.map((territoryCode) => ({ territoryCode })) }
        : undefined,
    },
  });
}

beforeAll(async () => {
  await createInstanceSettings();
  [sphereA, sphereB] = (await db().publicBenefitSphere.findMany({ orderBy: { id: "asc" }, take: 2 })).map(
    (s) => s.id,
  ) as [string, string];
  const foundation = await createOrganisation({
    name: "Fundacja Świetlic Wiejskich",
    legalForm: "FOUNDATION",
    seatTerritoryCode: "1661011",
    verifiedAt: new Date(),
  });
  await db().organisation.update({ where: { id: foundation.id }, data: { address: "ul. Prywatna 7, Opole" } });
  const nysa = await createOrganisation({
    name: "Stowarzyszenie Nyskie",
    seatTerritoryCode: "1607053",
    verifiedAt: new Date(),
  });
  const gminaOffice = await createInstitution({ name: "Gmina Dobrzeń Wielki", territoryCode: "1609032" });
  await db().institution.update({
    where: { id: gminaOffice.id },
    data: { officeName: "Urząd Gminy Dobrzeń Wielki", email: OFFICE_EMAIL, phone: OFFICE_PHONE },
  });
  const powiatOffice = await createInstitution({
    name: "Powiat opolski",
    kind: "POWIAT_OFFICE",
    territoryCode: "1609",
  });
  authorId = (await createPerson({ name: "Jan Prywatny", email: AUTHOR_EMAIL })).id;

  const f = { organisationId: foundation.id };
  await request("kuchnia", "Kuchnia dla seniorów w Opolu", f, {
    roles: ["VOLUNTEERS"],
    closesInDays: 5,
    sphereId: sphereA,
    territories: ["1661011"],
    initiative: "Gotujemy obiady dla seniorów w świetlicach wiejskich.",
    openedDaysAgo: 3,
  });
  await request(
    "festiwal",
    "Festiwal kultury niemieckiej",
    { institutionId: gminaOffice.id },
    {
      roles: ["CO_APPLICANT"],
      closesInDays: 20,
      sphereId: sphereB,
      legalForms: ["ASSOCIATION"],
      requiresPublicBenefit: true,
      welcomesLocalGovernment: true,
      callName: "Program Współpracy Transgranicznej",
      openedDaysAgo: 1,
    },
  );
  await request(
    "warsztaty",
    "Warsztaty ekologiczne w Nysie",
    { organisationId: nysa.id },
    {
      roles: ["EXPERTISE"],
      closesInDays: 60,
      radiusKm: 20,
      legalForms: ["FOUNDATION", "ASSOCIATION"],
      openedDaysAgo: 2,
    },
  );
  await request("sprzet", "Sprzęt dla ratowników", f, {
    roles: ["IN_KIND_RESOURCES"],
    closesInDays: 40,
    territories: ["1607"],
    openedDaysAgo: 5,
  });
  await request(
    "szkolenia",
    "Szkolenia dla sołtysów",
    { institutionId: powiatOffice.id },
    {
      roles: ["EXPERTISE"],
      closesInDays: 10,
      territories: ["1609012"],
      openedDaysAgo: 4,
    },
  );
  // Never listed: closed, expired, hidden, and open but past its reply date (the expiry job has not run yet).
  const gone = { roles: ["VOLUNTEERS"] as PartnerRole[], sphereId: sphereA, territories: ["1661011"] };
  await request("zamkniete", "Kuchnia zamknięta", f, { ...gone, closesInDays: 6, status: "CLOSED" });
  await request("wygasle", "Kuchnia wygasła", f, { ...gone, closesInDays: -2, status: "EXPIRED" });
  await request("ukryte", "Kuchnia ukryta", f, { ...gone, closesInDays: 8, visibility: "HIDDEN" });
  await request("przeterminowane", "Kuchnia po terminie", f, { ...gone, closesInDays: -1 });
});

const LISTED = [
  "Kuchnia dla seniorów w Opolu",
  "Szkolenia dla sołtysów",
  "Festiwal kultury niemieckiej",
  "Sprzęt dla ratowników",
  "Warsztaty ekologiczne w Nysie",
];

async function titles(filters: PartnerRequestFilters, sort: PartnerRequestSort = "closing") {
  const { rows, total } = await searchPartnerRequests(filters, sort, { offset: 0, limit: 50 });
  expect(total).toBe(rows.length);
  return rows.map((row) => row.title);
}

describe("the list", () => {
  it("lists open, published requests whose replies have not closed, closing soonest first", async () => {
    expect(await titles({})).toEqual(LISTED);
  });

  it("orders by newest and pages without repeating", async () => {
    expect(await titles({}, "newest")).toEqual([
      "Festiwal kultury niemieckiej",
      "Warsztaty ekologiczne w Nysie",
      "Kuchnia dla seniorów w Opolu",
      "Szkolenia dla sołtysów",
      "Sprzęt dla ratowników",
    ]);
    // Renewing keeps a request listed; it does not move it up the newest (its author could bump it at will).
    await db().partnerRequest.update({ where: { slug: slugs.sprzet }, data: { renewedAt: new Date() } });
    try {
      expect((await titles({}, "newest")).at(-1)).toBe("Sprzęt dla ratowników");
    } finally {
      await db().partnerRequest.update({ where: { slug: slugs.sprzet }, data: { renewedAt: null } });
    }
    const first = await searchPartnerRequests({}, "closing", { offset: 0, limit: 2 });
    const second = await searchPartnerRequests({}, "closing", { offset: 2, limit: 2 });
    const third = await searchPartnerRequests({}, "closing", { offset: 4, limit: 2 });
    expect([...first.rows, ...second.rows, ...third.rows].map((r) => r.title)).toEqual(LISTED);
    expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
  });

  it("narrows by role and sphere", async () => {
    expect(await titles({ role: "VOLUNTEERS" })).toEqual(["Kuchnia dla seniorów w Opolu"]);
    expect(await titles({ role: "EXPERTISE" })).toEqual(["Szkolenia dla sołtysów", "Warsztaty ekologiczne w Nysie"]);
    expect(await titles({ sphere: sphereB })).toEqual(["Festiwal kultury niemieckiej"]);
  });

  it("narrows by territory: sought there, no limit, the radius from the seat reaching it, the author's seat there", async () => {
    // Opole: sought there; the office's request has no limit; the foundation's seat is in Opole (its powiat request too).
    expect(await titles({ territory: "1661011" })).toEqual([
      "Kuchnia dla seniorów w Opolu",
      "Festiwal kultury niemieckiej",
      "Sprzęt dla ratowników",
    ]);
    // Nysa: within the powiat sought, the seat of the workshops' author, and no limit.
    expect(await titles({ territory: "1607053" })).toEqual([
      "Festiwal kultury niemieckiej",
      "Sprzęt dla ratowników",
      "Warsztaty ekologiczne w Nysie",
    ]);
    // Prudnik, 18 km from Nysa: reached by the workshops' 20 km only.
    expect(await titles({ territory: "1610043" })).toEqual([
      "Festiwal kultury niemieckiej",
      "Warsztaty ekologiczne w Nysie",
    ]);
    // The powiat of Opole: a gmina within it sought, the offices' seats in it.
    expect(await titles({ territory: "1609" })).toEqual(["Szkolenia dla sołtysów", "Festiwal kultury niemieckiej"]);
  });

  it("narrows by the kind of partner", async () => {
    expect(await titles({ partner: "FOUNDATION" })).toEqual([
      "Kuchnia dla seniorów w Opolu",
      "Szkolenia dla sołtysów",
      "Sprzęt dla ratowników",
      "Warsztaty ekologiczne w Nysie",
    ]);
    expect(await titles({ partner: "SOCIAL_COOPERATIVE" })).toEqual([
      "Kuchnia dla seniorów w Opolu",
      "Szkolenia dla sołtysów",
      "Sprzęt dla ratowników",
    ]);
    expect(await titles({ partner: "localGovernment" })).toEqual(["Festiwal kultury niemieckiej"]);
    expect(await titles({ partner: "withoutPublicBenefit" })).not.toContain("Festiwal kultury niemieckiej");
    expect(await titles({ partner: "withoutPublicBenefit" })).toHaveLength(4);
  });

  it("narrows by closing date", async () => {
    expect(await titles({ closing: "7" })).toEqual(["Kuchnia dla seniorów w Opolu"]);
    expect(await titles({ closing: "30" })).toEqual(LISTED.slice(0, 3));
    expect(await titles({ closesBy: inDays(40).toISOString().slice(0, 10) })).toEqual(LISTED.slice(0, 4));
    expect(await titles({ closesBy: inDays(4).toISOString().slice(0, 10) })).toEqual([]);
  });

  it("finds inflected Polish words, with or without diacritics, in the title, initiative and call", async () => {
    expect(await titles({ q: "kuchni" })).toEqual(["Kuchnia dla seniorów w Opolu"]);
    expect(await titles({ q: "seniorom" })).toEqual(["Kuchnia dla seniorów w Opolu"]);
    expect(await titles({ q: "swietlica" })).toEqual(["Kuchnia dla seniorów w Opolu"]);
    expect(await titles({ q: "transgraniczna" })).toEqual(["Festiwal kultury niemieckiej"]);
    expect(await titles({ q: "rowery" })).toEqual([]);
  });

  it("ranks by relevance, and does not narrow for short words alone", async () => {
    expect(await titles({ q: "kuchnia seniorów festiwal" }, "relevance")).toEqual([
      "Kuchnia dla seniorów w Opolu",
      "Festiwal kultury niemieckiej",
    ]);
    expect(await titles({ q: "dla" })).toEqual(LISTED);
  });

  it("gives the page its cards, the count, options and no posting link to a visitor; drops a bad parameter", async () => {
    const view = await partnerRequestListView({ role: "BOSS", territory: "1661011" }, "en", null);
    expect(view.dropped).toBe(true);
    expect(view.total).toBe(3);
    expect(view.cards[0]).toMatchObject({
      title: "Kuchnia dla seniorów w Opolu",
      author: { kind: "organisation", name: "Fundacja Świetlic Wiejskich" },
      daysLeft: 5,
      interestCount: 2,
    });
    expect(view.mayPost).toBe(false);
    expect(view.spheres.length).toBeGreaterThan(10);
    expect(view.territories.some((t) => t.value === "1607053")).toBe(true);
    const editor = await createActor({
      organisations: [
        {
          id: (await db().organisation.findFirstOrThrow({ where: { name: "Stowarzyszenie Nyskie" } })).id,
          role: "EDITOR",
        },
      ],
    });
    expect((await partnerRequestListView({}, "pl", editor)).mayPost).toBe(true);
  });

  it("names each chosen filter as a chip whose link keeps the others and the order, from the first page", async () => {
    const view = await partnerRequestListView({ role: "VOLUNTEERS", sphere: sphereA, sort: "newest" }, "en", null);
    expect(view.cards.map((c) => c.title)).toEqual(["Kuchnia dla seniorów w Opolu"]);
    const sphereLabel = view.spheres.find((option) => option.value === sphereA)?.label;
    expect(sphereLabel).toMatch(/^\S+\. \S/);
    expect(view.chips.chips).toEqual([
      {
        key: "role",
        field: "Role sought",
        value: "volunteers",
        href: `/en/partnerships?sphere=${sphereA}&sort=newest`,
      },
      {
        key: "sphere",
        field: "Sphere of public benefit",
        value: sphereLabel,
        href: "/en/partnerships?role=VOLUNTEERS&sort=newest",
      },
    ]);
    expect(view.chips.clearHref).toBe("/en/partnerships?sort=newest");
    const paged = await partnerRequestListView({ role: "EXPERTISE", page: "2" }, "pl", null);
    expect(paged.chips.chips.map((chip) => chip.href)).toEqual(["/partnerstwa"]);
    expect(paged.pageHref(3)).toBe("/partnerstwa?role=EXPERTISE&page=3");
  });
});

describe("did you mean", () => {
  it("shows what the corrected words find when the words as typed find nothing, and says so", async () => {
    // Any word finds a request here (lib/partnerships/list/queries.ts), so both are misspelt.
    const view = await partnerRequestListView({ q: "festiwl niemieckij" }, "pl", null);
    expect(view.didYouMean).toEqual({
      original: "festiwl niemieckij",
      correction: {
        query: "festiwal niemieckiej",
        changed: [
          { from: "festiwl", to: "festiwal" },
          { from: "niemieckij", to: "niemieckiej" },
        ],
      },
      href: "/partnerstwa?q=festiwal+niemieckiej",
    });
    expect(view.cards.map((card) => card.title)).toEqual(["Festiwal kultury niemieckiej"]);
    expect(view.total).toBe(1);
    const exact = await partnerRequestListView({ q: "festiwal" }, "pl", null);
    expect(exact.didYouMean).toBeUndefined();
    const nothing = await partnerRequestListView({ q: "rowery" }, "pl", null);
    expect(nothing).toMatchObject({ total: 0, didYouMean: undefined });
  });
});

describe("the map", () => {
  it("places the requesters' seats (an office of a powiat at its gminas' middle), each with its requests", async () => {
    const seats = await requesterSeats({});
    const byCode = new Map(seats.map((seat) => [seat.code, seat]));
    expect([...byCode.keys()].sort()).toEqual(["1607053", "1609", "1609032", "1661011"]);
    expect(
      byCode
        .get("1661011")!
        .requests.map((r) => r.title)
        .sort(),
    ).toEqual(["Kuchnia dla seniorów w Opolu", "Sprzęt dla ratowników"]);
    expect(byCode.get("1609032")!.requests[0]!.author).toBe("Urząd Gminy Dobrzeń Wielki");
    for (const seat of seats) {
      expect(seat.latitude).toBeGreaterThan(49);
      expect(seat.longitude).toBeGreaterThan(16);
    }
    expect((await requesterSeats({ role: "VOLUNTEERS" })).map((seat) => seat.code)).toEqual(["1661011"]);
  });

  it("gives each place its register name and kind of unit, for the page to name it in the reader's language", async () => {
    const region = await createInstitution({
      name: "Województwo Opolskie",
      kind: "VOIVODESHIP_OFFICE",
      territoryCode: "16",
    });
    const festival = await request(
      "festival",
      "Wojewódzki festiwal",
      { institutionId: region.id },
      { roles: ["EXPERTISE"], closesInDays: 20 },
    );
    try {
      const byCode = new Map((await requesterSeats({})).map((seat) => [seat.code, seat]));
      // The page says the kind of unit in the reader's language (components/partnerships/place-name.tsx).
      expect(byCode.get("16")).toMatchObject({ name: "OPOLSKIE", kind: "VOIVODESHIP" });
      expect(byCode.get("1609")).toMatchObject({ name: "opolski", kind: "POWIAT" });
      expect(byCode.get("1661011")).toMatchObject({ name: "Opole", kind: "URBAN_GMINA" });
    } finally {
      await db().partnerRequest.delete({ where: { id: festival.id } });
    }
  });
});

const get = (handler: typeof handlePartnerRequestsList, path: string) =>
  handler(new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": "203.0.113.41" } }));

type Page = { data: { title: string; slug: string }[]; meta: { total: number }; links: { next: string | null } };

describe("GET /api/v1/partner-requests", () => {
  it("walks every listed request once, page by page, and never a closed, expired or hidden one", async () => {
    const seen: string[] = [];
    let path: string | null = "/api/v1/partner-requests?limit=2";
    while (path) {
      const response = await get(handlePartnerRequestsList, path);
      expect(response.status).toBe(200);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const page = (await response.json()) as Page;
      expect(page.meta.total).toBe(5);
      seen.push(...page.data.map((item) => item.title));
      path = page.links.next;
    }
    expect(seen).toEqual(LISTED);
  });

  it("narrows with the list's filters and names wrong or unknown parameters", async () => {
    const page = (await (
      await get(handlePartnerRequestsList, "/api/v1/partner-requests?role=EXPERTISE&territory=1609&q=so%C5%82tys")
    ).json()) as Page;
    expect(page.data.map((item) => item.title)).toEqual(["Szkolenia dla sołtysów"]);
    const bad = await get(handlePartnerRequestsList, "/api/v1/partner-requests?role=BOSS&limit=500&colour=red");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { parameters: string[] } }).error.parameters.sort()).toEqual([
      "colour",
      "limit",
      "role",
    ]);
  });

  it("publishes no contact data and nothing of the person who wrote it", async () => {
    const text = await (await get(handlePartnerRequestsList, "/api/v1/partner-requests?limit=100")).text();
    for (const secret of [AUTHOR_EMAIL, "Jan Prywatny", OFFICE_EMAIL, OFFICE_PHONE, "ul. Prywatna", authorId, "Ukryte"])
      expect(text).not.toContain(secret);
    expect(text).toContain("Urząd Gminy Dobrzeń Wielki");
  });

  it("gives one open request by its address, and 404 for a closed, expired, hidden or past one", async () => {
    const detail = (slug: string) =>
      handlePartnerRequestDetail(
        new Request(`http://localhost/api/v1/partner-requests/${slug}`, {
          headers: { "x-forwarded-for": "203.0.113.41" },
        }),
        routeContext({ slug }),
      );
    const open = await detail(slugs.kuchnia!);
    expect(open.status).toBe(200);
    const body = (await open.json()) as { data: { title: string; author: unknown; url: string } };
    expect(body.data.title).toBe("Kuchnia dla seniorów w Opolu");
    expect(body.data.url).toContain(`/partnerstwa/${slugs.kuchnia}`);
    for (const key of ["zamkniete", "wygasle", "ukryte", "przeterminowane", "nie-ma-takiego"])
      expect((await detail(slugs[key] ?? key)).status).toBe(404);
  });

  it("is described in the OpenAPI document", () => {
    const document = openApiDocument("https://example.org");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/partner-requests", "/partner-requests/{slug}"]),
    );
    expect(document.components.schemas.PartnerRequest.properties.author).toBeDefined();
  });
});

describe("the feeds", () => {
  const feed = (handler: typeof partnerRequestsRss, path: string) => handler(new Request(`http://localhost${path}`));

  it("carries the open requests, newest first, and nothing closed, expired or hidden, as RSS", async () => {
    const response = await feed(partnerRequestsRss, "/api/partnerships/rss");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/rss+xml; charset=utf-8");
    const text = await response.text();
    for (const title of LISTED) expect(text).toContain(title);
    for (const title of ["Kuchnia zamknięta", "Kuchnia wygasła", "Kuchnia ukryta", "Kuchnia po terminie"])
      expect(text).not.toContain(title);
    expect(text.indexOf("Festiwal kultury niemieckiej")).toBeLessThan(text.indexOf("Sprzęt dla ratowników"));
    for (const secret of [AUTHOR_EMAIL, "Jan Prywatny", OFFICE_EMAIL]) expect(text).not.toContain(secret);
    expect(text).toContain("<title>Partnerstwa – ");
  });

  it("narrows like the list, in the language asked for, as Atom", async () => {
    const response = await feed(partnerRequestsAtom, "/api/partnerships/atom?role=VOLUNTEERS&locale=en");
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    const text = await response.text();
    expect(text).toContain("Kuchnia dla seniorów w Opolu");
    expect(text).not.toContain("Festiwal kultury niemieckiej");
    expect(text).toContain("<title>Partnerships (selected requests) – ");
    expect(text).toContain("volunteers");
    expect(text).toContain("/en/partnerships/");
  });
});

describe("the feeds' rate limit", () => {
  const from = (address: string, path: string) =>
    new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": address } });

  it("counts each client's feed requests against the open data API's budget, and says when to come back", async () => {
    const ok = await partnerRequestsRss(from("198.51.100.77", "/api/partnerships/rss"));
    expect(ok.status).toBe(200);
    expect(Number(ok.headers.get("RateLimit-Limit"))).toBe(300);
    // The rest of the minute's budget spent on the API, then the feeds are refused too.
    for (let i = 0; i < 299; i++) chargeClient(from("198.51.100.77", "/api/v1/partner-requests"));
    for (const [handler, path] of [
      [partnerRequestsRss, "/api/partnerships/rss"],
      [partnerRequestsAtom, "/api/partnerships/atom"],
    ] as const) {
      const refused = await handler(from("198.51.100.77", path));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    }
    // Another client is not held back.
    expect((await partnerRequestsAtom(from("198.51.100.78", "/api/partnerships/atom"))).status).toBe(200);
  });
});

describe("the sitemap", () => {
  it("lists the list, the map and the open requests' pages, never a closed, expired or hidden one", async () => {
    const fixed = JSON.stringify(fixedPages());
    expect(fixed).toContain("/partnerstwa/mapa");
    expect(fixed).toContain("/en/partnerships");
    const pages = JSON.stringify(await sectionPages("partner-requests", 0, new Date()));
    for (const key of ["kuchnia", "festiwal", "warsztaty", "sprzet", "szkolenia"]) expect(pages).toContain(slugs[key]);
    for (const key of ["zamkniete", "wygasle", "ukryte", "przeterminowane"]) expect(pages).not.toContain(slugs[key]);
  });
});
