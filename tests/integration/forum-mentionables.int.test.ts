// GET /api/forum/mentionables: whom a writer may mention in a category, through
// the route (its permission, query and caching come from routeHandler).
import { createForumCategory } from "@/tests/factories/forum";
import { createActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { handleMentionables } from "@/lib/forum/mention-handlers";

const ask = (query: string) => handleMentionables(new Request(`http://localhost/api/forum/mentionables?${query}`));

beforeAll(async () => {
  await createInstanceSettings();
});

describe("the mention list", () => {
  it("is for writers of the category only, with a valid query, and never cached by others", async () => {
    const open = await createForumCategory();
    const officials = await createForumCategory({ access: "OFFICIALS" });
    const named = await createActor({ name: "Bożena Wzmiankowa" });

    actAs(null);
    const visitor = await ask(`q=bo&category=${open.id}`);
    expect([visitor.status, await visitor.json()]).toEqual([401, { error: { code: "UNAUTHENTICATED" } }]);

    actAs(await createActor());
    const malformed = await ask("q=bo&category=../x");
    expect([malformed.status, await malformed.json()]).toEqual([400, { error: { code: "INVALID" } }]);
    expect((await ask(`q=${"a".repeat(61)}&category=${open.id}`)).status).toBe(400);
    const closed = await ask(`q=bo&category=${officials.id}`);
    expect([closed.status, await closed.json()]).toEqual([404, { error: { code: "NOT_FOUND" } }]);

    const found = await ask(`q=${encodeURIComponent("Bożena Wzmiankowa")}&category=${open.id}`);
    expect([found.status, found.headers.get("cache-control")]).toEqual([200, "private, no-store"]);
    expect(((await found.json()) as { data: { id: string }[] }).data.map((m) => m.id)).toContain(named.id);
  });
});
