// Reading an organisation's profile: for its edit form, and for its public
// page as a given viewer may see it (policy.ts).
import { db } from "@/lib/db/client";
import { mayView, type Viewer } from "@/lib/organisations/profile/policy";
import type { ContactKind, ContactVisibility } from "@/lib/generated/prisma/enums";
import { contactKinds, type OrganisationProfileInput } from "@/lib/organisations/profile/schemas";

export const profileSelect = {
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

/** The contacts and contact persons `viewer` may see (from a record selected with contactsSelect); the rest counted, not sent. */
export function contactsFor(
  record: {
    contacts: { kind: ContactKind; value: string; visibility: ContactVisibility }[];
    contactPersons: {
      name: string;
      function: string | null;
      email: string | null;
      phone: string | null;
      visibility: ContactVisibility;
    }[];
  },
  viewer: Viewer,
) {
  const contacts = record.contacts.filter((c) => mayView(c.visibility, viewer));
  const contactPersons = record.contactPersons.filter((p) => mayView(p.visibility, viewer));
  const hiddenContacts =
    record.contacts.length - contacts.length + record.contactPersons.length - contactPersons.length;
  return { contacts, contactPersons, hiddenContacts };
}

export const contactsSelect = {
  contacts: profileSelect.contacts,
  contactPersons: profileSelect.contactPersons,
} as const;

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
  return {
    ...profile,
    ...contactsFor(profile, viewer),
    territories: profile.territories.map((t) => t.territory),
  };
}
export type PublicProfile = NonNullable<Awaited<ReturnType<typeof getPublicProfile>>>;
