import "server-only";
import { db } from "@/lib/db/client";

/** What the account page shows its owner. */
export async function getAccountOverview(userId: string) {
  return db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      platformRole: true,
      organisationMemberships: {
        select: { role: true, organisation: { select: { id: true, name: true, slug: true, verifiedAt: true } } },
        orderBy: { organisation: { name: "asc" } },
      },
      institutionMemberships: {
        select: { role: true, institution: { select: { id: true, name: true, officeName: true, slug: true } } },
        orderBy: { institution: { name: "asc" } },
      },
      membershipRequests: {
        where: { status: { in: ["PENDING", "REFUSED"] } },
        orderBy: { createdAt: "desc" },
        take: 20,
        select: {
          id: true,
          status: true,
          decisionReason: true,
          createdAt: true,
          organisation: { select: { name: true, slug: true } },
          institution: { select: { name: true, officeName: true, slug: true } },
        },
      },
      consents: { select: { id: true, kind: true, version: true, acceptedAt: true }, orderBy: { acceptedAt: "desc" } },
    },
  });
}
