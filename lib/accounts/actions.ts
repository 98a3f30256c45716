"use server";

import { cookies } from "next/headers";
import { returnValidationErrors } from "next-safe-action";
import { blockUser, setPlatformRole, unblockUser } from "@/lib/accounts/admin/mutations";
import { confirmEmailChange, requestEmailChange } from "@/lib/accounts/change-email";
import { changePassword, requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { deleteAccount } from "@/lib/accounts/personal-data";
import {
  blockUserSchema,
  changePasswordSchema,
  confirmEmailChangeSchema,
  deleteAccountSchema,
  requestEmailChangeSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  setPlatformRoleSchema,
  signUpSchema,
  twoFactorChangeSchema,
  unblockUserSchema,
  verifyEmailSchema,
} from "@/lib/accounts/schemas";
import { signUp, VERIFY_EMAIL_VALID_HOURS } from "@/lib/accounts/sign-up";
import { browserProof, isSigningUpBrowser, SIGN_UP_BROWSER_COOKIE } from "@/lib/accounts/sign-up-browser";
import { env } from "@/lib/env";
import {
  confirmTwoFactorSetup,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
} from "@/lib/accounts/two-factor";
import { isLocale } from "@/lib/i18n/locales";
import { platformNameIn } from "@/lib/settings/platform-name";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { actionClient, signedInClient } from "@/lib/safe-action";

export const signUpAction = actionClient
  .metadata({ name: "signUp", permission: "account.signUp" })
  .inputSchema(signUpSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await signUp(parsedInput, ctx.meta);
    if (!outcome.ok) returnValidationErrors(signUpSchema, { [outcome.field]: { _errors: [outcome.problem] } });
    if (outcome.verifyToken) {
      (await cookies()).set(SIGN_UP_BROWSER_COOKIE, browserProof(outcome.verifyToken), {
        httpOnly: true,
        sameSite: "lax",
        secure: env().APP_URL.startsWith("https:"),
        path: "/",
        maxAge: VERIFY_EMAIL_VALID_HOURS * 3600,
      });
    }
    return { sent: true };
  });

export const verifyEmailAction = actionClient
  .metadata({ name: "verifyEmail", permission: "account.verifyEmail" })
  .inputSchema(verifyEmailSchema)
  .action(async ({ parsedInput, ctx }) => {
    const jar = await cookies();
    const fromSigningUpBrowser = isSigningUpBrowser(parsedInput.token, jar.get(SIGN_UP_BROWSER_COOKIE)?.value);
    const { email, signInToken } = await verifyEmail(parsedInput.token, { ...ctx.meta, fromSigningUpBrowser });
    if (fromSigningUpBrowser) jar.delete(SIGN_UP_BROWSER_COOKIE);
    // Only to this browser, which then signs in with it (components/accounts/confirm-link-form.tsx).
    return { confirmed: true, email, signInToken };
  });

export const requestPasswordResetAction = actionClient
  .metadata({ name: "requestPasswordReset", permission: "account.resetPassword" })
  .inputSchema(requestPasswordResetSchema)
  .action(async ({ parsedInput, ctx }) => {
    await requestPasswordReset(parsedInput.email, parsedInput.locale, ctx.meta);
    return { sent: true };
  });

export const resetPasswordAction = actionClient
  .metadata({ name: "resetPassword", permission: "account.resetPassword" })
  .inputSchema(resetPasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await resetPassword(parsedInput.token, parsedInput.password, ctx.meta);
    if (!outcome.ok) returnValidationErrors(resetPasswordSchema, { password: { _errors: [outcome.problem] } });
    return { changed: true };
  });

export const changePasswordAction = signedInClient
  // Not refreshed: the change ends every session, this one too; the form signs out and says why.
  .metadata({ name: "changePassword", permission: "account.manage", refresh: "never" })
  .inputSchema(changePasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    // The permission guarantees a signed-in actor.
    const outcome = await changePassword(ctx.actor.id, parsedInput, ctx.meta);
    if (!outcome.ok) {
      const field = outcome.problem === "currentPasswordWrong" ? "currentPassword" : "newPassword";
      returnValidationErrors(changePasswordSchema, { [field]: { _errors: [outcome.problem] } });
    }
    return { changed: true };
  });

