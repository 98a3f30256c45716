import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_MODERATOR_TOTP_SECRET, DEMO_OFFICIAL_TOTP_SECRET } from "@/lib/demo/data";

const AUTH_DIR = ".data/e2e-auth";
export const ADMIN_STATE = `${AUTH_DIR}/admin.json`;
export const OFFICIAL_STATE = `${AUTH_DIR}/official.json`;
export const MODERATOR_STATE = `${AUTH_DIR}/moderator.json`;
/** The demo NGO representative, signed in once: journeys that do not test signing in reuse the session, which keeps them quick and clear of the sign-in throttle (lib/accounts/sign-in-throttle.ts). */
export const NGO_STATE = `${AUTH_DIR}/ngo.json`;

/**
 * A code for `secret` that no earlier sign-in in this run used: the app takes
 * each code once, so if this key's current time step was used, wait for the next.
 */
export async function freshCode(secret: string): Promise<string> {
  mkdirSync(AUTH_DIR, { recursive: true });
  const file = `${AUTH_DIR}/used-steps.json`;
  let used: Record<string, number> = {};
  try {
    used = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
  } catch {
    // First use in this run.
  }
  let step = Math.floor(Date.now() / 30_000);
  if ((used[secret] ?? -1) >= step) {
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * 30_000 - Date.now() + 200));
    step += 1;
  }
  writeFileSync(file, JSON.stringify({ ...used, [secret]: step }));
  return generateSync({ secret, epoch: step * 30 + 1 });
}

/** Signs in through the form, answering the second step with a code from `secret`. */
export async function signInWithCode(page: Page, email: string, password: string, secret: string) {
  await page.goto("/logowanie");
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  const code = page.getByLabel("Kod z aplikacji lub kod zapasowy");
  await expect(code).toBeFocused();
  await code.fill(await freshCode(secret));
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/konto$/);
}

export const demoAdmin = { email: "admin@demo.example.org", password: "demo-admin", secret: DEMO_ADMIN_TOTP_SECRET };
export const demoOfficial = {
  email: "urzednik@demo.example.org",
  password: "demo-urzednik",
  secret: DEMO_OFFICIAL_TOTP_SECRET,
};
export const demoModerator = {
  email: "moderator@demo.example.org",
  password: "demo-moderator",
  secret: DEMO_MODERATOR_TOTP_SECRET,
};
