import { disconnectDb } from "@/lib/db/client";
import { stopJobBoss } from "@/lib/jobs/boss";
import { resetDatabase } from "@/tests/helpers/reset-db";

// Actions end with refresh() (lib/safe-action.ts), which Next.js allows only inside a
// Server Action's request; tests call actions directly, so it is recorded instead.
jest.mock("next/cache", () => ({ refresh: jest.fn(), revalidatePath: jest.fn() }));

// Real database work (and the schema engine's start-up) takes longer than unit tests.
jest.setTimeout(60_000);

beforeAll(async () => {
  await resetDatabase();
});

afterAll(async () => {
  await stopJobBoss();
  await disconnectDb();
});
