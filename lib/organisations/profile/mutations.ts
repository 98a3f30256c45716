// The organisation's own profile: mission, description, counts, whom and
// where it works for, contacts with per-field visibility and contact persons.
// Saving replaces the lists whole and keeps the change in the history.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ContactVisibility } from "@/lib/generated/prisma/enums";
import { recordChange } from "@/lib/organisations/history/mutations";
import {
  contactKinds,
  type OrganisationProfile,
  type OrganisationProfileInput,
} from "@/lib/organisations/profile/schemas";
import { regionCode } from "@/lib/settings/platform-name";

export type ProfileOutcome = { ok: true } | { ok: false; field: "territoryCodes"; problem: "territoryInvalid" };

const profileSelect = {
  mission: true,
  description: true,
  foundedYear: true,
  membersCount: true,
  volunteersCount: true,
  staffCount: true,
  targetGroups: true,
  contacts: { select: { kind: true, value: true, visibility: true } },
  contactPersons: {
    select: { name: true, function: true, email: true, phone: true, visibility: true },
    orderBy: { sortOrder: "asc" },
  },
  territories: { select: { territoryCode: true } },
} as const;

export async function getProfile(organisationId: string) {
  return db().organisation.findUnique({ where: { id: organisationId }, select: profileSelect });
}

/** The profile in the comparable shape the history keeps. */
function historyShape(profile: {
  mission: string | null;
  description: string | null;
  foundedYear: number | null;
  membersCount: number | null;
  volunteersCount: number | null;
  staffCount: number | null;
  targetGroups: string[];
  territoryCodes: string[];
  contacts: { kind: string; value: string; visibility: string }[];
  persons: { name: string; function: string | null; email: string | null; phone: string | null; visibility: string }[];
}) {
  return {
    mission: profile.mission,
    description: profile.description,
    foundedYear: profile.foundedYear,
    membersCount: profile.membersCount,
    volunteersCount: profile.volunteersCount,
    staffCount: profile.staffCount,
    targetGroups: profile.targetGroups,
    territoryCodes: profile.territoryCodes,
    contacts: profile.contacts.map((c) => `${c.kind}: ${c.value} (${c.visibility})`),
    contactPersons: profile.persons.map((p) =>
      [p.name, p.function, p.email, p.phone, p.visibility].filter(Boolean).join(", "),
    ),
  };
}

/** Territories of the region only: the voivodeship, its powiats and its gminas. */
async function territoriesAreInRegion(codes: string[]): Promise<boolean> {
  if (codes.length === 0) return true;
  const region = await regionCode();
  const found = await db().territory.count({
    where: {
      code: { in: codes },
      voivodeshipCode: region,
      kind: { notIn: ["TOWN_PART", "RURAL_PART", "DISTRICT", "DELEGATURA"] },
    },
  });
  return found === new Set(codes).size;
}

