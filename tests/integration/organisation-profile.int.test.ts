import { db } from "@/lib/db/client";
import type { OrganisationProfileInput } from "@/lib/organisations/profile-schemas";
import { getPublicProfile } from "@/lib/organisations/profile";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor, createAdministrator, createMember } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { editOrganisationAction, editOrganisationProfileAction } from "@/lib/organisations/actions";

const contact = (value = "", visibility: "PUBLIC" | "SIGNED_IN" | "MEMBERS" = "PUBLIC") => ({ value, visibility });
function profile(overrides: Partial<OrganisationProfileInput> = {}): OrganisationProfileInput {
  return {
    mission: "Pomagamy seniorom w Opolu.",
    description: "## Co robimy\n\nSpacery i **zajęcia**. <script>alert(1)</script>",
    foundedYear: "1998",
    membersCount: "25",
    volunteersCount: "",
    staffCount: "3",
    targetGroups: ["SENIORS", "FAMILIES"],
    territoryCodes: ["1661", "1609012"],
    contacts: {
      EMAIL: contact("biuro@seniorzy.example.org"),
      PHONE: contact("+48 77 123 45 67", "SIGNED_IN"),
      WEBSITE: contact("https://seniorzy.example.org"),
      FACEBOOK: contact(),
      INSTAGRAM: contact(),
      LINKEDIN: contact(),
      YOUTUBE: contact("https://youtube.example.com/@seniorzy", "MEMBERS"),
    },
    persons: [
      {
        name: "Maria Kontaktowa",
        function: "prezeska",
        email: "maria@seniorzy.example.org",
        phone: "",
        visibility: "SIGNED_IN",
      },
    ],
    ...overrides,
  };
}

let organisationId: string;

beforeAll(async () => {
  await createInstanceSettings();
  organisationId = (await createOrganisation({ name: "Stowarzyszenie Seniorów Opolskich" })).id;
});

describe("the organisation's profile", () => {
  it("is saved by an editor, with contacts and persons, and kept in the history", async () => {
    const editor = await createMember(organisationId, "EDITOR");
    actAs(editor);
    const result = await editOrganisationProfileAction({ organisationId, profile: profile() });
    expect(result).toEqual({ data: { saved: true } });
    const stored = await db().organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: { mission: true, foundedYear: true, membersCount: true, volunteersCount: true, targetGroups: true },
    });
    expect(stored).toEqual({
      mission: "Pomagamy seniorom w Opolu.",
      foundedYear: 1998,
      membersCount: 25,
      volunteersCount: null,
      targetGroups: ["SENIORS", "FAMILIES"],
    });
    expect(await db().organisationContact.count({ where: { organisationId } })).toBe(4);
    const [change] = await db().organisationChange.findMany({ where: { organisationId } });
    expect(change).toMatchObject({ source: "profile", actorUserId: editor.id });
    expect(Object.keys(change!.changes as object)).toEqual(
      expect.arrayContaining(["mission", "foundedYear", "contacts", "contactPersons", "territoryCodes"]),
    );

    // Saving the same again records nothing new; a change records only itself.
    await editOrganisationProfileAction({ organisationId, profile: profile() });
    await editOrganisationProfileAction({ organisationId, profile: profile({ staffCount: "4" }) });
    const changes = await db().organisationChange.findMany({
      where: { organisationId },
      orderBy: { createdAt: "asc" },
    });
    expect(changes).toHaveLength(2);
    expect(changes[1]!.changes).toEqual({ staffCount: { from: 3, to: 4 } });
  });

  it("shows each contact only to those its visibility allows", async () => {
    const kinds = async (viewer: "public" | "signedIn" | "member") =>
      (await getPublicProfile(organisationId, viewer))!.contacts.map((c) => c.kind).sort();
    expect(await kinds("public")).toEqual(["EMAIL", "WEBSITE"]);
    expect(await kinds("signedIn")).toEqual(["EMAIL", "PHONE", "WEBSITE"]);
    expect(await kinds("member")).toEqual(["EMAIL", "PHONE", "WEBSITE", "YOUTUBE"]);
    const anonymous = (await getPublicProfile(organisationId, "public"))!;
    expect(anonymous.contactPersons).toEqual([]);
    expect(anonymous.hiddenContacts).toBe(3);
    expect((await getPublicProfile(organisationId, "signedIn"))!.contactPersons.map((p) => p.name)).toEqual([
      "Maria Kontaktowa",
    ]);
  });

  it("refuses bad input with messages on the fields, and areas outside the region", async () => {
    actAs(await createMember(organisationId, "OWNER"));
    const bad = await editOrganisationProfileAction({
      organisationId,
      profile: profile({
        foundedYear: "3000",
        membersCount: "-2",
        contacts: { ...profile().contacts, EMAIL: contact("nie-mail"), WEBSITE: contact("javascript:alert(1)") },
      }),
    });
    const errors = bad?.validationErrors as { profile?: Record<string, unknown> } | undefined;
    expect(Object.keys(errors?.profile ?? {}).sort()).toEqual(["contacts", "foundedYear", "membersCount"]);
    const outside = await editOrganisationProfileAction({
      organisationId,
      profile: profile({ territoryCodes: ["1465011"] }),
    });
    expect(outside?.validationErrors).toEqual({ profile: { territoryCodes: { _errors: ["territoryInvalid"] } } });
    // Nothing already saved was lost.
    expect((await db().organisation.findUniqueOrThrow({ where: { id: organisationId } })).foundedYear).toBe(1998);
  });

  it("may be edited by owners, editors and administrators only", async () => {
    for (const actor of [await createMember(organisationId, "MEMBER"), await createActor(), null]) {
      actAs(actor);
      const result = await editOrganisationProfileAction({ organisationId, profile: profile({ mission: "Przejęte" }) });
      expect(result?.serverError).toBe(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    actAs(await createAdministrator());
    expect(
      (
        await editOrganisationProfileAction({
          organisationId,
          profile: profile({ mission: "Poprawione przez administratora" }),
        })
      )?.data,
    ).toEqual({ saved: true });
    expect((await db().organisation.findUniqueOrThrow({ where: { id: organisationId } })).mission).toBe(
      "Poprawione przez administratora",
    );
  });

  it("keeps record edits in the same history", async () => {
    actAs(await createMember(organisationId, "OWNER"));
    const organisation = await db().organisation.findUniqueOrThrow({
      where: { id: organisationId },
      include: { spheres: true },
    });
    // An ordinary association needs no KRS number.
    const result = await editOrganisationAction({
      organisationId,
      record: {
        name: "Stowarzyszenie Seniorów Opolskich „Razem”",
        shortName: "",
        legalForm: "ORDINARY_ASSOCIATION",
        krs: "",
        nip: "",
        regon: "",
        seatTerritoryCode: organisation.seatTerritoryCode,
        sphereIds: organisation.spheres.map((s) => s.sphereId),
      },
    });
    expect(result?.data?.slug).toBeDefined();
    const latest = await db().organisationChange.findFirstOrThrow({ where: { organisationId, source: "record" } });
    expect(latest.changes).toEqual({
      name: { from: "Stowarzyszenie Seniorów Opolskich", to: "Stowarzyszenie Seniorów Opolskich „Razem”" },
      legalForm: { from: "ASSOCIATION", to: "ORDINARY_ASSOCIATION" },
    });
  });
});
