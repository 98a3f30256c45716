// The public side of open competitions over a real database: the list's tabs,
// filters and Polish search (lib/competitions/list-page-view.ts), the page's
// view model (drafts have none), and the personal part every reader asks for
// from /api/competitions/[id]/viewer, since both pages are shared by the page cache.
import { db } from "@/lib/db/client";
import type { CompetitionViewer } from "@/lib/competitions/viewer-types";
import { createCompetition } from "@/tests/factories/competitions";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
// The chips and tabs are worded with the request's translator; outside a request, the same one made directly.
jest.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "pl" | "en" | "de"; namespace?: string }) =>
    jest
      .requireActual("next-intl")
      .createTranslator({ locale, namespace, messages: jest.requireActual("@/lib/i18n/messages").messagesFor(locale) }),
}));

import { GET } from "@/app/api/competitions/[id]/viewer/route";
import { competitionListView } from "@/lib/competitions/list-page-view";
import { followCompetitionAction } from "@/lib/competitions/follow-actions";
import { competitionPageView } from "@/lib/competitions/page-view";
import { isSharedPath } from "@/lib/http/page-cache";
import { fixedPages, sectionPages } from "@/lib/sitemap/sections";

async function ask(id: string): Promise<{ status: number; body: CompetitionViewer }> {
  const response = await GET(new Request(`http://x/api/competitions/${id}/viewer`), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, body: (await response.json()) as CompetitionViewer };
}

const titles = async (raw: Record<string, string>) =>
  (await competitionListView(raw, "pl")).items.map((item) => item.title).sort();

let officeId: string;
let otherOfficeId: string;
let open: Awaited<ReturnType<typeof createCompetition>>;
let draft: Awaited<ReturnType<typeof createCompetition>>;

beforeAll(async () => {
  await createInstanceSettings();
  officeId = (await createInstitution({ name: "Urząd Marszałkowski Konkursowy", territoryCode: "16" })).id;
  otherOfficeId = (await createInstitution({ name: "Urząd Gminy Innej", territoryCode: "1609032" })).id;
  open = await createCompetition({
    institutionId: officeId,
    tasks: [
      { kindName: "Wspieranie aktywności osób starszych", sphereCode: "10", maxGrant: 4_000_000 },
      { kindName: "Promocja wolontariatu", sphereCode: "27", form: "ENTRUSTMENT", maxGrant: 3_000_000 },
    ],
    overrides: { title: "Aktywni seniorzy 2027" },
  });
  await createCompetition({
    institutionId: otherOfficeId,
    tasks: [{ pool: 1_000_000 }],
    overrides: { title: "Mały konkurs sportowy" },
  });
  await createCompetition({
    institutionId: officeId,
    opensInDays: 5,
    deadlineInDays: 30,
    overrides: { title: "Konkurs zapowiedziany" },
  });
  await createCompetition({
    institutionId: officeId,
    opensInDays: -30,
    deadlineInDays: -2,
    overrides: { title: "Konkurs w ocenie" },
  });
  await createCompetition({
    institutionId: officeId,
    status: "DECIDED",
    opensInDays: -300,
    deadlineInDays: -250,
    overrides: { title: "Konkurs rozstrzygnięty" },
  });
  draft = await createCompetition({
    institutionId: officeId,
    status: "DRAFT",
    overrides: { title: "Projekt konkursu seniorzy" },
  });
});

