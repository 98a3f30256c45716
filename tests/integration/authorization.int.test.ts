// Every mutating action of organisations and institutions, called directly
// (bypassing the UI) by a visitor, by a person without the permission and by
// a member of another organisation or institution: each is refused and
// changes nothing.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { addOrganisationDocument } from "@/lib/organisations/documents/mutations";
import { shownFactsOf } from "@/lib/organisations/shown-facts";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { pdfFile } from "@/tests/factories/document-files";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createPerson } from "@/tests/factories/people";
import { signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  changeOfficialRoleAction,
  editInstitutionOfficeAction,
  removeOfficialAction,
} from "@/lib/institutions/actions";
import {
  acceptInvitationAction,
  changeMemberRoleAction,
  decideJoinRequestAction,
  decideOfficialRequestAction,
  editOrganisationAction,
  inviteMemberAction,
  leaveOrganisationAction,
  registerOrganisationAction,
  removeMemberAction,
  removeOrganisationDocumentAction,
  removeOrganisationLogoAction,
  requestOfficialStatusAction,
  requestToJoinAction,
  revokeInvitationAction,
  setOrganisationVerifiedAction,
  withdrawMembershipRequestAction,
} from "@/lib/organisations/actions";

type Role =
  | "visitor"
  | "resident"
  | "moderator"
  | "ownerOfB"
  | "editorOfA"
  | "memberOfA"
  | "ownerOfA"
  | "adminOfI2"
  | "officialOfI1";

let fixture: Awaited<ReturnType<typeof buildFixture>>;

