// Every server action is built from these clients. Metadata names the action
// and the one permission it needs, and the permission is checked before the
// action's body runs, so no action can forget it:
// - actionClient for permissions without a resource that visitors may hold too
//   (signing up, reading a link from an e-mail); ctx.actor may be null;
// - signedInClient for permissions without a resource that need a signed-in
//   person (taking part, moderating, administering): visitors are refused
//   before their input is validated, and ctx.actor is never null;
// - scopedAction for organisation and institution permissions: it validates the
//   input, looks up on the server which organisation or institution the input
//   touches (never trusting an id the client claims), and checks the actor's
//   membership there.
// A body may throw a RuleRefusal, which the client receives as `{ refused: code }`
// (the body declares the codes in its return type, MayRefuse), or a
// FieldRuleError, which it receives as validation errors of the fields named.
// Only AppError codes reach the client as server errors; anything else is
// logged and becomes INTERNAL. After every action that wrote, the pipeline
// refreshes the page (afterAction): neither actions nor components do it
// themselves.
import "server-only";
import { refresh } from "next/cache";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import {
  can,
  isScoped,
  permissionNames,
  permissions,
  type Actor,
  type Permission,
  type Scope,
} from "@/lib/auth/permissions";
import { permissionRefusal } from "@/lib/auth/permission-refusal";
import { getCurrentUser } from "@/lib/auth/session";
import { publicDataChanged } from "@/lib/cache/public-data";
import { AppError, toPublicError, type AppErrorCode } from "@/lib/errors";
import { clientIp, type ActionMeta } from "@/lib/http/request-context";
import { FieldRuleError, returnFieldProblems } from "@/lib/rule-errors/field-rules";
import { isRefused, RuleRefusal, type Refused } from "@/lib/rule-errors/refusals";

/** Runs an action's body, answering the domain rules it throws as results the form shows. */
async function answeringRules<Result>(body: () => Promise<Result>): Promise<Result | Refused<string>> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof RuleRefusal) return { refused: error.refusal };
    if (error instanceof FieldRuleError) returnFieldProblems(error);
    throw error;
  }
}

type Method = (...args: unknown[]) => unknown;

const isClientLike = (value: unknown, client: object): value is object =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.getPrototypeOf(client);

/**
 * The client, and every client derived from it, with each action's body run
 * through answeringRules. It wraps the body because next-safe-action turns
 * whatever a body throws into a server error before any middleware sees it.
 * The types stay next-safe-action's own.
 */
function withRuleAnswers<Client extends object>(client: Client): Client {
  return new Proxy(client, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property);
      if (typeof member !== "function") return member;
      const method = member as Method;
      if (property === "action" || property === "stateAction") {
        return (body: Method, ...rest: unknown[]) =>
          method.call(target, (...args: unknown[]) => answeringRules(async () => body(...args)), ...rest);
      }
      // use, metadata, inputSchema…: each returns a new client, which answers the rules too.
      return (...args: unknown[]) => {
        const made = method.apply(target, args);
        return isClientLike(made, target) ? withRuleAnswers(made) : made;
      };
    },
  });
}

const metadataSchema = z.object({
  name: z.string().min(1),
  permission: z.enum(permissionNames),
  /**
   * When the page is refreshed; by default after a write (see afterAction).
   * - "never": a re-rendered page would replace what the form shows once
   *   (a ballot's receipt) or send the person away before the form does
   *   (an account just deleted);
   * - "evenWhenRefused": also after a refusal, when it says the page is out of
   *   date (posts rewritten since the moderation queue was loaded).
   */
  refresh: z.enum(["never", "evenWhenRefused"]).optional(),
  /**
   * "personal": the action writes only what its actor alone sees (a read
   * mark), so visitors' cached pages stay; an action run on every page view
   * would otherwise empty the public cache all the time.
   */
  writes: z.enum(["personal"]).optional(),
});

/**
 * After every action that ran: when it wrote (it succeeded and was not
 * refused), cached public output is dropped, since any write may change what
 * visitors see, and the page the action came from is rendered again and sent
 * with the result, so the person sees the change without the component asking
 * for it. Failed actions change nothing and refresh nothing.
 */
