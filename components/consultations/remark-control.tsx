"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ReactNode } from "react";
import { RemarkForm, type RemarkFormContext } from "@/components/consultations/remark-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * "Remark on this" beside a unit (or on the whole document): a button that
 * opens the form right below it; after sending, the form closes, focus
 * returns to the button and the result is announced.
 */
export function RemarkControl({
  context,
  unit,
  beside,
  onSent,
}: {
  context: RemarkFormContext;
  unit: { id: string; label: string; text: string } | null;
  beside?: ReactNode;
  /** After the remark is sent (the page asks again for the reader's own remarks). */
  onSent?: () => void;
}) {
  const t = useTranslations("remarks");
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const formId = useId();
  // The same disclosure behaviour for a unit's quiet control and the general remark's button.
  const toggle = {
    "aria-expanded": open,
    "aria-controls": open ? formId : undefined,
    onClick: () => {
      setSent(false);
      setOpen(!open);
    },
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="mt-1">
      {unit ? (
        // One quiet control per unit, on one line with the unit's remark count: a long text is not a column of buttons.
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {beside}
          <button
            ref={button}
            type="button"
            className="quiet-action"
            aria-label={t("remarkOnUnit", { label: unit.label })}
            {...toggle}
          >
            {t("remarkShort")}
          </button>
        </p>
      ) : (
        <Button ref={button} variant="secondary" {...toggle}>
          {t("remarkGeneral")}
        </Button>
      )}
      {sent && (
        <Alert tone="success" live>
          {t("sent")}
        </Alert>
      )}
      {open && (
        <div id={formId}>
          <RemarkForm
            context={context}
            target={{ kind: "new", unit }}
            idPrefix={`remark-${unit?.id ?? "general"}`}
            onDone={() => {
              setSent(true);
              close();
              onSent?.();
            }}
            onCancel={close}
          />
        </div>
      )}
    </div>
  );
}
