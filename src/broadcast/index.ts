/** Broadcast engine: durable queue + rate-limited, crash-safe worker. */
export * from "./queue";
export * from "./worker";
