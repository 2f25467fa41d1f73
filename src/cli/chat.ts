/**
 * `npm run chat`: the terminal chat (see terminal-chat.ts). An entry point only, so
 * that importing the chat never starts it.
 */
import { runTerminalChat } from "./terminal-chat";

runTerminalChat().catch((error) => {
  console.error(`TanyaJamsos could not start: ${(error as Error).message}`);
  process.exit(1);
});
