import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { recordId } from "@/lib/validation/record-id";
import { CHUNK, chunkedUpload } from "@/tests/helpers/chunked-upload";

let currentActor: Actor | null = null;
jest.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentActor }));
const publicDataChanged = jest.fn();
jest.mock("@/lib/cache/public-data", () => ({ publicDataChanged: () => publicDataChanged() }));
jest.mock("@/lib/env", () => ({ env: () => ({ TRUSTED_PROXY_HOPS: 0 }) }));
const logged = jest.fn();
jest.mock("@/lib/log", () => ({ log: { error: (...args: unknown[]) => logged(...args), warn: jest.fn() } }));

const ORGANISATION = "clorganisation00000000001";
const OTHER = "clorganisation00000000002";
const person = (organisations: Actor["organisations"] = []): Actor => ({
  id: "cluser0000000000000000001",
  platformRole: "RESIDENT",
  twoFactorEnabled: false,
  organisations,
  institutions: [],
});
const context = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const get = (url = "http://localhost/r", init?: RequestInit) => new Request(url, init);

beforeEach(() => {
  currentActor = null;
  publicDataChanged.mockClear();
  logged.mockClear();
});

describe("routeHandler permissions", () => {
  const signedIn = routeHandler({ name: "test.signedIn", access: { permission: "news.write" } }, async ({ actor }) =>
    Response.json({ id: actor.id }),
  );
  const scoped = routeHandler(
    {
      name: "test.scoped",
      access: {
        permission: "organisation.edit",
        scopeOf: async ({ id }) => (id === ORGANISATION || id === OTHER ? { organisationId: id } : null),
      },
      params: z.object({ id: recordId }),
    },
    async ({ scope }) => Response.json({ scope }),
  );

  it("refuses visitors 401 and answers the signed-in", async () => {
    const refused = await signedIn(get());
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: "UNAUTHENTICATED" } });
    currentActor = person();
    expect(await (await signedIn(get())).json()).toEqual({ id: currentActor.id });
  });

  it("checks a scoped permission in the scope found on the server", async () => {
    currentActor = person([{ organisationId: ORGANISATION, role: "EDITOR" }]);
    const allowed = await scoped(get(), context({ id: ORGANISATION }));
    expect(await allowed.json()).toEqual({ scope: { organisationId: ORGANISATION } });
    const elsewhere = await scoped(get(), context({ id: OTHER }));
    expect([elsewhere.status, await elsewhere.json()]).toEqual([403, { error: { code: "FORBIDDEN" } }]);
    currentActor = null;
    expect((await scoped(get(), context({ id: ORGANISATION }))).status).toBe(401);
  });

  it("tells an official without two-factor authentication to switch it on", async () => {
    const INSTITUTION = "clinstitution000000000001";
    const managed = routeHandler(
      {
        name: "test.institution",
        access: { permission: "consultations.manage", scopeOf: async () => ({ institutionId: INSTITUTION }) },
      },
      async () => new Response("ok"),
    );
    currentActor = { ...person(), institutions: [{ institutionId: INSTITUTION, role: "OFFICIAL" }] };
    const refused = await managed(get());
    expect([refused.status, await refused.json()]).toEqual([403, { error: { code: "TWO_FACTOR_REQUIRED" } }]);
    currentActor = { ...currentActor, twoFactorEnabled: true };
    expect((await managed(get())).status).toBe(200);
  });

  it("answers NOT_FOUND for a malformed id or a scope that does not exist", async () => {
    currentActor = person([{ organisationId: ORGANISATION, role: "OWNER" }]);
    const malformed = await scoped(get(), context({ id: "../etc/passwd" }));
    expect([malformed.status, await malformed.json()]).toEqual([404, { error: { code: "NOT_FOUND" } }]);
    expect((await scoped(get(), context({ id: "clorganisation00000000009" }))).status).toBe(404);
  });

  it("refuses to build a scoped permission without scopeOf", () => {
    expect(() =>
      routeHandler({ name: "test.wrong", access: { permission: "organisation.edit" } }, async () => new Response()),
    ).toThrow(/scopeOf/);
  });
});

