// The write pipeline every server action goes through (lib/safe-action.ts),
// with actions built here from its clients: who is let in, how domain rules
// are answered, what reaches the body, and when the page is refreshed.
import { refresh } from "next/cache";
import { z } from "zod";
import { publicDataGeneration } from "@/lib/cache/public-data";
import { AppError } from "@/lib/errors";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal, type MayRefuse } from "@/lib/rule-errors/refusals";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
// The request's headers: outside a request Next.js has none.
let forwardedFor: string | null = null;
jest.mock("next/headers", () => ({
  ...jest.requireActual("next/headers"),
  headers: async () => new Headers(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
}));

// Imported after the mocks so the clients see the mocked session and headers.
import { actionClient, scopedAction, signedInClient } from "@/lib/safe-action";

const resident = {
  id: "resident-1",
  platformRole: "RESIDENT" as const,
  twoFactorEnabled: false,
  organisations: [{ organisationId: "org-1", role: "OWNER" as const }],
  institutions: [],
};

const refreshed = refresh as jest.Mock;
const ran = jest.fn();
const input = z.object({ word: z.string().min(3) });

const echoAction = signedInClient
  .metadata({ name: "echo", permission: "forum.post" })
  .inputSchema(input)
  .action(async ({ parsedInput, ctx }) => {
    ran();
    return { actorId: ctx.actor.id, ip: ctx.meta.ip, word: parsedInput.word };
  });

type TestRefusal = "closed" | "stale";
const refusingAction = signedInClient
  .metadata({ name: "refusing", permission: "forum.post" })
  .inputSchema(input)
  .action(async ({ parsedInput }): MayRefuse<{ done: true }, TestRefusal> => {
    if (parsedInput.word === "closed") throw new RuleRefusal<TestRefusal>("closed");
    if (parsedInput.word === "field") throw new FieldRuleError([{ field: "word", message: "wordTaken" }]);
    if (parsedInput.word === "failure") throw new AppError("CONFLICT", "test");
    return { done: true };
  });

const unrefreshedAction = signedInClient
  .metadata({ name: "unrefreshed", permission: "forum.post", refresh: "never" })
  .action(async () => ({ done: true }));

const personalAction = signedInClient
  .metadata({ name: "personal", permission: "forum.post", refresh: "never", writes: "personal" })
  .action(async () => ({ marked: true }));

const staleAction = signedInClient
  .metadata({ name: "stale", permission: "forum.post", refresh: "evenWhenRefused" })
  .action(async (): MayRefuse<{ done: true }, TestRefusal> => {
    throw new RuleRefusal<TestRefusal>("stale");
  });

const scopedRefusingAction = scopedAction(
  { name: "scopedRefusing", permission: "organisation.edit" },
  z.object({ organisationId: z.string() }),
  async (given) => ({ organisationId: given.organisationId }),
  async ({ ctx, parsedInput }): MayRefuse<{ saved: string }, TestRefusal> => {
    if (ctx.scope.organisationId === "org-1") throw new RuleRefusal<TestRefusal>("stale");
    return { saved: parsedInput.organisationId };
  },
);

// A scope look-up that refuses: its refusal would reach people before their permission is checked.
const scopeRefusingAction = scopedAction(
  { name: "scopeRefusing", permission: "organisation.edit" },
  z.object({ organisationId: z.string() }),
  async (): Promise<{ organisationId: string } | null> => {
    throw new RuleRefusal<TestRefusal>("closed");
  },
  async () => ({ saved: true }),
);

const misbuiltAction = actionClient
  .metadata({ name: "misbuilt", permission: "forum.post" })
  .action(async () => ({ done: true }));

beforeEach(() => {
  actAs(null);
  forwardedFor = null;
  ran.mockClear();
  refreshed.mockClear();
});

describe("the action pipeline", () => {
  it("refuses a visitor to a signed-in action before the input is validated or the body runs", async () => {
    const result = await echoAction({ word: "x" });
    expect(result).toEqual({ serverError: "UNAUTHENTICATED" });
    expect(ran).not.toHaveBeenCalled();
    expect(refreshed).not.toHaveBeenCalled();
  });

  it("hands the body the signed-in actor and the client's address", async () => {
    actAs(resident);
    forwardedFor = "203.0.113.9";
    const result = await echoAction({ word: "hello" });
    expect(result.data).toEqual({ actorId: "resident-1", ip: "203.0.113.9", word: "hello" });
  });

  it("refreshes the page and drops cached public output after an action that wrote", async () => {
    actAs(resident);
    const generation = publicDataGeneration();
    expect((await refusingAction({ word: "fine" })).data).toEqual({ done: true });
    expect(refreshed).toHaveBeenCalledTimes(1);
    expect(publicDataGeneration()).toBe(generation + 1);
  });

  it("answers a rule refusal as { refused }, and refreshes nothing", async () => {
    actAs(resident);
    const generation = publicDataGeneration();
    const result = await refusingAction({ word: "closed" });
    expect(result).toEqual({ data: { refused: "closed" } });
    // The client sees the codes the body declared (this line does not compile otherwise).
    const code: TestRefusal | null = result.data && "refused" in result.data ? result.data.refused : null;
    expect(code).toBe("closed");
    expect(await scopedRefusingAction({ organisationId: "org-1" })).toEqual({ data: { refused: "stale" } });
    expect(refreshed).not.toHaveBeenCalled();
    expect(publicDataGeneration()).toBe(generation);
  });

  it("never answers a refusal from a scope look-up, which runs before the permission is checked", async () => {
    actAs({ ...resident, organisations: [] });
    expect(await scopeRefusingAction({ organisationId: "org-1" })).toEqual({ serverError: "INTERNAL" });
  });

  it("answers a field rule as the field's validation error, and a failure as its code, refreshing nothing", async () => {
    actAs(resident);
    const generation = publicDataGeneration();
    expect(await refusingAction({ word: "field" })).toEqual({ validationErrors: { word: { _errors: ["wordTaken"] } } });
    expect(await refusingAction({ word: "failure" })).toEqual({ serverError: "CONFLICT" });
    expect(await refusingAction({ word: "no" })).toHaveProperty("validationErrors.word._errors");
    expect(refreshed).not.toHaveBeenCalled();
    expect(publicDataGeneration()).toBe(generation);
  });

  it("leaves the page as it is when the action says so, still dropping cached public output", async () => {
    actAs(resident);
    const generation = publicDataGeneration();
    expect((await unrefreshedAction()).data).toEqual({ done: true });
    expect(refreshed).not.toHaveBeenCalled();
    expect(publicDataGeneration()).toBe(generation + 1);
  });

  it("keeps cached public output after an action that writes only what its actor sees", async () => {
    actAs(resident);
    const generation = publicDataGeneration();
    expect((await personalAction()).data).toEqual({ marked: true });
    expect(refreshed).not.toHaveBeenCalled();
    expect(publicDataGeneration()).toBe(generation);
  });

  it("refreshes the page after a refusal that says it is out of date, when the action asks for it", async () => {
    actAs(resident);
    const generation = publicDataGeneration();
    expect(await staleAction()).toEqual({ data: { refused: "stale" } });
    expect(refreshed).toHaveBeenCalledTimes(1);
    expect(publicDataGeneration()).toBe(generation);
  });

  it("refuses an action built on the visitors' client with a permission that needs a signed-in person", async () => {
    actAs(resident);
    expect(await misbuiltAction()).toEqual({ serverError: "INTERNAL" });
  });
});
