/**
 * fast-check arbitraries of valid builder inputs for GP Connect profiles: what a consumer or provider
 * could pass, within what the profiles allow (required parts always there, codes from required bindings,
 * FHIR primitive formats, start before end). Inputs leave out what the builders fill in.
 */
import fc from 'fast-check';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A FHIR id. */
export const id: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9\-.]{1,64}$/);

/** A FHIR string: non-empty, no leading or trailing whitespace. */
export const text: fc.Arbitrary<string> = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.trim()).filter((s) => s.length > 0);

const day = fc.record({ y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
export const date: fc.Arbitrary<string> = day.map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);

/** Two instants, the first before the second. */
export const interval: fc.Arbitrary<{ start: string; end: string }> = fc
  .record({ from: fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }), minutes: fc.integer({ min: 1, max: 600 }) })
  .map(({ from, minutes }) => {
    const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', '+00:00');
    return { start: iso(from), end: iso(from + minutes * 60) };
  });

const reference = (...types: string[]) => fc.record({ type: fc.constantFrom(...types), id }).map((r) => ({ reference: `${r.type}/${r.id}` }));

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops undefined values, as a TypeScript caller under exactOptionalPropertyTypes would write the object. */
function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const record = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) => fc.record(shape).map((v) => defined(v as Record<string, unknown>));

const telecom = record({
  system: fc.constantFrom('phone', 'fax', 'email', 'pager', 'url', 'sms', 'other'),
  value: text,
  use: optional(fc.constantFrom('home', 'work', 'temp', 'old', 'mobile')),
});

// An address with no value at all would break ele-1 (every element has a value or children): at least one part.
const address = record({
  use: optional(fc.constantFrom('home', 'work', 'temp', 'old')),
  line: optional(fc.array(text, { minLength: 1, maxLength: 3 })),
  city: optional(text),
  postalCode: optional(text),
}).filter((a) => Object.keys(a).length > 0);

/** Builders a Patient input needs: the NHS number slice helper. */
export interface PatientHelpers {
  readonly nhsNumber: (input: object) => unknown;
}

export function patientInput(helpers: PatientHelpers): fc.Arbitrary<Record<string, unknown>> {
  const verificationStatus = fc.constantFrom('01', '02', '03', '04', '05', '06', '07', '08');
  const nhsNumber = record({ value: fc.stringMatching(/^[0-9]{10}$/), code: verificationStatus }).map((n) =>
    helpers.nhsNumber({ value: n['value'], extension: [{ valueCodeableConcept: { coding: [{ code: n['code'] }] } }] }),
  );
  const official = record({ family: text, given: optional(fc.array(text, { minLength: 1, maxLength: 2 })), prefix: optional(fc.array(text, { maxLength: 1, minLength: 1 })) });
  const other = record({ use: fc.constantFrom('usual', 'temp', 'nickname', 'old', 'maiden'), family: optional(text), given: optional(fc.array(text, { minLength: 1, maxLength: 2 })) });
  return record({
    id: optional(id),
    identifier: optional(nhsNumber.map((n) => [n])),
    active: optional(fc.boolean()),
    name: fc.tuple(official, fc.array(other, { maxLength: 2 })).map(([first, rest]) => [first, ...rest]),
    telecom: optional(fc.array(telecom, { minLength: 1, maxLength: 2 })),
    gender: optional(fc.constantFrom('male', 'female', 'other', 'unknown')),
    birthDate: optional(date),
    address: optional(fc.array(address, { minLength: 1, maxLength: 2 })),
    managingOrganization: optional(reference('Organization')),
  });
}

export function appointmentInput(): fc.Arbitrary<Record<string, unknown>> {
  const participant = record({
    actor: reference('Patient', 'Location', 'Practitioner'),
    status: fc.constantFrom('accepted', 'declined', 'tentative', 'needs-action'),
  });
  return fc
    .record({
      when: interval,
      rest: record({
        id: optional(id),
        status: fc.constantFrom('proposed', 'pending', 'booked', 'arrived', 'fulfilled', 'cancelled', 'noshow', 'entered-in-error'),
        description: text,
        slot: fc.array(reference('Slot'), { minLength: 1, maxLength: 3 }),
        participant: fc.array(participant, { minLength: 1, maxLength: 3 }),
        comment: optional(text),
        reason: optional(record({ coding: fc.array(record({ code: fc.stringMatching(/^[1-9][0-9]{5,17}$/), display: text }), { minLength: 1, maxLength: 1 }) }).map((r) => [r])),
      }),
    })
    .map(({ when, rest }) => ({ ...rest, start: when.start, end: when.end }));
}

export function slotInput(): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      when: interval,
      rest: record({
        id: optional(id),
        schedule: reference('Schedule'),
        status: fc.constantFrom('busy', 'free', 'busy-unavailable', 'busy-tentative', 'entered-in-error'),
        serviceType: optional(fc.array(record({ text }), { minLength: 1, maxLength: 2 })),
        overbooked: optional(fc.boolean()),
        comment: optional(text),
      }),
    })
    .map(({ when, rest }) => ({ ...rest, start: when.start, end: when.end }));
}

/** True when every value of `input` is in `output` at the same place (the builder only adds). */
export function contains(output: unknown, input: unknown): boolean {
  if (input === output) return true;
  if (Array.isArray(input)) return Array.isArray(output) && input.length === output.length && input.every((item, i) => contains(output[i], item));
  if (typeof input === 'object' && input !== null) {
    if (typeof output !== 'object' || output === null) return false;
    return Object.entries(input).every(([key, value]) => contains((output as Record<string, unknown>)[key], value));
  }
  return false;
}
