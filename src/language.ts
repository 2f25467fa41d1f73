/** The languages the bot words its messages in: Indonesian first, English second. Shared by the domain and the bot layer. */
export type Language = "id" | "en";
