"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { RemarkBody } from "@/components/consultations/remark-body";
import { RemarkForm, type RemarkFormContext } from "@/components/consultations/remark-form";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { withdrawRemarkAction } from "@/lib/consultations/remarks/actions";
import type { RemarkRefusal } from "@/lib/consultations/remarks/mutations";

export type OwnRemarkView = {
  id: string;
  state: "SUBMITTED" | "WITHDRAWN";
  unitLabel: string | null;
  organisationName: string | null;
  currentWording: string | null;
  proposedWording: string | null;
  justification: string | null;
  decision: "ACCEPTED" | "PARTLY_ACCEPTED" | "NOT_ACCEPTED" | null;
  decisionReason: string | null;
  createdAt: Date;
  /** When the author last changed it (an official's answer is not an edit). */
  editedAt: Date | null;
};

/** The person's own remarks in this consultation: editable and withdrawable while it is open and the office has not answered them. */
export function OwnRemarks({
  remarks,
  context,
  open,
  onChanged,
}: {
  remarks: OwnRemarkView[];
  context: RemarkFormContext;
  open: boolean;
  /** After a remark is changed or withdrawn (the page asks again for the reader's remarks). */
  onChanged?: () => void;
}) {
  const t = useTranslations("remarks");
  const format = useFormatter();
  const [editing, setEditing] = useState<string | null>(null);
  // The change button gives way to the form: focus goes to its first field, and back to the button on cancel.
  const editForm = useRef<HTMLDivElement>(null);
  const returnFocusTo = useRef<string | null>(null);
  useEffect(() => {
    if (editing) {
      editForm.current?.querySelector<HTMLElement>("textarea, input:not([type=hidden]), select")?.focus();
    } else if (returnFocusTo.current) {
      document.getElementById(`change-${returnFocusTo.current}`)?.focus();
      returnFocusTo.current = null;
    }
  }, [editing]);
  // Withdrawing cannot be undone, so it takes a second, explicit step.
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<"edited" | "withdrawn" | null>(null);
  const [refusal, setRefusal] = useState<RemarkRefusal | null>(null);
  const withdraw = useAction(withdrawRemarkAction);
  if (remarks.length === 0) return null;
  return (
    <section aria-labelledby="own-remarks-heading" className="mt-8 max-w-4xl">
      <h2 id="own-remarks-heading" className="text-2xl font-bold">
        {t("ownHeading", { count: remarks.length })}
      </h2>
      <FormStatus saved={notice && t(notice)} refused={refusal && t(`refusals.${refusal}`)} />
      <ol className="mt-3 space-y-4">
        {remarks.map((remark) => (
          <li
            key={remark.id}
            id={`remark-${remark.id}`}
            className="scroll-mt-4 rounded border-2 border-slate-300 p-3 target:border-blue-800"
          >
            <p className="font-semibold">
              {remark.unitLabel ?? t("general")}
              {remark.organisationName && ` – ${t("forOrganisation", { name: remark.organisationName })}`}
              {remark.state === "WITHDRAWN" && ` – ${t("withdrawnMark")}`}
            </p>
            <p className="text-sm text-slate-700">
              {t("submittedAt", {
                when: format.dateTime(remark.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
              {remark.editedAt &&
                ` · ${t("editedAt", { when: format.dateTime(remark.editedAt, { dateStyle: "medium", timeStyle: "short" }) })}`}
            </p>
            {editing === remark.id ? (
              <div ref={editForm}>
                <RemarkForm
                  context={context}
                  idPrefix={`edit-${remark.id}`}
                  target={{
                    kind: "edit",
                    remarkId: remark.id,
                    values: {
                      currentWording: remark.currentWording ?? "",
                      proposedWording: remark.proposedWording ?? "",
                      justification: remark.justification ?? "",
                    },
                  }}
                  onDone={() => {
                    setEditing(null);
                    setNotice("edited");
                    onChanged?.();
                  }}
                  onCancel={() => {
                    returnFocusTo.current = remark.id;
                    setEditing(null);
                  }}
                />
              </div>
            ) : (
              <>
                <RemarkBody
                  proposedWording={remark.proposedWording}
                  justification={remark.justification}
                  decision={remark.decision}
                  decisionReason={remark.decisionReason}
                />
                {/* An answered remark is frozen: the answer refers to these words. */}
                {open && remark.state === "SUBMITTED" && remark.decision && (
                  <p className="mt-3 text-slate-700">{t("answeredFrozen")}</p>
                )}
                {open && remark.state === "SUBMITTED" && !remark.decision && confirming !== remark.id && (
                  <div className="mt-3 flex flex-wrap gap-3">
                    <Button id={`change-${remark.id}`} variant="secondary" onClick={() => setEditing(remark.id)}>
                      {t("edit")}
                      <span className="sr-only"> {remark.unitLabel ?? t("general")}</span>
                    </Button>
                    <Button variant="danger" onClick={() => setConfirming(remark.id)}>
                      {t("withdraw")}
                      <span className="sr-only"> {remark.unitLabel ?? t("general")}</span>
                    </Button>
                  </div>
                )}
                {confirming === remark.id && (
                  <div
                    role="group"
                    aria-labelledby={`confirm-${remark.id}`}
                    className="mt-3 border-l-4 border-red-800 pl-3"
                  >
                    <p id={`confirm-${remark.id}`} className="font-semibold">
                      {t("confirmWithdraw")}
                    </p>
                    <div className="mt-2 flex flex-wrap gap-3">
                      <Button
                        variant="danger"
                        // Focus moves to the question's answer when it appears.
                        ref={(element) => element?.focus()}
                        disabled={withdraw.isPending}
                        onClick={async () => {
                          const response = await withdraw.executeAsync({ remarkId: remark.id });
                          setConfirming(null);
                          if (response?.data && "refused" in response.data) {
                            setNotice(null);
                            setRefusal(response.data.refused);
                          } else if (response?.data) {
                            setRefusal(null);
                            setNotice("withdrawn");
                          }
                          // Refused too: a remark answered meanwhile is shown with its answer.
                          if (response?.data) onChanged?.();
                        }}
                      >
                        {t("confirm")}
                      </Button>
                      <Button variant="secondary" onClick={() => setConfirming(null)}>
                        {t("cancel")}
                      </Button>
                    </div>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
