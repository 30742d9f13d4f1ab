// The GP Connect module of this package (interaction IDs, Spine Secure Proxy, audit JWT). See README.md.
export * from './gpconnect/index.js';
