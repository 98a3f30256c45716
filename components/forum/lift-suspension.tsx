"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A moderator lifts a person's forum suspension early: a button, then a
 * question to confirm (the person may write again at once), focused on
 * "cancel" so a stray Enter changes nothing.
 */
export function LiftSuspension({ name, pending, onLift }: { name: string; pending: boolean; onLift: () => void }) {
  const t = useTranslations("forum.moderation");
  const tr = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming)
    return (
      <Button ref={opener} variant="secondary" className="mt-2 ml-3" onClick={() => setConfirming(true)}>
        {t("liftSuspension", { name })}
      </Button>
    );
  return (
    <div
      role="group"
      aria-label={t("liftSuspension", { name })}
      className="mt-3 flex flex-wrap items-center gap-3 rounded border-2 border-slate-300 p-3"
    >
      <p className="w-full">{t("liftConfirm", { name })}</p>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() => {
          setConfirming(false);
          onLift();
        }}
      >
        {t("liftSubmit")}
      </Button>
      <Button ref={cancel} variant="secondary" onClick={() => setConfirming(false)}>
        {tr("forum.cancel")}
      </Button>
    </div>
  );
}