export const requestEmailChangeAction = signedInClient
  .metadata({ name: "requestEmailChange", permission: "account.manage" })
  .inputSchema(requestEmailChangeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await requestEmailChange(ctx.actor.id, parsedInput, ctx.meta);
    if (!outcome.ok)
      returnValidationErrors(requestEmailChangeSchema, { [outcome.field]: { _errors: [outcome.problem] } });
    return { sent: true };
  });

export const confirmEmailChangeAction = actionClient
  .metadata({ name: "confirmEmailChange", permission: "account.confirmEmailChange" })
  .inputSchema(confirmEmailChangeSchema)
  .action(async ({ parsedInput, ctx }) => {
    await confirmEmailChange(parsedInput.token, ctx.meta);
    return { confirmed: true };
  });

export const deleteAccountAction = signedInClient
  // Not refreshed: the deletion ends the session; the form signs out and says why.
  .metadata({ name: "deleteAccount", permission: "account.manage", refresh: "never" })
  .inputSchema(deleteAccountSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await deleteAccount(ctx.actor.id, parsedInput.currentPassword, ctx.meta);
    if (!outcome.ok) {
      if (outcome.problem === "currentPasswordWrong")
        returnValidationErrors(deleteAccountSchema, { currentPassword: { _errors: [outcome.problem] } });
      return { deleted: false, soleOwnerOf: outcome.organisations ?? [] };
    }
    return { deleted: true, soleOwnerOf: [] };
  });

export const setPlatformRoleAction = signedInClient
  .metadata({ name: "setPlatformRole", permission: "users.manage" })
  .inputSchema(setPlatformRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setPlatformRole(parsedInput.userId, parsedInput.role, { actorId: ctx.actor.id, ...ctx.meta });
    return { saved: true };
  });

export const blockUserAction = signedInClient
  .metadata({ name: "blockUser", permission: "users.manage" })
  .inputSchema(blockUserSchema)
  .action(async ({ parsedInput, ctx }) => {
    await blockUser(parsedInput.userId, parsedInput.reason, { actorId: ctx.actor.id, ...ctx.meta });
    return { saved: true };
  });

export const unblockUserAction = signedInClient
  .metadata({ name: "unblockUser", permission: "users.manage" })
  .inputSchema(unblockUserSchema)
  .action(async ({ parsedInput, ctx }) => {
    await unblockUser(parsedInput.userId, { actorId: ctx.actor.id, ...ctx.meta });
    return { saved: true };
  });

export const startTwoFactorSetupAction = signedInClient
  .metadata({ name: "startTwoFactorSetup", permission: "account.manage" })
  .action(async ({ ctx }) => {
    const actor = ctx.actor;
    const { secret, qrSvg } = await startTwoFactorSetup(
      actor.id,
      await platformNameIn(isLocale(actor.locale) ? actor.locale : "pl"),
    );
    return { secret, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString("base64")}` };
  });

export const confirmTwoFactorSetupAction = signedInClient
  .metadata({ name: "confirmTwoFactorSetup", permission: "account.manage" })
  .inputSchema(twoFactorChangeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await confirmTwoFactorSetup(ctx.actor.id, parsedInput, ctx.meta);
    if (!outcome.ok) returnValidationErrors(twoFactorChangeSchema, { [outcome.field]: { _errors: [outcome.problem] } });
    return { recoveryCodes: outcome.recoveryCodes };
  });

export const disableTwoFactorAction = signedInClient
  .metadata({ name: "disableTwoFactor", permission: "account.manage" })
  .inputSchema(twoFactorChangeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await disableTwoFactor(ctx.actor.id, parsedInput, ctx.meta);
    if (!outcome.ok) returnValidationErrors(twoFactorChangeSchema, { [outcome.field]: { _errors: [outcome.problem] } });
    return { disabled: true };
  });

export const regenerateRecoveryCodesAction = signedInClient
  .metadata({ name: "regenerateRecoveryCodes", permission: "account.manage" })
  .inputSchema(twoFactorChangeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await regenerateRecoveryCodes(ctx.actor.id, parsedInput, ctx.meta);
    if (!outcome.ok) returnValidationErrors(twoFactorChangeSchema, { [outcome.field]: { _errors: [outcome.problem] } });
    return { recoveryCodes: outcome.recoveryCodes };
  });