async function buildFixture() {
  // Two-factor authentication on for everyone: refusals here must come from scope, not from a missing second factor.
  const person = (platformRole: Actor["platformRole"] = "RESIDENT") => createPerson({ platformRole, twoFactor: true });
  const organisation = (slug: string, krs: string) =>
    db().organisation.create({
      data: { slug, name: slug, legalForm: "ASSOCIATION", krs, seatTerritoryCode: "1661011" },
    });
  const [a, b] = [await organisation("org-a", "0000000001"), await organisation("org-b", "0000000002")];
  const [i1, i2] = await Promise.all([
    db().institution.findUniqueOrThrow({ where: { territoryCode: "1607053" } }),
    db().institution.findUniqueOrThrow({ where: { territoryCode: "1601052" } }),
  ]);
  const people = {
    resident: await person(),
    moderator: await person("MODERATOR"),
    ownerOfA: await person(),
    editorOfA: await person(),
    memberOfA: await person(),
    ownerOfB: await person(),
    adminOfI1: await person(),
    officialOfI1: await person(),
    adminOfI2: await person(),
    applicant: await person(),
  };
  await db().organisationMembership.createMany({
    data: [
      { userId: people.ownerOfA.id, organisationId: a.id, role: "OWNER" },
      { userId: people.editorOfA.id, organisationId: a.id, role: "EDITOR" },
      { userId: people.memberOfA.id, organisationId: a.id, role: "MEMBER" },
      { userId: people.ownerOfB.id, organisationId: b.id, role: "OWNER" },
    ],
  });
  await db().institutionMembership.createMany({
    data: [
      { userId: people.adminOfI1.id, institutionId: i1.id, role: "ADMINISTRATOR" },
      { userId: people.officialOfI1.id, institutionId: i1.id, role: "OFFICIAL" },
      { userId: people.adminOfI2.id, institutionId: i2.id, role: "ADMINISTRATOR" },
    ],
  });
  const joinRequest = await db().membershipRequest.create({
    data: { userId: people.applicant.id, organisationId: a.id },
  });
  const officialRequest = await db().membershipRequest.create({
    data: { userId: people.applicant.id, institutionId: i1.id },
  });
  const invitation = await db().organisationInvitation.create({
    data: {
      organisationId: a.id,
      email: "zaproszona@example.org",
      role: "MEMBER",
      tokenHash: "x".repeat(64),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  // A's public files: removing them is organisation.edit in A.
  await db().organisationLogo.create({
    data: {
      organisationId: a.id,
      data: new Uint8Array([1]),
      contentType: "image/webp",
      width: 1,
      height: 1,
      etag: "e",
    },
  });
  const document = await addOrganisationDocument(
    a.id,
    { kind: "STATUTE", title: "Statut", year: null },
    { bytes: pdfFile(), name: "statut.pdf" },
    people.ownerOfA.id,
  );
  return { a, b, i1, i2, people, joinRequest, officialRequest, invitation, document };
}

/** Everything these actions could change, to prove a refusal changed nothing. */
async function snapshot() {
  const [audit, organisations, memberships, officials, requests, invitations, institutions, logos, documents] =
    await Promise.all([
      db().auditEvent.count(),
      db().organisation.findMany({ orderBy: { id: "asc" } }),
      db().organisationMembership.findMany({ orderBy: [{ organisationId: "asc" }, { userId: "asc" }] }),
      db().institutionMembership.findMany({ orderBy: [{ institutionId: "asc" }, { userId: "asc" }] }),
      db().membershipRequest.findMany({ orderBy: { id: "asc" } }),
      db().organisationInvitation.findMany({ orderBy: { id: "asc" } }),
      db().institution.findMany({ where: { id: { in: [fixture.i1.id, fixture.i2.id] } }, orderBy: { id: "asc" } }),
      db().organisationLogo.findMany({ orderBy: { organisationId: "asc" } }),
      db().organisationDocument.findMany({ orderBy: { id: "asc" } }),
    ]);
  return { audit, organisations, memberships, officials, requests, invitations, institutions, logos, documents };
}

async function actAs(role: Role) {
  await signInAs(role === "visitor" ? null : fixture.people[role]);
}

type Outcome = { serverError?: string; validationErrors?: unknown; data?: unknown };
const record = {
  name: "Zmieniona nazwa",
  shortName: "",
  legalForm: "ASSOCIATION" as const,
  krs: "1",
  nip: "",
  regon: "",
  seatTerritoryCode: "1661011",
  sphereIds: ["udpp-4-1-13"],
};
const office = { officeName: "Przejęty urząd", address: "", email: "", phone: "", website: "" };

// [action name, call, roles that must be refused]
const cases: [string, () => Promise<Outcome | undefined>, Role[]][] = [
  ["registerOrganisation", () => registerOrganisationAction(record), ["visitor"]],
  [
    "editOrganisation",
    () => editOrganisationAction({ organisationId: fixture.a.id, record }),
    ["visitor", "resident", "ownerOfB", "memberOfA", "adminOfI2"],
  ],
  [
    "setOrganisationVerified",
    () =>
      setOrganisationVerifiedAction({
        organisationId: fixture.a.id,
        verified: true,
        shownFacts: shownFactsOf(fixture.a),
      }),
    ["visitor", "resident", "moderator", "ownerOfA"],
  ],
  ["requestToJoin", () => requestToJoinAction({ organisationId: fixture.a.id, message: "" }), ["visitor"]],
  [
    "requestOfficialStatus",
    () => requestOfficialStatusAction({ institutionId: fixture.i1.id, message: "" }),
    ["visitor"],
  ],
  [
    "withdrawMembershipRequest",
    () => withdrawMembershipRequestAction({ requestId: fixture.joinRequest.id }),
    ["visitor", "resident", "ownerOfA"],
  ],
  [
    "decideJoinRequest",
    () => decideJoinRequestAction({ requestId: fixture.joinRequest.id, decision: "approve" }),
    ["visitor", "resident", "ownerOfB", "editorOfA", "memberOfA", "adminOfI2"],
  ],
  [
    "decideJoinRequest on an institution's request",
    () => decideJoinRequestAction({ requestId: fixture.officialRequest.id, decision: "approve" }),
    ["ownerOfA"],
  ],
  [
    "decideOfficialRequest",
    () => decideOfficialRequestAction({ requestId: fixture.officialRequest.id, decision: "approve" }),
    ["visitor", "resident", "adminOfI2", "officialOfI1", "ownerOfA"],
  ],
  [
    "changeMemberRole",
    () => changeMemberRoleAction({ organisationId: fixture.a.id, userId: fixture.people.memberOfA.id, role: "OWNER" }),
    ["visitor", "resident", "ownerOfB", "editorOfA", "memberOfA"],
  ],
  [
    "changeMemberRole across organisations",
    () => changeMemberRoleAction({ organisationId: fixture.b.id, userId: fixture.people.memberOfA.id, role: "OWNER" }),
    ["ownerOfB"],
  ],
  [
    "removeMember",
    () => removeMemberAction({ organisationId: fixture.a.id, userId: fixture.people.editorOfA.id }),
    ["visitor", "resident", "ownerOfB", "editorOfA", "memberOfA"],
  ],
  [
    "leaveOrganisation",
    () => leaveOrganisationAction({ organisationId: fixture.a.id }),
    ["visitor", "resident", "ownerOfB"],
  ],
  [
    "inviteMember",
    () => inviteMemberAction({ organisationId: fixture.a.id, email: "nowa@example.org", role: "OWNER", locale: "pl" }),
    ["visitor", "resident", "ownerOfB", "editorOfA", "memberOfA"],
  ],
  [
    "revokeInvitation",
    () => revokeInvitationAction({ invitationId: fixture.invitation.id }),
    ["visitor", "resident", "ownerOfB", "editorOfA"],
  ],
  ["acceptInvitation", () => acceptInvitationAction({ token: "a".repeat(43) }), ["visitor"]],
  [
    "removeOrganisationLogo",
    () => removeOrganisationLogoAction({ organisationId: fixture.a.id }),
    ["visitor", "resident", "ownerOfB", "memberOfA", "adminOfI2"],
  ],
  [
    "removeOrganisationDocument",
    () => removeOrganisationDocumentAction({ organisationId: fixture.a.id, documentId: fixture.document.id }),
    ["visitor", "resident", "ownerOfB", "memberOfA", "adminOfI2"],
  ],
  [
    "removeOrganisationDocument (named under another organisation)",
    () => removeOrganisationDocumentAction({ organisationId: fixture.b.id, documentId: fixture.document.id }),
    ["ownerOfB"],
  ],
  [
    "editInstitutionOffice",
    () => editInstitutionOfficeAction({ institutionId: fixture.i1.id, office }),
    ["visitor", "resident", "adminOfI2", "officialOfI1", "ownerOfA"],
  ],
  [
    "changeOfficialRole",
    () =>
      changeOfficialRoleAction({
        institutionId: fixture.i1.id,
        userId: fixture.people.officialOfI1.id,
        role: "ADMINISTRATOR",
      }),
    ["visitor", "resident", "adminOfI2", "officialOfI1"],
  ],
  [
    "changeOfficialRole across institutions",
    () =>
      changeOfficialRoleAction({
        institutionId: fixture.i2.id,
        userId: fixture.people.officialOfI1.id,
        role: "ADMINISTRATOR",
      }),
    ["adminOfI2"],
  ],
  [
    "removeOfficial",
    () => removeOfficialAction({ institutionId: fixture.i1.id, userId: fixture.people.officialOfI1.id }),
    ["visitor", "resident", "adminOfI2", "officialOfI1"],
  ],
];

beforeAll(async () => {
  await createInstanceSettings();
  await seedInstitutions("16");
  fixture = await buildFixture();
});

describe.each(cases)("%s", (_name, call, refused) => {
  it.each(refused)("is refused to %s and changes nothing", async (role) => {
    await actAs(role);
    const before = await snapshot();
    const result = await call();
    expect(result?.data).toBeUndefined();
    const expected = role === "visitor" ? ["UNAUTHENTICATED"] : ["FORBIDDEN", "NOT_FOUND", "CONFLICT"];
    expect(expected).toContain(result?.serverError);
    expect(await snapshot()).toEqual(before);
  });
});
