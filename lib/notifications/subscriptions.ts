// What a person follows: items (an organisation, a forum thread or category, a competition) and topics (a sphere, a
// territory of the region, an institution, or a combination). Everything is
// scoped to the person; ids from the form are checked against the database.
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { GMINA_KINDS } from "@/lib/reference-data/territories";
import { regionCode } from "@/lib/settings/platform-name";

export type FollowableType = "Organisation" | "ForumThread" | "ForumCategory" | "Competition";

async function itemExists(type: FollowableType, id: string): Promise<boolean> {
  switch (type) {
    case "Organisation":
      return (await db().organisation.count({ where: { id } })) === 1;
    case "ForumThread":
      return (await db().forumThread.count({ where: { id } })) === 1;
    case "ForumCategory":
      return (await db().forumCategory.count({ where: { id } })) === 1;
    // A draft is its office's alone: nothing to follow until it is announced.
    case "Competition":
      return (await db().competition.count({ where: { id, status: { not: "DRAFT" } } })) === 1;
  }
}

export async function follow(userId: string, type: FollowableType, id: string): Promise<void> {
  if (!(await itemExists(type, id))) throw new AppError("NOT_FOUND", `${type} ${id}`);
  await db().itemSubscription.upsert({
    where: { userId_subjectType_subjectId: { userId, subjectType: type, subjectId: id } },
    create: { userId, subjectType: type, subjectId: id },
    update: {},
  });
}

export async function unfollow(userId: string, type: FollowableType, id: string): Promise<void> {
  await db().itemSubscription.deleteMany({ where: { userId, subjectType: type, subjectId: id } });
}

export async function isFollowing(userId: string, type: FollowableType, id: string): Promise<boolean> {
  return (await db().itemSubscription.count({ where: { userId, subjectType: type, subjectId: id } })) === 1;
}

export type TopicProblem = "topicEmpty" | "topicTaken" | "notFound";

/** Follows a topic; each part must exist (a sphere in force, a unit of this region, an institution). */
export async function followTopic(
  userId: string,
  topic: { sphereId: string | null; territoryCode: string | null; institutionId: string | null },
): Promise<{ ok: true } | { ok: false; problem: TopicProblem }> {
  if (!topic.sphereId && !topic.territoryCode && !topic.institutionId) return { ok: false, problem: "topicEmpty" };
  const region = await regionCode();
  const [sphere, territory, institution] = await Promise.all([
    topic.sphereId ? db().publicBenefitSphere.findFirst({ where: { id: topic.sphereId, validTo: null } }) : true,
    topic.territoryCode
      ? db().territory.findFirst({ where: { code: topic.territoryCode, voivodeshipCode: region } })
      : true,
    topic.institutionId ? db().institution.findUnique({ where: { id: topic.institutionId } }) : true,
  ]);
  const unitKinds = ["VOIVODESHIP", "POWIAT", "CITY_WITH_POWIAT_RIGHTS", ...GMINA_KINDS];
  if (!sphere || !territory || !institution || (territory !== true && !unitKinds.includes(territory.kind)))
    return { ok: false, problem: "notFound" };
  try {
    await db().topicSubscription.create({ data: { userId, ...topic } });
    return { ok: true };
  } catch (error) {
    if (uniqueViolationFields(error)) return { ok: false, problem: "topicTaken" };
    throw error;
  }
}

export async function unfollowTopic(userId: string, subscriptionId: string): Promise<void> {
  await db().topicSubscription.deleteMany({ where: { id: subscriptionId, userId } });
}

/** The person's topics and followed organisations, with names for the settings page. */
export async function listSubscriptions(userId: string) {
  const [topics, items] = await Promise.all([
    db().topicSubscription.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, sphereId: true, territoryCode: true, institutionId: true },
    }),
    db().itemSubscription.findMany({
      where: { userId, subjectType: "Organisation" },
      orderBy: { createdAt: "asc" },
      select: { subjectId: true },
    }),
  ]);
  const [spheres, territories, institutions, organisations] = await Promise.all([
    db().publicBenefitSphere.findMany({ where: { id: { in: topics.flatMap((t) => t.sphereId ?? []) } } }),
    db().territory.findMany({
      where: { code: { in: topics.flatMap((t) => t.territoryCode ?? []) } },
      select: { code: true, name: true, kind: true },
    }),
    db().institution.findMany({
      where: { id: { in: topics.flatMap((t) => t.institutionId ?? []) } },
      select: { id: true, name: true, officeName: true },
    }),
    db().organisation.findMany({
      where: { id: { in: items.map((i) => i.subjectId) } },
      select: { id: true, name: true, slug: true },
    }),
  ]);
  return {
    topics: topics.map((topic) => ({
      id: topic.id,
      sphere: spheres.find((s) => s.id === topic.sphereId) ?? null,
      territory: territories.find((t) => t.code === topic.territoryCode) ?? null,
      institution: institutions.find((i) => i.id === topic.institutionId) ?? null,
    })),
    organisations,
  };
}
