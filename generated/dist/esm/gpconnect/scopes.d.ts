/**
 * `requested_scope` claim values (GP Connect 1.2.8, "Cross-organisation audit and provenance",
 * requested_scope claim table).
 */
export declare const GP_CONNECT_REQUESTED_SCOPES: {
    /** Patient record read request. */
    readonly patientRead: "patient/*.read";
    /** Patient record write request. */
    readonly patientWrite: "patient/*.write";
    /** Other read request. */
    readonly organizationRead: "organization/*.read";
    /** Other write request (no interaction uses it at 1.2.8). */
    readonly organizationWrite: "organization/*.write";
};
export type GpConnectRequestedScope = (typeof GP_CONNECT_REQUESTED_SCOPES)[keyof typeof GP_CONNECT_REQUESTED_SCOPES];
export declare function isGpConnectRequestedScope(value: unknown): value is GpConnectRequestedScope;
