import type { Actor } from "@/lib/auth/permissions";

/** An actor for pure permission logic, without a database: a resident with two-factor on, unless overridden. */
export const actorWith = (overrides: Partial<Actor> = {}): Actor => ({
  id: "u1",
  platformRole: "RESIDENT",
  twoFactorEnabled: true,
  organisations: [],
  institutions: [],
  ...overrides,
});
