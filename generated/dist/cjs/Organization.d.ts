import { type Address } from './Address.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type HumanName } from './HumanName.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Organization
 *
 * Base StructureDefinition for Organization Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Organization
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Organization {
    /** The FHIR resource type. */
    resourceType: 'Organization';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Organization.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Organization.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Organization.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifies this organization  across multiple systems
     *
     * Identifier for the organization that is used to identify the organization across multiple disparate systems.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Whether the organization's record is still in active use
     *
     * Whether the organization's record is still in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see Organization.active). */
    _active?: Element;
    /**
     * Kind of organization
     *
     * The kind(s) of organization that this is.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/organization-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept[];
    /**
     * Name used for the organization
     *
     * A name associated with the organization.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Organization.name). */
    _name?: Element;
    /**
     * A list of alternate names that the organization is known as, or was known as in the past
     *
     * A list of alternate names that the organization is known as, or was known as in the past.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.alias`
     * - Type string
     */
    alias?: string[];
    /** Extensions and id for `alias` (FHIR JSON primitive extension, see Organization.alias). */
    _alias?: (Element | null)[];
    /**
     * A contact detail for the organization
     *
     * A contact detail for the organization.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * An address for the organization
     *
     * An address for the organization.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.address`
     * - Type Address
     */
    address?: Address[];
    /**
     * The organization of which this organization forms a part
     *
     * The organization of which this organization forms a part.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.partOf`
     * - Type Reference
     */
    partOf?: Reference<'Organization'>;
    /**
     * Contact for the organization for a certain purpose
     *
     * Contact for the organization for a certain purpose.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact`
     * - Type BackboneElement
     */
    contact?: OrganizationContact[];
    /**
     * Technical endpoints providing access to services operated for the organization
     *
     * Technical endpoints providing access to services operated for the organization.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.endpoint`
     * - Type Reference
     */
    endpoint?: Reference<'Endpoint'>[];
}
/**
 * Contact for the organization for a certain purpose
 *
 * Contact for the organization for a certain purpose.
 *
 * - Cardinality 0..*
 * - FHIR path `Organization.contact`
 * - Type BackboneElement
 */
export interface OrganizationContact {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Organization.contact.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The type of contact
     *
     * Indicates a purpose for which the contact can be reached.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.purpose`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/contactentity-type (6 codes: BILL, ADMIN, HR, PAYOR, PATINF, PRESS)
     */
    purpose?: CodeableConcept;
    /**
     * A name associated with the contact
     *
     * A name associated with the contact.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.name`
     * - Type HumanName
     */
    name?: HumanName;
    /**
     * Contact details (telephone, email, etc.)  for a contact
     *
     * A contact detail (e.g. a telephone number or an email address) by which the party may be contacted.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * Visiting or postal addresses for the contact
     *
     * Visiting or postal addresses for the contact.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address`
     * - Type Address
     */
    address?: Address;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkOrganization(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkOrganizationContact(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Organization (http://hl7.org/fhir/StructureDefinition/Organization).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateOrganization(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateOrganization} with the same options reports no error or fatal issue: Organization (http://hl7.org/fhir/StructureDefinition/Organization). */
export declare function isOrganization(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Organization;
/** Input of {@link buildOrganization}: a {@link Organization} without what the builder fills in. */
export type OrganizationInput = BuilderInput<Organization, 'resourceType'>;
/**
 * Builds a {@link Organization} (Organization, http://hl7.org/fhir/StructureDefinition/Organization).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Organization"
 *
 * The result is checked with {@link validateOrganization}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildOrganization(input: OrganizationInput): Organization;
