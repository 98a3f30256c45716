// Runs in the browser before the application starts, so every client
// component's first render (the one hydrated against the server's HTML)
// formats the English site's dates as the server did: British
// (lib/i18n/british-english.ts). Installed by a component instead, it came too
// late for components whose code the browser evaluated first.
import { installBritishEnglishDates } from "@/lib/i18n/british-english";

installBritishEnglishDates();
