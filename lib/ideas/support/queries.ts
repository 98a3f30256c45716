// What the support panel shows: the counts, and for a signed-in person whether
// they support the entry themselves and which of their organisations do.
import type { Actor } from "@/lib/auth/permissions";
import { actingForOptions } from "@/lib/auth/acting-as";
import { db } from "@/lib/db/client";
import { supportRefusal } from "@/lib/ideas/support/policy";

export interface SupportPanelView {
  ideaId: string;
  personCount: number;
  organisationCount: number;
  /** Whether new supports are taken (published and not merged). */
  open: boolean;
  /** Null for a visitor. */
  viewer: {
    supportsAsSelf: boolean;
    organisations: { id: string; name: string; supports: boolean }[];
  } | null;
}

export async function supportPanelView(ideaId: string, viewer: Actor | null): Promise<SupportPanelView | null> {
  const idea = await db().idea.findUnique({
    where: { id: ideaId },
    select: { id: true, visibility: true, status: true, personSupportCount: true, organisationSupportCount: true },
  });
  if (!idea) return null;
  const base = {
    ideaId: idea.id,
    personCount: idea.personSupportCount,
    organisationCount: idea.organisationSupportCount,
    open: supportRefusal(idea) === null,
  };
  if (!viewer) return { ...base, viewer: null };
  const options = await actingForOptions(viewer);
  const [own, organisations] = await Promise.all([
    db().ideaPersonSupport.count({ where: { ideaId: idea.id, userId: viewer.id } }),
    options.length === 0
      ? []
      : db().ideaOrganisationSupport.findMany({
          where: { ideaId: idea.id, organisationId: { in: options.map((o) => o.id) } },
          select: { organisationId: true },
        }),
  ]);
  const supporting = new Set(organisations.map((s) => s.organisationId));
  return {
    ...base,
    viewer: {
      supportsAsSelf: own === 1,
      organisations: options.map((o) => ({ id: o.id, name: o.name, supports: supporting.has(o.id) })),
    },
  };
}
