import { rmSync } from "node:fs";
import { test as setup } from "@playwright/test";
import { expect } from "@playwright/test";
import {
  ADMIN_STATE,
  demoAdmin,
  demoModerator,
  demoOfficial,
  MODERATOR_STATE,
  NGO_STATE,
  OFFICIAL_STATE,
  signInWithCode,
} from "./two-factor-helpers";

setup("sign in the demo administrator, official and moderator once, with their codes", async ({ browser }) => {
  setup.setTimeout(90_000);
  rmSync(".data/e2e-auth/used-steps.json", { force: true });
  for (const [person, file] of [
    [demoAdmin, ADMIN_STATE],
    [demoOfficial, OFFICIAL_STATE],
    [demoModerator, MODERATOR_STATE],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithCode(page, person.email, person.password, person.secret);
    await context.storageState({ path: file });
    await context.close();
  }
  // The NGO representative too: journeys that do not test signing in reuse this session.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/logowanie");
  await page.getByLabel("Adres e-mail").fill("ngo@demo.example.org");
  await page.getByLabel("Hasło").fill("demo-ngo");
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/konto$/);
  await context.storageState({ path: NGO_STATE });
  await context.close();
});
