import { z } from "zod";
import { forumCategoryView, type ReaderCategories } from "@/lib/forum/category-view";
import { readableCategories } from "@/lib/forum/queries";
import { routeHandler } from "@/lib/http/route-handler";
import { routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

// The forum's categories the signed-in reader may read, in their language
// (components/forum/reader-categories.tsx): the forum's page is the same for
// everyone and lists the categories open to visitors; this answer is
// personal, so never stored (no-store).
export const GET = routeHandler(
  {
    name: "forum-reader-categories",
    access: { permission: "forum.readerCategories" },
    query: z.object({ locale: z.enum(routing.locales) }),
  },
  async ({ actor, query }) => {
    const answer: ReaderCategories = actor
      ? {
          signedIn: true,
          categories: (await readableCategories(actor)).map((category) => forumCategoryView(category, query.locale)),
        }
      : { signedIn: false };
    return Response.json(answer);
  },
);
