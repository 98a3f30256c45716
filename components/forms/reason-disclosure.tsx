"use client";

import { useEffect, useId, useRef, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";

/**
 * A decision that needs a reason (reject, unpublish): a button opens a small
 * form with the reason, focused; "cancel" closes it and returns focus.
 * `onSubmit` returns an error message key's translation, or null when done.
 */
export function ReasonDisclosure({
  open: openLabel,
  label,
  submit,
  cancel,
  context,
  onSubmit,
  pending,
}: {
  open: string;
  label: string;
  submit: string;
  cancel: string;
  /** Said to screen readers after the buttons' text: which item it is about. */
  context: string;
  onSubmit: (reason: string) => Promise<string | null>;
  pending: boolean;
}) {
  const id = useId().replace(/:/g, "");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) field.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open)
    return (
      <Button ref={opener} variant="secondary" onClick={() => setOpen(true)}>
        {openLabel}
        <span className="sr-only"> – {context}</span>
      </Button>
    );
  return (
    <form
      noValidate
      className="mt-2 w-full rounded border-2 border-slate-300 p-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setError(await onSubmit(reason));
      }}
    >
      <FormField id={`${id}-reason`} name="reason" label={label} error={error ?? undefined} required>
        {({ required: _required, ...props }) => (
          // Marked required for assistive technology only: the browser's own bubble would replace our translated message.
          <textarea
            {...props}
            aria-required="true"
            ref={field}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            maxLength={1000}
            className={inputClassName}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {submit}
          <span className="sr-only"> – {context}</span>
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {cancel}
        </Button>
      </div>
    </form>
  );
}
