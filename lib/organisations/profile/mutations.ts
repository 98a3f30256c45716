// The organisation's own profile: mission, description, counts, whom and
// where it works for, contacts with per-field visibility and contact persons.
// Saving replaces the lists whole and keeps the change in the history.
// Reading it is in queries.ts.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordChange } from "@/lib/organisations/history/mutations";
import { profileSelect } from "@/lib/organisations/profile/queries";
import type { OrganisationProfile } from "@/lib/organisations/profile/schemas";
import { regionCode } from "@/lib/settings/platform-name";

export type ProfileOutcome = { ok: true } | { ok: false; field: "territoryCodes"; problem: "territoryInvalid" };

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
