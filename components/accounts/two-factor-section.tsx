"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm, type Accepted, type ActionResult, type DataOf } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  confirmTwoFactorSetupAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTwoFactorSetupAction,
} from "@/lib/accounts/actions";
import { twoFactorChangeSchema, type TwoFactorChangeInput } from "@/lib/accounts/schemas";

/**
 * The current password and a code: every change of two-factor authentication
 * (switching on, new recovery codes, switching off) asks for both again.
 */
function ChangeForm<Result extends ActionResult>({
  id,
  codeLabel,
  codeHint,
  submit: submitLabel,
  danger,
  action,
  onDone,
}: {
  id: string;
  codeLabel: string;
  codeHint?: string;
  submit: string;
  danger?: boolean;
  action: (values: TwoFactorChangeInput) => Promise<Result>;
  onDone?: (data: Accepted<DataOf<Result>>) => void;
}) {
  const t = useTranslations("twoFactor");
  const fieldIds = { password: `${id}-password`, code: `${id}-code` };
  const { form, submit, pending, message, status } = useActionForm(action, twoFactorChangeSchema, {
    defaultValues: { password: "", code: "" },
    fieldIds,
    onSuccess: (data) => onDone?.(data),
  });
  return (
    <form method="post" noValidate className="mt-4 max-w-xl" onSubmit={submit}>
      <FormStatus {...status} serverErrorTexts={{ CONFLICT: t("conflict") }} />
      <FormField id={fieldIds.password} name="password" label={t("password")} error={message("password")} required>
        {(props) => (
          <input
            {...props}
            {...form.register("password")}
            type="password"
            autoComplete="current-password"
            className={inputClassName}
          />
        )}
      </FormField>
      <FormField id={fieldIds.code} name="code" label={codeLabel} hint={codeHint} error={message("code")} required>
        {(props) => (
          <input
            {...props}
            {...form.register("code")}
            inputMode={codeHint ? "numeric" : undefined}
            autoComplete="one-time-code"
            className={`${inputClassName} max-w-xs`}
          />
        )}
      </FormField>
      <Button type="submit" variant={danger ? "danger" : undefined} disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("twoFactor");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby="recovery-codes-heading"
      className="mt-4 rounded border-4 border-green-800 p-4"
    >
      <h3 id="recovery-codes-heading" className="text-xl font-bold">
        {t("recoveryCodesHeading")}
      </h3>
      <p className="mt-2">{t("recoveryCodesIntro")}</p>
      <ul className="mt-3 grid max-w-md grid-cols-2 gap-2 font-mono text-lg" aria-label={t("recoveryCodesHeading")}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}

export function TwoFactorSection({
  enabledAt,
  recoveryCodesLeft,
  required,
  highlighted,
}: {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  required: boolean;
  highlighted: boolean;
}) {
  const t = useTranslations("twoFactor");
  const format = useFormatter();
  const start = useAction(startTwoFactorSetupAction);
  const [codes, setCodes] = useState<string[] | null>(null);

  return (
    <section id="two-factor" aria-labelledby="two-factor-heading" className="mt-8">
      <h2 id="two-factor-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {highlighted && !enabledAt && <Alert tone="warning">{t("requiredNow")}</Alert>}
      {required && !enabledAt && !highlighted && <Alert tone="warning">{t("requiredForRole")}</Alert>}
      <FormStatus serverError={start.result.serverError} serverErrorTexts={{ CONFLICT: t("conflict") }} />
      {codes ? (
        <>
          <Alert tone="success" live>
            {t("enabledNow")}
          </Alert>
          <RecoveryCodes codes={codes} />
        </>
      ) : enabledAt ? (
        <>
          <p className="mt-2">
            {t("enabledSince", { date: format.dateTime(enabledAt, "long"), count: recoveryCodesLeft })}
          </p>
          <h3 className="mt-6 text-xl font-bold">{t("regenerateHeading")}</h3>
          <p className="mt-1">{t("regenerateIntro")}</p>
          <ChangeForm
            id="regenerate-2fa"
            codeLabel={t("appCode")}
            codeHint={t("codeHint")}
            submit={t("regenerate")}
            action={regenerateRecoveryCodesAction}
            onDone={(data) => setCodes(data.recoveryCodes)}
          />
          <h3 className="mt-6 text-xl font-bold">{t("disableHeading")}</h3>
          <p className="mt-1">{required ? t("disableWarning") : t("disableIntro")}</p>
          <ChangeForm
            id="disable-2fa"
            codeLabel={t("appOrRecoveryCode")}
            submit={t("disable")}
            danger
            action={disableTwoFactorAction}
          />
        </>
      ) : start.result.data ? (
        <>
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            <li>{t("stepInstall")}</li>
            <li>
              {t("stepScan")}
              {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, not a file to optimise */}
              <img
                src={start.result.data.qrDataUrl}
                alt={t("qrAlt")}
                width={200}
                height={200}
                className="my-3 border border-slate-300 bg-white"
              />
              <p>
                {t("manualKey")}{" "}
                <code className="font-mono text-lg break-all">
                  {start.result.data.secret.replace(/(.{4})/g, "$1 ").trim()}
                </code>
              </p>
            </li>
            <li>{t("stepConfirm")}</li>
          </ol>
          <ChangeForm
            id="confirm-2fa"
            codeLabel={t("appCode")}
            codeHint={t("codeHint")}
            submit={t("confirm")}
            action={confirmTwoFactorSetupAction}
            onDone={(data) => setCodes(data.recoveryCodes)}
          />
        </>
      ) : (
        <>
          <p className="mt-2">{t("intro")}</p>
          <Button className="mt-3" disabled={start.isPending} onClick={() => start.execute()}>
            {t("start")}
          </Button>
        </>
      )}
    </section>
  );
}
