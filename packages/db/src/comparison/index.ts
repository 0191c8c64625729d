export * from "./agreements.ts";
export * from "./claims.ts";
export * from "./commitments.ts";
export * from "./coverage.ts";
export * from "./duration.ts";
export * from "./omissions.ts";
export * from "./statements.ts";