describe("routeHandler answers", () => {
  it("maps AppErrors to their status and code, and other errors to a logged 500", async () => {
    currentActor = person();
    const conflict = routeHandler({ name: "test.conflict", access: { permission: "news.write" } }, async () => {
      throw new AppError("CONFLICT", "detail for logs");
    });
    const answer = await conflict(get());
    expect([answer.status, await answer.json()]).toEqual([409, { error: { code: "CONFLICT" } }]);
    expect(logged).not.toHaveBeenCalled();

    const broken = routeHandler({ name: "test.broken", access: { permission: "news.write" } }, async () => {
      throw new Error("database on fire");
    });
    const failed = await broken(get());
    expect([failed.status, await failed.json()]).toEqual([500, { error: { code: "INTERNAL" } }]);
    expect(logged).toHaveBeenCalledWith("unexpected error", expect.objectContaining({ route: "test.broken" }));
  });

  it("answers refusals with the status alone where the route says so", async () => {
    const download = routeHandler(
      {
        name: "test.download",
        access: { permission: "files.download" },
        params: z.object({ id: recordId }),
        refusal: bareRefusal,
      },
      async () => new Response("file"),
    );
    const answer = await download(get(), context({ id: "nope" }));
    expect([answer.status, await answer.text()]).toEqual([404, ""]);
  });

  it("validates the query: INVALID by default, NOT_FOUND where the route says so", async () => {
    const query = z.object({ format: z.enum(["csv", "xlsx"]) });
    const strict = routeHandler({ name: "test.query", access: { public: true }, query }, async ({ query }) =>
      Response.json(query),
    );
    expect(await (await strict(get("http://localhost/r?format=csv"))).json()).toEqual({ format: "csv" });
    const invalid = await strict(get("http://localhost/r?format=pdf"));
    expect([invalid.status, await invalid.json()]).toEqual([400, { error: { code: "INVALID" } }]);
    const lenient = routeHandler(
      { name: "test.query404", access: { public: true }, query, invalidQuery: "NOT_FOUND" },
      async () => new Response("ok"),
    );
    expect((await lenient(get("http://localhost/r?format=pdf"))).status).toBe(404);
  });

  it("marks answers of routes that are not public no-store, unless the route chose its caching", async () => {
    currentActor = person();
    const plain = routeHandler({ name: "test.plain", access: { permission: "news.write" } }, async () =>
      Response.json({ ok: true }),
    );
    expect((await plain(get())).headers.get("cache-control")).toBe("no-store");
    const file = routeHandler({ name: "test.file", access: { permission: "files.download" } }, async () =>
      Response.json({}, { headers: { "Cache-Control": "public, max-age=300" } }),
    );
    expect((await file(get())).headers.get("cache-control")).toBe("public, max-age=300");
    const redirect = routeHandler({ name: "test.redirect", access: { permission: "news.write" } }, async () =>
      Response.redirect("http://localhost/elsewhere", 303),
    );
    const redirected = await redirect(get());
    expect([redirected.status, redirected.headers.get("cache-control")]).toEqual([303, "no-store"]);
    const feed = routeHandler({ name: "test.feed", access: { public: true } }, async () => new Response("<rss/>"));
    expect((await feed(get())).headers.get("cache-control")).toBeNull();
    // A public route's refusal is not kept by shared caches; its 304 (ETag) keeps the route's own caching.
    const board = routeHandler({ name: "test.board", access: { public: true } }, async () => {
      throw new AppError("NOT_FOUND", "board");
    });
    expect((await board(get())).headers.get("cache-control")).toBe("no-store");
    const unchanged = routeHandler(
      { name: "test.etag", access: { public: true } },
      async () => new Response(null, { status: 304 }),
    );
    expect((await unchanged(get())).headers.get("cache-control")).toBeNull();
  });

  it("hands the body the client's address for the audit log", async () => {
    const echo = routeHandler({ name: "test.meta", access: { public: true } }, async ({ meta }) => Response.json(meta));
    const answer = await echo(get("http://localhost/r", { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9" } }));
    expect(await answer.json()).toEqual({ ip: "203.0.113.9" });
  });
});

describe("routeHandler writes", () => {
  const write = (status: number) =>
    routeHandler({ name: "test.write", access: { permission: "news.write" }, writes: true }, async () => {
      if (status === 409) throw new AppError("CONFLICT");
      return Response.json({}, { status });
    });

  it("drops cached public output after a successful write only", async () => {
    currentActor = person();
    await write(201)(get());
    expect(publicDataChanged).toHaveBeenCalledTimes(1);
    await write(409)(get());
    await write(404)(get());
    currentActor = null;
    await write(201)(get());
    expect(publicDataChanged).toHaveBeenCalledTimes(1);
  });
});

describe("routeHandler uploads", () => {
  const MAX = 100 * 1024;
  const upload = routeHandler(
    { name: "test.upload", access: { permission: "news.write" }, upload: { maxFileBytes: MAX }, writes: true },
    async ({ upload }) => Response.json({ size: upload.file.size }, { status: 201 }),
  );

  it("hands the body the file within the limit", async () => {
    currentActor = person();
    const answer = await upload(chunkedUpload(10 * 1024).request);
    expect([answer.status, await answer.json()]).toEqual([201, { size: 10 * 1024 }]);
  });

  it("answers 413 for a body over the limit without reading all of it", async () => {
    currentActor = person();
    const big = chunkedUpload(50 * 1024 * 1024);
    const answer = await upload(big.request);
    expect([answer.status, await answer.json()]).toEqual([413, { error: { code: "TOO_LARGE" } }]);
    expect(big.pulled()).toBeLessThan(MAX + 64 * 1024 + 2 * CHUNK);
    expect(publicDataChanged).not.toHaveBeenCalled();
  });

  it("refuses a visitor before reading any of the body", async () => {
    const big = chunkedUpload(50 * 1024 * 1024);
    expect((await upload(big.request)).status).toBe(401);
    // The stream fills its one-chunk buffer by itself; nothing more is asked of it.
    expect(big.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it("lets a route refuse a person before the upload is read", async () => {
    currentActor = person();
    const admitting = routeHandler(
      {
        name: "test.admit",
        access: { permission: "news.write" },
        admit: async () => Response.json({ error: { code: "SUSPENDED" } }, { status: 403 }),
        upload: { maxFileBytes: MAX },
      },
      async () => new Response("never"),
    );
    const big = chunkedUpload(50 * 1024 * 1024);
    expect((await admitting(big.request)).status).toBe(403);
    expect(big.pulled()).toBeLessThanOrEqual(CHUNK);
  });
});
