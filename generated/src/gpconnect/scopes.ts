/**
 * `requested_scope` claim values (GP Connect 1.2.8, "Cross-organisation audit and provenance",
 * requested_scope claim table).
 */
export const GP_CONNECT_REQUESTED_SCOPES = {
  /** Patient record read request. */
  patientRead: 'patient/*.read',
  /** Patient record write request. */
  patientWrite: 'patient/*.write',
  /** Other read request. */
  organizationRead: 'organization/*.read',
  /** Other write request (no interaction uses it at 1.2.8). */
  organizationWrite: 'organization/*.write',
} as const;

export type GpConnectRequestedScope = (typeof GP_CONNECT_REQUESTED_SCOPES)[keyof typeof GP_CONNECT_REQUESTED_SCOPES];

const SCOPE_VALUES: readonly string[] = Object.values(GP_CONNECT_REQUESTED_SCOPES);

export function isGpConnectRequestedScope(value: unknown): value is GpConnectRequestedScope {
  return typeof value === 'string' && SCOPE_VALUES.includes(value);
}
