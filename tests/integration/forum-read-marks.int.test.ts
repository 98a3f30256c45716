import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { createCategory } from "@/lib/forum/categories";
import { reply, startThread } from "@/lib/forum/posts";
import { threadForReader } from "@/lib/forum/queries";
import type { CategoryFields } from "@/lib/forum/schemas";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { markReadAction } from "@/lib/forum/actions";

/** A person with an account a month old, so the forum's limits for newcomers stay out of the way. */
const person = (organisationId?: string): Promise<Actor> =>
  createActor({
    createdAt: new Date(Date.now() - 30 * 24 * 3600 * 1000),
    organisations: organisationId ? [{ id: organisationId }] : [],
  });

const fields = (name: string, access: CategoryFields["access"]): CategoryFields => ({
  name: { pl: name, en: `${name} (EN)`, de: `${name} (DE)` },
  description: { pl: "Kategoria do testów znaczników.", en: "For tests.", de: "Für Tests." },
  access,
  openToPublic: false,
});

let key = 0;
const submissionKey = () => `read-mark-test-${String(++key).padStart(6, "0")}`;

/** A thread of `posts` posts in a category open to `access`, written by a representative of an organisation. */
async function thread(access: CategoryFields["access"], posts: number) {
  const organisationId = (await createOrganisation({ name: `Stowarzyszenie ${++key}`, verifiedAt: new Date() })).id;
  const writer = await person(organisationId);
  const category = await createCategory(fields(`Znaczniki ${key}`, access), { userId: writer.id, ip: null });
  const { threadId } = await startThread(writer, {
    categoryId: category.id,
    title: "Wątek o czytaniu",
    body: "Pierwszy wpis.",
    actingFor: null,
    submissionKey: submissionKey(),
  });
  for (let n = 2; n <= posts; n++)
    await reply(writer, { threadId, body: `Wpis ${n}.`, actingFor: null, submissionKey: submissionKey() });
  return threadId;
}

beforeAll(async () => {
  await createInstanceSettings();
});

describe("marking a thread read once its page is shown", () => {
  it("moves the reader's mark to the last post shown, forward only and never past the last post", async () => {
    const threadId = await thread("SIGNED_IN", 3);
    const reader = await person();
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(0);
    actAs(reader);
    expect((await markReadAction({ threadId, upTo: 2 })).data).toEqual({ marked: true });
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(2);
    await markReadAction({ threadId, upTo: 1 });
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(2);
    await markReadAction({ threadId, upTo: 999 });
    expect((await threadForReader(reader, threadId))?.lastRead).toBe(3);
  });

  it("is refused to visitors and, as not found, to people who may not read the thread", async () => {
    const threadId = await thread("REPRESENTATIVES", 1);
    actAs(null);
    expect((await markReadAction({ threadId, upTo: 1 })).serverError).toBe("UNAUTHENTICATED");
    const outsider = await person();
    actAs(outsider);
    expect((await markReadAction({ threadId, upTo: 1 })).serverError).toBe("NOT_FOUND");
    expect(await db().forumReadMark.count({ where: { threadId, userId: outsider.id } })).toBe(0);
  });

  it("takes only a post number from 1 up", async () => {
    const threadId = await thread("SIGNED_IN", 1);
    actAs(await person());
    expect((await markReadAction({ threadId, upTo: 0 })).validationErrors).toBeDefined();
  });
});