describe("the competitions list", () => {
  it("is shared by every reader, as is a competition's page; its sub-pages are not", () => {
    expect(isSharedPath("/konkursy")).toBe(true);
    expect(isSharedPath("/en/competitions/aktywni-seniorzy")).toBe(true);
    expect(isSharedPath("/konkursy/aktywni-seniorzy/pytania")).toBe(false);
  });

  it("shows open competitions by default, nearest deadline first, and each phase in its tab; never a draft", async () => {
    expect(await titles({})).toEqual(["Aktywni seniorzy 2027", "Mały konkurs sportowy"]);
    expect(await titles({ phase: "upcoming" })).toEqual(["Konkurs zapowiedziany"]);
    expect(await titles({ phase: "evaluation" })).toEqual(["Konkurs w ocenie"]);
    expect(await titles({ phase: "decided" })).toEqual(["Konkurs rozstrzygnięty"]);
    const view = await competitionListView({ phase: "upcoming" }, "pl");
    expect(view.tabs.find((tab) => tab.current)?.phase).toBe("upcoming");
    expect(view.items[0]!.phase).toBe("UPCOMING");
  });

  it("filters by office, form, sphere and the smallest grant wanted, with each filter as a named chip", async () => {
    expect(await titles({ office: otherOfficeId })).toEqual(["Mały konkurs sportowy"]);
    expect(await titles({ form: "ENTRUSTMENT" })).toEqual(["Aktywni seniorzy 2027"]);
    // 40 000 zł is possible in the first (its largest task maximum); the other's whole pool is 10 000 zł.
    expect(await titles({ amount: "40000" })).toEqual(["Aktywni seniorzy 2027"]);
    expect(await titles({ amount: "40001" })).toEqual([]);
    // As Polish people write money: "40 000,00 zł" is 40 000 zł, not 4 000 000.
    expect(await titles({ amount: "40 000,00 zł" })).toEqual(["Aktywni seniorzy 2027"]);
    expect(await titles({ amount: "40 000,01" })).toEqual([]);
    const sphere = open.tasks.find((task) => task.kindKey === "27")!.sphereId;
    expect(await titles({ sphere })).toEqual(["Aktywni seniorzy 2027"]);
    const view = await competitionListView({ office: officeId, amount: "20000" }, "pl");
    expect(view.amountRefused).toBeUndefined();
    expect(view.chips.chips.map((chip) => chip.field)).toEqual(["Urząd", "Dotacja co najmniej"]);
    expect(view.chips.chips.map((chip) => chip.value)).toEqual([
      "Urząd Marszałkowski Konkursowy",
      expect.stringMatching(/^20\s000,00\s+zł$/),
    ]);
  });

  it("finds by Polish words in any form, also in the tasks' kinds, and corrects a typo", async () => {
    expect(await titles({ q: "seniorów" })).toEqual(["Aktywni seniorzy 2027"]);
    expect(await titles({ q: "wolontariat" })).toEqual(["Aktywni seniorzy 2027"]);
    const corrected = await competitionListView({ q: "senirzy" }, "pl");
    expect(corrected.items.map((item) => item.title)).toEqual(["Aktywni seniorzy 2027"]);
    expect(corrected.didYouMean?.correction.query).toBe("seniorzy");
  });

  it("drops a wrong parameter and says so, rather than failing", async () => {
    const view = await competitionListView({ phase: "someday", amount: "-5" }, "pl");
    expect(view.dropped).toBe(true);
    expect(view.phase).toBe("open");
    // The amount is named back, to be corrected in the field.
    expect(view.amountRefused).toBe("-5");
  });
});

describe("the sitemap", () => {
  it("lists the competitions list and every announced competition in three languages, never a draft", async () => {
    const urls = (pages: { versions: { url: string }[] }[] | null) =>
      (pages ?? []).flatMap((p) => p.versions.map((v) => new URL(v.url).pathname));
    expect(urls(fixedPages())).toEqual(
      expect.arrayContaining(["/konkursy", "/en/competitions", "/de/ausschreibungen"]),
    );
    const listed = urls(await sectionPages("competitions", 0, new Date()));
    expect(listed).toEqual(expect.arrayContaining([`/konkursy/${open.slug}`, `/en/competitions/${open.slug}`]));
    expect(listed.filter((url) => url.includes(draft.slug))).toEqual([]);
  });
});

