export * from "./gpconnect/index.js";
