// Run by Playwright before the app: the KRS stand-in on a fixed port.
import { startKrsServer } from "../helpers/krs-server";

void startKrsServer(Number(process.env.E2E_KRS_PORT ?? 3190)).then(({ url }) => console.log(`KRS stand-in at ${url}`));
