/**
 * The one error style of the generated builders: a builder returns a valid value or throws a
 * {@link BuildError} that carries the validator's OperationOutcome. Warnings and information never throw.
 *
 * This file is copied verbatim into the generated package (`src/runtime/build/`).
 */
import type { OperationOutcome } from '../validate/outcome.js';
/** Thrown by a builder whose result would not be valid against its profile. */
export declare class BuildError extends Error {
    /** The generated type (or bundle) that was being built, e.g. `CareConnectGPCPatient1`. */
    readonly typeName: string;
    /** What the generated validator reported: every issue, with FHIRPath locations. */
    readonly outcome: OperationOutcome;
    constructor(typeName: string, outcome: OperationOutcome);
}
/** True for a {@link BuildError} (also across copies of the package, where `instanceof` fails). */
export declare function isBuildError(error: unknown): error is BuildError;