function afterAction(metadata: z.output<typeof metadataSchema>, result: { success: boolean; data?: unknown }): void {
  if (!result.success) return;
  const wrote = !isRefused(result.data);
  if (wrote && metadata.writes !== "personal") publicDataChanged();
  if (metadata.refresh === "never") return;
  if (wrote || metadata.refresh === "evenWhenRefused") refresh();
}

const baseClient = withRuleAnswers(
  createSafeActionClient({
    defineMetadataSchema: () => metadataSchema,
    handleServerError: (error, { metadata }): AppErrorCode => toPublicError(error, { action: metadata?.name }).code,
  }),
)
  // The one place that records what a write keeps about its request.
  .use(async ({ next }) => {
    const meta: ActionMeta = { ip: await clientIp() };
    return next({ ctx: { actor: await getCurrentUser(), meta } });
  })
  .use(async ({ next, metadata }) => {
    const result = await next();
    afterAction(metadata, result);
    return result;
  });

/** The unscoped permission named in the metadata, checked before the input is validated. */
function checkPermission(actor: Actor | null, metadata: { name: string; permission: Permission }): void {
  if (isScoped(metadata.permission)) {
    throw new AppError("INTERNAL", `action ${metadata.name} uses a scoped permission: build it with scopedAction`);
  }
  if (!can(actor, metadata.permission)) throw permissionRefusal(actor, metadata.name, metadata.permission);
}

/** Permissions a visitor may hold; every other one is for signedInClient or scopedAction. */
const openToVisitors = (permission: Permission) => ["anyone", "anonymous"].includes(permissions[permission].kind);

/** Visitors are refused before their input is even validated; after this, ctx.actor is never null. */
const signedInBase = baseClient.use(async ({ next, metadata, ctx }) => {
  if (!ctx.actor) throw new AppError("UNAUTHENTICATED", metadata.name);
  return next({ ctx: { actor: ctx.actor } });
});

export const actionClient = baseClient.use(async ({ next, metadata, ctx }) => {
  if (!openToVisitors(metadata.permission)) {
    throw new AppError("INTERNAL", `action ${metadata.name} needs a signed-in person: build it with signedInClient`);
  }
  checkPermission(ctx.actor, metadata);
  return next();
});

export const signedInClient = signedInBase.use(async ({ next, metadata, ctx }) => {
  checkPermission(ctx.actor, metadata);
  return next();
});

/**
 * An action whose permission belongs to one organisation or institution.
 * `scopeOf` finds, from the validated input, the resource's owner in the
 * database; null (no such resource) is refused as NOT_FOUND. `body` runs only
 * after the permission held in that scope.
 */
export function scopedAction<S extends z.ZodType, Result>(
  metadata: z.input<typeof metadataSchema>,
  schema: S,
  scopeOf: (input: z.output<S>) => Promise<Scope | null>,
  body: (args: {
    parsedInput: z.output<S>;
    ctx: { actor: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>; meta: ActionMeta; scope: Scope };
  }) => Promise<Result>,
) {
  if (!isScoped(metadata.permission)) throw new Error(`scopedAction ${metadata.name} needs a scoped permission`);
  return signedInBase
    .metadata(metadata)
    .inputSchema(schema)
    .action(async ({ parsedInput, ctx }) => {
      const input = parsedInput as z.output<S>;
      const scope = await scopeOf(input).catch((error: unknown) => {
        // A rule's refusal is answered to people who hold the permission; before the check it would tell anyone the resource's state.
        throw error instanceof RuleRefusal ? new AppError("INTERNAL", `${metadata.name}: scopeOf refused`) : error;
      });
      if (!scope) throw new AppError("NOT_FOUND", metadata.name);
      if (!can(ctx.actor, metadata.permission, scope))
        throw permissionRefusal(ctx.actor, metadata.name, metadata.permission, scope);
      return body({ parsedInput: input, ctx: { actor: ctx.actor, meta: ctx.meta, scope } });
    });
}
