// Every server action is built from this client. Its metadata must name the
// action and the one permission it needs; the middleware checks that
// permission before the action's body runs, so no action can forget it.
// Only AppError codes reach the client; anything else is logged and becomes
// INTERNAL.
import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { can, isScoped, permissionNames } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, toPublicError, type AppErrorCode } from "@/lib/errors";
import { clientIp } from "@/lib/http/request-context";

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string().min(1), permission: z.enum(permissionNames) }),
  handleServerError: (error, { metadata }): AppErrorCode => toPublicError(error, { action: metadata?.name }).code,
}).use(async ({ next, metadata }) => {
  if (isScoped(metadata.permission)) {
    // Scoped permissions need the resource's id: use scopedActionClient (issue 3's later slices).
    throw new AppError("INTERNAL", `action ${metadata.name} uses a scoped permission without a scope`);
  }
  const actor = await getCurrentUser();
  if (!can(actor, metadata.permission)) throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED", metadata.name);
  return next({ ctx: { actor, ip: await clientIp() } });
});
