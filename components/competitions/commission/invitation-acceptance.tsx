"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { useCommissionAction } from "@/components/competitions/commission/use-commission-action";
import { acceptCommissionInvitationAction } from "@/lib/competitions/commission/actions";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * Accepting an invitation as the signed-in person. Then the commission's page,
 * or first the account page to switch two-factor authentication on, which
 * every commission member needs (they read other organisations' offers).
 */
export function InvitationAcceptance({ token, slug }: { token: string; slug: string }) {
  const t = useTranslations("commission.invitation");
  const router = useRouter();
  const { run, pending, refused, serverError } = useCommissionAction();

  async function accept() {
    const done = await run(() => acceptCommissionInvitationAction({ token }));
    if (!done) return;
    if (done.twoFactorRequired) router.push({ pathname: "/account", query: { twoFactor: "required" } });
    else router.push({ pathname: "/competitions/[slug]/commission", params: { slug } });
  }

  return (
    <div className="mt-4">
      <FormStatus
        refused={refused}
        serverError={serverError}
        serverErrorTexts={{
          LINK_USED: t("used"),
          LINK_EXPIRED: t("expired"),
          LINK_INVALID: t("invalid"),
        }}
      />
      <Button busy={pending} onClick={accept}>
        {t("accept")}
      </Button>
    </div>
  );
}
