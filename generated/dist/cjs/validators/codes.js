var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var codes_exports = {};
__export(codes_exports, {
  inCodes0: () => inCodes0,
  inCodes1: () => inCodes1,
  inCodes10: () => inCodes10,
  inCodes100: () => inCodes100,
  inCodes101: () => inCodes101,
  inCodes102: () => inCodes102,
  inCodes103: () => inCodes103,
  inCodes104: () => inCodes104,
  inCodes105: () => inCodes105,
  inCodes106: () => inCodes106,
  inCodes107: () => inCodes107,
  inCodes108: () => inCodes108,
  inCodes109: () => inCodes109,
  inCodes11: () => inCodes11,
  inCodes110: () => inCodes110,
  inCodes111: () => inCodes111,
  inCodes112: () => inCodes112,
  inCodes113: () => inCodes113,
  inCodes114: () => inCodes114,
  inCodes115: () => inCodes115,
  inCodes116: () => inCodes116,
  inCodes117: () => inCodes117,
  inCodes118: () => inCodes118,
  inCodes119: () => inCodes119,
  inCodes12: () => inCodes12,
  inCodes120: () => inCodes120,
  inCodes121: () => inCodes121,
  inCodes122: () => inCodes122,
  inCodes123: () => inCodes123,
  inCodes124: () => inCodes124,
  inCodes125: () => inCodes125,
  inCodes126: () => inCodes126,
  inCodes127: () => inCodes127,
  inCodes128: () => inCodes128,
  inCodes129: () => inCodes129,
  inCodes13: () => inCodes13,
  inCodes130: () => inCodes130,
  inCodes131: () => inCodes131,
  inCodes132: () => inCodes132,
  inCodes133: () => inCodes133,
  inCodes134: () => inCodes134,
  inCodes135: () => inCodes135,
  inCodes136: () => inCodes136,
  inCodes137: () => inCodes137,
  inCodes138: () => inCodes138,
  inCodes139: () => inCodes139,
  inCodes14: () => inCodes14,
  inCodes140: () => inCodes140,
  inCodes141: () => inCodes141,
  inCodes142: () => inCodes142,
  inCodes143: () => inCodes143,
  inCodes144: () => inCodes144,
  inCodes145: () => inCodes145,
  inCodes146: () => inCodes146,
  inCodes147: () => inCodes147,
  inCodes148: () => inCodes148,
  inCodes149: () => inCodes149,
  inCodes15: () => inCodes15,
  inCodes150: () => inCodes150,
  inCodes151: () => inCodes151,
  inCodes152: () => inCodes152,
  inCodes153: () => inCodes153,
  inCodes154: () => inCodes154,
  inCodes155: () => inCodes155,
  inCodes156: () => inCodes156,
  inCodes157: () => inCodes157,
  inCodes158: () => inCodes158,
  inCodes159: () => inCodes159,
  inCodes16: () => inCodes16,
  inCodes160: () => inCodes160,
  inCodes161: () => inCodes161,
  inCodes162: () => inCodes162,
  inCodes163: () => inCodes163,
  inCodes164: () => inCodes164,
  inCodes165: () => inCodes165,
  inCodes166: () => inCodes166,
  inCodes167: () => inCodes167,
  inCodes168: () => inCodes168,
  inCodes169: () => inCodes169,
  inCodes17: () => inCodes17,
  inCodes170: () => inCodes170,
  inCodes171: () => inCodes171,
  inCodes172: () => inCodes172,
  inCodes173: () => inCodes173,
  inCodes174: () => inCodes174,
  inCodes175: () => inCodes175,
  inCodes176: () => inCodes176,
  inCodes177: () => inCodes177,
  inCodes178: () => inCodes178,
  inCodes179: () => inCodes179,
  inCodes18: () => inCodes18,
  inCodes180: () => inCodes180,
  inCodes181: () => inCodes181,
  inCodes182: () => inCodes182,
  inCodes183: () => inCodes183,
  inCodes184: () => inCodes184,
  inCodes185: () => inCodes185,
  inCodes186: () => inCodes186,
  inCodes187: () => inCodes187,
  inCodes188: () => inCodes188,
  inCodes189: () => inCodes189,
  inCodes19: () => inCodes19,
  inCodes190: () => inCodes190,
  inCodes191: () => inCodes191,
  inCodes192: () => inCodes192,
  inCodes193: () => inCodes193,
  inCodes194: () => inCodes194,
  inCodes195: () => inCodes195,
  inCodes196: () => inCodes196,
  inCodes197: () => inCodes197,
  inCodes198: () => inCodes198,
  inCodes199: () => inCodes199,
  inCodes2: () => inCodes2,
  inCodes20: () => inCodes20,
  inCodes200: () => inCodes200,
  inCodes201: () => inCodes201,
  inCodes202: () => inCodes202,
  inCodes203: () => inCodes203,
  inCodes204: () => inCodes204,
  inCodes205: () => inCodes205,
  inCodes206: () => inCodes206,
  inCodes207: () => inCodes207,
  inCodes208: () => inCodes208,
  inCodes209: () => inCodes209,
  inCodes21: () => inCodes21,
  inCodes210: () => inCodes210,
  inCodes211: () => inCodes211,
  inCodes212: () => inCodes212,
  inCodes213: () => inCodes213,
  inCodes214: () => inCodes214,
  inCodes215: () => inCodes215,
  inCodes216: () => inCodes216,
  inCodes217: () => inCodes217,
  inCodes218: () => inCodes218,
  inCodes219: () => inCodes219,
  inCodes22: () => inCodes22,
  inCodes220: () => inCodes220,
  inCodes221: () => inCodes221,
  inCodes222: () => inCodes222,
  inCodes223: () => inCodes223,
  inCodes224: () => inCodes224,
  inCodes225: () => inCodes225,
  inCodes226: () => inCodes226,
  inCodes227: () => inCodes227,
  inCodes228: () => inCodes228,
  inCodes229: () => inCodes229,
  inCodes23: () => inCodes23,
  inCodes230: () => inCodes230,
  inCodes231: () => inCodes231,
  inCodes232: () => inCodes232,
  inCodes233: () => inCodes233,
  inCodes234: () => inCodes234,
  inCodes235: () => inCodes235,
  inCodes236: () => inCodes236,
  inCodes237: () => inCodes237,
  inCodes238: () => inCodes238,
  inCodes239: () => inCodes239,
  inCodes24: () => inCodes24,
  inCodes240: () => inCodes240,
  inCodes241: () => inCodes241,
  inCodes242: () => inCodes242,
  inCodes243: () => inCodes243,
  inCodes244: () => inCodes244,
  inCodes245: () => inCodes245,
  inCodes246: () => inCodes246,
  inCodes247: () => inCodes247,
  inCodes248: () => inCodes248,
  inCodes249: () => inCodes249,
  inCodes25: () => inCodes25,
  inCodes250: () => inCodes250,
  inCodes251: () => inCodes251,
  inCodes252: () => inCodes252,
  inCodes253: () => inCodes253,
  inCodes254: () => inCodes254,
  inCodes255: () => inCodes255,
  inCodes256: () => inCodes256,
  inCodes257: () => inCodes257,
  inCodes258: () => inCodes258,
  inCodes259: () => inCodes259,
  inCodes26: () => inCodes26,
  inCodes260: () => inCodes260,
  inCodes261: () => inCodes261,
  inCodes262: () => inCodes262,
  inCodes263: () => inCodes263,
  inCodes264: () => inCodes264,
  inCodes265: () => inCodes265,
  inCodes266: () => inCodes266,
  inCodes267: () => inCodes267,
  inCodes268: () => inCodes268,
  inCodes269: () => inCodes269,
  inCodes27: () => inCodes27,
  inCodes270: () => inCodes270,
  inCodes271: () => inCodes271,
  inCodes272: () => inCodes272,
  inCodes273: () => inCodes273,
  inCodes274: () => inCodes274,
  inCodes275: () => inCodes275,
  inCodes276: () => inCodes276,
  inCodes277: () => inCodes277,
  inCodes278: () => inCodes278,
  inCodes279: () => inCodes279,
  inCodes28: () => inCodes28,
  inCodes280: () => inCodes280,
  inCodes281: () => inCodes281,
  inCodes282: () => inCodes282,
  inCodes283: () => inCodes283,
  inCodes284: () => inCodes284,
  inCodes285: () => inCodes285,
  inCodes286: () => inCodes286,
  inCodes287: () => inCodes287,
  inCodes288: () => inCodes288,
  inCodes289: () => inCodes289,
  inCodes29: () => inCodes29,
  inCodes290: () => inCodes290,
  inCodes291: () => inCodes291,
  inCodes292: () => inCodes292,
  inCodes293: () => inCodes293,
  inCodes294: () => inCodes294,
  inCodes295: () => inCodes295,
  inCodes296: () => inCodes296,
  inCodes297: () => inCodes297,
  inCodes298: () => inCodes298,
  inCodes299: () => inCodes299,
  inCodes3: () => inCodes3,
  inCodes30: () => inCodes30,
  inCodes300: () => inCodes300,
  inCodes301: () => inCodes301,
  inCodes302: () => inCodes302,
  inCodes303: () => inCodes303,
  inCodes304: () => inCodes304,
  inCodes305: () => inCodes305,
  inCodes306: () => inCodes306,
  inCodes307: () => inCodes307,
  inCodes308: () => inCodes308,
  inCodes309: () => inCodes309,
  inCodes31: () => inCodes31,
  inCodes310: () => inCodes310,
  inCodes311: () => inCodes311,
  inCodes312: () => inCodes312,
  inCodes313: () => inCodes313,
  inCodes314: () => inCodes314,
  inCodes315: () => inCodes315,
  inCodes316: () => inCodes316,
  inCodes317: () => inCodes317,
  inCodes318: () => inCodes318,
  inCodes319: () => inCodes319,
  inCodes32: () => inCodes32,
  inCodes320: () => inCodes320,
  inCodes321: () => inCodes321,
  inCodes322: () => inCodes322,
  inCodes323: () => inCodes323,
  inCodes33: () => inCodes33,
  inCodes34: () => inCodes34,
  inCodes35: () => inCodes35,
  inCodes36: () => inCodes36,
  inCodes37: () => inCodes37,
  inCodes38: () => inCodes38,
  inCodes39: () => inCodes39,
  inCodes4: () => inCodes4,
  inCodes40: () => inCodes40,
  inCodes41: () => inCodes41,
  inCodes42: () => inCodes42,
  inCodes43: () => inCodes43,
  inCodes44: () => inCodes44,
  inCodes45: () => inCodes45,
  inCodes46: () => inCodes46,
  inCodes47: () => inCodes47,
  inCodes48: () => inCodes48,
  inCodes49: () => inCodes49,
  inCodes5: () => inCodes5,
  inCodes50: () => inCodes50,
  inCodes51: () => inCodes51,
  inCodes52: () => inCodes52,
  inCodes53: () => inCodes53,
  inCodes54: () => inCodes54,
  inCodes55: () => inCodes55,
  inCodes56: () => inCodes56,
  inCodes57: () => inCodes57,
  inCodes58: () => inCodes58,
  inCodes59: () => inCodes59,
  inCodes6: () => inCodes6,
  inCodes60: () => inCodes60,
  inCodes61: () => inCodes61,
  inCodes62: () => inCodes62,
  inCodes63: () => inCodes63,
  inCodes64: () => inCodes64,
  inCodes65: () => inCodes65,
  inCodes66: () => inCodes66,
  inCodes67: () => inCodes67,
  inCodes68: () => inCodes68,
  inCodes69: () => inCodes69,
  inCodes7: () => inCodes7,
  inCodes70: () => inCodes70,
  inCodes71: () => inCodes71,
  inCodes72: () => inCodes72,
  inCodes73: () => inCodes73,
  inCodes74: () => inCodes74,
  inCodes75: () => inCodes75,
  inCodes76: () => inCodes76,
  inCodes77: () => inCodes77,
  inCodes78: () => inCodes78,
  inCodes79: () => inCodes79,
  inCodes8: () => inCodes8,
  inCodes80: () => inCodes80,
  inCodes81: () => inCodes81,
  inCodes82: () => inCodes82,
  inCodes83: () => inCodes83,
  inCodes84: () => inCodes84,
  inCodes85: () => inCodes85,
  inCodes86: () => inCodes86,
  inCodes87: () => inCodes87,
  inCodes88: () => inCodes88,
  inCodes89: () => inCodes89,
  inCodes9: () => inCodes9,
  inCodes90: () => inCodes90,
  inCodes91: () => inCodes91,
  inCodes92: () => inCodes92,
  inCodes93: () => inCodes93,
  inCodes94: () => inCodes94,
  inCodes95: () => inCodes95,
  inCodes96: () => inCodes96,
  inCodes97: () => inCodes97,
  inCodes98: () => inCodes98,
  inCodes99: () => inCodes99
});
module.exports = __toCommonJS(codes_exports);
function inCodes0(key) {
  return key === "agree" || key === "disagree" || key === "pending";
}
const SET_0 = /* @__PURE__ */ new Set([
  "ar",
  "bn",
  "cs",
  "da",
  "de",
  "de-AT",
  "de-CH",
  "de-DE",
  "el",
  "en",
  "en-AU",
  "en-CA",
  "en-GB",
  "en-IN",
  "en-NZ",
  "en-SG",
  "en-US",
  "es",
  "es-AR",
  "es-ES",
  "es-UY",
  "fi",
  "fr",
  "fr-BE",
  "fr-CH",
  "fr-FR",
  "fy",
  "fy-NL",
  "hi",
  "hr",
  "it",
  "it-CH",
  "it-IT",
  "ja",
  "ko",
  "nl",
  "nl-BE",
  "nl-NL",
  "no",
  "no-NO",
  "pa",
  "pt",
  "pt-BR",
  "ru",
  "ru-RU",
  "sr",
  "sr-SP",
  "sv",
  "sv-SE",
  "te",
  "zh",
  "zh-CN",
  "zh-HK",
  "zh-SG",
  "zh-TW"
]);
function inCodes1(key) {
  return SET_0.has(key);
}
function inCodes2(key) {
  return key === "active" || key === "entered-in-error" || key === "inactive";
}
function inCodes3(key) {
  return key === "active" || key === "draft" || key === "retired" || key === "unknown";
}
const SET_1 = /* @__PURE__ */ new Set([
  "Account",
  "ActivityDefinition",
  "AdverseEvent",
  "AllergyIntolerance",
  "Appointment",
  "AppointmentResponse",
  "AuditEvent",
  "Basic",
  "Binary",
  "BodySite",
  "Bundle",
  "CapabilityStatement",
  "CarePlan",
  "CareTeam",
  "ChargeItem",
  "Claim",
  "ClaimResponse",
  "ClinicalImpression",
  "CodeSystem",
  "Communication",
  "CommunicationRequest",
  "CompartmentDefinition",
  "Composition",
  "ConceptMap",
  "Condition",
  "Consent",
  "Contract",
  "Coverage",
  "DataElement",
  "DetectedIssue",
  "Device",
  "DeviceComponent",
  "DeviceMetric",
  "DeviceRequest",
  "DeviceUseStatement",
  "DiagnosticReport",
  "DocumentManifest",
  "DocumentReference",
  "DomainResource",
  "EligibilityRequest",
  "EligibilityResponse",
  "Encounter",
  "Endpoint",
  "EnrollmentRequest",
  "EnrollmentResponse",
  "EpisodeOfCare",
  "ExpansionProfile",
  "ExplanationOfBenefit",
  "FamilyMemberHistory",
  "Flag",
  "Goal",
  "GraphDefinition",
  "Group",
  "GuidanceResponse",
  "HealthcareService",
  "ImagingManifest",
  "ImagingStudy",
  "Immunization",
  "ImmunizationRecommendation",
  "ImplementationGuide",
  "Library",
  "Linkage",
  "List",
  "Location",
  "Measure",
  "MeasureReport",
  "Media",
  "Medication",
  "MedicationAdministration",
  "MedicationDispense",
  "MedicationRequest",
  "MedicationStatement",
  "MessageDefinition",
  "MessageHeader",
  "NamingSystem",
  "NutritionOrder",
  "Observation",
  "OperationDefinition",
  "OperationOutcome",
  "Organization",
  "Parameters",
  "Patient",
  "PaymentNotice",
  "PaymentReconciliation",
  "Person",
  "PlanDefinition",
  "Practitioner",
  "PractitionerRole",
  "Procedure",
  "ProcedureRequest",
  "ProcessRequest",
  "ProcessResponse",
  "Provenance",
  "Questionnaire",
  "QuestionnaireResponse",
  "ReferralRequest",
  "RelatedPerson",
  "RequestGroup",
  "ResearchStudy",
  "ResearchSubject",
  "Resource",
  "RiskAssessment",
  "Schedule",
  "SearchParameter",
  "Sequence",
  "ServiceDefinition",
  "Slot",
  "Specimen",
  "StructureDefinition",
  "StructureMap",
  "Subscription",
  "Substance",
  "SupplyDelivery",
  "SupplyRequest",
  "Task",
  "TestReport",
  "TestScript",
  "ValueSet",
  "VisionPrescription"
]);
function inCodes4(key) {
  return SET_1.has(key);
}
function inCodes5(key) {
  return key === "patient" || key === "practitioner" || key === "related-person";
}
function inCodes6(key) {
  return key === "home" || key === "old" || key === "temp" || key === "work";
}
function inCodes7(key) {
  return key === "both" || key === "physical" || key === "postal";
}
const SET_2 = /* @__PURE__ */ new Set(["BAD", "CONF", "DIR", "HP", "HV", "PHYS", "PST", "PUB"]);
function inCodes8(key) {
  return SET_2.has(key);
}
function inCodes9(key) {
  return key === "AE" || key === "PAE";
}
const SET_3 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/adverse-event-outcome fatal",
  "http://hl7.org/fhir/adverse-event-outcome ongoing",
  "http://hl7.org/fhir/adverse-event-outcome recovering",
  "http://hl7.org/fhir/adverse-event-outcome resolved",
  "http://hl7.org/fhir/adverse-event-outcome resolvedWithSequelae",
  "http://hl7.org/fhir/adverse-event-outcome unknown"
]);
function inCodes10(key) {
  return SET_3.has(key);
}
function inCodes11(key) {
  return key === "causality1" || key === "causality2";
}
function inCodes12(key) {
  return key === "<" || key === "<=" || key === ">" || key === ">=";
}
function inCodes13(key) {
  return key === "active" || key === "inactive" || key === "resolved";
}
function inCodes14(key) {
  return key === "confirmed" || key === "entered-in-error" || key === "refuted" || key === "unconfirmed";
}
function inCodes15(key) {
  return key === "allergy" || key === "intolerance";
}
function inCodes16(key) {
  return key === "biologic" || key === "environment" || key === "food" || key === "medication";
}
function inCodes17(key) {
  return key === "high" || key === "low" || key === "unable-to-assess";
}
function inCodes18(key) {
  return key === "mild" || key === "moderate" || key === "severe";
}
const SET_4 = /* @__PURE__ */ new Set([
  "arrived",
  "booked",
  "cancelled",
  "entered-in-error",
  "fulfilled",
  "noshow",
  "pending",
  "proposed"
]);
function inCodes19(key) {
  return SET_4.has(key);
}
const SET_5 = /* @__PURE__ */ new Set([
  "http://snomed.info/sct 394539006",
  "http://snomed.info/sct 394576009",
  "http://snomed.info/sct 394577000",
  "http://snomed.info/sct 394578005",
  "http://snomed.info/sct 394579002",
  "http://snomed.info/sct 394580004",
  "http://snomed.info/sct 394581000",
  "http://snomed.info/sct 394582007",
  "http://snomed.info/sct 394583002",
  "http://snomed.info/sct 394584008",
  "http://snomed.info/sct 394585009",
  "http://snomed.info/sct 394586005",
  "http://snomed.info/sct 394587001",
  "http://snomed.info/sct 394588006",
  "http://snomed.info/sct 394589003",
  "http://snomed.info/sct 394590007",
  "http://snomed.info/sct 394591006",
  "http://snomed.info/sct 394592004",
  "http://snomed.info/sct 394593009",
  "http://snomed.info/sct 394594003",
  "http://snomed.info/sct 394597005",
  "http://snomed.info/sct 394598000",
  "http://snomed.info/sct 394599008",
  "http://snomed.info/sct 394600006",
  "http://snomed.info/sct 394601005",
  "http://snomed.info/sct 394602003",
  "http://snomed.info/sct 394604002",
  "http://snomed.info/sct 394605001",
  "http://snomed.info/sct 394606000",
  "http://snomed.info/sct 394607009",
  "http://snomed.info/sct 394608004",
  "http://snomed.info/sct 394609007",
  "http://snomed.info/sct 394610002",
  "http://snomed.info/sct 394611003",
  "http://snomed.info/sct 394612005",
  "http://snomed.info/sct 394649004",
  "http://snomed.info/sct 394732004",
  "http://snomed.info/sct 394733009",
  "http://snomed.info/sct 394801008",
  "http://snomed.info/sct 394802001",
  "http://snomed.info/sct 394803006",
  "http://snomed.info/sct 394804000",
  "http://snomed.info/sct 394806003",
  "http://snomed.info/sct 394807007",
  "http://snomed.info/sct 394808002",
  "http://snomed.info/sct 394809005",
  "http://snomed.info/sct 394810000",
  "http://snomed.info/sct 394811001",
  "http://snomed.info/sct 394812008",
  "http://snomed.info/sct 394813003",
  "http://snomed.info/sct 394814009",
  "http://snomed.info/sct 394821009",
  "http://snomed.info/sct 394882004",
  "http://snomed.info/sct 394913002",
  "http://snomed.info/sct 394914008",
  "http://snomed.info/sct 394915009",
  "http://snomed.info/sct 394916005",
  "http://snomed.info/sct 408440000",
  "http://snomed.info/sct 408441001",
  "http://snomed.info/sct 408443003",
  "http://snomed.info/sct 408444009",
  "http://snomed.info/sct 408446006",
  "http://snomed.info/sct 408447002",
  "http://snomed.info/sct 408448007",
  "http://snomed.info/sct 408449004",
  "http://snomed.info/sct 408450004",
  "http://snomed.info/sct 408454008",
  "http://snomed.info/sct 408455009",
  "http://snomed.info/sct 408459003",
  "http://snomed.info/sct 408460008",
  "http://snomed.info/sct 408461007",
  "http://snomed.info/sct 408462000",
  "http://snomed.info/sct 408463005",
  "http://snomed.info/sct 408464004",
  "http://snomed.info/sct 408465003",
  "http://snomed.info/sct 408466002",
  "http://snomed.info/sct 408467006",
  "http://snomed.info/sct 408468001",
  "http://snomed.info/sct 408469009",
  "http://snomed.info/sct 408470005",
  "http://snomed.info/sct 408471009",
  "http://snomed.info/sct 408472002",
  "http://snomed.info/sct 408474001",
  "http://snomed.info/sct 408475000",
  "http://snomed.info/sct 408476004",
  "http://snomed.info/sct 408477008",
  "http://snomed.info/sct 408478003",
  "http://snomed.info/sct 408480009",
  "http://snomed.info/sct 409967009",
  "http://snomed.info/sct 409968004",
  "http://snomed.info/sct 410001006",
  "http://snomed.info/sct 410005002",
  "http://snomed.info/sct 416304004",
  "http://snomed.info/sct 418002000",
  "http://snomed.info/sct 418018006",
  "http://snomed.info/sct 418058008",
  "http://snomed.info/sct 418112009",
  "http://snomed.info/sct 418535003",
  "http://snomed.info/sct 418652005",
  "http://snomed.info/sct 418862001",
  "http://snomed.info/sct 418960008",
  "http://snomed.info/sct 419043006",
  "http://snomed.info/sct 419170002",
  "http://snomed.info/sct 419192003",
  "http://snomed.info/sct 419321007",
  "http://snomed.info/sct 419365004",
  "http://snomed.info/sct 419472004",
  "http://snomed.info/sct 419610006",
  "http://snomed.info/sct 419772000",
  "http://snomed.info/sct 419815003",
  "http://snomed.info/sct 419983000",
  "http://snomed.info/sct 420112009",
  "http://snomed.info/sct 420208008",
  "http://snomed.info/sct 421661004",
  "http://snomed.info/sct 422191005"
]);
function inCodes20(key) {
  return SET_5.has(key);
}
const SET_6 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v2/0276 CHECKUP",
  "http://hl7.org/fhir/v2/0276 EMERGENCY",
  "http://hl7.org/fhir/v2/0276 FOLLOWUP",
  "http://hl7.org/fhir/v2/0276 ROUTINE",
  "http://hl7.org/fhir/v2/0276 WALKIN"
]);
function inCodes21(key) {
  return SET_6.has(key);
}
function inCodes22(key) {
  return key === "information-only" || key === "optional" || key === "required";
}
function inCodes23(key) {
  return key === "accepted" || key === "declined" || key === "needs-action" || key === "tentative";
}
const SET_7 = /* @__PURE__ */ new Set(["F", "G", "NL1", "NL2", "NL3", "NL4", "UNK"]);
function inCodes24(key) {
  return SET_7.has(key);
}
const SET_8 = /* @__PURE__ */ new Set([
  "http://dicom.nema.org/resources/ontology/DCM 110100",
  "http://dicom.nema.org/resources/ontology/DCM 110101",
  "http://dicom.nema.org/resources/ontology/DCM 110102",
  "http://dicom.nema.org/resources/ontology/DCM 110103",
  "http://dicom.nema.org/resources/ontology/DCM 110104",
  "http://dicom.nema.org/resources/ontology/DCM 110105",
  "http://dicom.nema.org/resources/ontology/DCM 110106",
  "http://dicom.nema.org/resources/ontology/DCM 110107",
  "http://dicom.nema.org/resources/ontology/DCM 110108",
  "http://dicom.nema.org/resources/ontology/DCM 110109",
  "http://dicom.nema.org/resources/ontology/DCM 110110",
  "http://dicom.nema.org/resources/ontology/DCM 110111",
  "http://dicom.nema.org/resources/ontology/DCM 110112",
  "http://dicom.nema.org/resources/ontology/DCM 110113",
  "http://dicom.nema.org/resources/ontology/DCM 110114",
  "http://hl7.org/fhir/audit-event-type rest"
]);
function inCodes25(key) {
  return SET_8.has(key);
}
const SET_9 = /* @__PURE__ */ new Set([
  "http://dicom.nema.org/resources/ontology/DCM 110120",
  "http://dicom.nema.org/resources/ontology/DCM 110121",
  "http://dicom.nema.org/resources/ontology/DCM 110122",
  "http://dicom.nema.org/resources/ontology/DCM 110123",
  "http://dicom.nema.org/resources/ontology/DCM 110124",
  "http://dicom.nema.org/resources/ontology/DCM 110125",
  "http://dicom.nema.org/resources/ontology/DCM 110126",
  "http://dicom.nema.org/resources/ontology/DCM 110127",
  "http://dicom.nema.org/resources/ontology/DCM 110128",
  "http://dicom.nema.org/resources/ontology/DCM 110129",
  "http://dicom.nema.org/resources/ontology/DCM 110130",
  "http://dicom.nema.org/resources/ontology/DCM 110131",
  "http://dicom.nema.org/resources/ontology/DCM 110132",
  "http://dicom.nema.org/resources/ontology/DCM 110133",
  "http://dicom.nema.org/resources/ontology/DCM 110134",
  "http://dicom.nema.org/resources/ontology/DCM 110135",
  "http://dicom.nema.org/resources/ontology/DCM 110136",
  "http://dicom.nema.org/resources/ontology/DCM 110137",
  "http://dicom.nema.org/resources/ontology/DCM 110138",
  "http://dicom.nema.org/resources/ontology/DCM 110139",
  "http://dicom.nema.org/resources/ontology/DCM 110140",
  "http://dicom.nema.org/resources/ontology/DCM 110141",
  "http://dicom.nema.org/resources/ontology/DCM 110142",
  "http://hl7.org/fhir/restful-interaction batch",
  "http://hl7.org/fhir/restful-interaction capabilities",
  "http://hl7.org/fhir/restful-interaction create",
  "http://hl7.org/fhir/restful-interaction delete",
  "http://hl7.org/fhir/restful-interaction history",
  "http://hl7.org/fhir/restful-interaction history-instance",
  "http://hl7.org/fhir/restful-interaction history-system",
  "http://hl7.org/fhir/restful-interaction history-type",
  "http://hl7.org/fhir/restful-interaction operation",
  "http://hl7.org/fhir/restful-interaction patch",
  "http://hl7.org/fhir/restful-interaction read",
  "http://hl7.org/fhir/restful-interaction search",
  "http://hl7.org/fhir/restful-interaction search-system",
  "http://hl7.org/fhir/restful-interaction search-type",
  "http://hl7.org/fhir/restful-interaction transaction",
  "http://hl7.org/fhir/restful-interaction update",
  "http://hl7.org/fhir/restful-interaction vread"
]);
function inCodes26(key) {
  return SET_9.has(key);
}
const SET_10 = /* @__PURE__ */ new Set(["C", "D", "E", "R", "U"]);
function inCodes27(key) {
  return SET_10.has(key);
}
function inCodes28(key) {
  return key === "0" || key === "12" || key === "4" || key === "8";
}
const SET_11 = /* @__PURE__ */ new Set([
  "http://dicom.nema.org/resources/ontology/DCM 110010",
  "http://dicom.nema.org/resources/ontology/DCM 110030",
  "http://dicom.nema.org/resources/ontology/DCM 110031",
  "http://dicom.nema.org/resources/ontology/DCM 110032",
  "http://dicom.nema.org/resources/ontology/DCM 110033",
  "http://dicom.nema.org/resources/ontology/DCM 110034",
  "http://dicom.nema.org/resources/ontology/DCM 110035",
  "http://dicom.nema.org/resources/ontology/DCM 110036",
  "http://dicom.nema.org/resources/ontology/DCM 110037",
  "http://dicom.nema.org/resources/ontology/DCM 110038"
]);
function inCodes29(key) {
  return SET_11.has(key);
}
const SET_12 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/security-source-type 1",
  "http://hl7.org/fhir/security-source-type 2",
  "http://hl7.org/fhir/security-source-type 3",
  "http://hl7.org/fhir/security-source-type 4",
  "http://hl7.org/fhir/security-source-type 5",
  "http://hl7.org/fhir/security-source-type 6",
  "http://hl7.org/fhir/security-source-type 7",
  "http://hl7.org/fhir/security-source-type 8",
  "http://hl7.org/fhir/security-source-type 9"
]);
function inCodes30(key) {
  return SET_12.has(key);
}
const SET_13 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/audit-entity-type 1",
  "http://hl7.org/fhir/audit-entity-type 2",
  "http://hl7.org/fhir/audit-entity-type 3",
  "http://hl7.org/fhir/audit-entity-type 4",
  "http://hl7.org/fhir/resource-types Account",
  "http://hl7.org/fhir/resource-types ActivityDefinition",
  "http://hl7.org/fhir/resource-types AdverseEvent",
  "http://hl7.org/fhir/resource-types AllergyIntolerance",
  "http://hl7.org/fhir/resource-types Appointment",
  "http://hl7.org/fhir/resource-types AppointmentResponse",
  "http://hl7.org/fhir/resource-types AuditEvent",
  "http://hl7.org/fhir/resource-types Basic",
  "http://hl7.org/fhir/resource-types Binary",
  "http://hl7.org/fhir/resource-types BodySite",
  "http://hl7.org/fhir/resource-types Bundle",
  "http://hl7.org/fhir/resource-types CapabilityStatement",
  "http://hl7.org/fhir/resource-types CarePlan",
  "http://hl7.org/fhir/resource-types CareTeam",
  "http://hl7.org/fhir/resource-types ChargeItem",
  "http://hl7.org/fhir/resource-types Claim",
  "http://hl7.org/fhir/resource-types ClaimResponse",
  "http://hl7.org/fhir/resource-types ClinicalImpression",
  "http://hl7.org/fhir/resource-types CodeSystem",
  "http://hl7.org/fhir/resource-types Communication",
  "http://hl7.org/fhir/resource-types CommunicationRequest",
  "http://hl7.org/fhir/resource-types CompartmentDefinition",
  "http://hl7.org/fhir/resource-types Composition",
  "http://hl7.org/fhir/resource-types ConceptMap",
  "http://hl7.org/fhir/resource-types Condition",
  "http://hl7.org/fhir/resource-types Consent",
  "http://hl7.org/fhir/resource-types Contract",
  "http://hl7.org/fhir/resource-types Coverage",
  "http://hl7.org/fhir/resource-types DataElement",
  "http://hl7.org/fhir/resource-types DetectedIssue",
  "http://hl7.org/fhir/resource-types Device",
  "http://hl7.org/fhir/resource-types DeviceComponent",
  "http://hl7.org/fhir/resource-types DeviceMetric",
  "http://hl7.org/fhir/resource-types DeviceRequest",
  "http://hl7.org/fhir/resource-types DeviceUseStatement",
  "http://hl7.org/fhir/resource-types DiagnosticReport",
  "http://hl7.org/fhir/resource-types DocumentManifest",
  "http://hl7.org/fhir/resource-types DocumentReference",
  "http://hl7.org/fhir/resource-types DomainResource",
  "http://hl7.org/fhir/resource-types EligibilityRequest",
  "http://hl7.org/fhir/resource-types EligibilityResponse",
  "http://hl7.org/fhir/resource-types Encounter",
  "http://hl7.org/fhir/resource-types Endpoint",
  "http://hl7.org/fhir/resource-types EnrollmentRequest",
  "http://hl7.org/fhir/resource-types EnrollmentResponse",
  "http://hl7.org/fhir/resource-types EpisodeOfCare",
  "http://hl7.org/fhir/resource-types ExpansionProfile",
  "http://hl7.org/fhir/resource-types ExplanationOfBenefit",
  "http://hl7.org/fhir/resource-types FamilyMemberHistory",
  "http://hl7.org/fhir/resource-types Flag",
  "http://hl7.org/fhir/resource-types Goal",
  "http://hl7.org/fhir/resource-types GraphDefinition",
  "http://hl7.org/fhir/resource-types Group",
  "http://hl7.org/fhir/resource-types GuidanceResponse",
  "http://hl7.org/fhir/resource-types HealthcareService",
  "http://hl7.org/fhir/resource-types ImagingManifest",
  "http://hl7.org/fhir/resource-types ImagingStudy",
  "http://hl7.org/fhir/resource-types Immunization",
  "http://hl7.org/fhir/resource-types ImmunizationRecommendation",
  "http://hl7.org/fhir/resource-types ImplementationGuide",
  "http://hl7.org/fhir/resource-types Library",
  "http://hl7.org/fhir/resource-types Linkage",
  "http://hl7.org/fhir/resource-types List",
  "http://hl7.org/fhir/resource-types Location",
  "http://hl7.org/fhir/resource-types Measure",
  "http://hl7.org/fhir/resource-types MeasureReport",
  "http://hl7.org/fhir/resource-types Media",
  "http://hl7.org/fhir/resource-types Medication",
  "http://hl7.org/fhir/resource-types MedicationAdministration",
  "http://hl7.org/fhir/resource-types MedicationDispense",
  "http://hl7.org/fhir/resource-types MedicationRequest",
  "http://hl7.org/fhir/resource-types MedicationStatement",
  "http://hl7.org/fhir/resource-types MessageDefinition",
  "http://hl7.org/fhir/resource-types MessageHeader",
  "http://hl7.org/fhir/resource-types NamingSystem",
  "http://hl7.org/fhir/resource-types NutritionOrder",
  "http://hl7.org/fhir/resource-types Observation",
  "http://hl7.org/fhir/resource-types OperationDefinition",
  "http://hl7.org/fhir/resource-types OperationOutcome",
  "http://hl7.org/fhir/resource-types Organization",
  "http://hl7.org/fhir/resource-types Parameters",
  "http://hl7.org/fhir/resource-types Patient",
  "http://hl7.org/fhir/resource-types PaymentNotice",
  "http://hl7.org/fhir/resource-types PaymentReconciliation",
  "http://hl7.org/fhir/resource-types Person",
  "http://hl7.org/fhir/resource-types PlanDefinition",
  "http://hl7.org/fhir/resource-types Practitioner",
  "http://hl7.org/fhir/resource-types PractitionerRole",
  "http://hl7.org/fhir/resource-types Procedure",
  "http://hl7.org/fhir/resource-types ProcedureRequest",
  "http://hl7.org/fhir/resource-types ProcessRequest",
  "http://hl7.org/fhir/resource-types ProcessResponse",
  "http://hl7.org/fhir/resource-types Provenance",
  "http://hl7.org/fhir/resource-types Questionnaire",
  "http://hl7.org/fhir/resource-types QuestionnaireResponse",
  "http://hl7.org/fhir/resource-types ReferralRequest",
  "http://hl7.org/fhir/resource-types RelatedPerson",
  "http://hl7.org/fhir/resource-types RequestGroup",
  "http://hl7.org/fhir/resource-types ResearchStudy",
  "http://hl7.org/fhir/resource-types ResearchSubject",
  "http://hl7.org/fhir/resource-types Resource",
  "http://hl7.org/fhir/resource-types RiskAssessment",
  "http://hl7.org/fhir/resource-types Schedule",
  "http://hl7.org/fhir/resource-types SearchParameter",
  "http://hl7.org/fhir/resource-types Sequence",
  "http://hl7.org/fhir/resource-types ServiceDefinition",
  "http://hl7.org/fhir/resource-types Slot",
  "http://hl7.org/fhir/resource-types Specimen",
  "http://hl7.org/fhir/resource-types StructureDefinition",
  "http://hl7.org/fhir/resource-types StructureMap",
  "http://hl7.org/fhir/resource-types Subscription",
  "http://hl7.org/fhir/resource-types Substance",
  "http://hl7.org/fhir/resource-types SupplyDelivery",
  "http://hl7.org/fhir/resource-types SupplyRequest",
  "http://hl7.org/fhir/resource-types Task",
  "http://hl7.org/fhir/resource-types TestReport",
  "http://hl7.org/fhir/resource-types TestScript",
  "http://hl7.org/fhir/resource-types ValueSet",
  "http://hl7.org/fhir/resource-types VisionPrescription"
]);
function inCodes31(key) {
  return SET_13.has(key);
}
const SET_14 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/object-role 1",
  "http://hl7.org/fhir/object-role 10",
  "http://hl7.org/fhir/object-role 11",
  "http://hl7.org/fhir/object-role 12",
  "http://hl7.org/fhir/object-role 13",
  "http://hl7.org/fhir/object-role 14",
  "http://hl7.org/fhir/object-role 15",
  "http://hl7.org/fhir/object-role 16",
  "http://hl7.org/fhir/object-role 17",
  "http://hl7.org/fhir/object-role 18",
  "http://hl7.org/fhir/object-role 19",
  "http://hl7.org/fhir/object-role 2",
  "http://hl7.org/fhir/object-role 20",
  "http://hl7.org/fhir/object-role 21",
  "http://hl7.org/fhir/object-role 22",
  "http://hl7.org/fhir/object-role 23",
  "http://hl7.org/fhir/object-role 24",
  "http://hl7.org/fhir/object-role 3",
  "http://hl7.org/fhir/object-role 4",
  "http://hl7.org/fhir/object-role 5",
  "http://hl7.org/fhir/object-role 6",
  "http://hl7.org/fhir/object-role 7",
  "http://hl7.org/fhir/object-role 8",
  "http://hl7.org/fhir/object-role 9"
]);
function inCodes32(key) {
  return SET_14.has(key);
}
const SET_15 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/dicom-audit-lifecycle 1",
  "http://hl7.org/fhir/dicom-audit-lifecycle 10",
  "http://hl7.org/fhir/dicom-audit-lifecycle 11",
  "http://hl7.org/fhir/dicom-audit-lifecycle 12",
  "http://hl7.org/fhir/dicom-audit-lifecycle 13",
  "http://hl7.org/fhir/dicom-audit-lifecycle 14",
  "http://hl7.org/fhir/dicom-audit-lifecycle 15",
  "http://hl7.org/fhir/dicom-audit-lifecycle 2",
  "http://hl7.org/fhir/dicom-audit-lifecycle 3",
  "http://hl7.org/fhir/dicom-audit-lifecycle 4",
  "http://hl7.org/fhir/dicom-audit-lifecycle 5",
  "http://hl7.org/fhir/dicom-audit-lifecycle 6",
  "http://hl7.org/fhir/dicom-audit-lifecycle 7",
  "http://hl7.org/fhir/dicom-audit-lifecycle 8",
  "http://hl7.org/fhir/dicom-audit-lifecycle 9",
  "http://hl7.org/fhir/iso-21089-lifecycle 1",
  "http://hl7.org/fhir/iso-21089-lifecycle 10",
  "http://hl7.org/fhir/iso-21089-lifecycle 11",
  "http://hl7.org/fhir/iso-21089-lifecycle 12",
  "http://hl7.org/fhir/iso-21089-lifecycle 13",
  "http://hl7.org/fhir/iso-21089-lifecycle 14",
  "http://hl7.org/fhir/iso-21089-lifecycle 15",
  "http://hl7.org/fhir/iso-21089-lifecycle 16",
  "http://hl7.org/fhir/iso-21089-lifecycle 17",
  "http://hl7.org/fhir/iso-21089-lifecycle 18",
  "http://hl7.org/fhir/iso-21089-lifecycle 19",
  "http://hl7.org/fhir/iso-21089-lifecycle 2",
  "http://hl7.org/fhir/iso-21089-lifecycle 20",
  "http://hl7.org/fhir/iso-21089-lifecycle 21",
  "http://hl7.org/fhir/iso-21089-lifecycle 22",
  "http://hl7.org/fhir/iso-21089-lifecycle 24",
  "http://hl7.org/fhir/iso-21089-lifecycle 25",
  "http://hl7.org/fhir/iso-21089-lifecycle 26",
  "http://hl7.org/fhir/iso-21089-lifecycle 27",
  "http://hl7.org/fhir/iso-21089-lifecycle 3",
  "http://hl7.org/fhir/iso-21089-lifecycle 4",
  "http://hl7.org/fhir/iso-21089-lifecycle 6",
  "http://hl7.org/fhir/iso-21089-lifecycle 7",
  "http://hl7.org/fhir/iso-21089-lifecycle 8",
  "http://hl7.org/fhir/iso-21089-lifecycle 9"
]);
function inCodes33(key) {
  return SET_15.has(key);
}
const SET_16 = /* @__PURE__ */ new Set(["1", "2", "3", "4", "5"]);
function inCodes34(key) {
  return SET_16.has(key);
}
const SET_17 = /* @__PURE__ */ new Set([
  "Address",
  "Age",
  "Annotation",
  "Attachment",
  "BackboneElement",
  "CodeableConcept",
  "Coding",
  "ContactDetail",
  "ContactPoint",
  "Contributor",
  "Count",
  "DataRequirement",
  "Distance",
  "Dosage",
  "Duration",
  "Element",
  "ElementDefinition",
  "Extension",
  "HumanName",
  "Identifier",
  "Meta",
  "Money",
  "Narrative",
  "ParameterDefinition",
  "Period",
  "Quantity",
  "Range",
  "Ratio",
  "Reference",
  "RelatedArtifact",
  "SampledData",
  "Signature",
  "SimpleQuantity",
  "Timing",
  "TriggerDefinition",
  "UsageContext",
  "base64Binary",
  "boolean",
  "code",
  "date",
  "dateTime",
  "decimal",
  "id",
  "instant",
  "integer",
  "markdown",
  "oid",
  "positiveInt",
  "string",
  "time",
  "unsignedInt",
  "uri",
  "uuid",
  "xhtml"
]);
function inCodes35(key) {
  return SET_17.has(key);
}
const SET_18 = /* @__PURE__ */ new Set([
  "amended",
  "cancelled",
  "corrected",
  "entered-in-error",
  "final",
  "preliminary",
  "registered",
  "unknown"
]);
function inCodes36(key) {
  return SET_18.has(key);
}
const SET_19 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/observation-category exam",
  "http://hl7.org/fhir/observation-category imaging",
  "http://hl7.org/fhir/observation-category laboratory",
  "http://hl7.org/fhir/observation-category procedure",
  "http://hl7.org/fhir/observation-category social-history",
  "http://hl7.org/fhir/observation-category survey",
  "http://hl7.org/fhir/observation-category therapy",
  "http://hl7.org/fhir/observation-category vital-signs"
]);
function inCodes37(key) {
  return SET_19.has(key);
}
const SET_20 = /* @__PURE__ */ new Set([
  "http://loinc.org 29463-7",
  "http://loinc.org 39156-5",
  "http://loinc.org 59408-5",
  "http://loinc.org 8287-5",
  "http://loinc.org 8302-2",
  "http://loinc.org 8306-3",
  "http://loinc.org 8310-5",
  "http://loinc.org 8462-4",
  "http://loinc.org 8478-0",
  "http://loinc.org 8480-6",
  "http://loinc.org 85353-1",
  "http://loinc.org 85354-9",
  "http://loinc.org 8867-4",
  "http://loinc.org 9279-1"
]);
function inCodes38(key) {
  return SET_20.has(key);
}
const SET_21 = /* @__PURE__ */ new Set([
  "http://unitsofmeasure.org %",
  "http://unitsofmeasure.org /min",
  "http://unitsofmeasure.org Cel",
  "http://unitsofmeasure.org [degF]",
  "http://unitsofmeasure.org [in_i]",
  "http://unitsofmeasure.org [lb_av]",
  "http://unitsofmeasure.org cm",
  "http://unitsofmeasure.org g",
  "http://unitsofmeasure.org kg",
  "http://unitsofmeasure.org kg/m2",
  "http://unitsofmeasure.org m2",
  "http://unitsofmeasure.org mm[Hg]"
]);
function inCodes39(key) {
  return SET_21.has(key);
}
const SET_22 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/data-absent-reason NaN",
  "http://hl7.org/fhir/data-absent-reason asked",
  "http://hl7.org/fhir/data-absent-reason astext",
  "http://hl7.org/fhir/data-absent-reason error",
  "http://hl7.org/fhir/data-absent-reason masked",
  "http://hl7.org/fhir/data-absent-reason not-asked",
  "http://hl7.org/fhir/data-absent-reason not-performed",
  "http://hl7.org/fhir/data-absent-reason temp",
  "http://hl7.org/fhir/data-absent-reason unknown",
  "http://hl7.org/fhir/data-absent-reason unsupported"
]);
function inCodes40(key) {
  return SET_22.has(key);
}
const SET_23 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v2/0078 <",
  "http://hl7.org/fhir/v2/0078 >",
  "http://hl7.org/fhir/v2/0078 A",
  "http://hl7.org/fhir/v2/0078 AA",
  "http://hl7.org/fhir/v2/0078 AC",
  "http://hl7.org/fhir/v2/0078 B",
  "http://hl7.org/fhir/v2/0078 D",
  "http://hl7.org/fhir/v2/0078 DET",
  "http://hl7.org/fhir/v2/0078 H",
  "http://hl7.org/fhir/v2/0078 HH",
  "http://hl7.org/fhir/v2/0078 HM",
  "http://hl7.org/fhir/v2/0078 HU",
  "http://hl7.org/fhir/v2/0078 I",
  "http://hl7.org/fhir/v2/0078 IE",
  "http://hl7.org/fhir/v2/0078 IND",
  "http://hl7.org/fhir/v2/0078 L",
  "http://hl7.org/fhir/v2/0078 LL",
  "http://hl7.org/fhir/v2/0078 LU",
  "http://hl7.org/fhir/v2/0078 MS",
  "http://hl7.org/fhir/v2/0078 N",
  "http://hl7.org/fhir/v2/0078 ND",
  "http://hl7.org/fhir/v2/0078 NEG",
  "http://hl7.org/fhir/v2/0078 NR",
  "http://hl7.org/fhir/v2/0078 NS",
  "http://hl7.org/fhir/v2/0078 OBX",
  "http://hl7.org/fhir/v2/0078 POS",
  "http://hl7.org/fhir/v2/0078 QCF",
  "http://hl7.org/fhir/v2/0078 R",
  "http://hl7.org/fhir/v2/0078 RR",
  "http://hl7.org/fhir/v2/0078 S",
  "http://hl7.org/fhir/v2/0078 SDD",
  "http://hl7.org/fhir/v2/0078 SYN-R",
  "http://hl7.org/fhir/v2/0078 SYN-S",
  "http://hl7.org/fhir/v2/0078 TOX",
  "http://hl7.org/fhir/v2/0078 U",
  "http://hl7.org/fhir/v2/0078 VS",
  "http://hl7.org/fhir/v2/0078 W",
  "http://hl7.org/fhir/v2/0078 WR",
  "http://hl7.org/fhir/v2/0078 null"
]);
function inCodes41(key) {
  return SET_23.has(key);
}
function inCodes42(key) {
  return key === "[in_i]" || key === "cm";
}
const SET_24 = /* @__PURE__ */ new Set([
  "derived-from",
  "has-member",
  "interfered-by",
  "qualified-by",
  "replaces",
  "sequel-to"
]);
function inCodes43(key) {
  return SET_24.has(key);
}
const SET_25 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/referencerange-meaning endocrine",
  "http://hl7.org/fhir/referencerange-meaning follicular",
  "http://hl7.org/fhir/referencerange-meaning luteal",
  "http://hl7.org/fhir/referencerange-meaning midcycle",
  "http://hl7.org/fhir/referencerange-meaning normal",
  "http://hl7.org/fhir/referencerange-meaning post",
  "http://hl7.org/fhir/referencerange-meaning postmeopausal",
  "http://hl7.org/fhir/referencerange-meaning pre",
  "http://hl7.org/fhir/referencerange-meaning pre-puberty",
  "http://hl7.org/fhir/referencerange-meaning recommended",
  "http://hl7.org/fhir/referencerange-meaning therapeutic",
  "http://hl7.org/fhir/referencerange-meaning treatment",
  "http://hl7.org/fhir/referencerange-meaning type"
]);
function inCodes44(key) {
  return SET_25.has(key);
}
function inCodes45(key) {
  return key === "Cel" || key === "[degF]";
}
function inCodes46(key) {
  return key === "[lb_av]" || key === "g" || key === "kg";
}
const SET_26 = /* @__PURE__ */ new Set([
  "batch",
  "batch-response",
  "collection",
  "document",
  "history",
  "message",
  "searchset",
  "transaction",
  "transaction-response"
]);
function inCodes47(key) {
  return SET_26.has(key);
}
function inCodes48(key) {
  return key === "include" || key === "match" || key === "outcome";
}
function inCodes49(key) {
  return key === "DELETE" || key === "GET" || key === "POST" || key === "PUT";
}
function inCodes50(key) {
  return key === "capability" || key === "instance" || key === "requirements";
}
function inCodes51(key) {
  return key === "both" || key === "elements" || key === "extensions" || key === "no";
}
function inCodes52(key) {
  return key === "client" || key === "server";
}
function inCodes53(key) {
  return key === "consumer" || key === "producer";
}
const SET_27 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/restful-security-service Basic",
  "http://hl7.org/fhir/restful-security-service Certificates",
  "http://hl7.org/fhir/restful-security-service Kerberos",
  "http://hl7.org/fhir/restful-security-service NTLM",
  "http://hl7.org/fhir/restful-security-service OAuth",
  "http://hl7.org/fhir/restful-security-service SMART-on-FHIR"
]);
function inCodes54(key) {
  return SET_27.has(key);
}
function inCodes55(key) {
  return key === "no-version" || key === "versioned" || key === "versioned-update";
}
function inCodes56(key) {
  return key === "full-support" || key === "modified-since" || key === "not-match" || key === "not-supported";
}
function inCodes57(key) {
  return key === "multiple" || key === "not-supported" || key === "single";
}
const SET_28 = /* @__PURE__ */ new Set(["enforced", "literal", "local", "logical", "resolves"]);
function inCodes58(key) {
  return SET_28.has(key);
}
function inCodes59(key) {
  return key === "batch" || key === "history-system" || key === "search-system" || key === "transaction";
}
const SET_29 = /* @__PURE__ */ new Set([
  "composite",
  "date",
  "number",
  "quantity",
  "reference",
  "string",
  "token",
  "uri"
]);
function inCodes60(key) {
  return SET_29.has(key);
}
function inCodes61(key) {
  return key === "http://hl7.org/fhir/message-transport ftp" || key === "http://hl7.org/fhir/message-transport http" || key === "http://hl7.org/fhir/message-transport mllp";
}
function inCodes62(key) {
  return key === "receiver" || key === "sender";
}
function inCodes63(key) {
  return key === "Consequence" || key === "Currency" || key === "Notification";
}
const SET_30 = /* @__PURE__ */ new Set([
  "create",
  "delete",
  "history-instance",
  "history-type",
  "patch",
  "read",
  "search-type",
  "update",
  "vread"
]);
function inCodes64(key) {
  return SET_30.has(key);
}
const SET_31 = /* @__PURE__ */ new Set(["active", "inactive", "recurrence", "remission", "resolved"]);
function inCodes65(key) {
  return SET_31.has(key);
}
const SET_32 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1 co-morbidity",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1 encounter-diagnosis",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1 issue",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1 presenting-complaint",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1 problem-list-item"
]);
function inCodes66(key) {
  return SET_32.has(key);
}
function inCodes67(key) {
  return key === "http://snomed.info/sct 24484000" || key === "http://snomed.info/sct 255604002" || key === "http://snomed.info/sct 6736007";
}
function inCodes68(key) {
  return key === "official" || key === "secondary" || key === "temp" || key === "usual";
}
const SET_33 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/identifier-type FILL",
  "http://hl7.org/fhir/identifier-type PLAC",
  "http://hl7.org/fhir/identifier-type SB",
  "http://hl7.org/fhir/identifier-type SNO",
  "http://hl7.org/fhir/identifier-type UDI",
  "http://hl7.org/fhir/v2/0203 ACSN",
  "http://hl7.org/fhir/v2/0203 BRN",
  "http://hl7.org/fhir/v2/0203 DL",
  "http://hl7.org/fhir/v2/0203 DR",
  "http://hl7.org/fhir/v2/0203 EN",
  "http://hl7.org/fhir/v2/0203 MCN",
  "http://hl7.org/fhir/v2/0203 MD",
  "http://hl7.org/fhir/v2/0203 MR",
  "http://hl7.org/fhir/v2/0203 NIIP",
  "http://hl7.org/fhir/v2/0203 PPN",
  "http://hl7.org/fhir/v2/0203 PRN",
  "http://hl7.org/fhir/v2/0203 TAX"
]);
function inCodes69(key) {
  return SET_33.has(key);
}
const SET_34 = /* @__PURE__ */ new Set([
  "arrived",
  "cancelled",
  "entered-in-error",
  "finished",
  "in-progress",
  "onleave",
  "planned",
  "triaged",
  "unknown"
]);
function inCodes70(key) {
  return SET_34.has(key);
}
const SET_35 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/diagnosis-role AD",
  "http://hl7.org/fhir/diagnosis-role CC",
  "http://hl7.org/fhir/diagnosis-role CM",
  "http://hl7.org/fhir/diagnosis-role DD",
  "http://hl7.org/fhir/diagnosis-role billing",
  "http://hl7.org/fhir/diagnosis-role post-op",
  "http://hl7.org/fhir/diagnosis-role pre-op"
]);
function inCodes71(key) {
  return SET_35.has(key);
}
const SET_36 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 19",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 29",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 39",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 49",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 51",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 52",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 53",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 54",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 65",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 66",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 79",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 85",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 87",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1 88"
]);
function inCodes72(key) {
  return SET_36.has(key);
}
const SET_37 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/diet dairy-free",
  "http://hl7.org/fhir/diet gluten-free",
  "http://hl7.org/fhir/diet halal",
  "http://hl7.org/fhir/diet kosher",
  "http://hl7.org/fhir/diet nut-free",
  "http://hl7.org/fhir/diet vegan",
  "http://hl7.org/fhir/diet vegetarian"
]);
function inCodes73(key) {
  return SET_37.has(key);
}
const SET_38 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v3/EncounterSpecialCourtesy EXT",
  "http://hl7.org/fhir/v3/EncounterSpecialCourtesy NRM",
  "http://hl7.org/fhir/v3/EncounterSpecialCourtesy PRF",
  "http://hl7.org/fhir/v3/EncounterSpecialCourtesy STF",
  "http://hl7.org/fhir/v3/EncounterSpecialCourtesy VIP",
  "http://hl7.org/fhir/v3/NullFlavor UNK"
]);
function inCodes74(key) {
  return SET_38.has(key);
}
const SET_39 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/encounter-special-arrangements add-bed",
  "http://hl7.org/fhir/encounter-special-arrangements att",
  "http://hl7.org/fhir/encounter-special-arrangements dog",
  "http://hl7.org/fhir/encounter-special-arrangements int",
  "http://hl7.org/fhir/encounter-special-arrangements wheel"
]);
function inCodes75(key) {
  return SET_39.has(key);
}
function inCodes76(key) {
  return key === "active" || key === "completed" || key === "planned" || key === "reserved";
}
const SET_40 = /* @__PURE__ */ new Set([
  "confirmed",
  "differential",
  "entered-in-error",
  "provisional",
  "refuted",
  "unknown"
]);
function inCodes77(key) {
  return SET_40.has(key);
}
const SET_41 = /* @__PURE__ */ new Set([
  "amended",
  "appended",
  "cancelled",
  "corrected",
  "entered-in-error",
  "final",
  "partial",
  "preliminary",
  "registered",
  "unknown"
]);
function inCodes78(key) {
  return SET_41.has(key);
}
const SET_42 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v2/0074 AU",
  "http://hl7.org/fhir/v2/0074 BG",
  "http://hl7.org/fhir/v2/0074 BLB",
  "http://hl7.org/fhir/v2/0074 CG",
  "http://hl7.org/fhir/v2/0074 CH",
  "http://hl7.org/fhir/v2/0074 CP",
  "http://hl7.org/fhir/v2/0074 CT",
  "http://hl7.org/fhir/v2/0074 CTH",
  "http://hl7.org/fhir/v2/0074 CUS",
  "http://hl7.org/fhir/v2/0074 EC",
  "http://hl7.org/fhir/v2/0074 EN",
  "http://hl7.org/fhir/v2/0074 GE",
  "http://hl7.org/fhir/v2/0074 HM",
  "http://hl7.org/fhir/v2/0074 ICU",
  "http://hl7.org/fhir/v2/0074 IMG",
  "http://hl7.org/fhir/v2/0074 IMM",
  "http://hl7.org/fhir/v2/0074 LAB",
  "http://hl7.org/fhir/v2/0074 MB",
  "http://hl7.org/fhir/v2/0074 MCB",
  "http://hl7.org/fhir/v2/0074 MYC",
  "http://hl7.org/fhir/v2/0074 NMR",
  "http://hl7.org/fhir/v2/0074 NMS",
  "http://hl7.org/fhir/v2/0074 NRS",
  "http://hl7.org/fhir/v2/0074 OSL",
  "http://hl7.org/fhir/v2/0074 OT",
  "http://hl7.org/fhir/v2/0074 OTH",
  "http://hl7.org/fhir/v2/0074 OUS",
  "http://hl7.org/fhir/v2/0074 PAR",
  "http://hl7.org/fhir/v2/0074 PAT",
  "http://hl7.org/fhir/v2/0074 PF",
  "http://hl7.org/fhir/v2/0074 PHR",
  "http://hl7.org/fhir/v2/0074 PHY",
  "http://hl7.org/fhir/v2/0074 PT",
  "http://hl7.org/fhir/v2/0074 RAD",
  "http://hl7.org/fhir/v2/0074 RC",
  "http://hl7.org/fhir/v2/0074 RT",
  "http://hl7.org/fhir/v2/0074 RUS",
  "http://hl7.org/fhir/v2/0074 RX",
  "http://hl7.org/fhir/v2/0074 SP",
  "http://hl7.org/fhir/v2/0074 SR",
  "http://hl7.org/fhir/v2/0074 TX",
  "http://hl7.org/fhir/v2/0074 URN",
  "http://hl7.org/fhir/v2/0074 VR",
  "http://hl7.org/fhir/v2/0074 VUS",
  "http://hl7.org/fhir/v2/0074 XRC"
]);
function inCodes79(key) {
  return SET_42.has(key);
}
function inCodes80(key) {
  return key === "current" || key === "entered-in-error" || key === "superseded";
}
function inCodes81(key) {
  return key === "amended" || key === "entered-in-error" || key === "final" || key === "preliminary";
}
function inCodes82(key) {
  return key === "appends" || key === "replaces" || key === "signs" || key === "transforms";
}
const SET_43 = /* @__PURE__ */ new Set([
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:hl7-org:sdwg:ccda-nonXMLBody:1.1",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:hl7-org:sdwg:ccda-nonXMLBody:2.1",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:hl7-org:sdwg:ccda-structuredBody:1.1",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:hl7-org:sdwg:ccda-structuredBody:2.1",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:card:CRC:2012",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:card:EPRC-IE:2014",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:card:imaging:2011",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:dent:CDA:ImagingReportStructuredHeadings:2013",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:dent:PDF",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:dent:TEXT",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:bppc-sd:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:bppc:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:dsg:detached:2014",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:dsg:enveloping:2014",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:xds-sd:pdf:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:xds-sd:text:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:xdw:2011:workflowDoc",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:lab:xd-lab:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:all:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:all:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:breast:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:cervix:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:colon:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:endometrium:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:esophagus: 2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:kidney:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:larynx:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:lip_oral_cavity:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:liver:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:lung:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:ovary:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:pancreas: 2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:pharynx:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:prostate:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:salivary_gland:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:skin:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:stomach: 2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:testis:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:thyroid:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:urinary_bladder:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:apr:edu:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:apr:handp:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:apr:lab:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:aps:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:cm:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:crc:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ctn:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:edes:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:edpn:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:edr:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ets:2011",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:handp:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:hp:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ic:2009",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:irc:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:its:2011",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ldhp:2009",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:lds:2009",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:mds:2009",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:nds:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:nn:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ppvs:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:tn:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:trs:2011",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:xds-ms:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:xphr:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pharm:dis:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pharm:padv:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pharm:pml:2013",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pharm:pre:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:rad:CDA:ImagingReportStructuredHeadings:2013",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:rad:PDF",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:rad:TEXT"
]);
function inCodes83(key) {
  return SET_43.has(key);
}
function inCodes84(key) {
  return key === "http://hl7.org/fhir/v3/ParticipationType PART" || key === "http://hl7.org/fhir/v3/ParticipationType PPRF" || key === "http://hl7.org/fhir/v3/ParticipationType SPRF" || key === "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-ParticipantType-1 REC";
}
function inCodes85(key) {
  return key === "completed" || key === "entered-in-error";
}
function inCodes86(key) {
  return key === "http://hl7.org/fhir/v2/0443 AP" || key === "http://hl7.org/fhir/v2/0443 OP";
}
function inCodes87(key) {
  return key === "current" || key === "entered-in-error" || key === "retired";
}
function inCodes88(key) {
  return key === "changes" || key === "snapshot" || key === "working";
}
const SET_44 = /* @__PURE__ */ new Set([
  "http://snomed.info/sct 1102181000000102",
  "http://snomed.info/sct 1102191000000100",
  "http://snomed.info/sct 1102411000000102",
  "http://snomed.info/sct 1103671000000101",
  "http://snomed.info/sct 1149501000000101",
  "http://snomed.info/sct 225390008",
  "http://snomed.info/sct 24781000000107",
  "http://snomed.info/sct 25851000000105",
  "http://snomed.info/sct 325851000000107",
  "http://snomed.info/sct 714311000000108",
  "http://snomed.info/sct 717711000000103",
  "http://snomed.info/sct 792931000000107",
  "http://snomed.info/sct 826501000000100",
  "http://snomed.info/sct 886921000000105",
  "http://snomed.info/sct 887161000000102",
  "http://snomed.info/sct 887171000000109",
  "http://snomed.info/sct 887191000000108",
  "http://snomed.info/sct 933361000000108",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-allergies-contained-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-allergies-that-have-been-ended-contained-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-diary-entries-contained-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-documents-contained-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-immunisations-contained-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-investigations-contained-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-medications-contained-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-outbound-referrals-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-problems-contained-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 consultations-uncategorised-data-contained-in-consultations",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-allergies-related-to-problems",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-allergies-that-have-been-ended-related-to-problems",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-consultations-related-to-problems",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-diary-entries-related-to-problems",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-documents-related-to-problems",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-immunisations-related-to-problems",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-investigations-related-to-problems",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-linked-problems-not-relating-to-the-primary-query",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-medications-related-to-problems",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-outbound-referrals-related-to-problems",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1 problems-uncategorised-data-related-to-problems"
]);
function inCodes89(key) {
  return SET_44.has(key);
}
const SET_45 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/list-order alphabetic",
  "http://hl7.org/fhir/list-order category",
  "http://hl7.org/fhir/list-order entry-date",
  "http://hl7.org/fhir/list-order event-date",
  "http://hl7.org/fhir/list-order patient",
  "http://hl7.org/fhir/list-order priority",
  "http://hl7.org/fhir/list-order system",
  "http://hl7.org/fhir/list-order user"
]);
function inCodes90(key) {
  return SET_45.has(key);
}
function inCodes91(key) {
  return key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1 no-content-recorded";
}
function inCodes92(key) {
  return key === "active" || key === "inactive" || key === "suspended";
}
const SET_46 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v2/0116 C",
  "http://hl7.org/fhir/v2/0116 H",
  "http://hl7.org/fhir/v2/0116 I",
  "http://hl7.org/fhir/v2/0116 K",
  "http://hl7.org/fhir/v2/0116 O",
  "http://hl7.org/fhir/v2/0116 U"
]);
function inCodes93(key) {
  return SET_46.has(key);
}
const SET_47 = /* @__PURE__ */ new Set([
  "active",
  "cancelled",
  "completed",
  "draft",
  "entered-in-error",
  "on-hold",
  "stopped",
  "unknown"
]);
function inCodes94(key) {
  return SET_47.has(key);
}
function inCodes95(key) {
  return key === "instance-order" || key === "order" || key === "plan" || key === "proposal";
}
function inCodes96(key) {
  return key === "http://hl7.org/fhir/medication-request-category community" || key === "http://hl7.org/fhir/medication-request-category inpatient" || key === "http://hl7.org/fhir/medication-request-category outpatient";
}
function inCodes97(key) {
  return key === "asap" || key === "routine" || key === "stat" || key === "urgent";
}
const SET_48 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v3/GTSAbbreviation AM",
  "http://hl7.org/fhir/v3/GTSAbbreviation BID",
  "http://hl7.org/fhir/v3/GTSAbbreviation PM",
  "http://hl7.org/fhir/v3/GTSAbbreviation Q4H",
  "http://hl7.org/fhir/v3/GTSAbbreviation Q6H",
  "http://hl7.org/fhir/v3/GTSAbbreviation QD",
  "http://hl7.org/fhir/v3/GTSAbbreviation QID",
  "http://hl7.org/fhir/v3/GTSAbbreviation QOD",
  "http://hl7.org/fhir/v3/GTSAbbreviation TID"
]);
function inCodes98(key) {
  return SET_48.has(key);
}
const SET_49 = /* @__PURE__ */ new Set(["a", "d", "h", "min", "mo", "s", "wk"]);
function inCodes99(key) {
  return SET_49.has(key);
}
const SET_50 = /* @__PURE__ */ new Set(["fri", "mon", "sat", "sun", "thu", "tue", "wed"]);
function inCodes100(key) {
  return SET_50.has(key);
}
const SET_51 = /* @__PURE__ */ new Set([
  "AC",
  "ACD",
  "ACM",
  "ACV",
  "AFT",
  "C",
  "CD",
  "CM",
  "CV",
  "EVE",
  "HS",
  "MORN",
  "NIGHT",
  "PC",
  "PCD",
  "PCM",
  "PCV",
  "PHS",
  "WAKE"
]);
function inCodes101(key) {
  return SET_51.has(key);
}
const SET_52 = /* @__PURE__ */ new Set([
  "active",
  "completed",
  "entered-in-error",
  "intended",
  "on-hold",
  "stopped"
]);
function inCodes102(key) {
  return SET_52.has(key);
}
function inCodes103(key) {
  return key === "http://hl7.org/fhir/medication-statement-category community" || key === "http://hl7.org/fhir/medication-statement-category inpatient" || key === "http://hl7.org/fhir/medication-statement-category outpatient" || key === "http://hl7.org/fhir/medication-statement-category patientspecified";
}
function inCodes104(key) {
  return key === "n" || key === "na" || key === "unk" || key === "y";
}
const SET_53 = /* @__PURE__ */ new Set([
  "http://terminology.hl7.org/CodeSystem/v2-0078 <",
  "http://terminology.hl7.org/CodeSystem/v2-0078 >",
  "http://terminology.hl7.org/CodeSystem/v2-0078 A",
  "http://terminology.hl7.org/CodeSystem/v2-0078 AA",
  "http://terminology.hl7.org/CodeSystem/v2-0078 AC",
  "http://terminology.hl7.org/CodeSystem/v2-0078 B",
  "http://terminology.hl7.org/CodeSystem/v2-0078 D",
  "http://terminology.hl7.org/CodeSystem/v2-0078 DET",
  "http://terminology.hl7.org/CodeSystem/v2-0078 H",
  "http://terminology.hl7.org/CodeSystem/v2-0078 HH",
  "http://terminology.hl7.org/CodeSystem/v2-0078 HM",
  "http://terminology.hl7.org/CodeSystem/v2-0078 HU",
  "http://terminology.hl7.org/CodeSystem/v2-0078 I",
  "http://terminology.hl7.org/CodeSystem/v2-0078 IE",
  "http://terminology.hl7.org/CodeSystem/v2-0078 IND",
  "http://terminology.hl7.org/CodeSystem/v2-0078 L",
  "http://terminology.hl7.org/CodeSystem/v2-0078 LL",
  "http://terminology.hl7.org/CodeSystem/v2-0078 LU",
  "http://terminology.hl7.org/CodeSystem/v2-0078 MS",
  "http://terminology.hl7.org/CodeSystem/v2-0078 N",
  "http://terminology.hl7.org/CodeSystem/v2-0078 ND",
  "http://terminology.hl7.org/CodeSystem/v2-0078 NEG",
  "http://terminology.hl7.org/CodeSystem/v2-0078 NR",
  "http://terminology.hl7.org/CodeSystem/v2-0078 NS",
  "http://terminology.hl7.org/CodeSystem/v2-0078 OBX",
  "http://terminology.hl7.org/CodeSystem/v2-0078 POS",
  "http://terminology.hl7.org/CodeSystem/v2-0078 QCF",
  "http://terminology.hl7.org/CodeSystem/v2-0078 R",
  "http://terminology.hl7.org/CodeSystem/v2-0078 RR",
  "http://terminology.hl7.org/CodeSystem/v2-0078 S",
  "http://terminology.hl7.org/CodeSystem/v2-0078 SDD",
  "http://terminology.hl7.org/CodeSystem/v2-0078 SYN-R",
  "http://terminology.hl7.org/CodeSystem/v2-0078 SYN-S",
  "http://terminology.hl7.org/CodeSystem/v2-0078 TOX",
  "http://terminology.hl7.org/CodeSystem/v2-0078 U",
  "http://terminology.hl7.org/CodeSystem/v2-0078 VS",
  "http://terminology.hl7.org/CodeSystem/v2-0078 W",
  "http://terminology.hl7.org/CodeSystem/v2-0078 WR",
  "http://terminology.hl7.org/CodeSystem/v2-0078 null",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ObservationInterpretation-1 PA"
]);
function inCodes105(key) {
  return SET_53.has(key);
}
function inCodes106(key) {
  return key === "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1 gp-practice" || key === "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1 urgent-care";
}
const SET_54 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/contactentity-type ADMIN",
  "http://hl7.org/fhir/contactentity-type BILL",
  "http://hl7.org/fhir/contactentity-type HR",
  "http://hl7.org/fhir/contactentity-type PATINF",
  "http://hl7.org/fhir/contactentity-type PAYOR",
  "http://hl7.org/fhir/contactentity-type PRESS"
]);
function inCodes107(key) {
  return SET_54.has(key);
}
const SET_55 = /* @__PURE__ */ new Set(["anonymous", "maiden", "nickname", "official", "old", "temp", "usual"]);
function inCodes108(key) {
  return SET_55.has(key);
}
function inCodes109(key) {
  return key === "female" || key === "male" || key === "other" || key === "unknown";
}
const SET_56 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v3/MaritalStatus A",
  "http://hl7.org/fhir/v3/MaritalStatus D",
  "http://hl7.org/fhir/v3/MaritalStatus I",
  "http://hl7.org/fhir/v3/MaritalStatus L",
  "http://hl7.org/fhir/v3/MaritalStatus M",
  "http://hl7.org/fhir/v3/MaritalStatus P",
  "http://hl7.org/fhir/v3/MaritalStatus S",
  "http://hl7.org/fhir/v3/MaritalStatus T",
  "http://hl7.org/fhir/v3/MaritalStatus U",
  "http://hl7.org/fhir/v3/MaritalStatus W",
  "http://hl7.org/fhir/v3/NullFlavor UNK"
]);
function inCodes110(key) {
  return SET_56.has(key);
}
const SET_57 = /* @__PURE__ */ new Set(["email", "fax", "other", "pager", "phone", "sms", "url"]);
function inCodes111(key) {
  return SET_57.has(key);
}
const SET_58 = /* @__PURE__ */ new Set(["home", "mobile", "old", "temp", "work"]);
function inCodes112(key) {
  return SET_58.has(key);
}
const SET_59 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v2/0131 BP",
  "http://hl7.org/fhir/v2/0131 C",
  "http://hl7.org/fhir/v2/0131 CP",
  "http://hl7.org/fhir/v2/0131 E",
  "http://hl7.org/fhir/v2/0131 EP",
  "http://hl7.org/fhir/v2/0131 F",
  "http://hl7.org/fhir/v2/0131 I",
  "http://hl7.org/fhir/v2/0131 N",
  "http://hl7.org/fhir/v2/0131 O",
  "http://hl7.org/fhir/v2/0131 PR",
  "http://hl7.org/fhir/v2/0131 S",
  "http://hl7.org/fhir/v2/0131 U"
]);
function inCodes113(key) {
  return SET_59.has(key);
}
function inCodes114(key) {
  return key === "refer" || key === "replaced-by" || key === "replaces" || key === "seealso";
}
const SET_60 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0001",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0002",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0003",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0006",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0007",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0008",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0010",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0011",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0012",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0013",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0014",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0015",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0016",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0017",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0018",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0019",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0020",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0021",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0022",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0023",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0030",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0040",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0050",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0055",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0060",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0070",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0080",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0090",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0100",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0110",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0120",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0130",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0140",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0150",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0160",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0170",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0180",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0190",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0200",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0210",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0215",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0220",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0230",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0240",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0243",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0247",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0250",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0260",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0270",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0280",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0290",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0295",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0300",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0310",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0320",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0330",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0340",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0350",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0360",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0370",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0380",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0390",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0400",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0410",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0420",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0430",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0440",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0450",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0460",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0470",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0480",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0490",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0500",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0510",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0520",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0530",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0540",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0550",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0560",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0570",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0580",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0590",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0600",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0610",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0620",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0630",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0640",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0650",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0660",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0670",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0680",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0690",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0700",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0710",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0720",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0730",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0740",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0750",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0760",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0770",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0780",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0790",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0800",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0810",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0820",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0830",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0840",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0850",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0860",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0870",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0880",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0890",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0900",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0910",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0920",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0930",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0940",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0950",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0955",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0960",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0965",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0970",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0975",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0980",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0985",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0990",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1000",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1010",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1020",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1030",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1040",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1050",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1060",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1070",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1080",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1090",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1100",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1110",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1120",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1130",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1140",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1150",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1160",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1170",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1180",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1190",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1200",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1210",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1220",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1230",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1240",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1250",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1260",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1270",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1280",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1290",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1300",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1310",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1320",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1330",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1340",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1350",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1360",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1370",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1380",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1390",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1400",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1410",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1420",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1430",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1440",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1450",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1460",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1470",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1480",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1490",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1500",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1510",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1520",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1530",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1540",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1543",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1547",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1550",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1560",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1570",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1580",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1590",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1600",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1610",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1620",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1630",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1640",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1650",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1660",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1670",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1680",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1690",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1700",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1710",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1720",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1730",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1740",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1750",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1751",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1760",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1770",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1780",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1790",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1800",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1810",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1820",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1830",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1840",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1850",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1860",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1870",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1880",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1890",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1900",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1910",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1920",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1930",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1940",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1950",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1960",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1970",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1971",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1972",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1973",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1974",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1975",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1976",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1977",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1978",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1979",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1980",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1981",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1982",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1983",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1984",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1985",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1986",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1987",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1988",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1989",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1990",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1995",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1996",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1997",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1998",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1999",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5000",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5003",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5007",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5010",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5020",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5030",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5040",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5050",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5060",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5070",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5072",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5080",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5090",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5100",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5105",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5110",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5120",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5130",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5140",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5150",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5170",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5175",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5180",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5181",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5182",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5183",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5184",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5185",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5186",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5187",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5188",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5189",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5190",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5191",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5192",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5195",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5210",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5250",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5300",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5310",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5320",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5330",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5340",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5400",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6010",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6020",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6030",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6040",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6050",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6060",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6070",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6080",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6090",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6100",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6160",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6200",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6300",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6400",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7100",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7110",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7120",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7130",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7140",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7150",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8000",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8001",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8002",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8003",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8004",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8005",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8006",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8007",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8008",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8009",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8010",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8011",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8012",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8013",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8014",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8015",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8016",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8017",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8024",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9100",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9101",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9102",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9103",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9104",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9500",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9505",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9510",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9515",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9520",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9525",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9530",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9535",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9540",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9545",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9550",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9555",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9560",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9565",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9570",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9575",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9580",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9585",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9590",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9595",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9600",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9605",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9615",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9620",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9625",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9630",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9635",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9640",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9645",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9650",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9655",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9660",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9665",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9670",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9675",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9680",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9685",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9690",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9695",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9700",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9705",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9710",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9715",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9720",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9725",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9730",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9735",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9740",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9745",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9750",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9755",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9756"
]);
function inCodes115(key) {
  return SET_60.has(key);
}
const SET_61 = /* @__PURE__ */ new Set([
  "active",
  "cancelled",
  "completed",
  "draft",
  "entered-in-error",
  "suspended",
  "unknown"
]);
function inCodes116(key) {
  return SET_61.has(key);
}
const SET_62 = /* @__PURE__ */ new Set([
  "filler-order",
  "instance-order",
  "option",
  "order",
  "original-order",
  "plan",
  "proposal",
  "reflex-order"
]);
function inCodes117(key) {
  return SET_62.has(key);
}
function inCodes118(key) {
  return key === "asap" || key === "routine" || key === "urgent";
}
function inCodes119(key) {
  return key === "available" || key === "entered-in-error" || key === "unavailable" || key === "unsatisfactory";
}
function inCodes120(key) {
  return key === "instance" || key === "kind";
}
const SET_63 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0001",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0002",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0003",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0006",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0007",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0008",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0010",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0011",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0012",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0013",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0014",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0015",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0016",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0017",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0018",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0019",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0020",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0021",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0022",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0023",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0030",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0040",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0050",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0055",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0060",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0070",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0080",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0090",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0100",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0110",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0120",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0130",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0140",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0150",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0160",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0170",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0180",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0190",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0200",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0210",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0215",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0220",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0230",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0240",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0243",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0247",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0250",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0260",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0270",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0280",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0290",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0295",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0300",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0310",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0320",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0330",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0340",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0350",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0360",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0370",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0380",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0390",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0400",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0410",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0420",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0430",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0440",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0450",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0460",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0470",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0480",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0490",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0500",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0510",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0520",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0530",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0540",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0550",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0560",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0570",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0580",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0590",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0600",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0610",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0620",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0630",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0640",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0650",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0660",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0670",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0680",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0690",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0700",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0710",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0720",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0730",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0740",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0750",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0760",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0770",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0780",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0790",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0800",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0810",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0820",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0830",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0840",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0850",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0860",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0870",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0880",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0890",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0900",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0910",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0920",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0930",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0940",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0950",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0955",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0960",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0965",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0970",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0975",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0980",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0985",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0990",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1000",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1010",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1020",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1030",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1040",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1050",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1060",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1070",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1080",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1090",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1100",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1110",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1120",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1130",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1140",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1150",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1160",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1170",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1180",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1190",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1200",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1210",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1220",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1230",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1240",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1250",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1260",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1270",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1280",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1290",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1300",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1310",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1320",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1330",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1340",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1350",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1360",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1370",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1380",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1390",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1400",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1410",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1420",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1430",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1440",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1450",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1460",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1470",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1480",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1490",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1500",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1510",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1520",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1530",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1540",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1543",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1547",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1550",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1560",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1570",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1580",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1590",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1600",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1610",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1620",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1630",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1640",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1650",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1660",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1670",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1680",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1690",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1700",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1710",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1720",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1730",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1740",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1750",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1751",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1760",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1770",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1780",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1790",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1800",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1810",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1820",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1830",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1840",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1850",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1860",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1870",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1880",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1890",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1900",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1910",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1920",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1930",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1940",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1950",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1960",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1970",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1971",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1972",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1973",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1974",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1975",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1976",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1977",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1978",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1979",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1980",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1981",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1982",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1983",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1984",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1985",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1986",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1987",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1988",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1989",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1990",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1995",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1996",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1997",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1998",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1999",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5000",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5003",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5007",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5010",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5020",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5030",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5040",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5050",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5060",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5070",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5072",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5080",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5090",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5100",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5105",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5110",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5120",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5130",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5140",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5150",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5170",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5175",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5180",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5181",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5182",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5183",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5184",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5185",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5186",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5187",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5188",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5189",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5190",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5191",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5192",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5195",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5210",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5250",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5300",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5310",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5320",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5330",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5340",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R5400",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6010",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6020",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6030",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6040",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6050",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6060",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6070",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6080",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6090",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6100",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6160",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6200",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6300",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6400",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7100",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7110",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7120",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7130",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7140",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R7150",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8000",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8001",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8002",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8003",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8004",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8005",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8006",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8007",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8008",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8009",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8010",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8011",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8012",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8013",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8014",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8015",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8016",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8017",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R8024",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9100",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9101",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9102",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9103",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9104",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9500",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9505",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9510",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9515",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9520",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9525",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9530",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9535",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9540",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9545",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9550",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9555",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9560",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9565",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9570",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9575",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9580",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9585",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9590",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9595",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9600",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9605",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9615",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9620",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9625",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9630",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9635",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9640",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9645",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9650",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9655",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9660",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9665",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9670",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9675",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9680",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9685",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9690",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9695",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9700",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9705",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9710",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9715",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9720",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9725",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9730",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9735",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9740",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9745",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9750",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9755",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R9756"
]);
function inCodes121(key) {
  return SET_63.has(key);
}
const SET_64 = /* @__PURE__ */ new Set([
  "aborted",
  "completed",
  "entered-in-error",
  "in-progress",
  "preparation",
  "suspended",
  "unknown"
]);
function inCodes122(key) {
  return SET_64.has(key);
}
const SET_65 = /* @__PURE__ */ new Set(["amended", "completed", "entered-in-error", "in-progress", "stopped"]);
function inCodes123(key) {
  return SET_65.has(key);
}
function inCodes124(key) {
  return key === "option" || key === "order" || key === "plan" || key === "proposal";
}
const SET_66 = /* @__PURE__ */ new Set([
  "cancelled",
  "completed",
  "in-progress",
  "not-started",
  "on-hold",
  "scheduled",
  "unknown"
]);
function inCodes125(key) {
  return SET_66.has(key);
}
const SET_67 = /* @__PURE__ */ new Set(["active", "entered-in-error", "inactive", "proposed", "suspended"]);
function inCodes126(key) {
  return SET_67.has(key);
}
function inCodes127(key) {
  return key === "confirmed" || key === "likely" || key === "unknown" || key === "unlikely";
}
const SET_68 = /* @__PURE__ */ new Set([
  "aborted",
  "billable",
  "billed",
  "entered-in-error",
  "not-billable",
  "planned",
  "unknown"
]);
function inCodes128(key) {
  return SET_68.has(key);
}
function inCodes129(key) {
  return key === "horizontal" || key === "vertical";
}
function inCodes130(key) {
  return key === "active" || key === "cancelled" || key === "draft" || key === "entered-in-error";
}
const SET_69 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/ex-claimtype institutional",
  "http://hl7.org/fhir/ex-claimtype oral",
  "http://hl7.org/fhir/ex-claimtype pharmacy",
  "http://hl7.org/fhir/ex-claimtype professional",
  "http://hl7.org/fhir/ex-claimtype vision"
]);
function inCodes131(key) {
  return SET_69.has(key);
}
function inCodes132(key) {
  return key === "complete" || key === "exploratory" || key === "other" || key === "proposed";
}
function inCodes133(key) {
  return key === "http://hl7.org/fhir/note-type display" || key === "http://hl7.org/fhir/note-type print" || key === "http://hl7.org/fhir/note-type printoper";
}
const SET_70 = /* @__PURE__ */ new Set([
  "urn:ietf:bcp:47 ar",
  "urn:ietf:bcp:47 bn",
  "urn:ietf:bcp:47 cs",
  "urn:ietf:bcp:47 da",
  "urn:ietf:bcp:47 de",
  "urn:ietf:bcp:47 de-AT",
  "urn:ietf:bcp:47 de-CH",
  "urn:ietf:bcp:47 de-DE",
  "urn:ietf:bcp:47 el",
  "urn:ietf:bcp:47 en",
  "urn:ietf:bcp:47 en-AU",
  "urn:ietf:bcp:47 en-CA",
  "urn:ietf:bcp:47 en-GB",
  "urn:ietf:bcp:47 en-IN",
  "urn:ietf:bcp:47 en-NZ",
  "urn:ietf:bcp:47 en-SG",
  "urn:ietf:bcp:47 en-US",
  "urn:ietf:bcp:47 es",
  "urn:ietf:bcp:47 es-AR",
  "urn:ietf:bcp:47 es-ES",
  "urn:ietf:bcp:47 es-UY",
  "urn:ietf:bcp:47 fi",
  "urn:ietf:bcp:47 fr",
  "urn:ietf:bcp:47 fr-BE",
  "urn:ietf:bcp:47 fr-CH",
  "urn:ietf:bcp:47 fr-FR",
  "urn:ietf:bcp:47 fy",
  "urn:ietf:bcp:47 fy-NL",
  "urn:ietf:bcp:47 hi",
  "urn:ietf:bcp:47 hr",
  "urn:ietf:bcp:47 it",
  "urn:ietf:bcp:47 it-CH",
  "urn:ietf:bcp:47 it-IT",
  "urn:ietf:bcp:47 ja",
  "urn:ietf:bcp:47 ko",
  "urn:ietf:bcp:47 nl",
  "urn:ietf:bcp:47 nl-BE",
  "urn:ietf:bcp:47 nl-NL",
  "urn:ietf:bcp:47 no",
  "urn:ietf:bcp:47 no-NO",
  "urn:ietf:bcp:47 pa",
  "urn:ietf:bcp:47 pt",
  "urn:ietf:bcp:47 pt-BR",
  "urn:ietf:bcp:47 ru",
  "urn:ietf:bcp:47 ru-RU",
  "urn:ietf:bcp:47 sr",
  "urn:ietf:bcp:47 sr-SP",
  "urn:ietf:bcp:47 sv",
  "urn:ietf:bcp:47 sv-SE",
  "urn:ietf:bcp:47 te",
  "urn:ietf:bcp:47 zh",
  "urn:ietf:bcp:47 zh-CN",
  "urn:ietf:bcp:47 zh-HK",
  "urn:ietf:bcp:47 zh-SG",
  "urn:ietf:bcp:47 zh-TW"
]);
function inCodes134(key) {
  return SET_70.has(key);
}
function inCodes135(key) {
  return key === "classification" || key === "context";
}
const SET_71 = /* @__PURE__ */ new Set(["L", "M", "N", "R", "U", "V"]);
function inCodes136(key) {
  return SET_71.has(key);
}
function inCodes137(key) {
  return key === "completed" || key === "draft" || key === "entered-in-error";
}
function inCodes138(key) {
  return key === "classified-with" || key === "grouped-by" || key === "is-a" || key === "part-of";
}
function inCodes139(key) {
  return key === "complete" || key === "example" || key === "fragment" || key === "not-present";
}
const SET_72 = /* @__PURE__ */ new Set([
  "=",
  "descendent-of",
  "exists",
  "generalizes",
  "in",
  "is-a",
  "is-not-a",
  "not-in",
  "regex"
]);
function inCodes140(key) {
  return SET_72.has(key);
}
const SET_73 = /* @__PURE__ */ new Set(["Coding", "boolean", "code", "dateTime", "integer", "string"]);
function inCodes141(key) {
  return SET_73.has(key);
}
const SET_74 = /* @__PURE__ */ new Set(["Device", "Encounter", "Patient", "Practitioner", "RelatedPerson"]);
function inCodes142(key) {
  return SET_74.has(key);
}
function inCodes143(key) {
  return key === "legal" || key === "official" || key === "personal" || key === "professional";
}
const SET_75 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/list-empty-reason closed",
  "http://hl7.org/fhir/list-empty-reason nilknown",
  "http://hl7.org/fhir/list-empty-reason notasked",
  "http://hl7.org/fhir/list-empty-reason notstarted",
  "http://hl7.org/fhir/list-empty-reason unavailable",
  "http://hl7.org/fhir/list-empty-reason withheld"
]);
function inCodes144(key) {
  return SET_75.has(key);
}
function inCodes145(key) {
  return key === "fixed" || key === "other-map" || key === "provided";
}
const SET_76 = /* @__PURE__ */ new Set([
  "disjoint",
  "equal",
  "equivalent",
  "inexact",
  "narrower",
  "relatedto",
  "specializes",
  "subsumes",
  "unmatched",
  "wider"
]);
function inCodes146(key) {
  return SET_76.has(key);
}
const SET_77 = /* @__PURE__ */ new Set([
  "active",
  "draft",
  "entered-in-error",
  "inactive",
  "proposed",
  "rejected"
]);
function inCodes147(key) {
  return SET_77.has(key);
}
function inCodes148(key) {
  return key === "authoredby" || key === "dependents" || key === "instance" || key === "related";
}
function inCodes149(key) {
  return key === "deny" || key === "permit";
}
const SET_78 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/resource-types Account",
  "http://hl7.org/fhir/resource-types ActivityDefinition",
  "http://hl7.org/fhir/resource-types AdverseEvent",
  "http://hl7.org/fhir/resource-types AllergyIntolerance",
  "http://hl7.org/fhir/resource-types Appointment",
  "http://hl7.org/fhir/resource-types AppointmentResponse",
  "http://hl7.org/fhir/resource-types AuditEvent",
  "http://hl7.org/fhir/resource-types Basic",
  "http://hl7.org/fhir/resource-types Binary",
  "http://hl7.org/fhir/resource-types BodySite",
  "http://hl7.org/fhir/resource-types Bundle",
  "http://hl7.org/fhir/resource-types CapabilityStatement",
  "http://hl7.org/fhir/resource-types CarePlan",
  "http://hl7.org/fhir/resource-types CareTeam",
  "http://hl7.org/fhir/resource-types ChargeItem",
  "http://hl7.org/fhir/resource-types Claim",
  "http://hl7.org/fhir/resource-types ClaimResponse",
  "http://hl7.org/fhir/resource-types ClinicalImpression",
  "http://hl7.org/fhir/resource-types CodeSystem",
  "http://hl7.org/fhir/resource-types Communication",
  "http://hl7.org/fhir/resource-types CommunicationRequest",
  "http://hl7.org/fhir/resource-types CompartmentDefinition",
  "http://hl7.org/fhir/resource-types Composition",
  "http://hl7.org/fhir/resource-types ConceptMap",
  "http://hl7.org/fhir/resource-types Condition",
  "http://hl7.org/fhir/resource-types Consent",
  "http://hl7.org/fhir/resource-types Contract",
  "http://hl7.org/fhir/resource-types Coverage",
  "http://hl7.org/fhir/resource-types DataElement",
  "http://hl7.org/fhir/resource-types DetectedIssue",
  "http://hl7.org/fhir/resource-types Device",
  "http://hl7.org/fhir/resource-types DeviceComponent",
  "http://hl7.org/fhir/resource-types DeviceMetric",
  "http://hl7.org/fhir/resource-types DeviceRequest",
  "http://hl7.org/fhir/resource-types DeviceUseStatement",
  "http://hl7.org/fhir/resource-types DiagnosticReport",
  "http://hl7.org/fhir/resource-types DocumentManifest",
  "http://hl7.org/fhir/resource-types DocumentReference",
  "http://hl7.org/fhir/resource-types DomainResource",
  "http://hl7.org/fhir/resource-types EligibilityRequest",
  "http://hl7.org/fhir/resource-types EligibilityResponse",
  "http://hl7.org/fhir/resource-types Encounter",
  "http://hl7.org/fhir/resource-types Endpoint",
  "http://hl7.org/fhir/resource-types EnrollmentRequest",
  "http://hl7.org/fhir/resource-types EnrollmentResponse",
  "http://hl7.org/fhir/resource-types EpisodeOfCare",
  "http://hl7.org/fhir/resource-types ExpansionProfile",
  "http://hl7.org/fhir/resource-types ExplanationOfBenefit",
  "http://hl7.org/fhir/resource-types FamilyMemberHistory",
  "http://hl7.org/fhir/resource-types Flag",
  "http://hl7.org/fhir/resource-types Goal",
  "http://hl7.org/fhir/resource-types GraphDefinition",
  "http://hl7.org/fhir/resource-types Group",
  "http://hl7.org/fhir/resource-types GuidanceResponse",
  "http://hl7.org/fhir/resource-types HealthcareService",
  "http://hl7.org/fhir/resource-types ImagingManifest",
  "http://hl7.org/fhir/resource-types ImagingStudy",
  "http://hl7.org/fhir/resource-types Immunization",
  "http://hl7.org/fhir/resource-types ImmunizationRecommendation",
  "http://hl7.org/fhir/resource-types ImplementationGuide",
  "http://hl7.org/fhir/resource-types Library",
  "http://hl7.org/fhir/resource-types Linkage",
  "http://hl7.org/fhir/resource-types List",
  "http://hl7.org/fhir/resource-types Location",
  "http://hl7.org/fhir/resource-types Measure",
  "http://hl7.org/fhir/resource-types MeasureReport",
  "http://hl7.org/fhir/resource-types Media",
  "http://hl7.org/fhir/resource-types Medication",
  "http://hl7.org/fhir/resource-types MedicationAdministration",
  "http://hl7.org/fhir/resource-types MedicationDispense",
  "http://hl7.org/fhir/resource-types MedicationRequest",
  "http://hl7.org/fhir/resource-types MedicationStatement",
  "http://hl7.org/fhir/resource-types MessageDefinition",
  "http://hl7.org/fhir/resource-types MessageHeader",
  "http://hl7.org/fhir/resource-types NamingSystem",
  "http://hl7.org/fhir/resource-types NutritionOrder",
  "http://hl7.org/fhir/resource-types Observation",
  "http://hl7.org/fhir/resource-types OperationDefinition",
  "http://hl7.org/fhir/resource-types OperationOutcome",
  "http://hl7.org/fhir/resource-types Organization",
  "http://hl7.org/fhir/resource-types Parameters",
  "http://hl7.org/fhir/resource-types Patient",
  "http://hl7.org/fhir/resource-types PaymentNotice",
  "http://hl7.org/fhir/resource-types PaymentReconciliation",
  "http://hl7.org/fhir/resource-types Person",
  "http://hl7.org/fhir/resource-types PlanDefinition",
  "http://hl7.org/fhir/resource-types Practitioner",
  "http://hl7.org/fhir/resource-types PractitionerRole",
  "http://hl7.org/fhir/resource-types Procedure",
  "http://hl7.org/fhir/resource-types ProcedureRequest",
  "http://hl7.org/fhir/resource-types ProcessRequest",
  "http://hl7.org/fhir/resource-types ProcessResponse",
  "http://hl7.org/fhir/resource-types Provenance",
  "http://hl7.org/fhir/resource-types Questionnaire",
  "http://hl7.org/fhir/resource-types QuestionnaireResponse",
  "http://hl7.org/fhir/resource-types ReferralRequest",
  "http://hl7.org/fhir/resource-types RelatedPerson",
  "http://hl7.org/fhir/resource-types RequestGroup",
  "http://hl7.org/fhir/resource-types ResearchStudy",
  "http://hl7.org/fhir/resource-types ResearchSubject",
  "http://hl7.org/fhir/resource-types Resource",
  "http://hl7.org/fhir/resource-types RiskAssessment",
  "http://hl7.org/fhir/resource-types Schedule",
  "http://hl7.org/fhir/resource-types SearchParameter",
  "http://hl7.org/fhir/resource-types Sequence",
  "http://hl7.org/fhir/resource-types ServiceDefinition",
  "http://hl7.org/fhir/resource-types Slot",
  "http://hl7.org/fhir/resource-types Specimen",
  "http://hl7.org/fhir/resource-types StructureDefinition",
  "http://hl7.org/fhir/resource-types StructureMap",
  "http://hl7.org/fhir/resource-types Subscription",
  "http://hl7.org/fhir/resource-types Substance",
  "http://hl7.org/fhir/resource-types SupplyDelivery",
  "http://hl7.org/fhir/resource-types SupplyRequest",
  "http://hl7.org/fhir/resource-types Task",
  "http://hl7.org/fhir/resource-types TestReport",
  "http://hl7.org/fhir/resource-types TestScript",
  "http://hl7.org/fhir/resource-types ValueSet",
  "http://hl7.org/fhir/resource-types VisionPrescription",
  "urn:ietf:bcp:13 application/hl7-cda+xml",
  "urn:ietf:rfc:3986 http://hl7.org/fhir/StructureDefinition/lipidprofile",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:hl7-org:sdwg:ccda-nonXMLBody:1.1",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:hl7-org:sdwg:ccda-nonXMLBody:2.1",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:hl7-org:sdwg:ccda-structuredBody:1.1",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:hl7-org:sdwg:ccda-structuredBody:2.1",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:card:CRC:2012",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:card:EPRC-IE:2014",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:card:imaging:2011",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:dent:CDA:ImagingReportStructuredHeadings:2013",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:dent:PDF",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:dent:TEXT",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:bppc-sd:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:bppc:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:dsg:detached:2014",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:dsg:enveloping:2014",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:xds-sd:pdf:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:xds-sd:text:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:iti:xdw:2011:workflowDoc",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:lab:xd-lab:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:all:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:all:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:breast:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:cervix:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:colon:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:endometrium:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:esophagus: 2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:kidney:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:larynx:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:lip_oral_cavity:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:liver:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:lung:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:ovary:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:pancreas: 2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:pharynx:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:prostate:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:salivary_gland:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:skin:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:stomach: 2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:testis:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:thyroid:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pat:apsr:cancer:urinary_bladder:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:apr:edu:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:apr:handp:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:apr:lab:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:aps:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:cm:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:crc:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ctn:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:edes:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:edpn:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:edr:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ets:2011",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:handp:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:hp:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ic:2009",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:irc:2008",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:its:2011",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ldhp:2009",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:lds:2009",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:mds:2009",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:nds:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:nn:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:ppvs:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:tn:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:trs:2011",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:xds-ms:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pcc:xphr:2007",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pharm:dis:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pharm:padv:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pharm:pml:2013",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:pharm:pre:2010",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:rad:CDA:ImagingReportStructuredHeadings:2013",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:rad:PDF",
  "urn:oid:1.3.6.1.4.1.19376.1.2.3 urn:ihe:rad:TEXT"
]);
function inCodes150(key) {
  return SET_78.has(key);
}
const SET_79 = /* @__PURE__ */ new Set([
  "http://www.hl7.org/fhir/contractsignertypecodes AFFL",
  "http://www.hl7.org/fhir/contractsignertypecodes AGNT",
  "http://www.hl7.org/fhir/contractsignertypecodes AMENDER",
  "http://www.hl7.org/fhir/contractsignertypecodes ASSIGNED",
  "http://www.hl7.org/fhir/contractsignertypecodes AUT",
  "http://www.hl7.org/fhir/contractsignertypecodes AUTHN",
  "http://www.hl7.org/fhir/contractsignertypecodes CIT",
  "http://www.hl7.org/fhir/contractsignertypecodes CLAIMANT",
  "http://www.hl7.org/fhir/contractsignertypecodes COAUTH",
  "http://www.hl7.org/fhir/contractsignertypecodes CONSENTER",
  "http://www.hl7.org/fhir/contractsignertypecodes CONSWIT",
  "http://www.hl7.org/fhir/contractsignertypecodes CONT",
  "http://www.hl7.org/fhir/contractsignertypecodes COPART",
  "http://www.hl7.org/fhir/contractsignertypecodes COVPTY",
  "http://www.hl7.org/fhir/contractsignertypecodes DELEGATEE",
  "http://www.hl7.org/fhir/contractsignertypecodes DEPEND",
  "http://www.hl7.org/fhir/contractsignertypecodes DPOWATT",
  "http://www.hl7.org/fhir/contractsignertypecodes EMGCON",
  "http://www.hl7.org/fhir/contractsignertypecodes EVTWIT",
  "http://www.hl7.org/fhir/contractsignertypecodes EXCEST",
  "http://www.hl7.org/fhir/contractsignertypecodes GRANTEE",
  "http://www.hl7.org/fhir/contractsignertypecodes GRANTOR",
  "http://www.hl7.org/fhir/contractsignertypecodes GUADLTM",
  "http://www.hl7.org/fhir/contractsignertypecodes GUAR",
  "http://www.hl7.org/fhir/contractsignertypecodes GUARD",
  "http://www.hl7.org/fhir/contractsignertypecodes HPOWATT",
  "http://www.hl7.org/fhir/contractsignertypecodes HPROV",
  "http://www.hl7.org/fhir/contractsignertypecodes INF",
  "http://www.hl7.org/fhir/contractsignertypecodes INSBJ",
  "http://www.hl7.org/fhir/contractsignertypecodes INTPRT",
  "http://www.hl7.org/fhir/contractsignertypecodes LEGAUTHN",
  "http://www.hl7.org/fhir/contractsignertypecodes NMDINS",
  "http://www.hl7.org/fhir/contractsignertypecodes NOK",
  "http://www.hl7.org/fhir/contractsignertypecodes NOTARY",
  "http://www.hl7.org/fhir/contractsignertypecodes PAT",
  "http://www.hl7.org/fhir/contractsignertypecodes POWATT",
  "http://www.hl7.org/fhir/contractsignertypecodes PRIMAUTH",
  "http://www.hl7.org/fhir/contractsignertypecodes PRIRECIP",
  "http://www.hl7.org/fhir/contractsignertypecodes RECIP",
  "http://www.hl7.org/fhir/contractsignertypecodes RESPRSN",
  "http://www.hl7.org/fhir/contractsignertypecodes REVIEWER",
  "http://www.hl7.org/fhir/contractsignertypecodes SOURCE",
  "http://www.hl7.org/fhir/contractsignertypecodes SPOWATT",
  "http://www.hl7.org/fhir/contractsignertypecodes TRANS",
  "http://www.hl7.org/fhir/contractsignertypecodes VALID",
  "http://www.hl7.org/fhir/contractsignertypecodes VERF",
  "http://www.hl7.org/fhir/contractsignertypecodes WIT",
  "http://www.hl7.org/fhir/contractsignertypecodes delegator"
]);
function inCodes151(key) {
  return SET_79.has(key);
}
const SET_80 = /* @__PURE__ */ new Set([
  "amended",
  "appended",
  "cancelled",
  "disputed",
  "entered-in-error",
  "executable",
  "executed",
  "negotiable",
  "offered",
  "policy",
  "rejected",
  "renewed",
  "resolved",
  "revoked",
  "terminated"
]);
function inCodes152(key) {
  return SET_80.has(key);
}
function inCodes153(key) {
  return key === "author" || key === "editor" || key === "endorser" || key === "reviewer";
}
const SET_81 = /* @__PURE__ */ new Set([
  "attachment",
  "boolean",
  "choice",
  "date",
  "dateTime",
  "decimal",
  "display",
  "group",
  "integer",
  "open-choice",
  "quantity",
  "question",
  "reference",
  "string",
  "text",
  "time",
  "url"
]);
function inCodes154(key) {
  return SET_81.has(key);
}
const SET_82 = /* @__PURE__ */ new Set([
  "NaN",
  "asked",
  "astext",
  "error",
  "masked",
  "not-asked",
  "not-performed",
  "temp",
  "unknown",
  "unsupported"
]);
function inCodes155(key) {
  return SET_82.has(key);
}
const SET_83 = /* @__PURE__ */ new Set([
  "comparable",
  "convertable",
  "equivalent",
  "flexible",
  "fully-specified",
  "scaleable"
]);
function inCodes156(key) {
  return SET_83.has(key);
}
const SET_84 = /* @__PURE__ */ new Set([
  "Account",
  "ActivityDefinition",
  "Address",
  "AdverseEvent",
  "Age",
  "AllergyIntolerance",
  "Annotation",
  "Appointment",
  "AppointmentResponse",
  "Attachment",
  "AuditEvent",
  "BackboneElement",
  "Basic",
  "Binary",
  "BodySite",
  "Bundle",
  "CapabilityStatement",
  "CarePlan",
  "CareTeam",
  "ChargeItem",
  "Claim",
  "ClaimResponse",
  "ClinicalImpression",
  "CodeSystem",
  "CodeableConcept",
  "Coding",
  "Communication",
  "CommunicationRequest",
  "CompartmentDefinition",
  "Composition",
  "ConceptMap",
  "Condition",
  "Consent",
  "ContactDetail",
  "ContactPoint",
  "Contract",
  "Contributor",
  "Count",
  "Coverage",
  "DataElement",
  "DataRequirement",
  "DetectedIssue",
  "Device",
  "DeviceComponent",
  "DeviceMetric",
  "DeviceRequest",
  "DeviceUseStatement",
  "DiagnosticReport",
  "Distance",
  "DocumentManifest",
  "DocumentReference",
  "DomainResource",
  "Dosage",
  "Duration",
  "Element",
  "ElementDefinition",
  "EligibilityRequest",
  "EligibilityResponse",
  "Encounter",
  "Endpoint",
  "EnrollmentRequest",
  "EnrollmentResponse",
  "EpisodeOfCare",
  "ExpansionProfile",
  "ExplanationOfBenefit",
  "Extension",
  "FamilyMemberHistory",
  "Flag",
  "Goal",
  "GraphDefinition",
  "Group",
  "GuidanceResponse",
  "HealthcareService",
  "HumanName",
  "Identifier",
  "ImagingManifest",
  "ImagingStudy",
  "Immunization",
  "ImmunizationRecommendation",
  "ImplementationGuide",
  "Library",
  "Linkage",
  "List",
  "Location",
  "Measure",
  "MeasureReport",
  "Media",
  "Medication",
  "MedicationAdministration",
  "MedicationDispense",
  "MedicationRequest",
  "MedicationStatement",
  "MessageDefinition",
  "MessageHeader",
  "Meta",
  "Money",
  "NamingSystem",
  "Narrative",
  "NutritionOrder",
  "Observation",
  "OperationDefinition",
  "OperationOutcome",
  "Organization",
  "ParameterDefinition",
  "Parameters",
  "Patient",
  "PaymentNotice",
  "PaymentReconciliation",
  "Period",
  "Person",
  "PlanDefinition",
  "Practitioner",
  "PractitionerRole",
  "Procedure",
  "ProcedureRequest",
  "ProcessRequest",
  "ProcessResponse",
  "Provenance",
  "Quantity",
  "Questionnaire",
  "QuestionnaireResponse",
  "Range",
  "Ratio",
  "Reference",
  "ReferralRequest",
  "RelatedArtifact",
  "RelatedPerson",
  "RequestGroup",
  "ResearchStudy",
  "ResearchSubject",
  "Resource",
  "RiskAssessment",
  "SampledData",
  "Schedule",
  "SearchParameter",
  "Sequence",
  "ServiceDefinition",
  "Signature",
  "SimpleQuantity",
  "Slot",
  "Specimen",
  "StructureDefinition",
  "StructureMap",
  "Subscription",
  "Substance",
  "SupplyDelivery",
  "SupplyRequest",
  "Task",
  "TestReport",
  "TestScript",
  "Timing",
  "TriggerDefinition",
  "UsageContext",
  "ValueSet",
  "VisionPrescription",
  "base64Binary",
  "boolean",
  "code",
  "date",
  "dateTime",
  "decimal",
  "id",
  "instant",
  "integer",
  "markdown",
  "oid",
  "positiveInt",
  "string",
  "time",
  "unsignedInt",
  "uri",
  "uuid",
  "xhtml"
]);
function inCodes157(key) {
  return SET_84.has(key);
}
function inCodes158(key) {
  return key === "either" || key === "independent" || key === "specific";
}
const SET_85 = /* @__PURE__ */ new Set([
  "Account",
  "ActivityDefinition",
  "Address",
  "AdverseEvent",
  "Age",
  "AllergyIntolerance",
  "Annotation",
  "Any",
  "Appointment",
  "AppointmentResponse",
  "Attachment",
  "AuditEvent",
  "BackboneElement",
  "Basic",
  "Binary",
  "BodySite",
  "Bundle",
  "CapabilityStatement",
  "CarePlan",
  "CareTeam",
  "ChargeItem",
  "Claim",
  "ClaimResponse",
  "ClinicalImpression",
  "CodeSystem",
  "CodeableConcept",
  "Coding",
  "Communication",
  "CommunicationRequest",
  "CompartmentDefinition",
  "Composition",
  "ConceptMap",
  "Condition",
  "Consent",
  "ContactDetail",
  "ContactPoint",
  "Contract",
  "Contributor",
  "Count",
  "Coverage",
  "DataElement",
  "DataRequirement",
  "DetectedIssue",
  "Device",
  "DeviceComponent",
  "DeviceMetric",
  "DeviceRequest",
  "DeviceUseStatement",
  "DiagnosticReport",
  "Distance",
  "DocumentManifest",
  "DocumentReference",
  "DomainResource",
  "Dosage",
  "Duration",
  "Element",
  "ElementDefinition",
  "EligibilityRequest",
  "EligibilityResponse",
  "Encounter",
  "Endpoint",
  "EnrollmentRequest",
  "EnrollmentResponse",
  "EpisodeOfCare",
  "ExpansionProfile",
  "ExplanationOfBenefit",
  "Extension",
  "FamilyMemberHistory",
  "Flag",
  "Goal",
  "GraphDefinition",
  "Group",
  "GuidanceResponse",
  "HealthcareService",
  "HumanName",
  "Identifier",
  "ImagingManifest",
  "ImagingStudy",
  "Immunization",
  "ImmunizationRecommendation",
  "ImplementationGuide",
  "Library",
  "Linkage",
  "List",
  "Location",
  "Measure",
  "MeasureReport",
  "Media",
  "Medication",
  "MedicationAdministration",
  "MedicationDispense",
  "MedicationRequest",
  "MedicationStatement",
  "MessageDefinition",
  "MessageHeader",
  "Meta",
  "Money",
  "NamingSystem",
  "Narrative",
  "NutritionOrder",
  "Observation",
  "OperationDefinition",
  "OperationOutcome",
  "Organization",
  "ParameterDefinition",
  "Parameters",
  "Patient",
  "PaymentNotice",
  "PaymentReconciliation",
  "Period",
  "Person",
  "PlanDefinition",
  "Practitioner",
  "PractitionerRole",
  "Procedure",
  "ProcedureRequest",
  "ProcessRequest",
  "ProcessResponse",
  "Provenance",
  "Quantity",
  "Questionnaire",
  "QuestionnaireResponse",
  "Range",
  "Ratio",
  "Reference",
  "ReferralRequest",
  "RelatedArtifact",
  "RelatedPerson",
  "RequestGroup",
  "ResearchStudy",
  "ResearchSubject",
  "Resource",
  "RiskAssessment",
  "SampledData",
  "Schedule",
  "SearchParameter",
  "Sequence",
  "ServiceDefinition",
  "Signature",
  "SimpleQuantity",
  "Slot",
  "Specimen",
  "StructureDefinition",
  "StructureMap",
  "Subscription",
  "Substance",
  "SupplyDelivery",
  "SupplyRequest",
  "Task",
  "TestReport",
  "TestScript",
  "Timing",
  "TriggerDefinition",
  "Type",
  "UsageContext",
  "ValueSet",
  "VisionPrescription",
  "base64Binary",
  "boolean",
  "code",
  "date",
  "dateTime",
  "decimal",
  "id",
  "instant",
  "integer",
  "markdown",
  "oid",
  "positiveInt",
  "string",
  "time",
  "unsignedInt",
  "uri",
  "uuid",
  "xhtml"
]);
function inCodes159(key) {
  return SET_85.has(key);
}
function inCodes160(key) {
  return key === "high" || key === "low" || key === "moderate";
}
function inCodes161(key) {
  return key === "active" || key === "entered-in-error" || key === "inactive" || key === "unknown";
}
const SET_86 = /* @__PURE__ */ new Set(["barcode", "card", "manual", "rfid", "self-reported", "unknown"]);
function inCodes162(key) {
  return SET_86.has(key);
}
const SET_87 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/operational-status entered-in-error",
  "http://hl7.org/fhir/operational-status hw-discon",
  "http://hl7.org/fhir/operational-status not-ready",
  "http://hl7.org/fhir/operational-status off",
  "http://hl7.org/fhir/operational-status on",
  "http://hl7.org/fhir/operational-status standby",
  "http://hl7.org/fhir/operational-status transduc-discon"
]);
function inCodes163(key) {
  return SET_87.has(key);
}
const SET_88 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/parameter-group blood-chemistry",
  "http://hl7.org/fhir/parameter-group drug-delivery",
  "http://hl7.org/fhir/parameter-group ecg",
  "http://hl7.org/fhir/parameter-group fluid-chemistry",
  "http://hl7.org/fhir/parameter-group haemodynamic",
  "http://hl7.org/fhir/parameter-group miscellaneous",
  "http://hl7.org/fhir/parameter-group neurological",
  "http://hl7.org/fhir/parameter-group respiratory",
  "http://hl7.org/fhir/parameter-group ventilation"
]);
function inCodes164(key) {
  return SET_88.has(key);
}
const SET_89 = /* @__PURE__ */ new Set([
  "acoustical",
  "biological",
  "chemical",
  "electrical",
  "impedance",
  "manual",
  "mechanical",
  "nuclear",
  "optical",
  "other",
  "thermal"
]);
function inCodes165(key) {
  return SET_89.has(key);
}
const SET_90 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/specification-type firmware-revision",
  "http://hl7.org/fhir/specification-type gmdn",
  "http://hl7.org/fhir/specification-type hardware-revision",
  "http://hl7.org/fhir/specification-type part-number",
  "http://hl7.org/fhir/specification-type protocol-revision",
  "http://hl7.org/fhir/specification-type serial-number",
  "http://hl7.org/fhir/specification-type software-revision",
  "http://hl7.org/fhir/specification-type unspecified"
]);
function inCodes166(key) {
  return SET_90.has(key);
}
function inCodes167(key) {
  return key === "entered-in-error" || key === "off" || key === "on" || key === "standby";
}
const SET_91 = /* @__PURE__ */ new Set(["black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"]);
function inCodes168(key) {
  return SET_91.has(key);
}
function inCodes169(key) {
  return key === "calculation" || key === "measurement" || key === "setting" || key === "unspecified";
}
function inCodes170(key) {
  return key === "gain" || key === "offset" || key === "two-point" || key === "unspecified";
}
function inCodes171(key) {
  return key === "calibrated" || key === "calibration-required" || key === "not-calibrated" || key === "unspecified";
}
function inCodes172(key) {
  return key === "http://hl7.org/fhir/questionnaire-display-category instructions" || key === "http://hl7.org/fhir/questionnaire-display-category security";
}
const SET_92 = /* @__PURE__ */ new Set(["cdaText", "typeAttr", "xhtml", "xmlAttr", "xmlText"]);
function inCodes173(key) {
  return SET_92.has(key);
}
function inCodes174(key) {
  return key === "closed" || key === "open" || key === "openAtEnd";
}
function inCodes175(key) {
  return key === "bundled" || key === "contained" || key === "referenced";
}
function inCodes176(key) {
  return key === "error" || key === "warning";
}
function inCodes177(key) {
  return key === "example" || key === "extensible" || key === "preferred" || key === "required";
}
const SET_93 = /* @__PURE__ */ new Set(["exists", "pattern", "profile", "type", "value"]);
function inCodes178(key) {
  return SET_93.has(key);
}
function inCodes179(key) {
  return key === "http://hl7.org/fhir/remittance-outcome complete" || key === "http://hl7.org/fhir/remittance-outcome error" || key === "http://hl7.org/fhir/remittance-outcome partial";
}
const SET_94 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/admit-source born",
  "http://hl7.org/fhir/admit-source emd",
  "http://hl7.org/fhir/admit-source gp",
  "http://hl7.org/fhir/admit-source hosp-trans",
  "http://hl7.org/fhir/admit-source mp",
  "http://hl7.org/fhir/admit-source nursing",
  "http://hl7.org/fhir/admit-source other",
  "http://hl7.org/fhir/admit-source outp",
  "http://hl7.org/fhir/admit-source psych",
  "http://hl7.org/fhir/admit-source rehab"
]);
function inCodes180(key) {
  return SET_94.has(key);
}
const SET_95 = /* @__PURE__ */ new Set(["active", "entered-in-error", "error", "off", "suspended", "test"]);
function inCodes181(key) {
  return SET_95.has(key);
}
const SET_96 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/endpoint-connection-type dicom-qido-rs",
  "http://hl7.org/fhir/endpoint-connection-type dicom-stow-rs",
  "http://hl7.org/fhir/endpoint-connection-type dicom-wado-rs",
  "http://hl7.org/fhir/endpoint-connection-type dicom-wado-uri",
  "http://hl7.org/fhir/endpoint-connection-type direct-project",
  "http://hl7.org/fhir/endpoint-connection-type hl7-fhir-msg",
  "http://hl7.org/fhir/endpoint-connection-type hl7-fhir-rest",
  "http://hl7.org/fhir/endpoint-connection-type hl7v2-mllp",
  "http://hl7.org/fhir/endpoint-connection-type ihe-iid",
  "http://hl7.org/fhir/endpoint-connection-type ihe-xca",
  "http://hl7.org/fhir/endpoint-connection-type ihe-xcpd",
  "http://hl7.org/fhir/endpoint-connection-type ihe-xdr",
  "http://hl7.org/fhir/endpoint-connection-type ihe-xds",
  "http://hl7.org/fhir/endpoint-connection-type secure-email"
]);
function inCodes182(key) {
  return SET_96.has(key);
}
const SET_97 = /* @__PURE__ */ new Set(["AC", "AD", "BR", "CL", "HON", "IN", "LS", "MID", "NB", "PR", "SP", "VV"]);
function inCodes183(key) {
  return SET_97.has(key);
}
function inCodes184(key) {
  return key === "ABC" || key === "IDE" || key === "SYL";
}
const SET_98 = /* @__PURE__ */ new Set([
  "active",
  "cancelled",
  "entered-in-error",
  "finished",
  "onhold",
  "planned",
  "waitlist"
]);
function inCodes185(key) {
  return SET_98.has(key);
}
const SET_99 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v3/TimingEvent AC",
  "http://hl7.org/fhir/v3/TimingEvent ACD",
  "http://hl7.org/fhir/v3/TimingEvent ACM",
  "http://hl7.org/fhir/v3/TimingEvent ACV",
  "http://hl7.org/fhir/v3/TimingEvent C",
  "http://hl7.org/fhir/v3/TimingEvent CD",
  "http://hl7.org/fhir/v3/TimingEvent CM",
  "http://hl7.org/fhir/v3/TimingEvent CV",
  "http://hl7.org/fhir/v3/TimingEvent HS",
  "http://hl7.org/fhir/v3/TimingEvent IC",
  "http://hl7.org/fhir/v3/TimingEvent ICD",
  "http://hl7.org/fhir/v3/TimingEvent ICM",
  "http://hl7.org/fhir/v3/TimingEvent ICV",
  "http://hl7.org/fhir/v3/TimingEvent PC",
  "http://hl7.org/fhir/v3/TimingEvent PCD",
  "http://hl7.org/fhir/v3/TimingEvent PCM",
  "http://hl7.org/fhir/v3/TimingEvent PCV",
  "http://hl7.org/fhir/v3/TimingEvent WAKE"
]);
function inCodes186(key) {
  return SET_99.has(key);
}
const SET_100 = /* @__PURE__ */ new Set([
  "http://unitsofmeasure.org a",
  "http://unitsofmeasure.org d",
  "http://unitsofmeasure.org h",
  "http://unitsofmeasure.org min",
  "http://unitsofmeasure.org mo",
  "http://unitsofmeasure.org s",
  "http://unitsofmeasure.org wk"
]);
function inCodes187(key) {
  return SET_100.has(key);
}
function inCodes188(key) {
  return key === "check" || key === "default" || key === "override";
}
function inCodes189(key) {
  return key === "MAY" || key === "SHALL" || key === "SHOULD" || key === "SHOULD-NOT";
}
function inCodes190(key) {
  return key === "http://hl7.org/fhir/resource-type-link organization" || key === "http://hl7.org/fhir/resource-type-link patient" || key === "http://hl7.org/fhir/resource-type-link practitioner" || key === "http://hl7.org/fhir/resource-type-link relatedperson";
}
const SET_101 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 11",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 12",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 13",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 21",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 22",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 23",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 24",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 25",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 28",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 2A",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 2B",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 2C",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 2D",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 31",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 32",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 81",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 82",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 83"
]);
function inCodes191(key) {
  return SET_101.has(key);
}
function inCodes192(key) {
  return key === "end" || key === "first" || key === "new" || key === "review";
}
function inCodes193(key) {
  return key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DeathNotificationStatus-1 1" || key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DeathNotificationStatus-1 2";
}
const SET_102 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DischargeMethod-1 1",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DischargeMethod-1 2",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DischargeMethod-1 3",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DischargeMethod-1 4",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DischargeMethod-1 5",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DischargeMethod-1 6",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DischargeMethod-1 7"
]);
function inCodes194(key) {
  return SET_102.has(key);
}
const SET_103 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 A",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 B",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 C",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 C2",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 C3",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CA",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CB",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CC",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CD",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CE",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CF",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CG",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CH",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CJ",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CK",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CL",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CM",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CN",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CP",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CQ",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CR",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CS",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CT",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CU",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CV",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CW",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CX",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CY",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 D",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 E",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 F",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 G",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GA",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GB",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GC",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GD",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GE",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GF",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 H",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 J",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 K",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 L",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LA",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LB",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LC",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LD",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LE",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LF",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LG",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LH",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LJ",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LK",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 M",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 N",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 P",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PA",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PB",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PC",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PD",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PE",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 R",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 S",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SA",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SB",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SC",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SD",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SE",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 Z"
]);
function inCodes195(key) {
  return SET_103.has(key);
}
function inCodes196(key) {
  return key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-DeathNotificationStatus-1 1" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-DeathNotificationStatus-1 2";
}
const SET_104 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 A",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 B",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 C",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 C2",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 C3",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CA",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CB",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CC",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CD",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CE",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CF",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CG",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CH",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CJ",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CK",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CL",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CM",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CN",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CP",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CQ",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CR",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CS",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CT",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CU",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CV",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CW",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CX",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 CY",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 D",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 E",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 F",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 G",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GA",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GB",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GC",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GD",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GE",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 GF",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 H",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 J",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 K",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 L",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LA",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LB",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LC",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LD",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LE",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LF",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LG",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LH",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LJ",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 LK",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 M",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 N",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 P",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PA",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PB",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PC",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PD",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 PE",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 R",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 S",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SA",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SB",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SC",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SD",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 SE",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 Z"
]);
function inCodes197(key) {
  return SET_104.has(key);
}
function inCodes198(key) {
  return key === "confidential-items" || key === "data-awaiting-filing" || key === "data-in-transit";
}
function inCodes199(key) {
  return key === "Added" || key === "Amended" || key === "Continued" || key === "On-hold";
}
const SET_105 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 aa",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ab",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ae",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 af",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ak",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 am",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 an",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ar",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 as",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 av",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ay",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 az",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ba",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 be",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bg",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bh",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bi",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bm",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bn",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bo",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 br",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bs",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ca",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ce",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ch",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 co",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cr",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cs",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cu",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cv",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cy",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 da",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 de",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 dv",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 dz",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ee",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 el",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 en",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 eo",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 es",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 et",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 eu",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fa",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ff",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fi",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fj",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fo",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fr",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fy",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ga",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gd",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gl",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gn",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gu",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gv",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ha",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 he",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hi",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ho",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hr",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ht",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hu",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hy",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hz",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ia",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 id",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ie",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ig",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ii",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ik",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 io",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 is",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 it",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 iu",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ja",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 jv",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ka",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kg",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ki",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kj",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kk",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kl",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 km",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kn",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ko",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kr",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ks",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ku",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kv",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kw",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ky",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 la",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lb",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lg",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 li",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ln",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lo",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lt",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lu",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lv",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mg",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mh",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mi",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mk",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ml",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mn",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mr",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ms",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mt",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 my",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 na",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nb",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nd",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ne",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ng",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nl",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nn",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 no",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nr",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nv",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ny",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 oc",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 oj",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 om",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 or",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 os",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 pa",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 pi",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 pl",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ps",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 pt",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q1",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q2",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q3",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q4",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q5",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 qu",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 rm",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 rn",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ro",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ru",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 rw",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sa",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sc",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sd",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 se",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sg",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 si",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sk",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sl",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sm",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sn",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 so",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sq",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sr",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ss",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 st",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 su",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sv",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sw",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ta",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 te",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tg",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 th",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ti",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tk",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tl",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tn",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 to",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tr",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ts",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tt",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tw",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ty",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ug",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 uk",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ur",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 uz",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ve",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 vi",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 vo",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 wa",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 wo",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 xh",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 yi",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 yo",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 za",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 zh",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 zu"
]);
function inCodes200(key) {
  return SET_105.has(key);
}
const SET_106 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 ESGN",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 ESP",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 EWR",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 RSGN",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 RSP",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 RWR"
]);
function inCodes201(key) {
  return SET_106.has(key);
}
function inCodes202(key) {
  return key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1 E" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1 F" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1 G" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1 P";
}
const SET_107 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 01",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 02",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 03",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 04",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 05",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 06",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 07",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 08"
]);
function inCodes203(key) {
  return SET_107.has(key);
}
function inCodes204(key) {
  return key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescribingAgency-1 prescribed-at-gp-practice" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescribingAgency-1 prescribed-by-another-organisation" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescribingAgency-1 prescribed-by-previous-practice";
}
const SET_108 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1 acute",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1 acute-handwritten",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1 delayed-prescribing",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1 repeat",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1 repeat-dispensing"
]);
function inCodes205(key) {
  return SET_108.has(key);
}
const SET_109 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1 E",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1 IN",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1 O",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1 P",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1 R",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1 S",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1 T"
]);
function inCodes206(key) {
  return SET_109.has(key);
}
function inCodes207(key) {
  return key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationStatus-1 A" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationStatus-1 D" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationStatus-1 I" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationStatus-1 R";
}
function inCodes208(key) {
  return key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ResidentialStatus-1 H" || key === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ResidentialStatus-1 O";
}
const SET_110 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 1",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 2",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 3",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 4",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 8",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 9"
]);
function inCodes209(key) {
  return SET_110.has(key);
}
const SET_111 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 aa",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ab",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ae",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 af",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ak",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 am",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 an",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ar",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 as",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 av",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ay",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 az",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ba",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 be",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bg",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bh",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bi",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bm",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bn",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bo",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 br",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 bs",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ca",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ce",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ch",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 co",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cr",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cs",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cu",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cv",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 cy",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 da",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 de",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 dv",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 dz",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ee",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 el",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 en",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 eo",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 es",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 et",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 eu",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fa",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ff",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fi",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fj",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fo",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fr",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 fy",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ga",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gd",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gl",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gn",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gu",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 gv",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ha",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 he",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hi",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ho",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hr",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ht",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hu",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hy",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 hz",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ia",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 id",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ie",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ig",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ii",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ik",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 io",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 is",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 it",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 iu",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ja",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 jv",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ka",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kg",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ki",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kj",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kk",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kl",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 km",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kn",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ko",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kr",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ks",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ku",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kv",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 kw",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ky",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 la",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lb",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lg",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 li",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ln",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lo",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lt",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lu",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 lv",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mg",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mh",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mi",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mk",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ml",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mn",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mo",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mr",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ms",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 mt",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 my",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 na",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nb",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nd",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ne",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ng",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nl",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nn",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 no",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nr",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 nv",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ny",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 oc",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 oj",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 om",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 or",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 os",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 pa",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 pi",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 pl",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ps",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 pt",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q1",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q2",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q3",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q4",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 q5",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 qu",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 rm",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 rn",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ro",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ru",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 rw",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sa",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sc",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sd",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 se",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sg",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 si",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sk",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sl",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sm",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sn",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 so",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sq",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sr",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ss",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 st",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 su",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sv",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 sw",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ta",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 te",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tg",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 th",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ti",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tk",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tl",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tn",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 to",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tr",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ts",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tt",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 tw",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ty",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ug",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 uk",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ur",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 uz",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 ve",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 vi",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 vo",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 wa",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 wo",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 xh",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 yi",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 yo",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 za",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 zh",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 zu"
]);
function inCodes210(key) {
  return SET_111.has(key);
}
const SET_112 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 ESGN",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 ESP",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 EWR",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 RSGN",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 RSP",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 RWR"
]);
function inCodes211(key) {
  return SET_112.has(key);
}
function inCodes212(key) {
  return key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1 E" || key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1 F" || key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1 G" || key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1 P";
}
const SET_113 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 01",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 02",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 03",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 04",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 05",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 06",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 07",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 08"
]);
function inCodes213(key) {
  return SET_113.has(key);
}
function inCodes214(key) {
  return key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-OutcomeOfAttendance-1 1" || key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-OutcomeOfAttendance-1 2" || key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-OutcomeOfAttendance-1 3";
}
const SET_114 = /* @__PURE__ */ new Set(["child", "evolve", "merge-combine", "nesting", "parent", "sibling"]);
function inCodes215(key) {
  return SET_114.has(key);
}
function inCodes216(key) {
  return key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ResidentialStatus-1 H" || key === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ResidentialStatus-1 O";
}
const SET_115 = /* @__PURE__ */ new Set([
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 1",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 2",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 3",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 4",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 8",
  "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1 9"
]);
function inCodes217(key) {
  return SET_115.has(key);
}
function inCodes218(key) {
  return key === "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-DeliveryChannel-1 In-person" || key === "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-DeliveryChannel-1 Telephone" || key === "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-DeliveryChannel-1 Video";
}
function inCodes219(key) {
  return key === "In-person" || key === "Telephone" || key === "Video";
}
const SET_116 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0260",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0270",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0410",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0600",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0610",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0620",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0680",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0690",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0700",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R0790",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1290",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1300",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1310",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1330",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1450",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1480",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1550",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R1590",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6200",
  "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1 R6300"
]);
function inCodes220(key) {
  return SET_116.has(key);
}
function inCodes221(key) {
  return key === "completed" || key === "entered-in-error" || key === "health-unknown" || key === "partial";
}
const SET_117 = /* @__PURE__ */ new Set([
  "accepted",
  "achieved",
  "ahead-of-target",
  "behind-target",
  "cancelled",
  "entered-in-error",
  "in-progress",
  "on-hold",
  "on-target",
  "planned",
  "proposed",
  "rejected",
  "sustaining"
]);
function inCodes222(key) {
  return SET_117.has(key);
}
function inCodes223(key) {
  return key === "http://hl7.org/fhir/goal-priority high-priority" || key === "http://hl7.org/fhir/goal-priority low-priority" || key === "http://hl7.org/fhir/goal-priority medium-priority";
}
function inCodes224(key) {
  return key === "error" || key === "fatal" || key === "information" || key === "warning";
}
const SET_118 = /* @__PURE__ */ new Set([
  "business-rule",
  "code-invalid",
  "conflict",
  "duplicate",
  "exception",
  "expired",
  "extension",
  "forbidden",
  "incomplete",
  "informational",
  "invalid",
  "invariant",
  "lock-error",
  "login",
  "no-store",
  "not-found",
  "not-supported",
  "processing",
  "required",
  "security",
  "structure",
  "suppressed",
  "throttled",
  "timeout",
  "too-costly",
  "too-long",
  "transient",
  "unknown",
  "value"
]);
function inCodes225(key) {
  return SET_118.has(key);
}
const SET_119 = /* @__PURE__ */ new Set([
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 ACCESS DENIED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 ACCESS_DENIED_SSL",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 ASID_CHECK_FAILED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 AUTHOR_CREDENTIALS_ERROR",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 BAD_REQUEST",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 CONFLICTING_VALUES",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 DEPRECATED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 DUPLICATE_REJECTED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 FHIR_CONSTRAINT_VIOLATION",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 FLAG_ALREADY_SET",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INTERNAL_SERVER_ERROR",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_CODE_SYSTEM",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_CODE_VALUE",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_ELEMENT",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_IDENTIFIER_SYSTEM",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_IDENTIFIER_VALUE",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_NHS_NUMBER",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_PARAMETER",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_PATIENT_DEMOGRAPHICS",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_REQUEST_MESSAGE",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_REQUEST_STATE",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_REQUEST_TYPE",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_RESOURCE",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 INVALID_VALUE",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 MESSAGE_NOT_WELL_FORMED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 MISSING_OR_INVALID_HEADER",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 MSG_RESOURCE_ID_FAIL",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 NOT_IMPLEMENTED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 NO_LONGER_SUPPORTED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 NO_ORGANISATIONAL_CONSENT",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 NO_PATIENT_CONSENT",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 NO_RECORD_FOUND",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 NO_RELATIONSHIP",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 ORGANISATION_NOT_FOUND",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 PATIENT_NOT_FOUND",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 PATIENT_SENSITIVE",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 PRACTITIONER_NOT_FOUND",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 REFERENCE_NOT_FOUND",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 REQUEST_UNMATCHED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 RESOURCE_CREATED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 RESOURCE_DELETED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 RESOURCE_UPDATED",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 UNSUPPORTED_MEDIA_TYPE",
  "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1 WITHDRAWN"
]);
function inCodes226(key) {
  return SET_119.has(key);
}
const SET_120 = /* @__PURE__ */ new Set([
  "busy",
  "busy-tentative",
  "busy-unavailable",
  "entered-in-error",
  "free"
]);
function inCodes227(key) {
  return SET_120.has(key);
}
function inCodes228(key) {
  return key === "custom" || key === "different" || key === "identical" || key === "matching";
}
const SET_121 = /* @__PURE__ */ new Set(["animal", "device", "medication", "person", "practitioner", "substance"]);
function inCodes229(key) {
  return SET_121.has(key);
}
const SET_122 = /* @__PURE__ */ new Set([
  "data-requested",
  "data-required",
  "entered-in-error",
  "failure",
  "in-progress",
  "success"
]);
function inCodes230(key) {
  return SET_122.has(key);
}
function inCodes231(key) {
  return key === "NEARLINE" || key === "OFFLINE" || key === "ONLINE" || key === "UNAVAILABLE";
}
const SET_123 = /* @__PURE__ */ new Set([
  "http://dicom.nema.org/resources/ontology/DCM AR",
  "http://dicom.nema.org/resources/ontology/DCM BDUS",
  "http://dicom.nema.org/resources/ontology/DCM BMD",
  "http://dicom.nema.org/resources/ontology/DCM CR",
  "http://dicom.nema.org/resources/ontology/DCM CT",
  "http://dicom.nema.org/resources/ontology/DCM DX",
  "http://dicom.nema.org/resources/ontology/DCM ECG",
  "http://dicom.nema.org/resources/ontology/DCM EPS",
  "http://dicom.nema.org/resources/ontology/DCM ES",
  "http://dicom.nema.org/resources/ontology/DCM GM",
  "http://dicom.nema.org/resources/ontology/DCM HD",
  "http://dicom.nema.org/resources/ontology/DCM IO",
  "http://dicom.nema.org/resources/ontology/DCM IVOCT",
  "http://dicom.nema.org/resources/ontology/DCM IVUS",
  "http://dicom.nema.org/resources/ontology/DCM KER",
  "http://dicom.nema.org/resources/ontology/DCM LEN",
  "http://dicom.nema.org/resources/ontology/DCM MG",
  "http://dicom.nema.org/resources/ontology/DCM MR",
  "http://dicom.nema.org/resources/ontology/DCM NM",
  "http://dicom.nema.org/resources/ontology/DCM OAM",
  "http://dicom.nema.org/resources/ontology/DCM OCT",
  "http://dicom.nema.org/resources/ontology/DCM OP",
  "http://dicom.nema.org/resources/ontology/DCM OPM",
  "http://dicom.nema.org/resources/ontology/DCM OPR",
  "http://dicom.nema.org/resources/ontology/DCM OPT",
  "http://dicom.nema.org/resources/ontology/DCM OPV",
  "http://dicom.nema.org/resources/ontology/DCM OSS",
  "http://dicom.nema.org/resources/ontology/DCM PT",
  "http://dicom.nema.org/resources/ontology/DCM PX",
  "http://dicom.nema.org/resources/ontology/DCM RF",
  "http://dicom.nema.org/resources/ontology/DCM RG",
  "http://dicom.nema.org/resources/ontology/DCM SM",
  "http://dicom.nema.org/resources/ontology/DCM SRF",
  "http://dicom.nema.org/resources/ontology/DCM US",
  "http://dicom.nema.org/resources/ontology/DCM VA",
  "http://dicom.nema.org/resources/ontology/DCM XA",
  "http://dicom.nema.org/resources/ontology/DCM XC"
]);
function inCodes232(key) {
  return SET_123.has(key);
}
function inCodes233(key) {
  return key === "disabled" || key === "functional" || key === "non-functional" || key === "unknown";
}
function inCodes234(key) {
  return key === "inclusion" || key === "reference";
}
const SET_124 = /* @__PURE__ */ new Set([
  "dictionary",
  "directory",
  "example",
  "include",
  "list",
  "page",
  "resource",
  "toc"
]);
function inCodes235(key) {
  return SET_124.has(key);
}
const SET_125 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/questionnaire-item-control autocomplete",
  "http://hl7.org/fhir/questionnaire-item-control check-box",
  "http://hl7.org/fhir/questionnaire-item-control drop-down",
  "http://hl7.org/fhir/questionnaire-item-control flyover",
  "http://hl7.org/fhir/questionnaire-item-control footer",
  "http://hl7.org/fhir/questionnaire-item-control group",
  "http://hl7.org/fhir/questionnaire-item-control header",
  "http://hl7.org/fhir/questionnaire-item-control help",
  "http://hl7.org/fhir/questionnaire-item-control inline",
  "http://hl7.org/fhir/questionnaire-item-control list",
  "http://hl7.org/fhir/questionnaire-item-control lookup",
  "http://hl7.org/fhir/questionnaire-item-control lower",
  "http://hl7.org/fhir/questionnaire-item-control prompt",
  "http://hl7.org/fhir/questionnaire-item-control question",
  "http://hl7.org/fhir/questionnaire-item-control radio-button",
  "http://hl7.org/fhir/questionnaire-item-control slider",
  "http://hl7.org/fhir/questionnaire-item-control spinner",
  "http://hl7.org/fhir/questionnaire-item-control table",
  "http://hl7.org/fhir/questionnaire-item-control text",
  "http://hl7.org/fhir/questionnaire-item-control text-box",
  "http://hl7.org/fhir/questionnaire-item-control unit",
  "http://hl7.org/fhir/questionnaire-item-control upper"
]);
function inCodes236(key) {
  return SET_125.has(key);
}
function inCodes237(key) {
  return key === "http://loinc.org 13457-7" || key === "http://loinc.org 18262-6";
}
function inCodes238(key) {
  return key === "http://hl7.org/fhir/library-type asset-collection" || key === "http://hl7.org/fhir/library-type logic-library" || key === "http://hl7.org/fhir/library-type model-definition" || key === "http://hl7.org/fhir/library-type module-definition";
}
function inCodes239(key) {
  return key === "alternate" || key === "historical" || key === "source";
}
function inCodes240(key) {
  return key === "certain" || key === "certainly-not" || key === "possible" || key === "probable";
}
function inCodes241(key) {
  return key === "http://hl7.org/fhir/measure-scoring cohort" || key === "http://hl7.org/fhir/measure-scoring continuous-variable" || key === "http://hl7.org/fhir/measure-scoring proportion" || key === "http://hl7.org/fhir/measure-scoring ratio";
}
function inCodes242(key) {
  return key === "http://hl7.org/fhir/composite-measure-scoring all-or-nothing" || key === "http://hl7.org/fhir/composite-measure-scoring linear" || key === "http://hl7.org/fhir/composite-measure-scoring opportunity" || key === "http://hl7.org/fhir/composite-measure-scoring weighted";
}
const SET_126 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/measure-type composite",
  "http://hl7.org/fhir/measure-type outcome",
  "http://hl7.org/fhir/measure-type patient-reported-outcome",
  "http://hl7.org/fhir/measure-type process",
  "http://hl7.org/fhir/measure-type structure"
]);
function inCodes243(key) {
  return SET_126.has(key);
}
function inCodes244(key) {
  return key === "http://hl7.org/fhir/measure-data-usage risk-adjustment-factor" || key === "http://hl7.org/fhir/measure-data-usage supplemental-data";
}
const SET_127 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/measure-population denominator",
  "http://hl7.org/fhir/measure-population denominator-exception",
  "http://hl7.org/fhir/measure-population denominator-exclusion",
  "http://hl7.org/fhir/measure-population initial-population",
  "http://hl7.org/fhir/measure-population measure-observation",
  "http://hl7.org/fhir/measure-population measure-population",
  "http://hl7.org/fhir/measure-population measure-population-exclusion",
  "http://hl7.org/fhir/measure-population numerator",
  "http://hl7.org/fhir/measure-population numerator-exclusion"
]);
function inCodes245(key) {
  return SET_127.has(key);
}
function inCodes246(key) {
  return key === "complete" || key === "error" || key === "pending";
}
function inCodes247(key) {
  return key === "individual" || key === "patient-list" || key === "summary";
}
function inCodes248(key) {
  return key === "audio" || key === "photo" || key === "video";
}
const SET_128 = /* @__PURE__ */ new Set([
  "completed",
  "entered-in-error",
  "in-progress",
  "on-hold",
  "stopped",
  "unknown"
]);
function inCodes249(key) {
  return SET_128.has(key);
}
function inCodes250(key) {
  return key === "http://hl7.org/fhir/medication-admin-category community" || key === "http://hl7.org/fhir/medication-admin-category inpatient" || key === "http://hl7.org/fhir/medication-admin-category outpatient";
}
const SET_129 = /* @__PURE__ */ new Set([
  "completed",
  "entered-in-error",
  "in-progress",
  "on-hold",
  "preparation",
  "stopped"
]);
function inCodes251(key) {
  return SET_129.has(key);
}
function inCodes252(key) {
  return key === "http://hl7.org/fhir/medication-dispense-category community" || key === "http://hl7.org/fhir/medication-dispense-category inpatient" || key === "http://hl7.org/fhir/medication-dispense-category outpatient";
}
function inCodes253(key) {
  return key === "fatal-error" || key === "ok" || key === "transient-error";
}
function inCodes254(key) {
  return key === "always" || key === "never" || key === "on-error" || key === "on-success";
}
function inCodes255(key) {
  return key === "codesystem" || key === "identifier" || key === "root";
}
function inCodes256(key) {
  return key === "oid" || key === "other" || key === "uri" || key === "uuid";
}
function inCodes257(key) {
  return key === "additional" || key === "empty" || key === "extensions" || key === "generated";
}
const SET_130 = /* @__PURE__ */ new Set([
  "ASKU",
  "DER",
  "INV",
  "MSK",
  "NA",
  "NASK",
  "NAV",
  "NAVU",
  "NI",
  "NINF",
  "NP",
  "OTH",
  "PINF",
  "QS",
  "TRC",
  "UNC",
  "UNK"
]);
function inCodes258(key) {
  return SET_130.has(key);
}
const SET_131 = /* @__PURE__ */ new Set([
  "active",
  "cancelled",
  "completed",
  "draft",
  "entered-in-error",
  "on-hold",
  "planned",
  "proposed",
  "requested"
]);
function inCodes259(key) {
  return SET_131.has(key);
}
const SET_132 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v3/RouteOfAdministration EFT",
  "http://hl7.org/fhir/v3/RouteOfAdministration ENTINSTL",
  "http://hl7.org/fhir/v3/RouteOfAdministration GJT",
  "http://hl7.org/fhir/v3/RouteOfAdministration GT",
  "http://hl7.org/fhir/v3/RouteOfAdministration JJTINSTL",
  "http://hl7.org/fhir/v3/RouteOfAdministration NGT",
  "http://hl7.org/fhir/v3/RouteOfAdministration OGT",
  "http://hl7.org/fhir/v3/RouteOfAdministration OJJ",
  "http://hl7.org/fhir/v3/RouteOfAdministration PO"
]);
function inCodes260(key) {
  return SET_132.has(key);
}
function inCodes261(key) {
  return key === "operation" || key === "query";
}
function inCodes262(key) {
  return key === "in" || key === "out";
}
function inCodes263(key) {
  return key === "level1" || key === "level2" || key === "level3" || key === "level4";
}
function inCodes264(key) {
  return key === "http://hl7.org/fhir/plan-definition-type eca-rule" || key === "http://hl7.org/fhir/plan-definition-type order-set" || key === "http://hl7.org/fhir/plan-definition-type protocol";
}
function inCodes265(key) {
  return key === "http://hl7.org/fhir/action-type create" || key === "http://hl7.org/fhir/action-type fire-event" || key === "http://hl7.org/fhir/action-type remove" || key === "http://hl7.org/fhir/action-type update";
}
function inCodes266(key) {
  return key === "logical-group" || key === "sentence-group" || key === "visual-group";
}
const SET_133 = /* @__PURE__ */ new Set([
  "all",
  "all-or-none",
  "any",
  "at-most-one",
  "exactly-one",
  "one-or-more"
]);
function inCodes267(key) {
  return SET_133.has(key);
}
function inCodes268(key) {
  return key === "could" || key === "must" || key === "must-unless-documented";
}
function inCodes269(key) {
  return key === "no" || key === "yes";
}
function inCodes270(key) {
  return key === "multiple" || key === "single";
}
function inCodes271(key) {
  return key === "applicability" || key === "start" || key === "stop";
}
const SET_134 = /* @__PURE__ */ new Set([
  "after",
  "after-end",
  "after-start",
  "before",
  "before-end",
  "before-start",
  "concurrent",
  "concurrent-with-end",
  "concurrent-with-start"
]);
function inCodes272(key) {
  return SET_134.has(key);
}
function inCodes273(key) {
  return key === "cancel" || key === "poll" || key === "reprocess" || key === "status";
}
const SET_135 = /* @__PURE__ */ new Set(["derivation", "quotation", "removal", "revision", "source"]);
function inCodes274(key) {
  return SET_135.has(key);
}
const SET_136 = /* @__PURE__ */ new Set([
  "citation",
  "composed-of",
  "depends-on",
  "derived-from",
  "documentation",
  "justification",
  "predecessor",
  "successor"
]);
function inCodes275(key) {
  return SET_136.has(key);
}
const SET_137 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/goal-relationship-type milestone",
  "http://hl7.org/fhir/goal-relationship-type other",
  "http://hl7.org/fhir/goal-relationship-type predecessor",
  "http://hl7.org/fhir/goal-relationship-type replacement",
  "http://hl7.org/fhir/goal-relationship-type successor"
]);
function inCodes276(key) {
  return SET_137.has(key);
}
const SET_138 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1001",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1002",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1003",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1004",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1005",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1006",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1007",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1008",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1009",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1010",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1011",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1012",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1013",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1014",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1015",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1016",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1017",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1018",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1019",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1020",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1021",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1022",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1023",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1024",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1025",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1026",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1027",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1028",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1029",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1030",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1031",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1032",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1033",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1034",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1035",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1036",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1037",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1038",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1039",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1040",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1041",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1042",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1043",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1044",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1045",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1046",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1047",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1048",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1049",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1050",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1051",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1052",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1053",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1054",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1055",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1056",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1057",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1058",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1059",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1060",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1061",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1062",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1063",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1064",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1065",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1066",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1067",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1068",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1069",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1070",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1071",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1072",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1073",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1074",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1075",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1076",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1077",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1078",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1079",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1080",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1081",
  "http://hl7.org/fhir/v3/ReligiousAffiliation 1082"
]);
function inCodes277(key) {
  return SET_138.has(key);
}
const SET_139 = /* @__PURE__ */ new Set([
  "completed",
  "draft",
  "entered-in-error",
  "in-progress",
  "stopped",
  "suspended"
]);
function inCodes278(key) {
  return SET_139.has(key);
}
const SET_140 = /* @__PURE__ */ new Set([
  "active",
  "candidate",
  "completed",
  "enrolled",
  "suspended",
  "withdrawn"
]);
function inCodes279(key) {
  return SET_140.has(key);
}
const SET_141 = /* @__PURE__ */ new Set(["distance", "nearby", "normal", "other", "phonetic"]);
function inCodes280(key) {
  return SET_141.has(key);
}
const SET_142 = /* @__PURE__ */ new Set(["ap", "eb", "eq", "ge", "gt", "le", "lt", "ne", "sa"]);
function inCodes281(key) {
  return SET_142.has(key);
}
const SET_143 = /* @__PURE__ */ new Set([
  "above",
  "below",
  "contains",
  "exact",
  "in",
  "missing",
  "not",
  "not-in",
  "text",
  "type"
]);
function inCodes282(key) {
  return SET_143.has(key);
}
function inCodes283(key) {
  return key === "indel" || key === "snp" || key === "unknown";
}
const SET_144 = /* @__PURE__ */ new Set(["directlink", "login", "oauth", "openapi", "other"]);
function inCodes284(key) {
  return SET_144.has(key);
}
const SET_145 = /* @__PURE__ */ new Set([
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.1",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.10",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.11",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.12",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.13",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.14",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.15",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.16",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.17",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.18",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.2",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.3",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.4",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.5",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.6",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.7",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.8",
  "urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.9"
]);
function inCodes285(key) {
  return SET_145.has(key);
}
function inCodes286(key) {
  return key === "complex-type" || key === "logical" || key === "primitive-type" || key === "resource";
}
function inCodes287(key) {
  return key === "datatype" || key === "extension" || key === "resource";
}
function inCodes288(key) {
  return key === "constraint" || key === "specialization";
}
function inCodes289(key) {
  return key === "produced" || key === "queried" || key === "source" || key === "target";
}
function inCodes290(key) {
  return key === "none" || key === "type-and-types" || key === "types";
}
function inCodes291(key) {
  return key === "source" || key === "target";
}
const SET_146 = /* @__PURE__ */ new Set(["first", "last", "not_first", "not_last", "only_one"]);
function inCodes292(key) {
  return SET_146.has(key);
}
function inCodes293(key) {
  return key === "type" || key === "variable";
}
function inCodes294(key) {
  return key === "collate" || key === "first" || key === "last" || key === "share";
}
const SET_147 = /* @__PURE__ */ new Set([
  "append",
  "c",
  "cast",
  "cc",
  "copy",
  "cp",
  "create",
  "dateOp",
  "escape",
  "evaluate",
  "id",
  "pointer",
  "qty",
  "reference",
  "translate",
  "truncate",
  "uuid"
]);
function inCodes295(key) {
  return SET_147.has(key);
}
function inCodes296(key) {
  return key === "active" || key === "error" || key === "off" || key === "requested";
}
const SET_148 = /* @__PURE__ */ new Set(["email", "message", "rest-hook", "sms", "websocket"]);
function inCodes297(key) {
  return SET_148.has(key);
}
const SET_149 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/substance-category allergen",
  "http://hl7.org/fhir/substance-category biological",
  "http://hl7.org/fhir/substance-category body",
  "http://hl7.org/fhir/substance-category chemical",
  "http://hl7.org/fhir/substance-category drug",
  "http://hl7.org/fhir/substance-category food",
  "http://hl7.org/fhir/substance-category material"
]);
function inCodes298(key) {
  return SET_149.has(key);
}
function inCodes299(key) {
  return key === "http://hl7.org/fhir/allerg-intol-substance-exp-risk known-reaction-risk" || key === "http://hl7.org/fhir/allerg-intol-substance-exp-risk no-known-reaction-risk";
}
function inCodes300(key) {
  return key === "abandoned" || key === "completed" || key === "entered-in-error" || key === "in-progress";
}
function inCodes301(key) {
  return key === "http://hl7.org/fhir/supply-item-type device" || key === "http://hl7.org/fhir/supply-item-type medication";
}
const SET_150 = /* @__PURE__ */ new Set([
  "accepted",
  "cancelled",
  "completed",
  "draft",
  "entered-in-error",
  "failed",
  "in-progress",
  "on-hold",
  "ready",
  "received",
  "rejected",
  "requested"
]);
function inCodes302(key) {
  return SET_150.has(key);
}
const SET_151 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/task-performer-type acquirer",
  "http://hl7.org/fhir/task-performer-type dispatcher",
  "http://hl7.org/fhir/task-performer-type manager",
  "http://hl7.org/fhir/task-performer-type monitor",
  "http://hl7.org/fhir/task-performer-type performer",
  "http://hl7.org/fhir/task-performer-type requester",
  "http://hl7.org/fhir/task-performer-type reviewer",
  "http://hl7.org/fhir/task-performer-type scheduler"
]);
function inCodes303(key) {
  return SET_151.has(key);
}
const SET_152 = /* @__PURE__ */ new Set([
  "active",
  "cancelled",
  "draft",
  "pending",
  "rejected",
  "retired",
  "review",
  "terminated"
]);
function inCodes304(key) {
  return SET_152.has(key);
}
const SET_153 = /* @__PURE__ */ new Set(["completed", "entered-in-error", "in-progress", "stopped", "waiting"]);
function inCodes305(key) {
  return SET_153.has(key);
}
function inCodes306(key) {
  return key === "fail" || key === "pass" || key === "pending";
}
function inCodes307(key) {
  return key === "client" || key === "server" || key === "test-engine";
}
const SET_154 = /* @__PURE__ */ new Set(["error", "fail", "pass", "skip", "warning"]);
function inCodes308(key) {
  return SET_154.has(key);
}
function inCodes309(key) {
  return key === "http://hl7.org/fhir/testscript-profile-origin-types FHIR-Client" || key === "http://hl7.org/fhir/testscript-profile-origin-types FHIR-SDC-FormFiller";
}
function inCodes310(key) {
  return key === "http://hl7.org/fhir/testscript-profile-destination-types FHIR-SDC-FormManager" || key === "http://hl7.org/fhir/testscript-profile-destination-types FHIR-SDC-FormProcessor" || key === "http://hl7.org/fhir/testscript-profile-destination-types FHIR-SDC-FormReceiver" || key === "http://hl7.org/fhir/testscript-profile-destination-types FHIR-Server";
}
const SET_155 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/testscript-operation-codes apply",
  "http://hl7.org/fhir/testscript-operation-codes batch",
  "http://hl7.org/fhir/testscript-operation-codes cancel",
  "http://hl7.org/fhir/testscript-operation-codes capabilities",
  "http://hl7.org/fhir/testscript-operation-codes closure",
  "http://hl7.org/fhir/testscript-operation-codes compose",
  "http://hl7.org/fhir/testscript-operation-codes conforms",
  "http://hl7.org/fhir/testscript-operation-codes create",
  "http://hl7.org/fhir/testscript-operation-codes data-requirements",
  "http://hl7.org/fhir/testscript-operation-codes delete",
  "http://hl7.org/fhir/testscript-operation-codes deleteCondMultiple",
  "http://hl7.org/fhir/testscript-operation-codes deleteCondSingle",
  "http://hl7.org/fhir/testscript-operation-codes document",
  "http://hl7.org/fhir/testscript-operation-codes evaluate",
  "http://hl7.org/fhir/testscript-operation-codes evaluate-measure",
  "http://hl7.org/fhir/testscript-operation-codes everything",
  "http://hl7.org/fhir/testscript-operation-codes expand",
  "http://hl7.org/fhir/testscript-operation-codes fail",
  "http://hl7.org/fhir/testscript-operation-codes find",
  "http://hl7.org/fhir/testscript-operation-codes finish",
  "http://hl7.org/fhir/testscript-operation-codes history",
  "http://hl7.org/fhir/testscript-operation-codes implements",
  "http://hl7.org/fhir/testscript-operation-codes lookup",
  "http://hl7.org/fhir/testscript-operation-codes match",
  "http://hl7.org/fhir/testscript-operation-codes meta",
  "http://hl7.org/fhir/testscript-operation-codes meta-add",
  "http://hl7.org/fhir/testscript-operation-codes meta-delete",
  "http://hl7.org/fhir/testscript-operation-codes populate",
  "http://hl7.org/fhir/testscript-operation-codes populatehtml",
  "http://hl7.org/fhir/testscript-operation-codes populatelink",
  "http://hl7.org/fhir/testscript-operation-codes process-message",
  "http://hl7.org/fhir/testscript-operation-codes questionnaire",
  "http://hl7.org/fhir/testscript-operation-codes read",
  "http://hl7.org/fhir/testscript-operation-codes release",
  "http://hl7.org/fhir/testscript-operation-codes reserve",
  "http://hl7.org/fhir/testscript-operation-codes resume",
  "http://hl7.org/fhir/testscript-operation-codes search",
  "http://hl7.org/fhir/testscript-operation-codes set-input",
  "http://hl7.org/fhir/testscript-operation-codes set-output",
  "http://hl7.org/fhir/testscript-operation-codes start",
  "http://hl7.org/fhir/testscript-operation-codes stats",
  "http://hl7.org/fhir/testscript-operation-codes stop",
  "http://hl7.org/fhir/testscript-operation-codes subset",
  "http://hl7.org/fhir/testscript-operation-codes subsumes",
  "http://hl7.org/fhir/testscript-operation-codes suspend",
  "http://hl7.org/fhir/testscript-operation-codes transaction",
  "http://hl7.org/fhir/testscript-operation-codes transform",
  "http://hl7.org/fhir/testscript-operation-codes translate",
  "http://hl7.org/fhir/testscript-operation-codes update",
  "http://hl7.org/fhir/testscript-operation-codes updateCreate",
  "http://hl7.org/fhir/testscript-operation-codes validate",
  "http://hl7.org/fhir/testscript-operation-codes validate-code",
  "http://hl7.org/fhir/testscript-operation-codes vread"
]);
function inCodes311(key) {
  return SET_155.has(key);
}
function inCodes312(key) {
  return key === "json" || key === "none" || key === "ttl" || key === "xml";
}
function inCodes313(key) {
  return key === "request" || key === "response";
}
const SET_156 = /* @__PURE__ */ new Set([
  "contains",
  "empty",
  "equals",
  "eval",
  "greaterThan",
  "in",
  "lessThan",
  "notContains",
  "notEmpty",
  "notEquals",
  "notIn"
]);
function inCodes314(key) {
  return SET_156.has(key);
}
const SET_157 = /* @__PURE__ */ new Set(["delete", "get", "options", "patch", "post", "put"]);
function inCodes315(key) {
  return SET_157.has(key);
}
const SET_158 = /* @__PURE__ */ new Set([
  "bad",
  "conflict",
  "created",
  "forbidden",
  "gone",
  "methodNotAllowed",
  "noContent",
  "notFound",
  "notModified",
  "okay",
  "preconditionFailed",
  "unprocessable"
]);
function inCodes316(key) {
  return SET_158.has(key);
}
const SET_159 = /* @__PURE__ */ new Set([
  "data-access-ended",
  "data-accessed",
  "data-added",
  "data-modified",
  "data-removed",
  "named-event",
  "periodic"
]);
function inCodes317(key) {
  return SET_159.has(key);
}
const SET_160 = /* @__PURE__ */ new Set(["B", "E", "F", "G", "LN", "N", "T", "U", "X2"]);
function inCodes318(key) {
  return SET_160.has(key);
}
const SET_161 = /* @__PURE__ */ new Set([
  "http://hl7.org/fhir/usage-context-type age",
  "http://hl7.org/fhir/usage-context-type focus",
  "http://hl7.org/fhir/usage-context-type gender",
  "http://hl7.org/fhir/usage-context-type species",
  "http://hl7.org/fhir/usage-context-type task",
  "http://hl7.org/fhir/usage-context-type user",
  "http://hl7.org/fhir/usage-context-type venue",
  "http://hl7.org/fhir/usage-context-type workflow"
]);
function inCodes319(key) {
  return SET_161.has(key);
}
const SET_162 = /* @__PURE__ */ new Set([
  "capture",
  "capture-display",
  "capture-display-non-empty",
  "display",
  "display-non-empty"
]);
function inCodes320(key) {
  return SET_162.has(key);
}
function inCodes321(key) {
  return key === "left" || key === "right";
}
function inCodes322(key) {
  return key === "down" || key === "in" || key === "out" || key === "up";
}
const SET_163 = /* @__PURE__ */ new Set([
  "aid",
  "cbcc",
  "cds",
  "cg",
  "cqi",
  "dev",
  "ehr",
  "fhir",
  "fm",
  "hsi",
  "ii",
  "inm",
  "its",
  "oo",
  "pa",
  "pc",
  "pher",
  "phx",
  "rcrim",
  "sd",
  "sec",
  "us",
  "vocab"
]);
function inCodes323(key) {
  return SET_163.has(key);
}
