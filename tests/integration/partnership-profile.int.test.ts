import { db } from "@/lib/db/client";
import type { PartnershipProfileInput } from "@/lib/partnerships/profile/schemas";
import { partnershipEditView } from "@/lib/partnerships/profile/queries";
import { partnershipSectionView } from "@/lib/partnerships/profile/section-view";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createAdministrator, createMember } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { editPartnershipProfileAction } from "@/lib/partnerships/profile/actions";

let organisationId: string;
let partner: { id: string; slug: string; name: string };

function profile(overrides: Partial<PartnershipProfileInput> = {}): PartnershipProfileInput {
  return {
    openToPartnerships: true,
    offeredCompetences: ["VOLUNTEER_COORDINATION", "TRANSLATION_GERMAN"],
    neededCompetences: ["GRANT_ACCOUNTING"],
    offeredResources: ["EVENT_HALL", "VOLUNTEERS"],
    neededResources: ["MINIBUS"],
    workingLanguages: ["pl", "de", "cs"],
    tags: "Wolontariat, #Erasmus+ ,wolontariat",
    pastProjects: [
      {
        title: "Polsko-niemieckie lato wolontariuszy",
        yearFrom: "2023",
        yearTo: "2024",
        description: "Obozy pracy w Górach Opawskich.",
        partners: [
          { name: "Gmina Głuchołazy", organisationId: "" },
          { name: "wpisane inaczej", organisationId: partner.id },
        ],
      },
      { title: "Kuchnia sąsiedzka", yearFrom: "2021", yearTo: "2021", description: "", partners: [] },
    ],
    ...overrides,
  };
}

const stored = () =>
  db().partnershipProfile.findUnique({
    where: { organisationId },
    include: {
      pastProjects: { orderBy: { sortOrder: "asc" }, include: { partners: { orderBy: { sortOrder: "asc" } } } },
    },
  });

beforeAll(async () => {
  await createInstanceSettings();
  organisationId = (await createOrganisation({ name: "Fundacja Pogranicza", targetGroups: ["YOUTH", "MINORITIES"] }))
    .id;
  partner = await createOrganisation({ name: "Deutscher Freundschaftskreis Krapkowice" });
});

