"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callRoute } from "@/lib/http/route-client";
import { useRouter } from "@/lib/i18n/navigation";
import { removeOrganisationLogoAction } from "@/lib/organisations/actions";

const FIELD_ID = "logo-file";
const MAX_BYTES = 2 * 1024 * 1024;
type Failure = "NOT_AN_IMAGE" | "TOO_LARGE" | "MISSING";

/** Upload or remove the organisation's logo; the server re-encodes what it gets. */
export function LogoUploader({ organisationId, version }: { organisationId: string; version: string | null }) {
  const t = useTranslations();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<"saved" | "removed" | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const url = `/api/organisations/${organisationId}/logo`;
  const message = failure ? t(`organisationLogo.failures.${failure}`) : undefined;

  async function send(init: RequestInit, done: "saved" | "removed") {
    setPending(true);
    setServerError(null);
    const answer = await callRoute(url, init);
    setPending(false);
    if (answer.ok) {
      setNotice(done);
      router.refresh();
    } else if (answer.code === "NOT_AN_IMAGE" || answer.code === "TOO_LARGE" || answer.code === "MISSING")
      setFailure(answer.code);
    else setServerError(answer.code);
  }

  async function remove() {
    setPending(true);
    setServerError(null);
    const result = await removeOrganisationLogoAction({ organisationId });
    setPending(false);
    if (result?.data) setNotice("removed");
    else setServerError(result?.serverError ?? "INTERNAL");
  }

  return (
    <section aria-labelledby="logo-heading" className="mt-10 max-w-3xl">
      <h2 id="logo-heading" className="text-2xl font-bold">
        {t("organisationLogo.heading")}
      </h2>
      <p className="mt-2">{t("organisationLogo.intro")}</p>
      {version ? (
        <figure className="mt-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- a re-encoded WebP from our own route, sized by the server */}
          <img
            src={`${url}?v=${version}`}
            alt={t("organisationLogo.current")}
            className="max-h-40 max-w-40 border border-slate-300"
          />
        </figure>
      ) : (
        <p className="mt-4 text-slate-700">{t("organisationLogo.none")}</p>
      )}
      <form
        noValidate
        className="mt-4"
        onSubmit={(event) => {
          event.preventDefault();
          setNotice(null);
          const file = input.current?.files?.[0];
          if (!file) return setFailure("MISSING");
          if (file.size > MAX_BYTES) return setFailure("TOO_LARGE");
          setFailure(null);
          const body = new FormData();
          body.set("file", file);
          void send({ method: "POST", body }, "saved");
        }}
      >
        <ErrorSummary errors={message ? [{ fieldId: FIELD_ID, message }] : []} />
        {notice && (
          <Alert tone="success" live>
            {t(`organisationLogo.${notice}`)}
          </Alert>
        )}
        <FormStatus routeError={serverError} />
        <FormField id={FIELD_ID} name="file" label={t("organisationLogo.file")} error={message}>
          {(props) => (
            <input
              {...props}
              ref={input}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              className={inputClassName}
            />
          )}
        </FormField>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? t("organisationLogo.uploading") : t("organisationLogo.upload")}
          </Button>
          {version && (
            <Button variant="secondary" disabled={pending} onClick={() => void remove()}>
              {t("organisationLogo.remove")}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
