import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { createCompetition } from "@/tests/factories/competitions";
import { expandedAbbreviations } from "@/lib/search/abbreviations";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { COUNT_CAP, searchEverywhere, timeBoxed, TOP, type SearchKind } from "@/lib/search/global";
import { globalSearchView } from "@/lib/search/global-page";
import { consultationFields } from "@/tests/factories/consultations";
import { createForumCategory, createForumPost, createForumThread } from "@/tests/factories/forum";
import { createInstitution } from "@/tests/factories/institutions";
import { createLibraryDocument, createLibraryVersion } from "@/tests/factories/library";
import { createNewsArticle } from "@/tests/factories/news";
import { createOrganisation } from "@/tests/factories/organisations";
import { createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";

// The one search across the platform (issue 24, item 4): every module from one
// query, only what a visitor may see, capped counts, the modules' own searches.

const DAY = 24 * 3600 * 1000;

let institutionId: string;
let ids: Record<string, string>;

async function consultation(title: string, sourceText: string, publish: boolean): Promise<string> {
  const official = await createOfficial(institutionId);
  const start = new Date(Date.now() - 60_000);
  const fields = consultationFields({
    title,
    startsAt: start,
    endsAt: new Date(start.getTime() + 14 * DAY),
    sourceText,
  });
  const { id } = await createConsultation(institutionId, fields, { userId: official.id, ip: null });
  if (publish) await publishConsultation(id, { userId: official.id, ip: null });
  return id;
}

const found = (groups: { kind: SearchKind; hits: { id: string }[] }[], kind: SearchKind) =>
  groups.find((group) => group.kind === kind)!.hits.map((hit) => hit.id);

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Gmina Łąkowa", territoryCode: "1609032" })).id;
  const organisation = await createOrganisation({ name: "Stowarzyszenie Przyjaciół Doliny Żurawinowej" });
  // Found by the text of a unit, not by its title or summary.
  const published = await consultation(
    "Program ochrony przyrody gminy",
    "§ 1. Obszar Doliny Żurawinowej objęty jest ochroną.",
    true,
  );
  const draft = await consultation("Dolina Żurawinowa: projekt roboczy", "§ 1. Szkic.", false);
  // Found by its file's text only.
  const document = await createLibraryDocument(
    { institutionId },
    { title: "Plan zagospodarowania", description: "Załącznik." },
  );
  await createLibraryVersion(document.id, { text: "Ścieżka przyrodnicza biegnie przez Dolinę Żurawinową." });
  const proposed = await createLibraryDocument(
    { organisationId: organisation.id },
    { title: "Dolina Żurawinowa: propozycja", review: "PROPOSED" },
  );
  await createLibraryVersion(proposed.id);
  const open = await createForumCategory({ openToPublic: true });
  const closed = await createForumCategory({ openToPublic: false, access: "OFFICIALS" });
  const openThread = await createForumThread(open.id, { title: "Sprzątanie Doliny Żurawinowej" });
  const closedThread = await createForumThread(closed.id, { title: "Dolina Żurawinowa: sprawy urzędowe" });
  const heldThread = await createForumThread(open.id, { title: "Dolina Żurawinowa: reklama", heldAt: new Date() });
  const article = await createNewsArticle({ institutionId }, { title: "Wiosna w Dolinie Żurawinowej" });
  const draftArticle = await createNewsArticle(
    { institutionId },
    { title: "Dolina Żurawinowa: szkic", status: "DRAFT" },
  );
  ids = {
    organisation: organisation.id,
    published,
    draft,
    document: document.id,
    proposed: proposed.id,
    openThread: openThread.id,
    closedThread: closedThread.id,
    heldThread: heldThread.id,
    article: article.id,
    draftArticle: draftArticle.id,
    competition: (await createCompetition({ institutionId, overrides: { title: "Ochrona Doliny Żurawinowej 2027" } }))
      .id,
    draftCompetition: (
      await createCompetition({
        institutionId,
        status: "DRAFT",
        overrides: { title: "Dolina Żurawinowa: konkurs w projekcie" },
      })
    ).id,
  };
});