describe("the partnership profile", () => {
  it("shows nothing on the public page before the organisation fills it in", async () => {
    expect(await partnershipSectionView(organisationId, "pl")).toBeNull();
    const view = await partnershipEditView(organisationId);
    expect(view?.defaultValues).toMatchObject({ openToPartnerships: false, tags: "", pastProjects: [] });
    expect(view?.targetGroups).toEqual(["YOUTH", "MINORITIES"]);
  });

  it("may not be edited by visitors, members who are not owners or editors, or people of another organisation", async () => {
    const other = await createOrganisation();
    for (const actor of [
      null,
      await createMember(organisationId, "MEMBER"),
      await createMember(other.id, "OWNER"),
      await createActor(),
    ]) {
      actAs(actor);
      const result = await editPartnershipProfileAction({ organisationId, profile: profile() });
      expect(result?.serverError).toBe(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    actAs(await createMember(organisationId, "OWNER"));
    expect(
      (await editPartnershipProfileAction({ organisationId: "cmnosuchorganisation0000", profile: profile() }))
        ?.serverError,
    ).toBe("NOT_FOUND");
    expect(await stored()).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "partnership.profile_saved" } })).toBe(0);
  });

  it("is saved by an editor: lists, languages, normalised tags, projects with linked partners, and an audit event", async () => {
    const editor = await createMember(organisationId, "EDITOR");
    actAs(editor);
    expect(await editPartnershipProfileAction({ organisationId, profile: profile() })).toEqual({
      data: { saved: true },
    });
    const saved = await stored();
    expect(saved).toMatchObject({
      openToPartnerships: true,
      offeredCompetences: ["VOLUNTEER_COORDINATION", "TRANSLATION_GERMAN"],
      neededCompetences: ["GRANT_ACCOUNTING"],
      offeredResources: ["EVENT_HALL", "VOLUNTEERS"],
      neededResources: ["MINIBUS"],
      workingLanguages: ["pl", "de", "cs"],
      tags: ["wolontariat", "erasmus+"],
    });
    expect(
      saved!.pastProjects.map((p) => [
        p.title,
        p.yearFrom,
        p.yearTo,
        p.partners.map((x) => [x.name, x.organisationId]),
      ]),
    ).toEqual([
      [
        "Polsko-niemieckie lato wolontariuszy",
        2023,
        2024,
        [
          ["Gmina Głuchołazy", null],
          ["wpisane inaczej", partner.id],
        ],
      ],
      ["Kuchnia sąsiedzka", 2021, 2021, []],
    ]);
    // The organisation's history of changes keeps who changed what; saving the same again adds nothing to it.
    const changes = await db().organisationChange.findMany({ where: { organisationId, source: "partnerships" } });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.actorUserId).toBe(editor.id);
    expect(changes[0]!.changes).toMatchObject({
      openToPartnerships: { from: false, to: true },
      tags: { from: [], to: ["wolontariat", "erasmus+"] },
      pastProjects: {
        from: [],
        to: [
          "Polsko-niemieckie lato wolontariuszy (2023–2024): Gmina Głuchołazy, wpisane inaczej",
          "Kuchnia sąsiedzka (2021)",
        ],
      },
    });
    expect(await editPartnershipProfileAction({ organisationId, profile: profile() })).toEqual({
      data: { saved: true },
    });
    expect(await db().organisationChange.count({ where: { organisationId, source: "partnerships" } })).toBe(1);
    const events = await db().auditEvent.findMany({ where: { action: "partnership.profile_saved" } });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      actorUserId: editor.id,
      actingForOrganisationId: organisationId,
      subjectType: "Organisation",
      subjectId: organisationId,
    });
  });

  it("is shown on the public page with names in the reader's language and links to partners on the platform", async () => {
    const section = await partnershipSectionView(organisationId, "de");
    expect(section).toMatchObject({
      openToPartnerships: true,
      offers: {
        competences: ["VOLUNTEER_COORDINATION", "TRANSLATION_GERMAN"],
        resources: ["EVENT_HALL", "VOLUNTEERS"],
      },
      needs: { competences: ["GRANT_ACCOUNTING"], resources: ["MINIBUS"] },
      tags: ["wolontariat", "erasmus+"],
    });
    expect(section!.languages.map((l) => l.name)).toEqual(["Deutsch", "Polnisch", "Tschechisch"]);
    expect(section!.pastProjects[0]!.partners).toEqual([
      { name: "Gmina Głuchołazy", slug: null },
      // The platform's name of a linked organisation, not the words typed beside the link.
      { name: "Deutscher Freundschaftskreis Krapkowice", slug: partner.slug },
    ]);
    expect((await partnershipEditView(organisationId))?.defaultValues.tags).toBe("wolontariat, erasmus+");
  });

  it("refuses bad input with messages on the fields and keeps what was saved", async () => {
    actAs(await createMember(organisationId, "OWNER"));
    const before = await stored();
    // As a forged request may send it: a code the form never offers.
    const forged = { ...profile(), offeredCompetences: ["HACKING"] } as unknown as PartnershipProfileInput;
    const bad = await editPartnershipProfileAction({
      organisationId,
      profile: profile({
        offeredCompetences: forged.offeredCompetences,
        workingLanguages: ["xx"],
        tags: "<b>",
        pastProjects: [{ title: "A", yearFrom: "2030", yearTo: "2020", description: "", partners: [] }],
      }),
    });
    expect(bad?.validationErrors).toMatchObject({
      profile: {
        offeredCompetences: { 0: { _errors: ["partnershipCodeUnknown"] } },
        workingLanguages: { 0: { _errors: ["partnershipLanguageUnknown"] } },
        tags: { _errors: ["partnershipTagInvalid"] },
        pastProjects: { 0: { title: { _errors: ["partnershipProjectTitleTooShort"] } } },
      },
    });
    // Linking the organisation to itself, or to one that is not there, is refused on the partner's field.
    const selfLinked = await editPartnershipProfileAction({
      organisationId,
      profile: profile({
        pastProjects: [
          {
            title: "Projekt własny",
            yearFrom: "2022",
            yearTo: "2022",
            description: "",
            partners: [
              { name: "My sami", organisationId },
              { name: "Zniknęła", organisationId: "cmnosuchorganisation0000" },
            ],
          },
        ],
      }),
    });
    expect(selfLinked?.validationErrors).toEqual({
      "pastProjects.0.partners.0.name": { _errors: ["partnershipPartnerIsSelf"] },
      "pastProjects.0.partners.1.name": { _errors: ["partnershipPartnerNotFound"] },
    });
    expect(await stored()).toEqual(before);
    expect(await db().auditEvent.count({ where: { action: "partnership.profile_saved" } })).toBe(2);
    expect(await db().organisationChange.count({ where: { organisationId, source: "partnerships" } })).toBe(1);
  });

  it("takes two saves at once in turn: the projects of one of them, never both", async () => {
    actAs(await createMember(organisationId, "EDITOR"));
    const projectsOf = (title: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        title: `${title} ${i + 1}`,
        yearFrom: "2020",
        yearTo: "2021",
        description: "",
        partners: [{ name: "Gmina Nysa", organisationId: "" }],
      }));
    const results = await Promise.all([
      editPartnershipProfileAction({ organisationId, profile: profile({ pastProjects: projectsOf("Pierwszy", 3) }) }),
      editPartnershipProfileAction({ organisationId, profile: profile({ pastProjects: projectsOf("Drugi", 4) }) }),
    ]);
    expect(results.map((result) => result?.data)).toEqual([{ saved: true }, { saved: true }]);
    const titles = (await stored())!.pastProjects.map((project) => project.title);
    expect([3, 4]).toContain(titles.length);
    expect(new Set(titles.map((title) => title.split(" ")[0])).size).toBe(1);
    expect(await db().partnershipPastProjectPartner.count()).toBe(titles.length);
  });

  it("is replaced whole by an administrator's save, and a partner's link goes when its organisation is removed", async () => {
    actAs(await createAdministrator());
    const result = await editPartnershipProfileAction({
      organisationId,
      profile: profile({
        openToPartnerships: false,
        offeredResources: [],
        tags: "",
        pastProjects: profile().pastProjects.slice(0, 1),
      }),
    });
    expect(result?.data).toEqual({ saved: true });
    const saved = await stored();
    expect(saved).toMatchObject({ openToPartnerships: false, offeredResources: [], tags: [] });
    expect(saved!.pastProjects).toHaveLength(1);
    expect(await db().partnershipPastProject.count()).toBe(1);
    // Not a member: the audit log says nobody acted for the organisation.
    const last = await db().auditEvent.findFirst({
      where: { action: "partnership.profile_saved" },
      orderBy: { occurredAt: "desc" },
    });
    expect(last?.actingForOrganisationId).toBeNull();

    await db().organisation.delete({ where: { id: partner.id } });
    const section = await partnershipSectionView(organisationId, "pl");
    expect(section!.openToPartnerships).toBe(false);
    expect(section!.pastProjects[0]!.partners).toEqual([
      { name: "Gmina Głuchołazy", slug: null },
      { name: "wpisane inaczej", slug: null },
    ]);
  });
});
