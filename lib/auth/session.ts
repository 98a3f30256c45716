// The single identity choke point: nothing outside lib/auth reads next-auth.
import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { loadActor } from "@/lib/auth/current-actor";

export const getCurrentUser = cache(async () => {
  const session = await getServerSession(authOptions);
  const claims = session?.claims;
  return loadActor(claims ?? null);
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
