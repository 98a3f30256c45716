import { disconnectDb } from "@/lib/db/client";
import { stopJobBoss } from "@/lib/jobs/boss";
import { resetDatabase } from "@/tests/helpers/reset-db";

// Real database work (and the schema engine's start-up) takes longer than unit tests.
jest.setTimeout(60_000);

beforeAll(async () => {
  await resetDatabase();
});

afterAll(async () => {
  await stopJobBoss();
  await disconnectDb();
});
