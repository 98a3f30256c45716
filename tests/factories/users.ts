import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/accounts/password";
import { db } from "@/lib/db/client";
import type { PlatformRole } from "@/lib/generated/prisma/enums";

export async function createUser(
  overrides: { email?: string; name?: string; password?: string; platformRole?: PlatformRole } = {},
) {
  return db().user.create({
    data: {
      email: overrides.email ?? `user-${randomUUID()}@test.example.org`,
      name: overrides.name ?? "Jan Testowy",
      passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
      platformRole: overrides.platformRole ?? "RESIDENT",
    },
  });
}