describe("a competition's page", () => {
  it("shows a published competition with its tasks and publications, and nothing for a draft", async () => {
    const page = await competitionPageView(open.slug);
    expect(page?.tasks.map((task) => [task.number, task.maxGrant])).toEqual([
      ["1", 4_000_000],
      ["2", 3_000_000],
    ]);
    expect(page?.publications.map((p) => p.channel).sort()).toEqual(["BIP", "NOTICE_BOARD", "WEBSITE"]);
    expect(page?.phase).toBe("OPEN");
    expect(await competitionPageView(draft.slug)).toBeNull();
    expect(await competitionPageView("no-such-competition")).toBeNull();
  });

  it("shows no grant before the results are published, though the office has decided it", async () => {
    const task = (await db().competitionTask.findFirstOrThrow({ where: { competition: { slug: open.slug } } })).id;
    await db().taskAward.create({
      data: { taskId: task, recipientName: "Jeszcze nieogłoszona", amount: 1_500_000n, decidedAt: new Date() },
    });
    const page = await competitionPageView(open.slug);
    expect(page?.tasks.flatMap((t) => t.awards)).toEqual([]);
    expect(JSON.stringify(page)).not.toContain("Jeszcze nieogłoszona");
  });
});

describe("the reader's part of a competition's page", () => {
  let editor: TestActor;
  let official: TestActor;

  beforeAll(async () => {
    const organisation = await createOrganisation({ name: "Fundacja Ofertowa", verifiedAt: new Date() });
    editor = await createMember(organisation.id, "EDITOR");
    official = await createOfficial(officeId);
    await db().offer.create({
      data: {
        template: "FULL_2018",
        institutionId: officeId,
        competitionId: open.id,
        taskId: open.tasks[0]!.id,
        kind: "SINGLE",
        leadOrganisationId: organisation.id,
        title: "Seniorzy w ruchu",
      },
    });
  });

  it("tells a visitor only that they are not signed in, and that a draft does not exist", async () => {
    actAs(null);
    expect(await ask(open.id)).toEqual({ status: 200, body: { signedIn: false } });
    expect((await ask(draft.id)).status).toBe(404);
    actAs(official);
    expect((await ask(draft.id)).status).toBe(404);
  });

  it("offers an editor of a verified organisation to prepare an offer, with their drafts here", async () => {
    actAs(editor);
    const { body } = await ask(open.id);
    expect(body).toEqual({
      signedIn: true,
      following: false,
      manages: false,
      decides: false,
      mayPrepare: true,
      drafts: [{ offerId: expect.any(String), title: "Seniorzy w ruchu", organisationName: "Fundacja Ofertowa" }],
    });
  });

  it("does not offer it to a member without editing rights, nor to an unverified organisation's owner", async () => {
    const organisation = await createOrganisation({ name: "Fundacja Niezweryfikowana" });
    actAs(await createMember(organisation.id, "OWNER"));
    expect((await ask(open.id)).body).toMatchObject({ mayPrepare: false, drafts: [] });
    actAs(await createActor());
    expect((await ask(open.id)).body).toMatchObject({ mayPrepare: false, manages: false });
  });

  it("gives the office's officials the manage and decision links, and nobody else's officials", async () => {
    actAs(official);
    expect((await ask(open.id)).body).toMatchObject({ manages: true, decides: true });
    actAs(await createOfficial(otherOfficeId));
    expect((await ask(open.id)).body).toMatchObject({ manages: false, decides: false });
  });

  it("follows and unfollows, and a draft cannot be followed", async () => {
    actAs(editor);
    expect((await followCompetitionAction({ competitionId: open.id, follow: true })).data).toEqual({ following: true });
    expect((await ask(open.id)).body).toMatchObject({ following: true });
    expect((await followCompetitionAction({ competitionId: draft.id, follow: true })).serverError).toBe("NOT_FOUND");
    await followCompetitionAction({ competitionId: open.id, follow: false });
    expect((await ask(open.id)).body).toMatchObject({ following: false });
    actAs(null);
    expect((await followCompetitionAction({ competitionId: open.id, follow: true })).serverError).toBe(
      "UNAUTHENTICATED",
    );
  });
});
