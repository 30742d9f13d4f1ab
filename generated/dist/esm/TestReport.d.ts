import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * TestReport
 *
 * Base StructureDefinition for TestReport Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/TestReport
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface TestReport {
    /** The FHIR resource type. */
    resourceType: 'TestReport';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see TestReport.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see TestReport.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External identifier
     *
     * Identifier for the TestScript assigned for external purposes outside the context of FHIR.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Informal name of the executed TestScript
     *
     * A free text natural language name identifying the executed TestScript.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see TestReport.name). */
    _name?: Element;
    /**
     * completed | in-progress | waiting | stopped | entered-in-error
     *
     * The current state of this test report.
     *
     * - Cardinality 1..1
     * - FHIR path `TestReport.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/report-status-codes (5 codes: completed, in-progress, waiting, stopped, entered-in-error)
     */
    status: 'completed' | 'entered-in-error' | 'in-progress' | 'stopped' | 'waiting';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see TestReport.status). */
    _status?: Element;
    /**
     * Reference to the  version-specific TestScript that was executed to produce this TestReport
     *
     * Ideally this is an absolute URL that is used to identify the version-specific TestScript that was executed, matching the `TestScript.url`.
     *
     * - Cardinality 1..1
     * - FHIR path `TestReport.testScript`
     * - Type Reference
     */
    testScript: Reference<'TestScript'>;
    /**
     * pass | fail | pending
     *
     * The overall result from the execution of the TestScript.
     *
     * - Cardinality 1..1
     * - FHIR path `TestReport.result`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/report-result-codes (3 codes: pass, fail, pending)
     */
    result: 'fail' | 'pass' | 'pending';
    /** Extensions and id for `result` (FHIR JSON primitive extension, see TestReport.result). */
    _result?: Element;
    /**
     * The final score (percentage of tests passed) resulting from the execution of the TestScript
     *
     * The final score (percentage of tests passed) resulting from the execution of the TestScript.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.score`
     * - Type decimal
     */
    score?: number;
    /** Extensions and id for `score` (FHIR JSON primitive extension, see TestReport.score). */
    _score?: Element;
    /**
     * Name of the tester producing this report (Organization or individual)
     *
     * Name of the tester producing this report (Organization or individual).
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.tester`
     * - Type string
     */
    tester?: string;
    /** Extensions and id for `tester` (FHIR JSON primitive extension, see TestReport.tester). */
    _tester?: Element;
    /**
     * When the TestScript was executed and this TestReport was generated
     *
     * When the TestScript was executed and this TestReport was generated.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.issued`
     * - Type dateTime
     */
    issued?: string;
    /** Extensions and id for `issued` (FHIR JSON primitive extension, see TestReport.issued). */
    _issued?: Element;
    /**
     * A participant in the test execution, either the execution engine, a client, or a server
     *
     * A participant in the test execution, either the execution engine, a client, or a server.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.participant`
     * - Type BackboneElement
     */
    participant?: TestReportParticipant[];
    /**
     * The results of the series of required setup operations before the tests were executed
     *
     * The results of the series of required setup operations before the tests were executed.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup`
     * - Type BackboneElement
     */
    setup?: TestReportSetup;
    /**
     * A test executed from the test script
     *
     * A test executed from the test script.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.test`
     * - Type BackboneElement
     */
    test?: TestReportTest[];
    /**
     * The results of running the series of required clean up steps
     *
     * The results of the series of operations required to clean up after the all the tests were executed (successfully or otherwise).
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.teardown`
     * - Type BackboneElement
     */
    teardown?: TestReportTeardown;
}
/**
 * A participant in the test execution, either the execution engine, a client, or a server
 *
 * A participant in the test execution, either the execution engine, a client, or a server.
 *
 * - Cardinality 0..*
 * - FHIR path `TestReport.participant`
 * - Type BackboneElement
 */
