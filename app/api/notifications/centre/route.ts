import { z } from "zod";
import { routeHandler } from "@/lib/http/route-handler";
import { routing } from "@/lib/i18n/routing";
import { notificationCentre } from "@/lib/notifications/centre";
import type { NotificationCentreAnswer } from "@/lib/notifications/centre-types";

export const dynamic = "force-dynamic";

// The notification centre's entries for the person reading its page
// (components/notifications/notification-centre.tsx): the page is the same for
// everyone; this answer is personal, so never stored (no-store). Entries are
// the reader's own (lib/notifications/queries.ts reads by their id only).
export const GET = routeHandler(
  {
    name: "notification-centre",
    access: { permission: "notifications.centre" },
    query: z.object({
      locale: z.enum(routing.locales),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
    }),
  },
  async ({ actor, query }) => {
    const answer: NotificationCentreAnswer = actor
      ? await notificationCentre(actor, query.page, query.locale)
      : { signedIn: false };
    return Response.json(answer);
  },
);
