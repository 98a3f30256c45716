// The feeds and open data of open competitions: RSS of announced ones, the
// iCalendar of their deadlines in UTC (one office's with ?institution=), the
// JSON API with the list page's filters and pages, and its OpenAPI entry.
// Drafts appear nowhere.
import { competitionsCalendarHandler, competitionsRssHandler } from "@/lib/competitions/feed-handlers";
import { openApiDocument } from "@/lib/directory/openapi";
import { createCompetition } from "@/tests/factories/competitions";
import { createInstitution } from "@/tests/factories/institutions";
import { createInstanceSettings } from "@/tests/factories/settings";

import { GET as list } from "@/app/api/v1/competitions/route";
import { GET as detail } from "@/app/api/v1/competitions/[slug]/route";

let open: Awaited<ReturnType<typeof createCompetition>>;
let other: Awaited<ReturnType<typeof createCompetition>>;
let draft: Awaited<ReturnType<typeof createCompetition>>;
let officeId: string;

async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { data: unknown } };
}

beforeAll(async () => {
  await createInstanceSettings();
  officeId = (await createInstitution({ name: "Urząd Kanałowy", territoryCode: "16" })).id;
  const otherOffice = (await createInstitution({ name: "Gmina Druga", territoryCode: "1609032" })).id;
  open = await createCompetition({
    institutionId: officeId,
    deadlineInDays: 10,
    tasks: [{ pool: 12_345_678, maxGrant: 3_000_000 }],
    overrides: { title: "Konkurs <kanałowy> & seniorzy", offersDeadline: new Date("2099-03-31T14:00:00Z") },
  });
  other = await createCompetition({ institutionId: otherOffice, overrides: { title: "Konkurs drugiej gminy" } });
  draft = await createCompetition({ institutionId: officeId, status: "DRAFT", overrides: { title: "Szkic konkursu" } });
});

describe("competition feeds", () => {
  it("list announced competitions as RSS, escaped, never drafts", async () => {
    const response = await competitionsRssHandler(new Request("http://localhost/api/competitions/rss?locale=en"));
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const feed = await response.text();
    expect(feed).toContain("<title>Konkurs &lt;kanałowy&gt; &amp; seniorzy</title>");
    expect(feed).toContain(`/en/competitions/${open.slug}</link>`);
    expect(feed).not.toContain("Szkic konkursu");
  });

  it("give the deadlines as an iCalendar in UTC, for all offices or one", async () => {
    const all = await (
      await competitionsCalendarHandler(new Request("http://localhost/api/competitions/calendar"))
    ).text();
    expect(all).toContain(`UID:competition-deadline-${open.id}@`);
    expect(all).toContain("DTSTART:20990331T140000Z");
    expect(all).toContain("SUMMARY:Termin składania ofert: Konkurs <kanałowy> & seniorzy");
    expect(all).toContain(`UID:competition-deadline-${other.id}@`);
    expect(all).not.toContain(draft.id);
    const one = await (
      await competitionsCalendarHandler(
        new Request(`http://localhost/api/competitions/calendar?institution=${officeId}`),
      )
    ).text();
    expect(one).toContain(open.id);
    expect(one).not.toContain(other.id);
    // An id that is not one is ignored rather than failing the subscription.
    const bad = await competitionsCalendarHandler(
      new Request("http://localhost/api/competitions/calendar?institution=x"),
    );
    expect(bad.status).toBe(200);
  });
});

describe("/api/v1/competitions", () => {
  it("lists open competitions with money as exact PLN, filtered and paged, and refuses unknown parameters", async () => {
    const { status, body } = await json(await list(new Request("http://localhost/api/v1/competitions?limit=1")));
    expect(status).toBe(200);
    expect(body.meta).toEqual({ total: 2, page: 1, limit: 1, sort: "deadline" });
    expect((body.links as { next: string | null }).next).toBe("/api/v1/competitions?limit=1&page=2");
    const mine = await json(await list(new Request(`http://localhost/api/v1/competitions?office=${officeId}`)));
    expect(mine.body.data).toEqual([
      expect.objectContaining({ slug: open.slug, phase: "OPEN", totalPool: "123456.78", maxGrantPossible: "30000.00" }),
    ]);
    const bad = await json(await list(new Request("http://localhost/api/v1/competitions?phaze=open&amount=-1")));
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: { code: "INVALID_PARAMETERS", parameters: ["phaze", "amount"] } });
  });

  it("gives one competition with its tasks, and 404 for a draft", async () => {
    const found = await json(await detail(new Request("http://x"), { params: Promise.resolve({ slug: open.slug }) }));
    expect(found.body.data).toMatchObject({
      slug: open.slug,
      tasks: [{ number: "1", pool: "123456.78", maxGrant: "30000.00" }],
    });
    const hidden = await detail(new Request("http://x"), { params: Promise.resolve({ slug: draft.slug }) });
    expect(hidden.status).toBe(404);
  });

  it("is described in the OpenAPI document", () => {
    const document = openApiDocument("https://example.org");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/competitions", "/competitions/{slug}"]));
    expect(document.components.schemas.Competition).toBeDefined();
  });
});