export interface TestReportParticipant {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.participant.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.participant.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.participant.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.participant.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * test-engine | client | server
     *
     * The type of participant.
     *
     * - Cardinality 1..1
     * - FHIR path `TestReport.participant.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/report-participant-type (3 codes: test-engine, client, server)
     */
    type: 'client' | 'server' | 'test-engine';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see TestReport.participant.type). */
    _type?: Element;
    /**
     * The uri of the participant. An absolute URL is preferred
     *
     * The uri of the participant. An absolute URL is preferred.
     *
     * - Cardinality 1..1
     * - FHIR path `TestReport.participant.uri`
     * - Type uri
     */
    uri: string;
    /** Extensions and id for `uri` (FHIR JSON primitive extension, see TestReport.participant.uri). */
    _uri?: Element;
    /**
     * The display name of the participant
     *
     * The display name of the participant.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.participant.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see TestReport.participant.display). */
    _display?: Element;
}
/**
 * The results of the series of required setup operations before the tests were executed
 *
 * The results of the series of required setup operations before the tests were executed.
 *
 * - Cardinality 0..1
 * - FHIR path `TestReport.setup`
 * - Type BackboneElement
 */
export interface TestReportSetup {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.setup.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.setup.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.setup.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A setup operation or assert that was executed
     *
     * Action would contain either an operation or an assertion.
     *
     * - Cardinality 1..*
     * - FHIR path `TestReport.setup.action`
     * - Type BackboneElement
     */
    action: [TestReportSetupAction, ...TestReportSetupAction[]];
}
/**
 * A setup operation or assert that was executed
 *
 * Action would contain either an operation or an assertion.
 *
 * - Cardinality 1..*
 * - FHIR path `TestReport.setup.action`
 * - Type BackboneElement
 */
export interface TestReportSetupAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.action.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.setup.action.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.setup.action.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.setup.action.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The operation to perform
     *
     * The operation performed.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.action.operation`
     * - Type BackboneElement
     */
    operation?: TestReportSetupActionOperation;
    /**
     * The assertion to perform
     *
     * The results of the assertion performed on the previous operations.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.action.assert`
     * - Type BackboneElement
     */
    assert?: TestReportSetupActionAssert;
}
/**
 * The operation to perform
 *
 * The operation performed.
 *
 * - Cardinality 0..1
 * - FHIR path `TestReport.setup.action.operation`
 * - Type BackboneElement
 */
export interface TestReportSetupActionOperation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.action.operation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.setup.action.operation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.setup.action.operation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.setup.action.operation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * pass | skip | fail | warning | error
     *
     * The result of this operation.
     *
     * - Cardinality 1..1
     * - FHIR path `TestReport.setup.action.operation.result`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/report-action-result-codes (5 codes: pass, skip, fail, warning, error)
     */
    result: 'error' | 'fail' | 'pass' | 'skip' | 'warning';
    /** Extensions and id for `result` (FHIR JSON primitive extension, see TestReport.setup.action.operation.result). */
    _result?: Element;
    /**
     * A message associated with the result
     *
     * An explanatory message associated with the result.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.action.operation.message`
     * - Type markdown
     */
    message?: string;
    /** Extensions and id for `message` (FHIR JSON primitive extension, see TestReport.setup.action.operation.message). */
    _message?: Element;
    /**
     * A link to further details on the result
     *
     * A link to further details on the result.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.action.operation.detail`
     * - Type uri
     */
    detail?: string;
    /** Extensions and id for `detail` (FHIR JSON primitive extension, see TestReport.setup.action.operation.detail). */
    _detail?: Element;
}
/**
 * The assertion to perform
 *
 * The results of the assertion performed on the previous operations.
 *
 * - Cardinality 0..1
 * - FHIR path `TestReport.setup.action.assert`
 * - Type BackboneElement
 */
export interface TestReportSetupActionAssert {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.action.assert.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.setup.action.assert.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.setup.action.assert.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.setup.action.assert.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * pass | skip | fail | warning | error
     *
     * The result of this assertion.
     *
     * - Cardinality 1..1
     * - FHIR path `TestReport.setup.action.assert.result`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/report-action-result-codes (5 codes: pass, skip, fail, warning, error)
     */
    result: 'error' | 'fail' | 'pass' | 'skip' | 'warning';
    /** Extensions and id for `result` (FHIR JSON primitive extension, see TestReport.setup.action.assert.result). */
    _result?: Element;
    /**
     * A message associated with the result
     *
     * An explanatory message associated with the result.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.action.assert.message`
     * - Type markdown
     */
    message?: string;
    /** Extensions and id for `message` (FHIR JSON primitive extension, see TestReport.setup.action.assert.message). */
    _message?: Element;
    /**
     * A link to further details on the result
     *
     * A link to further details on the result.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.setup.action.assert.detail`
     * - Type string
     */
    detail?: string;
    /** Extensions and id for `detail` (FHIR JSON primitive extension, see TestReport.setup.action.assert.detail). */
    _detail?: Element;
}
/**
 * A test executed from the test script
 *
 * A test executed from the test script.
 *
 * - Cardinality 0..*
 * - FHIR path `TestReport.test`
 * - Type BackboneElement
 */
