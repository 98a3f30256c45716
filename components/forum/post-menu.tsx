"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import { buttonClassName } from "@/components/ui/button";

export type PostMenuItem = "edit" | "delete" | "flag";

const itemClassName = "cursor-pointer px-3 py-2 outline-none data-[focused]:bg-blue-100 data-[focused]:underline";

/**
 * A post's less frequent actions behind one "more" button: a React Aria
 * menu, so arrows, Enter, Escape and typing a letter work as in any menu,
 * and a screen reader hears it as one. Named by its button ("Więcej wpis nr 3").
 */
export function PostMenu({
  number,
  items,
  triggerRef,
  onAction,
}: {
  number: number;
  items: readonly PostMenuItem[];
  triggerRef: RefObject<HTMLButtonElement | null>;
  onAction: (item: PostMenuItem) => void;
}) {
  const t = useTranslations("forum");
  const labels: Record<PostMenuItem, string> = { edit: t("edit"), delete: t("delete"), flag: t("flag.open") };
  return (
    <MenuTrigger>
      <Button ref={triggerRef} className={`${buttonClassName("secondary")} px-3`}>
        {t("more")}
        <span aria-hidden="true">▾</span>
        <span className="sr-only"> {t("ofPost", { number })}</span>
      </Button>
      <Popover placement="bottom end" className="min-w-48 rounded border-2 border-slate-700 bg-white shadow-lg">
        <Menu className="py-1 outline-none" onAction={(key) => onAction(key as PostMenuItem)}>
          {items.map((item) => (
            <MenuItem key={item} id={item} className={itemClassName}>
              {labels[item]}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
