import { ClientMessages } from "@/components/i18n/client-messages";
import { ForYouStripClient } from "@/components/matters/for-you-strip-client";

/**
 * The home page's "for you" strip (issue 24). The home page is one cached copy
 * for everyone and reads no session, so the strip is a client island that asks
 * for the reader's counts itself; it hands the browser only the messages it reads.
 */
export function ForYouStrip() {
  return (
    <ClientMessages namespaces={["myMatters.strip", "myMatters.kinds", "ui.readerAnswerFailed", "errors.retry"]}>
      <ForYouStripClient />
    </ClientMessages>
  );
}
