import { db } from "@/lib/db/client";
import { forumCorrection, searchPosts, searchThreads } from "@/lib/forum/search";
import { listPublicIdeas } from "@/lib/ideas/queries";
import { listPublicDocuments } from "@/lib/library/queries";
import { listPublicNews } from "@/lib/news/queries";
import { correctQuery, MAX_CORRECTED_WORDS, nearestWord } from "@/lib/search/forgiving";
import { ensureSearchLexicon, LEXICON_FILE } from "@/lib/search/lexicon/load";
import { foldWord, stemWord } from "@/lib/search/lexicon/words";
import { createForumCategory, createForumPost, createForumThread } from "@/tests/factories/forum";
import { createIdea } from "@/tests/factories/ideas";
import { createLibraryDocument, createLibraryVersion } from "@/tests/factories/library";
import { createNewsArticle } from "@/tests/factories/news";
import { createOrganisation } from "@/tests/factories/organisations";

// The engine of issue 24 beyond the directory (tests/integration/directory-search.int.test.ts):
// the same lemmas, abbreviations and typo fallback in the news and the forum.

let organisationId: string;
beforeAll(async () => {
  organisationId = (await createOrganisation({ name: "Fundacja Testowa" })).id;
});

const titles = async (q: string) => {
  const { items, correction } = await listPublicNews({ q, page: 1 });
  return { titles: items.map((a) => a.title), correction: correction?.query };
};

describe("the lexicon", () => {
  it("is loaded once: a second call with the same file loads nothing", async () => {
    expect(await ensureSearchLexicon(LEXICON_FILE)).toBe(0);
    const [row] = await db().$queryRaw<{ forms: bigint }[]>`SELECT count(*) AS forms FROM "SearchLemma"`;
    expect(Number(row!.forms)).toBeGreaterThan(150_000);
  });

  it("was generated with the stems pl_stem gives (lib/search/lexicon/words.ts is its copy)", async () => {
    const words = [
      "Stowarzyszeniu",
      "sportowego",
      "Kościele",
      "ręce",
      "psami",
      "Gospodyń",
      "wiejskich",
      "OSP",
      "Żółwia",
    ];
    const [row] = await db().$queryRaw<{ stems: string[] }[]>`
      SELECT array_agg(pl_stem(pl_fold(w)) ORDER BY n) AS stems FROM unnest(${words}::text[]) WITH ORDINALITY AS u(w, n)`;
    expect(row!.stems).toEqual(words.map((w) => stemWord(foldWord(w))));
    // The loader stems with stemWord: the stored stems are those pl_stem gives (one letter's forms, thousands).
    const [mismatch] = await db().$queryRaw<{ checked: bigint; wrong: bigint }[]>`
      SELECT count(*) AS checked, count(*) FILTER (WHERE stem <> pl_stem(form)) AS wrong FROM "SearchLemma" WHERE form LIKE 'p%'`;
    expect(Number(mismatch!.checked)).toBeGreaterThan(5_000);
    expect(Number(mismatch!.wrong)).toBe(0);
  });

  it("gives a word its lemma's other forms, folded", async () => {
    const [row] = await db().$queryRaw<{ keys: string[]; psa: string }[]>`
      SELECT pl_word_keys('kosciele') AS keys, pl_word_query('psa')::text AS psa`;
    expect(row!.keys).toEqual(["kosciel", "kosciol"]);
    expect(row!.psa).toContain("'pies':*");
  });
});

describe("any of the words (similar ideas, partner requests)", () => {
  it("matches a text sharing one word in any form, and is NULL for short words only", async () => {
    const [row] = await db().$queryRaw<{ dog: boolean; church: boolean; none: boolean; short: string | null }[]>`
      SELECT pl_search_document('Schronisko dla psów w Nysie') @@ pl_search_any('pies zupełnie inny') AS dog,
             pl_search_document('Remont dachu kościoła') @@ pl_search_any('przy kosciele') AS church,
             pl_search_document('Remont dachu kościoła') @@ pl_search_any('schronisko psy') AS none,
             pl_search_any('dla we')::text AS short`;
    expect(row).toEqual({ dog: true, church: true, none: false, short: null });
  });
});