export interface TestReportTest {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.test.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.test.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.test.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.test.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Tracking/logging name of this test
     *
     * The name of this test used for tracking/logging purposes by test engines.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.test.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see TestReport.test.name). */
    _name?: Element;
    /**
     * Tracking/reporting short description of the test
     *
     * A short description of the test used by test engines for tracking and reporting purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.test.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see TestReport.test.description). */
    _description?: Element;
    /**
     * A test operation or assert that was performed
     *
     * Action would contain either an operation or an assertion.
     *
     * - Cardinality 1..*
     * - FHIR path `TestReport.test.action`
     * - Type BackboneElement
     */
    action: [TestReportTestAction, ...TestReportTestAction[]];
}
/**
 * A test operation or assert that was performed
 *
 * Action would contain either an operation or an assertion.
 *
 * - Cardinality 1..*
 * - FHIR path `TestReport.test.action`
 * - Type BackboneElement
 */
export interface TestReportTestAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.test.action.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.test.action.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.test.action.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.test.action.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The operation performed
     *
     * An operation would involve a REST request to a server.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.test.action.operation`
     */
    operation?: TestReportSetupActionOperation;
    /**
     * The assertion performed
     *
     * The results of the assertion performed on the previous operations.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.test.action.assert`
     */
    assert?: TestReportSetupActionAssert;
}
/**
 * The results of running the series of required clean up steps
 *
 * The results of the series of operations required to clean up after the all the tests were executed (successfully or otherwise).
 *
 * - Cardinality 0..1
 * - FHIR path `TestReport.teardown`
 * - Type BackboneElement
 */
export interface TestReportTeardown {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.teardown.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.teardown.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.teardown.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.teardown.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * One or more teardown operations performed
     *
     * The teardown action will only contain an operation.
     *
     * - Cardinality 1..*
     * - FHIR path `TestReport.teardown.action`
     * - Type BackboneElement
     */
    action: [TestReportTeardownAction, ...TestReportTeardownAction[]];
}
/**
 * One or more teardown operations performed
 *
 * The teardown action will only contain an operation.
 *
 * - Cardinality 1..*
 * - FHIR path `TestReport.teardown.action`
 * - Type BackboneElement
 */
export interface TestReportTeardownAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestReport.teardown.action.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestReport.teardown.action.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.teardown.action.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestReport.teardown.action.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The teardown operation performed
     *
     * An operation would involve a REST request to a server.
     *
     * - Cardinality 1..1
     * - FHIR path `TestReport.teardown.action.operation`
     */
    operation: TestReportSetupActionOperation;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkTestReport(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestReportParticipant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestReportSetup(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestReportTest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestReportTeardown(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestReportSetupAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestReportTestAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestReportTeardownAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestReportSetupActionOperation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestReportSetupActionAssert(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against TestReport (http://hl7.org/fhir/StructureDefinition/TestReport).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateTestReport(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateTestReport} with the same options reports no error or fatal issue: TestReport (http://hl7.org/fhir/StructureDefinition/TestReport). */
export declare function isTestReport(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is TestReport;
/** Input of {@link buildTestReport}: a {@link TestReport} without what the builder fills in. */
export type TestReportInput = BuilderInput<TestReport, 'resourceType'>;
/**
 * Builds a {@link TestReport} (TestReport, http://hl7.org/fhir/StructureDefinition/TestReport).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "TestReport"
 *
 * The result is checked with {@link validateTestReport}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildTestReport(input: TestReportInput): TestReport;
