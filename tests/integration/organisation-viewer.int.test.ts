// The personal parts of an organisation's page come from
// /api/organisations/[id]/viewer, since the page itself is the same for
// everyone and served from the page cache to signed-in people too.
import { db } from "@/lib/db/client";
import type { OrganisationViewer } from "@/lib/organisations/viewer-types";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor, createAdministrator, createMember } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { GET } from "@/app/api/organisations/[id]/viewer/route";
import { isSharedPath } from "@/lib/http/page-cache";
import { followOrganisationAction } from "@/lib/notifications/actions";
import { requestToJoinAction } from "@/lib/organisations/actions";

async function ask(id: string): Promise<{ status: number; cacheControl: string | null; body: OrganisationViewer }> {
  const response = await GET(new Request(`http://x/api/organisations/${id}/viewer`), {
    params: Promise.resolve({ id }),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    body: (await response.json()) as OrganisationViewer,
  };
}

let organisationId: string;

beforeAll(async () => {
  await createInstanceSettings();
  organisationId = (await createOrganisation({ name: "Fundacja Widoku", verifiedAt: new Date() })).id;
  await db().organisationContact.createMany({
    data: [
      { organisationId, kind: "EMAIL", value: "biuro@widok.example.org", visibility: "PUBLIC" },
      { organisationId, kind: "PHONE", value: "+48 77 000 00 01", visibility: "SIGNED_IN" },
      { organisationId, kind: "WEBSITE", value: "https://wewnetrzny.example.org", visibility: "MEMBERS" },
    ],
  });
});

const kinds = (viewer: OrganisationViewer) =>
  viewer.signedIn ? viewer.contacts.contacts.map((c) => c.kind).sort() : null;

describe("an organisation's page as its reader sees it", () => {
  it("is the same for everyone, so the page cache serves it to signed-in people too", () => {
    expect(isSharedPath("/organizacje/fundacja-widoku")).toBe(true);
    expect(isSharedPath("/en/organisations/fundacja-widoku")).toBe(true);
    expect(isSharedPath("/organizacje/fundacja-widoku/edycja")).toBe(false);
  });

  it("tells a visitor only that they are not signed in", async () => {
    actAs(null);
    const answer = await ask(organisationId);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ signedIn: false });
    expect(answer.cacheControl).toContain("no-store");
  });

  it("answers 404 for an organisation that does not exist, and for a malformed id", async () => {
    actAs(await createActor());
    expect((await ask("nie-ma-takiej")).status).toBe(404);
    expect((await ask("x".repeat(60))).status).toBe(404);
  });

  it("gives a signed-in reader the contacts for signed-in people, the follow button and the request to join", async () => {
    const reader = await createActor();
    actAs(reader);
    let answer = (await ask(organisationId)).body;
    expect(answer).toMatchObject({
      signedIn: true,
      role: null,
      mayActFor: false,
      mayFollow: true,
      following: false,
      mayEdit: false,
      mayViewMembers: false,
      mayRequestMembership: true,
      ownRequest: null,
    });
    expect(kinds(answer)).toEqual(["EMAIL", "PHONE"]);
    expect(answer.signedIn && answer.contacts.hiddenContacts).toBe(1);

    await followOrganisationAction({ organisationId, follow: true });
    await requestToJoinAction({ organisationId, message: "Chcemy pomagać." });
    answer = (await ask(organisationId)).body;
    expect(answer).toMatchObject({ following: true, ownRequest: { status: "PENDING" } });
  });

  it("gives a member their role, the links their role allows and the members' contacts", async () => {
    const editor = await createMember(organisationId, "EDITOR");
    actAs(editor);
    const answer = (await ask(organisationId)).body;
    expect(answer).toMatchObject({
      signedIn: true,
      role: "EDITOR",
      mayActFor: true,
      mayEdit: true,
      mayViewMembers: true,
      mayRequestMembership: false,
      ownRequest: null,
    });
    expect(kinds(answer)).toEqual(["EMAIL", "PHONE", "WEBSITE"]);

    const member = await createMember(organisationId, "MEMBER");
    actAs(member);
    expect((await ask(organisationId)).body).toMatchObject({ role: "MEMBER", mayEdit: false, mayActFor: true });
  });

  it("lets an administrator edit without being a member, and says nobody may act for an unverified organisation", async () => {
    const unverified = (await createOrganisation({ name: "Stowarzyszenie Niezweryfikowane" })).id;
    actAs(await createAdministrator());
    expect((await ask(unverified)).body).toMatchObject({ role: null, mayEdit: true, mayActFor: false });
    actAs(await createMember(unverified, "OWNER"));
    expect((await ask(unverified)).body).toMatchObject({ role: "OWNER", mayEdit: true, mayActFor: false });
  });
});