describe("one search across the platform", () => {
  it("finds an organisation, a consultation's unit text, a library file's text, a thread and an article from one inflected query", async () => {
    const { groups, correction } = await searchEverywhere("dolina żurawinowa");
    expect(correction).toBeUndefined();
    expect(found(groups, "organisations")).toEqual([ids.organisation]);
    expect(found(groups, "consultations")).toEqual([ids.published]);
    expect(found(groups, "library")).toEqual([ids.document]);
    expect(found(groups, "forum")).toEqual([ids.openThread]);
    expect(found(groups, "news")).toEqual([ids.article]);
    expect(groups.map((group) => group.kind)).toEqual([
      "organisations",
      "institutions",
      "consultations",
      "news",
      "library",
      "forum",
      "ideas",
      "partnerships",
      "competitions",
    ]);
    expect(found(groups, "competitions")).toEqual([ids.competition]);
  });

  it("never shows a closed category's or a held thread, a draft consultation or article, or a document not accepted", async () => {
    const { groups } = await searchEverywhere("dolina żurawinowa");
    const all = groups.flatMap((group) => group.hits.map((hit) => hit.id));
    for (const hidden of [
      ids.closedThread,
      ids.heldThread,
      ids.draft,
      ids.draftArticle,
      ids.proposed,
      ids.draftCompetition,
    ]) {
      expect(all).not.toContain(hidden);
    }
    expect(groups.find((group) => group.kind === "forum")!.count).toBe(1);
    expect(groups.find((group) => group.kind === "consultations")!.count).toBe(1);
  });

  it("finds offices by their names", async () => {
    const { groups } = await searchEverywhere("gminie łąkowej");
    expect(found(groups, "institutions")).toEqual([institutionId]);
  });

  it("corrects a typo that finds nothing and says so", async () => {
    // The typo fallback's words come only from visible titles and names ("Żurawinowej" here; the
    // nominative "Żurawinowa" is only in hidden ones), so the typo is one edit from that form.
    const { groups, correction, query } = await searchEverywhere("dolina żurawinowj");
    expect(correction?.changed).toEqual([{ from: "żurawinowj", to: expect.stringMatching(/^żurawinow/i) }]);
    expect(query).toBe(correction!.query);
    expect(found(groups, "organisations")).toEqual([ids.organisation]);
  });

  it("caps the counts, shows the best few and links to each module's own search with the same query", async () => {
    for (let i = 0; i < COUNT_CAP + 2; i++) await createOrganisation({ name: `Bractwo Kurkowe nr ${i + 1}` });
    const view = await globalSearchView({ q: "  bractwo kurkowe " }, "pl");
    expect(view.q).toBe("bractwo kurkowe");
    const organisations = view.groups.find((group) => group.kind === "organisations")!;
    expect(organisations).toMatchObject({ count: COUNT_CAP, more: true, moduleHref: "/organizacje?q=bractwo+kurkowe" });
    expect(organisations.hits).toHaveLength(TOP);
    expect(view.groups.find((group) => group.kind === "library")).toMatchObject({
      count: 0,
      more: false,
      moduleHref: "/biblioteka?q=bractwo+kurkowe",
    });
    const english = await globalSearchView({ q: "dolina żurawinowa" }, "en");
    expect(english.groups.find((group) => group.kind === "forum")).toMatchObject({
      count: 1,
      moduleHref: "/en/forum/search?q=dolina+%C5%BCurawinowa",
    });
    expect(english.groups.find((group) => group.kind === "institutions")!.moduleHref).toBe("/en/institutions");
  });

  it("searches nothing for an empty query or one without letters or digits", async () => {
    const none = { q: undefined, groups: [], total: 0, abbreviations: [] };
    expect(await globalSearchView({ q: "   " }, "pl")).toEqual(none);
    expect(await globalSearchView({ q: "--" }, "pl")).toEqual(none);
  });

  it("finds a thread by the text of a post a visitor may read, once however many posts match", async () => {
    const open = await createForumCategory({ openToPublic: true });
    const closed = await createForumCategory({ openToPublic: false, access: "OFFICIALS" });
    const quiet = await createForumThread(open.id, { title: "Pytanie o dotacje" });
    await createForumPost(quiet.id, 1, { body: "Czy ktoś zna zasady konkursu na kapliczki przydrożne?" });
    await createForumPost(quiet.id, 2, { body: "Kapliczki przydrożne odnawia gmina." });
    const hiddenPost = await createForumThread(open.id, { title: "Sprawy różne" });
    await createForumPost(hiddenPost.id, 1, { body: "Kapliczki przydrożne: spam", hiddenAt: new Date() });
    const heldPost = await createForumThread(open.id, { title: "Inne sprawy" });
    await createForumPost(heldPost.id, 1, { body: "Kapliczki przydrożne czekają", heldAt: new Date() });
    const officials = await createForumThread(closed.id, { title: "Sprawy urzędowe" });
    await createForumPost(officials.id, 1, { body: "Kapliczki przydrożne w budżecie." });
    const heldThread = await createForumThread(open.id, { title: "Wątek do sprawdzenia", heldAt: new Date() });
    await createForumPost(heldThread.id, 1, { body: "Kapliczki przydrożne raz jeszcze." });

    const { groups } = await searchEverywhere("kapliczkach przydrożnych");
    expect(found(groups, "forum")).toEqual([quiet.id]);
    expect(groups.find((group) => group.kind === "forum")!.count).toBe(1);
  });

  it("gives up a search of the posts that takes too long, and leaves the connection's timeout as it was", async () => {
    expect(await timeBoxed(50, Prisma.sql`SELECT pg_sleep(0.3)`)).toBeUndefined();
    expect(await timeBoxed(1_000, Prisma.sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    const [after] = await db().$queryRaw<{ timeout: string }[]>`SELECT current_setting('statement_timeout') AS timeout`;
    expect(after!.timeout).toBe("0");
  });

  it("gives news its publication date as a date for the page to format, and other kinds none", async () => {
    const { groups } = await searchEverywhere("dolina żurawinowa");
    const [article] = groups.find((group) => group.kind === "news")!.hits;
    expect(article!.date).toBeInstanceOf(Date);
    expect(article!.detail).toBeNull();
    const [organisation] = groups.find((group) => group.kind === "organisations")!.hits;
    expect(organisation!.date).toBeNull();
  });

  it("says what an abbreviation of the query stands for, as a name is written", async () => {
    expect(await expandedAbbreviations("KGW w Bierawie")).toEqual([
      { abbreviation: "KGW", expansion: "Koło Gospodyń Wiejskich" },
    ]);
    expect(await expandedAbbreviations("psouu, mks")).toEqual([
      {
        abbreviation: "PSOUU",
        expansion: "Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną",
      },
      { abbreviation: "MKS", expansion: "Miejski Klub Sportowy" },
      { abbreviation: "MKS", expansion: "Międzyszkolny Klub Sportowy" },
    ]);
    expect(await expandedAbbreviations("koło gospodyń")).toEqual([]);
    const view = await globalSearchView({ q: "osp" }, "en");
    expect(view.abbreviations).toEqual([{ abbreviation: "OSP", expansion: "Ochotnicza Straż Pożarna" }]);
  });
});
