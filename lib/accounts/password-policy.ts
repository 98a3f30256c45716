// At least 12 characters, and not a common password (the bundled list of
// @zxcvbn-ts/language-common, ~49,000 leaked passwords), even with digits or
// symbols added at the end ("qwerty123456"), nor built from the person's own
// e-mail or name.
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/schemas";

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export type PasswordProblem = "passwordTooShort" | "passwordCommon" | "passwordPersonal";

export function passwordProblem(password: string, person: { email: string; name: string }): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return "passwordCommon";
  if (new Set(lower).size <= 2) return "passwordCommon";
  const personal = [person.email.split("@")[0] ?? "", ...person.name.toLowerCase().split(/\s+/)].filter(
    (part) => part.length >= 4,
  );
  if (personal.some((part) => lower.includes(part.toLowerCase()))) return "passwordPersonal";
  return null;
}
