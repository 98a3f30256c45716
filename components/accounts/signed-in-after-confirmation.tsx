"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { SuccessPanel } from "@/components/forms/success-panel";
import { ButtonLink } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * The address is confirmed: the person is signed in with the one-time token
 * the confirmation handed this browser, and taken to their account (issue 18).
 * Without a token (two-factor authentication) or if signing in fails, the
 * page says why and offers the sign-in form with the address filled in.
 */
export function SignedInAfterConfirmation({ email, signInToken }: { email: string; signInToken: string | null }) {
  const t = useTranslations("verifyEmail");
  const router = useRouter();
  const [state, setState] = useState<"signingIn" | "failed" | "twoFactor">(signInToken ? "signingIn" : "twoFactor");
  // The token works once: a second run of the effect (React's development double run) must not spend it again.
  const started = useRef(false);
  useEffect(() => {
    if (!signInToken || started.current) return;
    started.current = true;
    signIn("credentials", { signInToken, redirect: false }).then(
      (result) => {
        if (result?.ok && !result.error) {
          router.push({ pathname: "/account", query: { welcome: "1" } });
          router.refresh();
        } else setState("failed");
      },
      () => setState("failed"),
    );
  }, [signInToken, router]);
  return (
    <SuccessPanel id="link-done" title={t("doneTitle")}>
      <p className="my-2" role="status">
        {t(state === "signingIn" ? "signingInText" : state === "twoFactor" ? "twoFactorText" : "signInFailedText")}
      </p>
      {state !== "signingIn" && (
        <ButtonLink href={{ pathname: "/sign-in", query: { email } }}>{t("signIn")}</ButtonLink>
      )}
    </SuccessPanel>
  );
}