describe("the typo fallback's vocabulary", () => {
  it("holds only words a visitor may read: none of drafts, held, rejected or closed-category titles", async () => {
    // Each hidden title's word begins a visible one, so checking the corrected query alone would let it through.
    await createNewsArticle({ organisationId }, { title: "Wiadomość o Kwiatkowskiej", lead: "Jawna." });
    await createNewsArticle({ organisationId }, { title: "Kwiatkowsk szkic", lead: "Szkic.", status: "DRAFT" });
    await createNewsArticle({ organisationId }, { title: "Kwiatkows odrzucony", lead: "Nie.", status: "REJECTED" });
    await createIdea({ title: "Pomysł Kwiatko ukryty", visibility: "PENDING" });
    const closed = await createForumCategory({ openToPublic: false, access: "OFFICIALS" });
    await createForumThread(closed.id, { title: "Zamknięty Kwiatk wątek" });
    for (const hidden of ["kwiatkowsk", "kwiatkows", "kwiatko", "kwiatk"])
      expect([hidden, await db().searchWord.findUnique({ where: { word: hidden } })]).toEqual([hidden, null]);
    expect(await db().searchWord.findUnique({ where: { word: "kwiatkowskiej" } })).not.toBeNull();
    // A typo of a hidden word is corrected to a visible one or to none, never to the hidden word.
    expect((await nearestWord("kwiatkowsl"))?.word).not.toBe("kwiatkowsk");
  });

  it("checks only the first few words of a long query that finds nothing, keeping the rest as typed", async () => {
    const asked: string[] = [];
    const words = ["schornisko", "kwiatkowskiex", "lubszaa", "nysaa", "opolee", "brzeggg", "kluczborkk"];
    const correction = await correctQuery(words.join(" "), async (word) => {
      asked.push(word);
      return false;
    });
    expect(asked).toEqual(words.slice(0, MAX_CORRECTED_WORDS));
    expect(correction?.query.split(" ").slice(MAX_CORRECTED_WORDS)).toEqual(words.slice(MAX_CORRECTED_WORDS));
  });

  it("takes a title's words once it is published", async () => {
    const draft = await createNewsArticle(
      { organisationId },
      { title: "Przebiśniegowy festyn", lead: "Wkrótce.", status: "DRAFT" },
    );
    expect(await db().searchWord.findUnique({ where: { word: "przebisniegowy" } })).toBeNull();
    await db().newsArticle.update({
      where: { id: draft.id },
      data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) },
    });
    expect(await db().searchWord.findUnique({ where: { word: "przebisniegowy" } })).not.toBeNull();
  });
});

describe("news search forgives", () => {
  beforeAll(async () => {
    await createNewsArticle({ organisationId }, { title: "Schronisko szuka domów dla psów", lead: "Adopcje w Nysie." });
    await createNewsArticle({ organisationId }, { title: "Koncert w kościele św. Jakuba", lead: "Chór parafialny." });
    await createNewsArticle({ organisationId }, { title: "Zbiórka OSP w Lubszy", lead: "Strażacy zapraszają." });
    await createNewsArticle({ organisationId }, { title: "Szkoła bez przemocy", lead: "Warsztaty dla rodziców." });
  });

  it.each([
    ["pies", "Schronisko szuka domów dla psów"],
    ["kościół", "Koncert w kościele św. Jakuba"],
    ["kosciol jakuba", "Koncert w kościele św. Jakuba"],
    ["ochotnicza straż pożarna lubsza", "Zbiórka OSP w Lubszy"],
  ])("%s → %s", async (q, expected) => {
    expect((await titles(q)).titles).toEqual([expected]);
  });

  it("corrects a typo and says so, and leaves a query that finds something alone", async () => {
    expect(await titles("schornisko")).toEqual({
      titles: ["Schronisko szuka domów dla psów"],
      correction: "schronisko",
    });
    expect(await titles("przemocy warsztaty")).toEqual({ titles: ["Szkoła bez przemocy"], correction: undefined });
    expect(await titles("zupełnie inaczej")).toEqual({ titles: [], correction: undefined });
  });
});

