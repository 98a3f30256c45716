// The forum's page is the same for everyone and lists the categories open to
// visitors; a signed-in reader's own list comes from /api/forum/categories.
import { createForumCategory } from "@/tests/factories/forum";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor, createMember, createOfficial } from "@/tests/factories/people";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstitution } from "@/tests/factories/institutions";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { GET } from "@/app/api/forum/categories/route";
import type { ReaderCategories } from "@/lib/forum/category-view";
import { isSharedPath } from "@/lib/http/page-cache";

async function ask(query: string): Promise<{ status: number; cacheControl: string | null; body: ReaderCategories }> {
  const response = await GET(new Request(`http://x/api/forum/categories?${query}`), {
    params: Promise.resolve({}),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    body: (await response.json()) as ReaderCategories,
  };
}

const slugs = (answer: ReaderCategories) => (answer.signedIn ? answer.categories.map((c) => c.slug) : null);

beforeAll(async () => {
  await createInstanceSettings();
  await createForumCategory({ slug: "dla-wszystkich", position: 1, openToPublic: true });
  await createForumCategory({
    slug: "dla-czlonkow",
    position: 2,
    access: "SIGNED_IN",
    name: { pl: "Dla członków", en: "", de: "" },
  });
  await createForumCategory({ slug: "dla-przedstawicieli", position: 3, access: "REPRESENTATIVES" });
  await createForumCategory({ slug: "dla-urzednikow", position: 4, access: "OFFICIALS" });
});

describe("the forum's categories for whoever is reading", () => {
  it("come from the browser, so the forum's page is served from the page cache to signed-in people too", () => {
    expect(isSharedPath("/forum")).toBe(true);
    expect(isSharedPath("/en/forum")).toBe(true);
    expect(isSharedPath("/forum/watki/abc")).toBe(false);
  });

  it("tell a visitor only that they are not signed in, and are never stored", async () => {
    actAs(null);
    const answer = await ask("locale=pl");
    expect(answer).toEqual({
      status: 200,
      cacheControl: expect.stringContaining("no-store"),
      body: { signedIn: false },
    });
  });

  it("refuse a language the platform does not have", async () => {
    actAs(await createActor());
    expect((await ask("locale=fr")).status).toBe(400);
    expect((await ask("")).status).toBe(400);
  });

  it("list for each reader the categories their access allows, in order, in their language", async () => {
    actAs(await createActor());
    const person = (await ask("locale=en")).body;
    expect(slugs(person)).toEqual(["dla-wszystkich", "dla-czlonkow"]);
    // A name not written in English is shown in Polish, marked as such.
    expect(person.signedIn && person.categories[1]).toMatchObject({ name: "Dla członków", nameIsPolish: true });
    expect(person.signedIn && person.categories[0]).toMatchObject({ name: "General", nameIsPolish: false });

    const organisation = await createOrganisation({ name: "Fundacja Forum", verifiedAt: new Date() });
    actAs(await createMember(organisation.id, "MEMBER"));
    expect(slugs((await ask("locale=pl")).body)).toEqual(["dla-wszystkich", "dla-czlonkow", "dla-przedstawicieli"]);

    const institution = await createInstitution();
    actAs(await createOfficial(institution.id));
    expect(slugs((await ask("locale=pl")).body)).toEqual(["dla-wszystkich", "dla-czlonkow", "dla-urzednikow"]);
  });
});