export async function saveProfile(
  organisationId: string,
  profile: OrganisationProfile,
  context: { actorId: string; ip: string | null; asMember: boolean },
): Promise<ProfileOutcome> {
  const territoryCodes = [...new Set(profile.territoryCodes)];
  if (!(await territoriesAreInRegion(territoryCodes)))
    return { ok: false, field: "territoryCodes", problem: "territoryInvalid" };
  const contacts = Object.entries(profile.contacts)
    .filter(([, contact]) => contact.value !== "")
    .map(([kind, contact]) => ({
      kind: kind as keyof typeof profile.contacts,
      value: contact.value,
      visibility: contact.visibility,
    }));
  await db().$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId }, select: profileSelect });
    if (!before) throw new AppError("NOT_FOUND", organisationId);
    const fields = {
      mission: profile.mission,
      description: profile.description,
      foundedYear: profile.foundedYear,
      membersCount: profile.membersCount,
      volunteersCount: profile.volunteersCount,
      staffCount: profile.staffCount,
      targetGroups: [...new Set(profile.targetGroups)],
    };
    await recordChange(tx, {
      organisationId,
      actorUserId: context.actorId,
      source: "profile",
      before: historyShape({
        ...before,
        territoryCodes: before.territories.map((t) => t.territoryCode),
        persons: before.contactPersons,
      }),
      after: historyShape({ ...fields, territoryCodes, contacts, persons: profile.persons }),
    });
    await tx.organisation.update({ where: { id: organisationId }, data: fields });
    await tx.organisationContact.deleteMany({ where: { organisationId } });
    await tx.organisationContact.createMany({ data: contacts.map((c) => ({ organisationId, ...c })) });
    await tx.organisationContactPerson.deleteMany({ where: { organisationId } });
    await tx.organisationContactPerson.createMany({
      data: profile.persons.map((person, sortOrder) => ({ organisationId, sortOrder, ...person })),
    });
    await tx.organisationTerritory.deleteMany({ where: { organisationId } });
    await tx.organisationTerritory.createMany({
      data: territoryCodes.map((territoryCode) => ({ organisationId, territoryCode })),
    });
    await recordAuditEvent(
      {
        action: "organisation.edited",
        actorUserId: context.actorId,
        actingForOrganisationId: context.asMember ? organisationId : null,
        subjectType: "Organisation",
        subjectId: organisationId,
        ipAddress: context.ip,
        details: { part: "profile" },
      },
      tx,
    );
  });
  return { ok: true };
}

export type Viewer = "public" | "signedIn" | "member";

/** Whether someone who is `viewer` may see a detail shown to `visibility`. */
export function mayView(visibility: ContactVisibility, viewer: Viewer): boolean {
  if (visibility === "PUBLIC") return true;
  if (visibility === "SIGNED_IN") return viewer !== "public";
  return viewer === "member";
}

/** The profile as the edit form holds it: text in every field, every contact kind present. */
export function profileFormValues(
  profile: NonNullable<Awaited<ReturnType<typeof getProfile>>>,
): OrganisationProfileInput {
  const text = (value: number | string | null) => (value === null ? "" : String(value));
  const contacts = Object.fromEntries(
    contactKinds.map((kind) => {
      const found = profile.contacts.find((c) => c.kind === kind);
      return [
        kind,
        { value: found?.value ?? "", visibility: found?.visibility ?? (kind === "PHONE" ? "SIGNED_IN" : "PUBLIC") },
      ];
    }),
  ) as OrganisationProfileInput["contacts"];
  return {
    mission: profile.mission ?? "",
    description: profile.description ?? "",
    foundedYear: text(profile.foundedYear),
    membersCount: text(profile.membersCount),
    volunteersCount: text(profile.volunteersCount),
    staffCount: text(profile.staffCount),
    targetGroups: profile.targetGroups,
    territoryCodes: profile.territories.map((t) => t.territoryCode),
    contacts,
    persons: profile.contactPersons.map((p) => ({
      name: p.name,
      function: p.function ?? "",
      email: p.email ?? "",
      phone: p.phone ?? "",
      visibility: p.visibility,
    })),
  };
}

/** What the organisation's page shows of its profile to `viewer`; hidden contacts are counted, not sent. */
export async function getPublicProfile(organisationId: string, viewer: Viewer) {
  const profile = await db().organisation.findUnique({
    where: { id: organisationId },
    select: {
      ...profileSelect,
      territories: {
        select: { territory: { select: { code: true, name: true, kind: true } } },
        orderBy: { territoryCode: "asc" },
      },
    },
  });
  if (!profile) return null;
  const contacts = profile.contacts.filter((c) => mayView(c.visibility, viewer));
  const persons = profile.contactPersons.filter((p) => mayView(p.visibility, viewer));
  const hidden = profile.contacts.length - contacts.length + profile.contactPersons.length - persons.length;
  return {
    ...profile,
    contacts,
    contactPersons: persons,
    hiddenContacts: hidden,
    territories: profile.territories.map((t) => t.territory),
  };
}
export type PublicProfile = NonNullable<Awaited<ReturnType<typeof getPublicProfile>>>;
