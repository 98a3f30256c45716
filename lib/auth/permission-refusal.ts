// The one answer to a permission not held, for actions and routes alike:
// visitors are asked to sign in, officials without two-factor authentication
// to switch it on, everyone else is refused.
import { needsTwoFactorFor, type Actor, type Permission, type Scope } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export function permissionRefusal(
  actor: Actor | null,
  name: string,
  permission: Permission,
  scope: Scope = {},
): AppError {
  if (!actor) return new AppError("UNAUTHENTICATED", name);
  return new AppError(needsTwoFactorFor(actor, permission, scope) ? "TWO_FACTOR_REQUIRED" : "FORBIDDEN", name);
}
