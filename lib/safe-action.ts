// Every server action is built from these clients. Metadata names the action
// and the one permission it needs, and the permission is checked before the
// action's body runs, so no action can forget it:
// - actionClient for permissions without a resource (signed in, administrator);
// - scopedAction for organisation and institution permissions: it validates the
//   input, looks up on the server which organisation or institution the input
//   touches (never trusting an id the client claims), and checks the actor's
//   membership there.
// Only AppError codes reach the client; anything else is logged and becomes
// INTERNAL.
import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import {
  can,
  isScoped,
  needsTwoFactorFor,
  permissionNames,
  type Actor,
  type Permission,
  type Scope,
} from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { publicDataChanged } from "@/lib/cache/public-data";
import { AppError, toPublicError, type AppErrorCode } from "@/lib/errors";
import { clientIp } from "@/lib/http/request-context";

const baseClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string().min(1), permission: z.enum(permissionNames) }),
  handleServerError: (error, { metadata }): AppErrorCode => toPublicError(error, { action: metadata?.name }).code,
})
  .use(async ({ next }) => next({ ctx: { actor: await getCurrentUser(), ip: await clientIp() } }))
  // Any action may change what visitors see: cached public output is dropped after each one that ran.
  .use(async ({ next }) => {
    const result = await next();
    if (result.success) publicDataChanged();
    return result;
  });

function refusal(actor: Actor | null, name: string, permission: Permission, scope: Scope = {}): AppError {
  if (!actor) return new AppError("UNAUTHENTICATED", name);
  return new AppError(needsTwoFactorFor(actor, permission, scope) ? "TWO_FACTOR_REQUIRED" : "FORBIDDEN", name);
}

export const actionClient = baseClient.use(async ({ next, metadata, ctx }) => {
  if (isScoped(metadata.permission)) {
    throw new AppError("INTERNAL", `action ${metadata.name} uses a scoped permission: build it with scopedAction`);
  }
  if (!can(ctx.actor, metadata.permission)) throw refusal(ctx.actor, metadata.name, metadata.permission);
  return next();
});

/**
 * An action whose permission belongs to one organisation or institution.
 * `scopeOf` finds, from the validated input, the resource's owner in the
 * database; null (no such resource) is refused as NOT_FOUND. `body` runs only
 * after the permission held in that scope.
 */
export function scopedAction<S extends z.ZodType, Result>(
  metadata: { name: string; permission: Permission },
  schema: S,
  scopeOf: (input: z.output<S>) => Promise<Scope | null>,
  body: (args: {
    parsedInput: z.output<S>;
    ctx: { actor: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>; ip: string | null; scope: Scope };
  }) => Promise<Result>,
) {
  if (!isScoped(metadata.permission)) throw new Error(`scopedAction ${metadata.name} needs a scoped permission`);
  return baseClient
    .use(async ({ next, ctx }) => {
      // Visitors are refused before their input is even validated.
      if (!ctx.actor) throw new AppError("UNAUTHENTICATED", metadata.name);
      return next({ ctx: { actor: ctx.actor } });
    })
    .metadata(metadata)
    .inputSchema(schema)
    .action(async ({ parsedInput, ctx }) => {
      const input = parsedInput as z.output<S>;
      const scope = await scopeOf(input);
      if (!scope) throw new AppError("NOT_FOUND", metadata.name);
      if (!can(ctx.actor, metadata.permission, scope))
        throw refusal(ctx.actor, metadata.name, metadata.permission, scope);
      return body({ parsedInput: input, ctx: { actor: ctx.actor, ip: ctx.ip, scope } });
    });
}

/**
 * The signed-in person in an actionClient body whose permission is "signedIn"
 * (the middleware has refused visitors already; this narrows the type and
 * keeps the refusal should the permission ever change).
 */
export function signedInActor(actor: Actor | null, action: string): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", action);
  return actor;
}