describe("forum search forgives", () => {
  let openThreadId: string;
  let closedThreadId: string;
  beforeAll(async () => {
    const open = await createForumCategory({ openToPublic: true });
    const closed = await createForumCategory({ openToPublic: false, access: "OFFICIALS" });
    const openThread = await createForumThread(open.id, { title: "Dotacje dla kół gospodyń wiejskich" });
    openThreadId = openThread.id;
    await createForumPost(openThread.id, 1, { body: "Czy KGW może złożyć ofertę w konkursie na ręce wójta?" });
    const closedThread = await createForumThread(closed.id, { title: "Harmonogram naboru wniosków" });
    closedThreadId = closedThread.id;
    await createForumPost(closedThread.id, 1, { body: "Harmonogram dla urzędników." });
  });

  it("finds forms of the words and abbreviations", async () => {
    expect((await searchThreads(null, "koło gospodyń")).map((t) => t.id)).toEqual([openThreadId]);
    expect((await searchThreads(null, "kgw")).map((t) => t.id)).toEqual([openThreadId]);
    expect((await searchPosts(null, "ręka wójt", 1)).hits.map((h) => h.threadId)).toEqual([openThreadId]);
    expect((await searchPosts(null, "koła gospodyń wiejskich", 1)).hits.map((h) => h.threadId)).toEqual([openThreadId]);
  });

  it("corrects a typo to what the reader may read, never to a closed category's words", async () => {
    expect(await forumCorrection(null, "dtoacje gospodyn")).toMatchObject({ query: "dotacje gospodyn" });
    // "harmonogram" is only in a category visitors may not read: no correction leads there.
    expect(await forumCorrection(null, "harmonogarm")).toBeUndefined();
    expect((await searchThreads(null, "harmonogram")).map((t) => t.id)).not.toContain(closedThreadId);
  });
});

describe("library search forgives", () => {
  beforeAll(async () => {
    const document = await createLibraryDocument(
      { organisationId },
      { title: "Regulamin wolontariatu", description: "Zasady pracy wolontariuszy." },
    );
    await createLibraryVersion(document.id, { text: "Wolontariusz pracuje przy kościele i w schronisku dla psów." });
  });

  it("finds the file's text by lemma and corrects a typo in the title", async () => {
    const found = async (q: string) => {
      const { items, correction } = await listPublicDocuments({ q, page: 1 });
      return { titles: items.map((d) => d.title), correction: correction?.query };
    };
    expect(await found("pies kościół")).toEqual({ titles: ["Regulamin wolontariatu"], correction: undefined });
    expect(await found("regulamni wolontariatu")).toEqual({
      titles: ["Regulamin wolontariatu"],
      correction: "regulamin wolontariatu",
    });
  });
});

describe("ideas board search forgives", () => {
  it("finds an entry by a form of its words and corrects a typo", async () => {
    await createIdea({
      title: "Ławki przy kościele w Lubszy",
      body: "Brakuje miejsc do odpoczynku dla starszych osób.",
    });
    const found = async (q: string) => {
      const { items, correction } = await listPublicIdeas({ q, sort: "newest", page: 1 });
      return { titles: items.map((i) => i.title), correction: correction?.query };
    };
    expect(await found("kościół lubsza")).toEqual({ titles: ["Ławki przy kościele w Lubszy"], correction: undefined });
    expect(await found("lawqi lubsza")).toEqual({
      titles: ["Ławki przy kościele w Lubszy"],
      correction: "ławki lubsza",
    });
  });
});
