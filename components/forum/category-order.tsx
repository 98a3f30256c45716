"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { moveCategoryAction } from "@/lib/forum/actions";

/** Moving a category one place up or down the forum's list. */
export function CategoryOrder({
  categoryId,
  name,
  first,
  last,
}: {
  categoryId: string;
  name: string;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("forumAdmin");
  const move = useAction(moveCategoryAction);
  return (
    <span className="flex flex-wrap gap-2">
      {!first && (
        <Button
          variant="secondary"
          disabled={move.isPending}
          onClick={() => move.execute({ categoryId, direction: "up" })}
        >
          {t("moveUp")}
          <span className="sr-only">: {name}</span>
        </Button>
      )}
      {!last && (
        <Button
          variant="secondary"
          disabled={move.isPending}
          onClick={() => move.execute({ categoryId, direction: "down" })}
        >
          {t("moveDown")}
          <span className="sr-only">: {name}</span>
        </Button>
      )}
    </span>
  );
}
