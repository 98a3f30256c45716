// Input schemas shared by the forms (react-hook-form) and the server actions.
// Messages are keys under `forms.errors` in the message catalogues.
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { RECORD_ID } from "@/lib/validation/record-id";

export const PASSWORD_MIN_LENGTH = 12;

const email = z
  .string()
  .trim()
  .min(1, "emailRequired")
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"))
  .transform((value) => value.toLowerCase());

export const signUpSchema = z.object({
  name: z.string().trim().min(2, "nameTooShort").max(100, "nameTooLong"),
  email,
  password: z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(200, "passwordTooLong"),
  acceptTerms: z.literal(true, "termsRequired"),
  acceptPrivacy: z.literal(true, "privacyRequired"),
  locale: z.enum(locales),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
  /** Asked for only when the account has two-factor authentication. */
  code: z.string().trim().max(32, "codeInvalid").optional(),
});
export type SignInInput = z.input<typeof signInSchema>;

export const verifyEmailSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "linkInvalid"),
});

export const requestPasswordResetSchema = z.object({ email, locale: z.enum(locales) });
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetSchema>;

const newPassword = z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(200, "passwordTooLong");

export const resetPasswordSchema = z.object({
  token: verifyEmailSchema.shape.token,
  password: newPassword,
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
  newPassword,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const requestEmailChangeSchema = z.object({
  newEmail: email,
  currentPassword: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
});
export type RequestEmailChangeInput = z.input<typeof requestEmailChangeSchema>;

export const confirmEmailChangeSchema = verifyEmailSchema;

export const deleteAccountSchema = z.object({
  currentPassword: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
  understood: z.literal(true, "deletionNotConfirmed"),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

const userId = z.string().regex(RECORD_ID, "personInvalid");

export const setPlatformRoleSchema = z.object({ userId, role: z.enum(["RESIDENT", "MODERATOR", "ADMINISTRATOR"]) });
export type SetPlatformRoleInput = z.input<typeof setPlatformRoleSchema>;

export const blockUserSchema = z.object({
  userId,
  reason: z.string().trim().min(5, "reasonTooShort").max(1000, "reasonTooLong"),
});
export type BlockUserInput = z.input<typeof blockUserSchema>;

export const unblockUserSchema = z.object({ userId });

/** A code from the authenticator app (6 digits) or a recovery code. */
const secondFactorCode = z.string().trim().min(1, "codeRequired").max(32, "codeInvalid");

/** Switching on, new recovery codes and switching off each ask for the password again, with a code (lib/accounts/two-factor.ts). */
export const twoFactorChangeSchema = z.object({
  password: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
  code: secondFactorCode,
});
export type TwoFactorChangeInput = z.input<typeof twoFactorChangeSchema>;
