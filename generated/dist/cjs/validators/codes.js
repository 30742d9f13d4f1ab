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
  inCodes100: () => inCodes100,
  inCodes101: () => inCodes101,
  inCodes102: () => inCodes102,
  inCodes104: () => inCodes104,
  inCodes108: () => inCodes108,
  inCodes109: () => inCodes109,
  inCodes11: () => inCodes11,
  inCodes111: () => inCodes111,
  inCodes112: () => inCodes112,
  inCodes114: () => inCodes114,
  inCodes116: () => inCodes116,
  inCodes117: () => inCodes117,
  inCodes118: () => inCodes118,
  inCodes119: () => inCodes119,
  inCodes12: () => inCodes12,
  inCodes120: () => inCodes120,
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
  inCodes132: () => inCodes132,
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
  inCodes145: () => inCodes145,
  inCodes146: () => inCodes146,
  inCodes147: () => inCodes147,
  inCodes148: () => inCodes148,
  inCodes149: () => inCodes149,
  inCodes15: () => inCodes15,
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
  inCodes165: () => inCodes165,
  inCodes167: () => inCodes167,
  inCodes168: () => inCodes168,
  inCodes169: () => inCodes169,
  inCodes17: () => inCodes17,
  inCodes170: () => inCodes170,
  inCodes171: () => inCodes171,
  inCodes173: () => inCodes173,
  inCodes174: () => inCodes174,
  inCodes175: () => inCodes175,
  inCodes176: () => inCodes176,
  inCodes177: () => inCodes177,
  inCodes178: () => inCodes178,
  inCodes18: () => inCodes18,
  inCodes181: () => inCodes181,
  inCodes183: () => inCodes183,
  inCodes184: () => inCodes184,
  inCodes185: () => inCodes185,
  inCodes188: () => inCodes188,
  inCodes189: () => inCodes189,
  inCodes19: () => inCodes19,
  inCodes192: () => inCodes192,
  inCodes198: () => inCodes198,
  inCodes199: () => inCodes199,
  inCodes2: () => inCodes2,
  inCodes215: () => inCodes215,
  inCodes219: () => inCodes219,
  inCodes22: () => inCodes22,
  inCodes221: () => inCodes221,
  inCodes222: () => inCodes222,
  inCodes224: () => inCodes224,
  inCodes225: () => inCodes225,
  inCodes227: () => inCodes227,
  inCodes228: () => inCodes228,
  inCodes229: () => inCodes229,
  inCodes23: () => inCodes23,
  inCodes230: () => inCodes230,
  inCodes231: () => inCodes231,
  inCodes233: () => inCodes233,
  inCodes234: () => inCodes234,
  inCodes235: () => inCodes235,
  inCodes239: () => inCodes239,
  inCodes24: () => inCodes24,
  inCodes240: () => inCodes240,
  inCodes246: () => inCodes246,
  inCodes247: () => inCodes247,
  inCodes248: () => inCodes248,
  inCodes249: () => inCodes249,
  inCodes251: () => inCodes251,
  inCodes253: () => inCodes253,
  inCodes254: () => inCodes254,
  inCodes255: () => inCodes255,
  inCodes256: () => inCodes256,
  inCodes257: () => inCodes257,
  inCodes258: () => inCodes258,
  inCodes259: () => inCodes259,
  inCodes261: () => inCodes261,
  inCodes262: () => inCodes262,
  inCodes263: () => inCodes263,
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
  inCodes278: () => inCodes278,
  inCodes279: () => inCodes279,
  inCodes28: () => inCodes28,
  inCodes280: () => inCodes280,
  inCodes281: () => inCodes281,
  inCodes282: () => inCodes282,
  inCodes283: () => inCodes283,
  inCodes284: () => inCodes284,
  inCodes286: () => inCodes286,
  inCodes287: () => inCodes287,
  inCodes288: () => inCodes288,
  inCodes289: () => inCodes289,
  inCodes290: () => inCodes290,
  inCodes291: () => inCodes291,
  inCodes292: () => inCodes292,
  inCodes293: () => inCodes293,
  inCodes294: () => inCodes294,
  inCodes295: () => inCodes295,
  inCodes296: () => inCodes296,
  inCodes297: () => inCodes297,
  inCodes3: () => inCodes3,
  inCodes300: () => inCodes300,
  inCodes302: () => inCodes302,
  inCodes304: () => inCodes304,
  inCodes305: () => inCodes305,
  inCodes306: () => inCodes306,
  inCodes307: () => inCodes307,
  inCodes308: () => inCodes308,
  inCodes312: () => inCodes312,
  inCodes313: () => inCodes313,
  inCodes314: () => inCodes314,
  inCodes315: () => inCodes315,
  inCodes316: () => inCodes316,
  inCodes317: () => inCodes317,
  inCodes318: () => inCodes318,
  inCodes320: () => inCodes320,
  inCodes321: () => inCodes321,
  inCodes322: () => inCodes322,
  inCodes323: () => inCodes323,
  inCodes34: () => inCodes34,
  inCodes35: () => inCodes35,
  inCodes36: () => inCodes36,
  inCodes4: () => inCodes4,
  inCodes42: () => inCodes42,
  inCodes43: () => inCodes43,
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
  inCodes55: () => inCodes55,
  inCodes56: () => inCodes56,
  inCodes57: () => inCodes57,
  inCodes58: () => inCodes58,
  inCodes59: () => inCodes59,
  inCodes6: () => inCodes6,
  inCodes60: () => inCodes60,
  inCodes62: () => inCodes62,
  inCodes63: () => inCodes63,
  inCodes64: () => inCodes64,
  inCodes65: () => inCodes65,
  inCodes68: () => inCodes68,
  inCodes7: () => inCodes7,
  inCodes70: () => inCodes70,
  inCodes76: () => inCodes76,
  inCodes77: () => inCodes77,
  inCodes78: () => inCodes78,
  inCodes8: () => inCodes8,
  inCodes80: () => inCodes80,
  inCodes81: () => inCodes81,
  inCodes82: () => inCodes82,
  inCodes85: () => inCodes85,
  inCodes87: () => inCodes87,
  inCodes88: () => inCodes88,
  inCodes9: () => inCodes9,
  inCodes92: () => inCodes92,
  inCodes94: () => inCodes94,
  inCodes95: () => inCodes95,
  inCodes97: () => inCodes97,
  inCodes99: () => inCodes99,
  inCodings10: () => inCodings10,
  inCodings103: () => inCodings103,
  inCodings105: () => inCodings105,
  inCodings106: () => inCodings106,
  inCodings107: () => inCodings107,
  inCodings110: () => inCodings110,
  inCodings113: () => inCodings113,
  inCodings115: () => inCodings115,
  inCodings121: () => inCodings121,
  inCodings131: () => inCodings131,
  inCodings133: () => inCodings133,
  inCodings134: () => inCodings134,
  inCodings144: () => inCodings144,
  inCodings150: () => inCodings150,
  inCodings151: () => inCodings151,
  inCodings163: () => inCodings163,
  inCodings164: () => inCodings164,
  inCodings166: () => inCodings166,
  inCodings172: () => inCodings172,
  inCodings179: () => inCodings179,
  inCodings180: () => inCodings180,
  inCodings182: () => inCodings182,
  inCodings186: () => inCodings186,
  inCodings187: () => inCodings187,
  inCodings190: () => inCodings190,
  inCodings191: () => inCodings191,
  inCodings193: () => inCodings193,
  inCodings194: () => inCodings194,
  inCodings195: () => inCodings195,
  inCodings196: () => inCodings196,
  inCodings197: () => inCodings197,
  inCodings20: () => inCodings20,
  inCodings200: () => inCodings200,
  inCodings201: () => inCodings201,
  inCodings202: () => inCodings202,
  inCodings203: () => inCodings203,
  inCodings204: () => inCodings204,
  inCodings205: () => inCodings205,
  inCodings206: () => inCodings206,
  inCodings207: () => inCodings207,
  inCodings208: () => inCodings208,
  inCodings209: () => inCodings209,
  inCodings21: () => inCodings21,
  inCodings210: () => inCodings210,
  inCodings211: () => inCodings211,
  inCodings212: () => inCodings212,
  inCodings213: () => inCodings213,
  inCodings214: () => inCodings214,
  inCodings216: () => inCodings216,
  inCodings217: () => inCodings217,
  inCodings218: () => inCodings218,
  inCodings220: () => inCodings220,
  inCodings223: () => inCodings223,
  inCodings226: () => inCodings226,
  inCodings232: () => inCodings232,
  inCodings236: () => inCodings236,
  inCodings237: () => inCodings237,
  inCodings238: () => inCodings238,
  inCodings241: () => inCodings241,
  inCodings242: () => inCodings242,
  inCodings243: () => inCodings243,
  inCodings244: () => inCodings244,
  inCodings245: () => inCodings245,
  inCodings25: () => inCodings25,
  inCodings250: () => inCodings250,
  inCodings252: () => inCodings252,
  inCodings26: () => inCodings26,
  inCodings260: () => inCodings260,
  inCodings264: () => inCodings264,
  inCodings265: () => inCodings265,
  inCodings276: () => inCodings276,
  inCodings277: () => inCodings277,
  inCodings285: () => inCodings285,
  inCodings29: () => inCodings29,
  inCodings298: () => inCodings298,
  inCodings299: () => inCodings299,
  inCodings30: () => inCodings30,
  inCodings301: () => inCodings301,
  inCodings303: () => inCodings303,
  inCodings309: () => inCodings309,
  inCodings31: () => inCodings31,
  inCodings310: () => inCodings310,
  inCodings311: () => inCodings311,
  inCodings319: () => inCodings319,
  inCodings32: () => inCodings32,
  inCodings33: () => inCodings33,
  inCodings37: () => inCodings37,
  inCodings38: () => inCodings38,
  inCodings39: () => inCodings39,
  inCodings40: () => inCodings40,
  inCodings41: () => inCodings41,
  inCodings44: () => inCodings44,
  inCodings54: () => inCodings54,
  inCodings61: () => inCodings61,
  inCodings66: () => inCodings66,
  inCodings67: () => inCodings67,
  inCodings69: () => inCodings69,
  inCodings71: () => inCodings71,
  inCodings72: () => inCodings72,
  inCodings73: () => inCodings73,
  inCodings74: () => inCodings74,
  inCodings75: () => inCodings75,
  inCodings79: () => inCodings79,
  inCodings83: () => inCodings83,
  inCodings84: () => inCodings84,
  inCodings86: () => inCodings86,
  inCodings89: () => inCodings89,
  inCodings90: () => inCodings90,
  inCodings91: () => inCodings91,
  inCodings93: () => inCodings93,
  inCodings96: () => inCodings96,
  inCodings98: () => inCodings98
});
module.exports = __toCommonJS(codes_exports);
function inCodes0(code) {
  return code === "agree" || code === "disagree" || code === "pending";
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
function inCodes1(code) {
  return SET_0.has(code);
}
function inCodes2(code) {
  return code === "active" || code === "entered-in-error" || code === "inactive";
}
function inCodes3(code) {
  return code === "active" || code === "draft" || code === "retired" || code === "unknown";
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
function inCodes4(code) {
  return SET_1.has(code);
}
function inCodes5(code) {
  return code === "patient" || code === "practitioner" || code === "related-person";
}
function inCodes6(code) {
  return code === "home" || code === "old" || code === "temp" || code === "work";
}
function inCodes7(code) {
  return code === "both" || code === "physical" || code === "postal";
}
const SET_2 = /* @__PURE__ */ new Set(["BAD", "CONF", "DIR", "HP", "HV", "PHYS", "PST", "PUB"]);
function inCodes8(code) {
  return SET_2.has(code);
}
function inCodes9(code) {
  return code === "AE" || code === "PAE";
}
const SET_3 = /* @__PURE__ */ new Set([
  "fatal",
  "ongoing",
  "recovering",
  "resolved",
  "resolvedWithSequelae",
  "unknown"
]);
function inCodings10(system, code) {
  return system === "http://hl7.org/fhir/adverse-event-outcome" && SET_3.has(code);
}
function inCodes11(code) {
  return code === "causality1" || code === "causality2";
}
function inCodes12(code) {
  return code === "<" || code === "<=" || code === ">" || code === ">=";
}
function inCodes13(code) {
  return code === "active" || code === "inactive" || code === "resolved";
}
function inCodes14(code) {
  return code === "confirmed" || code === "entered-in-error" || code === "refuted" || code === "unconfirmed";
}
function inCodes15(code) {
  return code === "allergy" || code === "intolerance";
}
function inCodes16(code) {
  return code === "biologic" || code === "environment" || code === "food" || code === "medication";
}
function inCodes17(code) {
  return code === "high" || code === "low" || code === "unable-to-assess";
}
function inCodes18(code) {
  return code === "mild" || code === "moderate" || code === "severe";
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
function inCodes19(code) {
  return SET_4.has(code);
}
const SET_5 = /* @__PURE__ */ new Set([
  "394539006",
  "394576009",
  "394577000",
  "394578005",
  "394579002",
  "394580004",
  "394581000",
  "394582007",
  "394583002",
  "394584008",
  "394585009",
  "394586005",
  "394587001",
  "394588006",
  "394589003",
  "394590007",
  "394591006",
  "394592004",
  "394593009",
  "394594003",
  "394597005",
  "394598000",
  "394599008",
  "394600006",
  "394601005",
  "394602003",
  "394604002",
  "394605001",
  "394606000",
  "394607009",
  "394608004",
  "394609007",
  "394610002",
  "394611003",
  "394612005",
  "394649004",
  "394732004",
  "394733009",
  "394801008",
  "394802001",
  "394803006",
  "394804000",
  "394806003",
  "394807007",
  "394808002",
  "394809005",
  "394810000",
  "394811001",
  "394812008",
  "394813003",
  "394814009",
  "394821009",
  "394882004",
  "394913002",
  "394914008",
  "394915009",
  "394916005",
  "408440000",
  "408441001",
  "408443003",
  "408444009",
  "408446006",
  "408447002",
  "408448007",
  "408449004",
  "408450004",
  "408454008",
  "408455009",
  "408459003",
  "408460008",
  "408461007",
  "408462000",
  "408463005",
  "408464004",
  "408465003",
  "408466002",
  "408467006",
  "408468001",
  "408469009",
  "408470005",
  "408471009",
  "408472002",
  "408474001",
  "408475000",
  "408476004",
  "408477008",
  "408478003",
  "408480009",
  "409967009",
  "409968004",
  "410001006",
  "410005002",
  "416304004",
  "418002000",
  "418018006",
  "418058008",
  "418112009",
  "418535003",
  "418652005",
  "418862001",
  "418960008",
  "419043006",
  "419170002",
  "419192003",
  "419321007",
  "419365004",
  "419472004",
  "419610006",
  "419772000",
  "419815003",
  "419983000",
  "420112009",
  "420208008",
  "421661004",
  "422191005"
]);
function inCodings20(system, code) {
  return system === "http://snomed.info/sct" && SET_5.has(code);
}
const SET_6 = /* @__PURE__ */ new Set(["CHECKUP", "EMERGENCY", "FOLLOWUP", "ROUTINE", "WALKIN"]);
function inCodings21(system, code) {
  return system === "http://hl7.org/fhir/v2/0276" && SET_6.has(code);
}
function inCodes22(code) {
  return code === "information-only" || code === "optional" || code === "required";
}
function inCodes23(code) {
  return code === "accepted" || code === "declined" || code === "needs-action" || code === "tentative";
}
const SET_7 = /* @__PURE__ */ new Set(["F", "G", "NL1", "NL2", "NL3", "NL4", "UNK"]);
function inCodes24(code) {
  return SET_7.has(code);
}
const SET_8 = /* @__PURE__ */ new Set([
  "110100",
  "110101",
  "110102",
  "110103",
  "110104",
  "110105",
  "110106",
  "110107",
  "110108",
  "110109",
  "110110",
  "110111",
  "110112",
  "110113",
  "110114"
]);
function inCodings25(system, code) {
  return system === "http://dicom.nema.org/resources/ontology/DCM" && SET_8.has(code) || system === "http://hl7.org/fhir/audit-event-type" && code === "rest";
}
const SET_9 = /* @__PURE__ */ new Set([
  "110120",
  "110121",
  "110122",
  "110123",
  "110124",
  "110125",
  "110126",
  "110127",
  "110128",
  "110129",
  "110130",
  "110131",
  "110132",
  "110133",
  "110134",
  "110135",
  "110136",
  "110137",
  "110138",
  "110139",
  "110140",
  "110141",
  "110142"
]);
const SET_10 = /* @__PURE__ */ new Set([
  "batch",
  "capabilities",
  "create",
  "delete",
  "history",
  "history-instance",
  "history-system",
  "history-type",
  "operation",
  "patch",
  "read",
  "search",
  "search-system",
  "search-type",
  "transaction",
  "update",
  "vread"
]);
function inCodings26(system, code) {
  return system === "http://dicom.nema.org/resources/ontology/DCM" && SET_9.has(code) || system === "http://hl7.org/fhir/restful-interaction" && SET_10.has(code);
}
const SET_11 = /* @__PURE__ */ new Set(["C", "D", "E", "R", "U"]);
function inCodes27(code) {
  return SET_11.has(code);
}
function inCodes28(code) {
  return code === "0" || code === "12" || code === "4" || code === "8";
}
const SET_12 = /* @__PURE__ */ new Set([
  "110010",
  "110030",
  "110031",
  "110032",
  "110033",
  "110034",
  "110035",
  "110036",
  "110037",
  "110038"
]);
function inCodings29(system, code) {
  return system === "http://dicom.nema.org/resources/ontology/DCM" && SET_12.has(code);
}
const SET_13 = /* @__PURE__ */ new Set(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
function inCodings30(system, code) {
  return system === "http://hl7.org/fhir/security-source-type" && SET_13.has(code);
}
const SET_14 = /* @__PURE__ */ new Set([
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
function inCodings31(system, code) {
  return system === "http://hl7.org/fhir/audit-entity-type" && (code === "1" || code === "2" || code === "3" || code === "4") || system === "http://hl7.org/fhir/resource-types" && SET_14.has(code);
}
const SET_15 = /* @__PURE__ */ new Set([
  "1",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "2",
  "20",
  "21",
  "22",
  "23",
  "24",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9"
]);
function inCodings32(system, code) {
  return system === "http://hl7.org/fhir/object-role" && SET_15.has(code);
}
const SET_16 = /* @__PURE__ */ new Set([
  "1",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9"
]);
const SET_17 = /* @__PURE__ */ new Set([
  "1",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "2",
  "20",
  "21",
  "22",
  "24",
  "25",
  "26",
  "27",
  "3",
  "4",
  "6",
  "7",
  "8",
  "9"
]);
function inCodings33(system, code) {
  return system === "http://hl7.org/fhir/dicom-audit-lifecycle" && SET_16.has(code) || system === "http://hl7.org/fhir/iso-21089-lifecycle" && SET_17.has(code);
}
const SET_18 = /* @__PURE__ */ new Set(["1", "2", "3", "4", "5"]);
function inCodes34(code) {
  return SET_18.has(code);
}
const SET_19 = /* @__PURE__ */ new Set([
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
function inCodes35(code) {
  return SET_19.has(code);
}
const SET_20 = /* @__PURE__ */ new Set([
  "amended",
  "cancelled",
  "corrected",
  "entered-in-error",
  "final",
  "preliminary",
  "registered",
  "unknown"
]);
function inCodes36(code) {
  return SET_20.has(code);
}
const SET_21 = /* @__PURE__ */ new Set([
  "exam",
  "imaging",
  "laboratory",
  "procedure",
  "social-history",
  "survey",
  "therapy",
  "vital-signs"
]);
function inCodings37(system, code) {
  return system === "http://hl7.org/fhir/observation-category" && SET_21.has(code);
}
const SET_22 = /* @__PURE__ */ new Set([
  "29463-7",
  "39156-5",
  "59408-5",
  "8287-5",
  "8302-2",
  "8306-3",
  "8310-5",
  "8462-4",
  "8478-0",
  "8480-6",
  "85353-1",
  "85354-9",
  "8867-4",
  "9279-1"
]);
function inCodings38(system, code) {
  return system === "http://loinc.org" && SET_22.has(code);
}
const SET_23 = /* @__PURE__ */ new Set([
  "%",
  "/min",
  "Cel",
  "[degF]",
  "[in_i]",
  "[lb_av]",
  "cm",
  "g",
  "kg",
  "kg/m2",
  "m2",
  "mm[Hg]"
]);
function inCodings39(system, code) {
  return system === "http://unitsofmeasure.org" && SET_23.has(code);
}
const SET_24 = /* @__PURE__ */ new Set([
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
function inCodings40(system, code) {
  return system === "http://hl7.org/fhir/data-absent-reason" && SET_24.has(code);
}
const SET_25 = /* @__PURE__ */ new Set([
  "<",
  ">",
  "A",
  "AA",
  "AC",
  "B",
  "D",
  "DET",
  "H",
  "HH",
  "HM",
  "HU",
  "I",
  "IE",
  "IND",
  "L",
  "LL",
  "LU",
  "MS",
  "N",
  "ND",
  "NEG",
  "NR",
  "NS",
  "OBX",
  "POS",
  "QCF",
  "R",
  "RR",
  "S",
  "SDD",
  "SYN-R",
  "SYN-S",
  "TOX",
  "U",
  "VS",
  "W",
  "WR",
  "null"
]);
function inCodings41(system, code) {
  return system === "http://hl7.org/fhir/v2/0078" && SET_25.has(code);
}
function inCodes42(code) {
  return code === "[in_i]" || code === "cm";
}
const SET_26 = /* @__PURE__ */ new Set([
  "derived-from",
  "has-member",
  "interfered-by",
  "qualified-by",
  "replaces",
  "sequel-to"
]);
function inCodes43(code) {
  return SET_26.has(code);
}
const SET_27 = /* @__PURE__ */ new Set([
  "endocrine",
  "follicular",
  "luteal",
  "midcycle",
  "normal",
  "post",
  "postmeopausal",
  "pre",
  "pre-puberty",
  "recommended",
  "therapeutic",
  "treatment",
  "type"
]);
function inCodings44(system, code) {
  return system === "http://hl7.org/fhir/referencerange-meaning" && SET_27.has(code);
}
function inCodes45(code) {
  return code === "Cel" || code === "[degF]";
}
function inCodes46(code) {
  return code === "[lb_av]" || code === "g" || code === "kg";
}
const SET_28 = /* @__PURE__ */ new Set([
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
function inCodes47(code) {
  return SET_28.has(code);
}
function inCodes48(code) {
  return code === "include" || code === "match" || code === "outcome";
}
function inCodes49(code) {
  return code === "DELETE" || code === "GET" || code === "POST" || code === "PUT";
}
function inCodes50(code) {
  return code === "capability" || code === "instance" || code === "requirements";
}
function inCodes51(code) {
  return code === "both" || code === "elements" || code === "extensions" || code === "no";
}
function inCodes52(code) {
  return code === "client" || code === "server";
}
function inCodes53(code) {
  return code === "consumer" || code === "producer";
}
const SET_29 = /* @__PURE__ */ new Set(["Basic", "Certificates", "Kerberos", "NTLM", "OAuth", "SMART-on-FHIR"]);
function inCodings54(system, code) {
  return system === "http://hl7.org/fhir/restful-security-service" && SET_29.has(code);
}
function inCodes55(code) {
  return code === "no-version" || code === "versioned" || code === "versioned-update";
}
function inCodes56(code) {
  return code === "full-support" || code === "modified-since" || code === "not-match" || code === "not-supported";
}
function inCodes57(code) {
  return code === "multiple" || code === "not-supported" || code === "single";
}
const SET_30 = /* @__PURE__ */ new Set(["enforced", "literal", "local", "logical", "resolves"]);
function inCodes58(code) {
  return SET_30.has(code);
}
function inCodes59(code) {
  return code === "batch" || code === "history-system" || code === "search-system" || code === "transaction";
}
const SET_31 = /* @__PURE__ */ new Set([
  "composite",
  "date",
  "number",
  "quantity",
  "reference",
  "string",
  "token",
  "uri"
]);
function inCodes60(code) {
  return SET_31.has(code);
}
function inCodings61(system, code) {
  return system === "http://hl7.org/fhir/message-transport" && (code === "ftp" || code === "http" || code === "mllp");
}
function inCodes62(code) {
  return code === "receiver" || code === "sender";
}
function inCodes63(code) {
  return code === "Consequence" || code === "Currency" || code === "Notification";
}
const SET_32 = /* @__PURE__ */ new Set([
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
function inCodes64(code) {
  return SET_32.has(code);
}
const SET_33 = /* @__PURE__ */ new Set(["active", "inactive", "recurrence", "remission", "resolved"]);
function inCodes65(code) {
  return SET_33.has(code);
}
const SET_34 = /* @__PURE__ */ new Set([
  "co-morbidity",
  "encounter-diagnosis",
  "issue",
  "presenting-complaint",
  "problem-list-item"
]);
function inCodings66(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1" && SET_34.has(code);
}
function inCodings67(system, code) {
  return system === "http://snomed.info/sct" && (code === "24484000" || code === "255604002" || code === "6736007");
}
function inCodes68(code) {
  return code === "official" || code === "secondary" || code === "temp" || code === "usual";
}
const SET_35 = /* @__PURE__ */ new Set(["FILL", "PLAC", "SB", "SNO", "UDI"]);
const SET_36 = /* @__PURE__ */ new Set([
  "ACSN",
  "BRN",
  "DL",
  "DR",
  "EN",
  "MCN",
  "MD",
  "MR",
  "NIIP",
  "PPN",
  "PRN",
  "TAX"
]);
function inCodings69(system, code) {
  return system === "http://hl7.org/fhir/identifier-type" && SET_35.has(code) || system === "http://hl7.org/fhir/v2/0203" && SET_36.has(code);
}
const SET_37 = /* @__PURE__ */ new Set([
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
function inCodes70(code) {
  return SET_37.has(code);
}
const SET_38 = /* @__PURE__ */ new Set(["AD", "CC", "CM", "DD", "billing", "post-op", "pre-op"]);
function inCodings71(system, code) {
  return system === "http://hl7.org/fhir/diagnosis-role" && SET_38.has(code);
}
const SET_39 = /* @__PURE__ */ new Set([
  "19",
  "29",
  "39",
  "49",
  "51",
  "52",
  "53",
  "54",
  "65",
  "66",
  "79",
  "85",
  "87",
  "88"
]);
function inCodings72(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SourceOfAdmission-1" && SET_39.has(code);
}
const SET_40 = /* @__PURE__ */ new Set([
  "dairy-free",
  "gluten-free",
  "halal",
  "kosher",
  "nut-free",
  "vegan",
  "vegetarian"
]);
function inCodings73(system, code) {
  return system === "http://hl7.org/fhir/diet" && SET_40.has(code);
}
const SET_41 = /* @__PURE__ */ new Set(["EXT", "NRM", "PRF", "STF", "VIP"]);
function inCodings74(system, code) {
  return system === "http://hl7.org/fhir/v3/EncounterSpecialCourtesy" && SET_41.has(code) || system === "http://hl7.org/fhir/v3/NullFlavor" && code === "UNK";
}
const SET_42 = /* @__PURE__ */ new Set(["add-bed", "att", "dog", "int", "wheel"]);
function inCodings75(system, code) {
  return system === "http://hl7.org/fhir/encounter-special-arrangements" && SET_42.has(code);
}
function inCodes76(code) {
  return code === "active" || code === "completed" || code === "planned" || code === "reserved";
}
const SET_43 = /* @__PURE__ */ new Set([
  "confirmed",
  "differential",
  "entered-in-error",
  "provisional",
  "refuted",
  "unknown"
]);
function inCodes77(code) {
  return SET_43.has(code);
}
const SET_44 = /* @__PURE__ */ new Set([
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
function inCodes78(code) {
  return SET_44.has(code);
}
const SET_45 = /* @__PURE__ */ new Set([
  "AU",
  "BG",
  "BLB",
  "CG",
  "CH",
  "CP",
  "CT",
  "CTH",
  "CUS",
  "EC",
  "EN",
  "GE",
  "HM",
  "ICU",
  "IMG",
  "IMM",
  "LAB",
  "MB",
  "MCB",
  "MYC",
  "NMR",
  "NMS",
  "NRS",
  "OSL",
  "OT",
  "OTH",
  "OUS",
  "PAR",
  "PAT",
  "PF",
  "PHR",
  "PHY",
  "PT",
  "RAD",
  "RC",
  "RT",
  "RUS",
  "RX",
  "SP",
  "SR",
  "TX",
  "URN",
  "VR",
  "VUS",
  "XRC"
]);
function inCodings79(system, code) {
  return system === "http://hl7.org/fhir/v2/0074" && SET_45.has(code);
}
function inCodes80(code) {
  return code === "current" || code === "entered-in-error" || code === "superseded";
}
function inCodes81(code) {
  return code === "amended" || code === "entered-in-error" || code === "final" || code === "preliminary";
}
function inCodes82(code) {
  return code === "appends" || code === "replaces" || code === "signs" || code === "transforms";
}
const SET_46 = /* @__PURE__ */ new Set([
  "urn:hl7-org:sdwg:ccda-nonXMLBody:1.1",
  "urn:hl7-org:sdwg:ccda-nonXMLBody:2.1",
  "urn:hl7-org:sdwg:ccda-structuredBody:1.1",
  "urn:hl7-org:sdwg:ccda-structuredBody:2.1",
  "urn:ihe:card:CRC:2012",
  "urn:ihe:card:EPRC-IE:2014",
  "urn:ihe:card:imaging:2011",
  "urn:ihe:dent:CDA:ImagingReportStructuredHeadings:2013",
  "urn:ihe:dent:PDF",
  "urn:ihe:dent:TEXT",
  "urn:ihe:iti:bppc-sd:2007",
  "urn:ihe:iti:bppc:2007",
  "urn:ihe:iti:dsg:detached:2014",
  "urn:ihe:iti:dsg:enveloping:2014",
  "urn:ihe:iti:xds-sd:pdf:2008",
  "urn:ihe:iti:xds-sd:text:2008",
  "urn:ihe:iti:xdw:2011:workflowDoc",
  "urn:ihe:lab:xd-lab:2008",
  "urn:ihe:pat:apsr:all:2010",
  "urn:ihe:pat:apsr:cancer:all:2010",
  "urn:ihe:pat:apsr:cancer:breast:2010",
  "urn:ihe:pat:apsr:cancer:cervix:2010",
  "urn:ihe:pat:apsr:cancer:colon:2010",
  "urn:ihe:pat:apsr:cancer:endometrium:2010",
  "urn:ihe:pat:apsr:cancer:esophagus: 2010",
  "urn:ihe:pat:apsr:cancer:kidney:2010",
  "urn:ihe:pat:apsr:cancer:larynx:2010",
  "urn:ihe:pat:apsr:cancer:lip_oral_cavity:2010",
  "urn:ihe:pat:apsr:cancer:liver:2010",
  "urn:ihe:pat:apsr:cancer:lung:2010",
  "urn:ihe:pat:apsr:cancer:ovary:2010",
  "urn:ihe:pat:apsr:cancer:pancreas: 2010",
  "urn:ihe:pat:apsr:cancer:pharynx:2010",
  "urn:ihe:pat:apsr:cancer:prostate:2010",
  "urn:ihe:pat:apsr:cancer:salivary_gland:2010",
  "urn:ihe:pat:apsr:cancer:skin:2010",
  "urn:ihe:pat:apsr:cancer:stomach: 2010",
  "urn:ihe:pat:apsr:cancer:testis:2010",
  "urn:ihe:pat:apsr:cancer:thyroid:2010",
  "urn:ihe:pat:apsr:cancer:urinary_bladder:2010",
  "urn:ihe:pcc:apr:edu:2008",
  "urn:ihe:pcc:apr:handp:2008",
  "urn:ihe:pcc:apr:lab:2008",
  "urn:ihe:pcc:aps:2007",
  "urn:ihe:pcc:cm:2008",
  "urn:ihe:pcc:crc:2008",
  "urn:ihe:pcc:ctn:2007",
  "urn:ihe:pcc:edes:2007",
  "urn:ihe:pcc:edpn:2007",
  "urn:ihe:pcc:edr:2007",
  "urn:ihe:pcc:ets:2011",
  "urn:ihe:pcc:handp:2008",
  "urn:ihe:pcc:hp:2008",
  "urn:ihe:pcc:ic:2009",
  "urn:ihe:pcc:irc:2008",
  "urn:ihe:pcc:its:2011",
  "urn:ihe:pcc:ldhp:2009",
  "urn:ihe:pcc:lds:2009",
  "urn:ihe:pcc:mds:2009",
  "urn:ihe:pcc:nds:2010",
  "urn:ihe:pcc:nn:2007",
  "urn:ihe:pcc:ppvs:2010",
  "urn:ihe:pcc:tn:2007",
  "urn:ihe:pcc:trs:2011",
  "urn:ihe:pcc:xds-ms:2007",
  "urn:ihe:pcc:xphr:2007",
  "urn:ihe:pharm:dis:2010",
  "urn:ihe:pharm:padv:2010",
  "urn:ihe:pharm:pml:2013",
  "urn:ihe:pharm:pre:2010",
  "urn:ihe:rad:CDA:ImagingReportStructuredHeadings:2013",
  "urn:ihe:rad:PDF",
  "urn:ihe:rad:TEXT"
]);
function inCodings83(system, code) {
  return system === "urn:oid:1.3.6.1.4.1.19376.1.2.3" && SET_46.has(code);
}
function inCodings84(system, code) {
  return system === "http://hl7.org/fhir/v3/ParticipationType" && (code === "PART" || code === "PPRF" || code === "SPRF") || system === "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-ParticipantType-1" && code === "REC";
}
function inCodes85(code) {
  return code === "completed" || code === "entered-in-error";
}
function inCodings86(system, code) {
  return system === "http://hl7.org/fhir/v2/0443" && (code === "AP" || code === "OP");
}
function inCodes87(code) {
  return code === "current" || code === "entered-in-error" || code === "retired";
}
function inCodes88(code) {
  return code === "changes" || code === "snapshot" || code === "working";
}
const SET_47 = /* @__PURE__ */ new Set([
  "1102181000000102",
  "1102191000000100",
  "1102411000000102",
  "1103671000000101",
  "1149501000000101",
  "225390008",
  "24781000000107",
  "25851000000105",
  "325851000000107",
  "714311000000108",
  "717711000000103",
  "792931000000107",
  "826501000000100",
  "886921000000105",
  "887161000000102",
  "887171000000109",
  "887191000000108",
  "933361000000108"
]);
const SET_48 = /* @__PURE__ */ new Set([
  "consultations-allergies-contained-in-consultations",
  "consultations-allergies-that-have-been-ended-contained-in-consultations",
  "consultations-diary-entries-contained-in-consultations",
  "consultations-documents-contained-in-consultations",
  "consultations-immunisations-contained-in-consultations",
  "consultations-investigations-contained-in-consultations",
  "consultations-medications-contained-in-consultations",
  "consultations-outbound-referrals-in-consultations",
  "consultations-problems-contained-in-consultations",
  "consultations-uncategorised-data-contained-in-consultations",
  "problems-allergies-related-to-problems",
  "problems-allergies-that-have-been-ended-related-to-problems",
  "problems-consultations-related-to-problems",
  "problems-diary-entries-related-to-problems",
  "problems-documents-related-to-problems",
  "problems-immunisations-related-to-problems",
  "problems-investigations-related-to-problems",
  "problems-linked-problems-not-relating-to-the-primary-query",
  "problems-medications-related-to-problems",
  "problems-outbound-referrals-related-to-problems",
  "problems-uncategorised-data-related-to-problems"
]);
function inCodings89(system, code) {
  return system === "http://snomed.info/sct" && SET_47.has(code) || system === "https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1" && SET_48.has(code);
}
const SET_49 = /* @__PURE__ */ new Set([
  "alphabetic",
  "category",
  "entry-date",
  "event-date",
  "patient",
  "priority",
  "system",
  "user"
]);
function inCodings90(system, code) {
  return system === "http://hl7.org/fhir/list-order" && SET_49.has(code);
}
function inCodings91(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1" && code === "no-content-recorded";
}
function inCodes92(code) {
  return code === "active" || code === "inactive" || code === "suspended";
}
const SET_50 = /* @__PURE__ */ new Set(["C", "H", "I", "K", "O", "U"]);
function inCodings93(system, code) {
  return system === "http://hl7.org/fhir/v2/0116" && SET_50.has(code);
}
const SET_51 = /* @__PURE__ */ new Set([
  "active",
  "cancelled",
  "completed",
  "draft",
  "entered-in-error",
  "on-hold",
  "stopped",
  "unknown"
]);
function inCodes94(code) {
  return SET_51.has(code);
}
function inCodes95(code) {
  return code === "instance-order" || code === "order" || code === "plan" || code === "proposal";
}
function inCodings96(system, code) {
  return system === "http://hl7.org/fhir/medication-request-category" && (code === "community" || code === "inpatient" || code === "outpatient");
}
function inCodes97(code) {
  return code === "asap" || code === "routine" || code === "stat" || code === "urgent";
}
const SET_52 = /* @__PURE__ */ new Set(["AM", "BID", "PM", "Q4H", "Q6H", "QD", "QID", "QOD", "TID"]);
function inCodings98(system, code) {
  return system === "http://hl7.org/fhir/v3/GTSAbbreviation" && SET_52.has(code);
}
const SET_53 = /* @__PURE__ */ new Set(["a", "d", "h", "min", "mo", "s", "wk"]);
function inCodes99(code) {
  return SET_53.has(code);
}
const SET_54 = /* @__PURE__ */ new Set(["fri", "mon", "sat", "sun", "thu", "tue", "wed"]);
function inCodes100(code) {
  return SET_54.has(code);
}
const SET_55 = /* @__PURE__ */ new Set([
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
function inCodes101(code) {
  return SET_55.has(code);
}
const SET_56 = /* @__PURE__ */ new Set([
  "active",
  "completed",
  "entered-in-error",
  "intended",
  "on-hold",
  "stopped"
]);
function inCodes102(code) {
  return SET_56.has(code);
}
function inCodings103(system, code) {
  return system === "http://hl7.org/fhir/medication-statement-category" && (code === "community" || code === "inpatient" || code === "outpatient" || code === "patientspecified");
}
function inCodes104(code) {
  return code === "n" || code === "na" || code === "unk" || code === "y";
}
const SET_57 = /* @__PURE__ */ new Set([
  "<",
  ">",
  "A",
  "AA",
  "AC",
  "B",
  "D",
  "DET",
  "H",
  "HH",
  "HM",
  "HU",
  "I",
  "IE",
  "IND",
  "L",
  "LL",
  "LU",
  "MS",
  "N",
  "ND",
  "NEG",
  "NR",
  "NS",
  "OBX",
  "POS",
  "QCF",
  "R",
  "RR",
  "S",
  "SDD",
  "SYN-R",
  "SYN-S",
  "TOX",
  "U",
  "VS",
  "W",
  "WR",
  "null"
]);
function inCodings105(system, code) {
  return system === "http://terminology.hl7.org/CodeSystem/v2-0078" && SET_57.has(code) || system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ObservationInterpretation-1" && code === "PA";
}
function inCodings106(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1" && (code === "gp-practice" || code === "urgent-care");
}
const SET_58 = /* @__PURE__ */ new Set(["ADMIN", "BILL", "HR", "PATINF", "PAYOR", "PRESS"]);
function inCodings107(system, code) {
  return system === "http://hl7.org/fhir/contactentity-type" && SET_58.has(code);
}
const SET_59 = /* @__PURE__ */ new Set(["anonymous", "maiden", "nickname", "official", "old", "temp", "usual"]);
function inCodes108(code) {
  return SET_59.has(code);
}
function inCodes109(code) {
  return code === "female" || code === "male" || code === "other" || code === "unknown";
}
const SET_60 = /* @__PURE__ */ new Set(["A", "D", "I", "L", "M", "P", "S", "T", "U", "W"]);
function inCodings110(system, code) {
  return system === "http://hl7.org/fhir/v3/MaritalStatus" && SET_60.has(code) || system === "http://hl7.org/fhir/v3/NullFlavor" && code === "UNK";
}
const SET_61 = /* @__PURE__ */ new Set(["email", "fax", "other", "pager", "phone", "sms", "url"]);
function inCodes111(code) {
  return SET_61.has(code);
}
const SET_62 = /* @__PURE__ */ new Set(["home", "mobile", "old", "temp", "work"]);
function inCodes112(code) {
  return SET_62.has(code);
}
const SET_63 = /* @__PURE__ */ new Set(["BP", "C", "CP", "E", "EP", "F", "I", "N", "O", "PR", "S", "U"]);
function inCodings113(system, code) {
  return system === "http://hl7.org/fhir/v2/0131" && SET_63.has(code);
}
function inCodes114(code) {
  return code === "refer" || code === "replaced-by" || code === "replaces" || code === "seealso";
}
const SET_64 = /* @__PURE__ */ new Set([
  "R0001",
  "R0002",
  "R0003",
  "R0006",
  "R0007",
  "R0008",
  "R0010",
  "R0011",
  "R0012",
  "R0013",
  "R0014",
  "R0015",
  "R0016",
  "R0017",
  "R0018",
  "R0019",
  "R0020",
  "R0021",
  "R0022",
  "R0023",
  "R0030",
  "R0040",
  "R0050",
  "R0055",
  "R0060",
  "R0070",
  "R0080",
  "R0090",
  "R0100",
  "R0110",
  "R0120",
  "R0130",
  "R0140",
  "R0150",
  "R0160",
  "R0170",
  "R0180",
  "R0190",
  "R0200",
  "R0210",
  "R0215",
  "R0220",
  "R0230",
  "R0240",
  "R0243",
  "R0247",
  "R0250",
  "R0260",
  "R0270",
  "R0280",
  "R0290",
  "R0295",
  "R0300",
  "R0310",
  "R0320",
  "R0330",
  "R0340",
  "R0350",
  "R0360",
  "R0370",
  "R0380",
  "R0390",
  "R0400",
  "R0410",
  "R0420",
  "R0430",
  "R0440",
  "R0450",
  "R0460",
  "R0470",
  "R0480",
  "R0490",
  "R0500",
  "R0510",
  "R0520",
  "R0530",
  "R0540",
  "R0550",
  "R0560",
  "R0570",
  "R0580",
  "R0590",
  "R0600",
  "R0610",
  "R0620",
  "R0630",
  "R0640",
  "R0650",
  "R0660",
  "R0670",
  "R0680",
  "R0690",
  "R0700",
  "R0710",
  "R0720",
  "R0730",
  "R0740",
  "R0750",
  "R0760",
  "R0770",
  "R0780",
  "R0790",
  "R0800",
  "R0810",
  "R0820",
  "R0830",
  "R0840",
  "R0850",
  "R0860",
  "R0870",
  "R0880",
  "R0890",
  "R0900",
  "R0910",
  "R0920",
  "R0930",
  "R0940",
  "R0950",
  "R0955",
  "R0960",
  "R0965",
  "R0970",
  "R0975",
  "R0980",
  "R0985",
  "R0990",
  "R1000",
  "R1010",
  "R1020",
  "R1030",
  "R1040",
  "R1050",
  "R1060",
  "R1070",
  "R1080",
  "R1090",
  "R1100",
  "R1110",
  "R1120",
  "R1130",
  "R1140",
  "R1150",
  "R1160",
  "R1170",
  "R1180",
  "R1190",
  "R1200",
  "R1210",
  "R1220",
  "R1230",
  "R1240",
  "R1250",
  "R1260",
  "R1270",
  "R1280",
  "R1290",
  "R1300",
  "R1310",
  "R1320",
  "R1330",
  "R1340",
  "R1350",
  "R1360",
  "R1370",
  "R1380",
  "R1390",
  "R1400",
  "R1410",
  "R1420",
  "R1430",
  "R1440",
  "R1450",
  "R1460",
  "R1470",
  "R1480",
  "R1490",
  "R1500",
  "R1510",
  "R1520",
  "R1530",
  "R1540",
  "R1543",
  "R1547",
  "R1550",
  "R1560",
  "R1570",
  "R1580",
  "R1590",
  "R1600",
  "R1610",
  "R1620",
  "R1630",
  "R1640",
  "R1650",
  "R1660",
  "R1670",
  "R1680",
  "R1690",
  "R1700",
  "R1710",
  "R1720",
  "R1730",
  "R1740",
  "R1750",
  "R1751",
  "R1760",
  "R1770",
  "R1780",
  "R1790",
  "R1800",
  "R1810",
  "R1820",
  "R1830",
  "R1840",
  "R1850",
  "R1860",
  "R1870",
  "R1880",
  "R1890",
  "R1900",
  "R1910",
  "R1920",
  "R1930",
  "R1940",
  "R1950",
  "R1960",
  "R1970",
  "R1971",
  "R1972",
  "R1973",
  "R1974",
  "R1975",
  "R1976",
  "R1977",
  "R1978",
  "R1979",
  "R1980",
  "R1981",
  "R1982",
  "R1983",
  "R1984",
  "R1985",
  "R1986",
  "R1987",
  "R1988",
  "R1989",
  "R1990",
  "R1995",
  "R1996",
  "R1997",
  "R1998",
  "R1999",
  "R5000",
  "R5003",
  "R5007",
  "R5010",
  "R5020",
  "R5030",
  "R5040",
  "R5050",
  "R5060",
  "R5070",
  "R5072",
  "R5080",
  "R5090",
  "R5100",
  "R5105",
  "R5110",
  "R5120",
  "R5130",
  "R5140",
  "R5150",
  "R5170",
  "R5175",
  "R5180",
  "R5181",
  "R5182",
  "R5183",
  "R5184",
  "R5185",
  "R5186",
  "R5187",
  "R5188",
  "R5189",
  "R5190",
  "R5191",
  "R5192",
  "R5195",
  "R5210",
  "R5250",
  "R5300",
  "R5310",
  "R5320",
  "R5330",
  "R5340",
  "R5400",
  "R6010",
  "R6020",
  "R6030",
  "R6040",
  "R6050",
  "R6060",
  "R6070",
  "R6080",
  "R6090",
  "R6100",
  "R6160",
  "R6200",
  "R6300",
  "R6400",
  "R7100",
  "R7110",
  "R7120",
  "R7130",
  "R7140",
  "R7150",
  "R8000",
  "R8001",
  "R8002",
  "R8003",
  "R8004",
  "R8005",
  "R8006",
  "R8007",
  "R8008",
  "R8009",
  "R8010",
  "R8011",
  "R8012",
  "R8013",
  "R8014",
  "R8015",
  "R8016",
  "R8017",
  "R8024",
  "R9100",
  "R9101",
  "R9102",
  "R9103",
  "R9104",
  "R9500",
  "R9505",
  "R9510",
  "R9515",
  "R9520",
  "R9525",
  "R9530",
  "R9535",
  "R9540",
  "R9545",
  "R9550",
  "R9555",
  "R9560",
  "R9565",
  "R9570",
  "R9575",
  "R9580",
  "R9585",
  "R9590",
  "R9595",
  "R9600",
  "R9605",
  "R9615",
  "R9620",
  "R9625",
  "R9630",
  "R9635",
  "R9640",
  "R9645",
  "R9650",
  "R9655",
  "R9660",
  "R9665",
  "R9670",
  "R9675",
  "R9680",
  "R9685",
  "R9690",
  "R9695",
  "R9700",
  "R9705",
  "R9710",
  "R9715",
  "R9720",
  "R9725",
  "R9730",
  "R9735",
  "R9740",
  "R9745",
  "R9750",
  "R9755",
  "R9756"
]);
function inCodings115(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1" && SET_64.has(code);
}
const SET_65 = /* @__PURE__ */ new Set([
  "active",
  "cancelled",
  "completed",
  "draft",
  "entered-in-error",
  "suspended",
  "unknown"
]);
function inCodes116(code) {
  return SET_65.has(code);
}
const SET_66 = /* @__PURE__ */ new Set([
  "filler-order",
  "instance-order",
  "option",
  "order",
  "original-order",
  "plan",
  "proposal",
  "reflex-order"
]);
function inCodes117(code) {
  return SET_66.has(code);
}
function inCodes118(code) {
  return code === "asap" || code === "routine" || code === "urgent";
}
function inCodes119(code) {
  return code === "available" || code === "entered-in-error" || code === "unavailable" || code === "unsatisfactory";
}
function inCodes120(code) {
  return code === "instance" || code === "kind";
}
const SET_67 = /* @__PURE__ */ new Set([
  "R0001",
  "R0002",
  "R0003",
  "R0006",
  "R0007",
  "R0008",
  "R0010",
  "R0011",
  "R0012",
  "R0013",
  "R0014",
  "R0015",
  "R0016",
  "R0017",
  "R0018",
  "R0019",
  "R0020",
  "R0021",
  "R0022",
  "R0023",
  "R0030",
  "R0040",
  "R0050",
  "R0055",
  "R0060",
  "R0070",
  "R0080",
  "R0090",
  "R0100",
  "R0110",
  "R0120",
  "R0130",
  "R0140",
  "R0150",
  "R0160",
  "R0170",
  "R0180",
  "R0190",
  "R0200",
  "R0210",
  "R0215",
  "R0220",
  "R0230",
  "R0240",
  "R0243",
  "R0247",
  "R0250",
  "R0260",
  "R0270",
  "R0280",
  "R0290",
  "R0295",
  "R0300",
  "R0310",
  "R0320",
  "R0330",
  "R0340",
  "R0350",
  "R0360",
  "R0370",
  "R0380",
  "R0390",
  "R0400",
  "R0410",
  "R0420",
  "R0430",
  "R0440",
  "R0450",
  "R0460",
  "R0470",
  "R0480",
  "R0490",
  "R0500",
  "R0510",
  "R0520",
  "R0530",
  "R0540",
  "R0550",
  "R0560",
  "R0570",
  "R0580",
  "R0590",
  "R0600",
  "R0610",
  "R0620",
  "R0630",
  "R0640",
  "R0650",
  "R0660",
  "R0670",
  "R0680",
  "R0690",
  "R0700",
  "R0710",
  "R0720",
  "R0730",
  "R0740",
  "R0750",
  "R0760",
  "R0770",
  "R0780",
  "R0790",
  "R0800",
  "R0810",
  "R0820",
  "R0830",
  "R0840",
  "R0850",
  "R0860",
  "R0870",
  "R0880",
  "R0890",
  "R0900",
  "R0910",
  "R0920",
  "R0930",
  "R0940",
  "R0950",
  "R0955",
  "R0960",
  "R0965",
  "R0970",
  "R0975",
  "R0980",
  "R0985",
  "R0990",
  "R1000",
  "R1010",
  "R1020",
  "R1030",
  "R1040",
  "R1050",
  "R1060",
  "R1070",
  "R1080",
  "R1090",
  "R1100",
  "R1110",
  "R1120",
  "R1130",
  "R1140",
  "R1150",
  "R1160",
  "R1170",
  "R1180",
  "R1190",
  "R1200",
  "R1210",
  "R1220",
  "R1230",
  "R1240",
  "R1250",
  "R1260",
  "R1270",
  "R1280",
  "R1290",
  "R1300",
  "R1310",
  "R1320",
  "R1330",
  "R1340",
  "R1350",
  "R1360",
  "R1370",
  "R1380",
  "R1390",
  "R1400",
  "R1410",
  "R1420",
  "R1430",
  "R1440",
  "R1450",
  "R1460",
  "R1470",
  "R1480",
  "R1490",
  "R1500",
  "R1510",
  "R1520",
  "R1530",
  "R1540",
  "R1543",
  "R1547",
  "R1550",
  "R1560",
  "R1570",
  "R1580",
  "R1590",
  "R1600",
  "R1610",
  "R1620",
  "R1630",
  "R1640",
  "R1650",
  "R1660",
  "R1670",
  "R1680",
  "R1690",
  "R1700",
  "R1710",
  "R1720",
  "R1730",
  "R1740",
  "R1750",
  "R1751",
  "R1760",
  "R1770",
  "R1780",
  "R1790",
  "R1800",
  "R1810",
  "R1820",
  "R1830",
  "R1840",
  "R1850",
  "R1860",
  "R1870",
  "R1880",
  "R1890",
  "R1900",
  "R1910",
  "R1920",
  "R1930",
  "R1940",
  "R1950",
  "R1960",
  "R1970",
  "R1971",
  "R1972",
  "R1973",
  "R1974",
  "R1975",
  "R1976",
  "R1977",
  "R1978",
  "R1979",
  "R1980",
  "R1981",
  "R1982",
  "R1983",
  "R1984",
  "R1985",
  "R1986",
  "R1987",
  "R1988",
  "R1989",
  "R1990",
  "R1995",
  "R1996",
  "R1997",
  "R1998",
  "R1999",
  "R5000",
  "R5003",
  "R5007",
  "R5010",
  "R5020",
  "R5030",
  "R5040",
  "R5050",
  "R5060",
  "R5070",
  "R5072",
  "R5080",
  "R5090",
  "R5100",
  "R5105",
  "R5110",
  "R5120",
  "R5130",
  "R5140",
  "R5150",
  "R5170",
  "R5175",
  "R5180",
  "R5181",
  "R5182",
  "R5183",
  "R5184",
  "R5185",
  "R5186",
  "R5187",
  "R5188",
  "R5189",
  "R5190",
  "R5191",
  "R5192",
  "R5195",
  "R5210",
  "R5250",
  "R5300",
  "R5310",
  "R5320",
  "R5330",
  "R5340",
  "R5400",
  "R6010",
  "R6020",
  "R6030",
  "R6040",
  "R6050",
  "R6060",
  "R6070",
  "R6080",
  "R6090",
  "R6100",
  "R6160",
  "R6200",
  "R6300",
  "R6400",
  "R7100",
  "R7110",
  "R7120",
  "R7130",
  "R7140",
  "R7150",
  "R8000",
  "R8001",
  "R8002",
  "R8003",
  "R8004",
  "R8005",
  "R8006",
  "R8007",
  "R8008",
  "R8009",
  "R8010",
  "R8011",
  "R8012",
  "R8013",
  "R8014",
  "R8015",
  "R8016",
  "R8017",
  "R8024",
  "R9100",
  "R9101",
  "R9102",
  "R9103",
  "R9104",
  "R9500",
  "R9505",
  "R9510",
  "R9515",
  "R9520",
  "R9525",
  "R9530",
  "R9535",
  "R9540",
  "R9545",
  "R9550",
  "R9555",
  "R9560",
  "R9565",
  "R9570",
  "R9575",
  "R9580",
  "R9585",
  "R9590",
  "R9595",
  "R9600",
  "R9605",
  "R9615",
  "R9620",
  "R9625",
  "R9630",
  "R9635",
  "R9640",
  "R9645",
  "R9650",
  "R9655",
  "R9660",
  "R9665",
  "R9670",
  "R9675",
  "R9680",
  "R9685",
  "R9690",
  "R9695",
  "R9700",
  "R9705",
  "R9710",
  "R9715",
  "R9720",
  "R9725",
  "R9730",
  "R9735",
  "R9740",
  "R9745",
  "R9750",
  "R9755",
  "R9756"
]);
function inCodings121(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1" && SET_67.has(code);
}
const SET_68 = /* @__PURE__ */ new Set([
  "aborted",
  "completed",
  "entered-in-error",
  "in-progress",
  "preparation",
  "suspended",
  "unknown"
]);
function inCodes122(code) {
  return SET_68.has(code);
}
const SET_69 = /* @__PURE__ */ new Set(["amended", "completed", "entered-in-error", "in-progress", "stopped"]);
function inCodes123(code) {
  return SET_69.has(code);
}
function inCodes124(code) {
  return code === "option" || code === "order" || code === "plan" || code === "proposal";
}
const SET_70 = /* @__PURE__ */ new Set([
  "cancelled",
  "completed",
  "in-progress",
  "not-started",
  "on-hold",
  "scheduled",
  "unknown"
]);
function inCodes125(code) {
  return SET_70.has(code);
}
const SET_71 = /* @__PURE__ */ new Set(["active", "entered-in-error", "inactive", "proposed", "suspended"]);
function inCodes126(code) {
  return SET_71.has(code);
}
function inCodes127(code) {
  return code === "confirmed" || code === "likely" || code === "unknown" || code === "unlikely";
}
const SET_72 = /* @__PURE__ */ new Set([
  "aborted",
  "billable",
  "billed",
  "entered-in-error",
  "not-billable",
  "planned",
  "unknown"
]);
function inCodes128(code) {
  return SET_72.has(code);
}
function inCodes129(code) {
  return code === "horizontal" || code === "vertical";
}
function inCodes130(code) {
  return code === "active" || code === "cancelled" || code === "draft" || code === "entered-in-error";
}
const SET_73 = /* @__PURE__ */ new Set(["institutional", "oral", "pharmacy", "professional", "vision"]);
function inCodings131(system, code) {
  return system === "http://hl7.org/fhir/ex-claimtype" && SET_73.has(code);
}
function inCodes132(code) {
  return code === "complete" || code === "exploratory" || code === "other" || code === "proposed";
}
function inCodings133(system, code) {
  return system === "http://hl7.org/fhir/note-type" && (code === "display" || code === "print" || code === "printoper");
}
const SET_74 = /* @__PURE__ */ new Set([
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
function inCodings134(system, code) {
  return system === "urn:ietf:bcp:47" && SET_74.has(code);
}
function inCodes135(code) {
  return code === "classification" || code === "context";
}
const SET_75 = /* @__PURE__ */ new Set(["L", "M", "N", "R", "U", "V"]);
function inCodes136(code) {
  return SET_75.has(code);
}
function inCodes137(code) {
  return code === "completed" || code === "draft" || code === "entered-in-error";
}
function inCodes138(code) {
  return code === "classified-with" || code === "grouped-by" || code === "is-a" || code === "part-of";
}
function inCodes139(code) {
  return code === "complete" || code === "example" || code === "fragment" || code === "not-present";
}
const SET_76 = /* @__PURE__ */ new Set([
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
function inCodes140(code) {
  return SET_76.has(code);
}
const SET_77 = /* @__PURE__ */ new Set(["Coding", "boolean", "code", "dateTime", "integer", "string"]);
function inCodes141(code) {
  return SET_77.has(code);
}
const SET_78 = /* @__PURE__ */ new Set(["Device", "Encounter", "Patient", "Practitioner", "RelatedPerson"]);
function inCodes142(code) {
  return SET_78.has(code);
}
function inCodes143(code) {
  return code === "legal" || code === "official" || code === "personal" || code === "professional";
}
const SET_79 = /* @__PURE__ */ new Set([
  "closed",
  "nilknown",
  "notasked",
  "notstarted",
  "unavailable",
  "withheld"
]);
function inCodings144(system, code) {
  return system === "http://hl7.org/fhir/list-empty-reason" && SET_79.has(code);
}
function inCodes145(code) {
  return code === "fixed" || code === "other-map" || code === "provided";
}
const SET_80 = /* @__PURE__ */ new Set([
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
function inCodes146(code) {
  return SET_80.has(code);
}
const SET_81 = /* @__PURE__ */ new Set([
  "active",
  "draft",
  "entered-in-error",
  "inactive",
  "proposed",
  "rejected"
]);
function inCodes147(code) {
  return SET_81.has(code);
}
function inCodes148(code) {
  return code === "authoredby" || code === "dependents" || code === "instance" || code === "related";
}
function inCodes149(code) {
  return code === "deny" || code === "permit";
}
const SET_82 = /* @__PURE__ */ new Set([
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
const SET_83 = /* @__PURE__ */ new Set([
  "urn:hl7-org:sdwg:ccda-nonXMLBody:1.1",
  "urn:hl7-org:sdwg:ccda-nonXMLBody:2.1",
  "urn:hl7-org:sdwg:ccda-structuredBody:1.1",
  "urn:hl7-org:sdwg:ccda-structuredBody:2.1",
  "urn:ihe:card:CRC:2012",
  "urn:ihe:card:EPRC-IE:2014",
  "urn:ihe:card:imaging:2011",
  "urn:ihe:dent:CDA:ImagingReportStructuredHeadings:2013",
  "urn:ihe:dent:PDF",
  "urn:ihe:dent:TEXT",
  "urn:ihe:iti:bppc-sd:2007",
  "urn:ihe:iti:bppc:2007",
  "urn:ihe:iti:dsg:detached:2014",
  "urn:ihe:iti:dsg:enveloping:2014",
  "urn:ihe:iti:xds-sd:pdf:2008",
  "urn:ihe:iti:xds-sd:text:2008",
  "urn:ihe:iti:xdw:2011:workflowDoc",
  "urn:ihe:lab:xd-lab:2008",
  "urn:ihe:pat:apsr:all:2010",
  "urn:ihe:pat:apsr:cancer:all:2010",
  "urn:ihe:pat:apsr:cancer:breast:2010",
  "urn:ihe:pat:apsr:cancer:cervix:2010",
  "urn:ihe:pat:apsr:cancer:colon:2010",
  "urn:ihe:pat:apsr:cancer:endometrium:2010",
  "urn:ihe:pat:apsr:cancer:esophagus: 2010",
  "urn:ihe:pat:apsr:cancer:kidney:2010",
  "urn:ihe:pat:apsr:cancer:larynx:2010",
  "urn:ihe:pat:apsr:cancer:lip_oral_cavity:2010",
  "urn:ihe:pat:apsr:cancer:liver:2010",
  "urn:ihe:pat:apsr:cancer:lung:2010",
  "urn:ihe:pat:apsr:cancer:ovary:2010",
  "urn:ihe:pat:apsr:cancer:pancreas: 2010",
  "urn:ihe:pat:apsr:cancer:pharynx:2010",
  "urn:ihe:pat:apsr:cancer:prostate:2010",
  "urn:ihe:pat:apsr:cancer:salivary_gland:2010",
  "urn:ihe:pat:apsr:cancer:skin:2010",
  "urn:ihe:pat:apsr:cancer:stomach: 2010",
  "urn:ihe:pat:apsr:cancer:testis:2010",
  "urn:ihe:pat:apsr:cancer:thyroid:2010",
  "urn:ihe:pat:apsr:cancer:urinary_bladder:2010",
  "urn:ihe:pcc:apr:edu:2008",
  "urn:ihe:pcc:apr:handp:2008",
  "urn:ihe:pcc:apr:lab:2008",
  "urn:ihe:pcc:aps:2007",
  "urn:ihe:pcc:cm:2008",
  "urn:ihe:pcc:crc:2008",
  "urn:ihe:pcc:ctn:2007",
  "urn:ihe:pcc:edes:2007",
  "urn:ihe:pcc:edpn:2007",
  "urn:ihe:pcc:edr:2007",
  "urn:ihe:pcc:ets:2011",
  "urn:ihe:pcc:handp:2008",
  "urn:ihe:pcc:hp:2008",
  "urn:ihe:pcc:ic:2009",
  "urn:ihe:pcc:irc:2008",
  "urn:ihe:pcc:its:2011",
  "urn:ihe:pcc:ldhp:2009",
  "urn:ihe:pcc:lds:2009",
  "urn:ihe:pcc:mds:2009",
  "urn:ihe:pcc:nds:2010",
  "urn:ihe:pcc:nn:2007",
  "urn:ihe:pcc:ppvs:2010",
  "urn:ihe:pcc:tn:2007",
  "urn:ihe:pcc:trs:2011",
  "urn:ihe:pcc:xds-ms:2007",
  "urn:ihe:pcc:xphr:2007",
  "urn:ihe:pharm:dis:2010",
  "urn:ihe:pharm:padv:2010",
  "urn:ihe:pharm:pml:2013",
  "urn:ihe:pharm:pre:2010",
  "urn:ihe:rad:CDA:ImagingReportStructuredHeadings:2013",
  "urn:ihe:rad:PDF",
  "urn:ihe:rad:TEXT"
]);
function inCodings150(system, code) {
  return system === "http://hl7.org/fhir/resource-types" && SET_82.has(code) || system === "urn:ietf:bcp:13" && code === "application/hl7-cda+xml" || system === "urn:ietf:rfc:3986" && code === "http://hl7.org/fhir/StructureDefinition/lipidprofile" || system === "urn:oid:1.3.6.1.4.1.19376.1.2.3" && SET_83.has(code);
}
const SET_84 = /* @__PURE__ */ new Set([
  "AFFL",
  "AGNT",
  "AMENDER",
  "ASSIGNED",
  "AUT",
  "AUTHN",
  "CIT",
  "CLAIMANT",
  "COAUTH",
  "CONSENTER",
  "CONSWIT",
  "CONT",
  "COPART",
  "COVPTY",
  "DELEGATEE",
  "DEPEND",
  "DPOWATT",
  "EMGCON",
  "EVTWIT",
  "EXCEST",
  "GRANTEE",
  "GRANTOR",
  "GUADLTM",
  "GUAR",
  "GUARD",
  "HPOWATT",
  "HPROV",
  "INF",
  "INSBJ",
  "INTPRT",
  "LEGAUTHN",
  "NMDINS",
  "NOK",
  "NOTARY",
  "PAT",
  "POWATT",
  "PRIMAUTH",
  "PRIRECIP",
  "RECIP",
  "RESPRSN",
  "REVIEWER",
  "SOURCE",
  "SPOWATT",
  "TRANS",
  "VALID",
  "VERF",
  "WIT",
  "delegator"
]);
function inCodings151(system, code) {
  return system === "http://www.hl7.org/fhir/contractsignertypecodes" && SET_84.has(code);
}
const SET_85 = /* @__PURE__ */ new Set([
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
function inCodes152(code) {
  return SET_85.has(code);
}
function inCodes153(code) {
  return code === "author" || code === "editor" || code === "endorser" || code === "reviewer";
}
const SET_86 = /* @__PURE__ */ new Set([
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
function inCodes154(code) {
  return SET_86.has(code);
}
const SET_87 = /* @__PURE__ */ new Set([
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
function inCodes155(code) {
  return SET_87.has(code);
}
const SET_88 = /* @__PURE__ */ new Set([
  "comparable",
  "convertable",
  "equivalent",
  "flexible",
  "fully-specified",
  "scaleable"
]);
function inCodes156(code) {
  return SET_88.has(code);
}
const SET_89 = /* @__PURE__ */ new Set([
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
function inCodes157(code) {
  return SET_89.has(code);
}
function inCodes158(code) {
  return code === "either" || code === "independent" || code === "specific";
}
const SET_90 = /* @__PURE__ */ new Set([
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
function inCodes159(code) {
  return SET_90.has(code);
}
function inCodes160(code) {
  return code === "high" || code === "low" || code === "moderate";
}
function inCodes161(code) {
  return code === "active" || code === "entered-in-error" || code === "inactive" || code === "unknown";
}
const SET_91 = /* @__PURE__ */ new Set(["barcode", "card", "manual", "rfid", "self-reported", "unknown"]);
function inCodes162(code) {
  return SET_91.has(code);
}
const SET_92 = /* @__PURE__ */ new Set([
  "entered-in-error",
  "hw-discon",
  "not-ready",
  "off",
  "on",
  "standby",
  "transduc-discon"
]);
function inCodings163(system, code) {
  return system === "http://hl7.org/fhir/operational-status" && SET_92.has(code);
}
const SET_93 = /* @__PURE__ */ new Set([
  "blood-chemistry",
  "drug-delivery",
  "ecg",
  "fluid-chemistry",
  "haemodynamic",
  "miscellaneous",
  "neurological",
  "respiratory",
  "ventilation"
]);
function inCodings164(system, code) {
  return system === "http://hl7.org/fhir/parameter-group" && SET_93.has(code);
}
const SET_94 = /* @__PURE__ */ new Set([
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
function inCodes165(code) {
  return SET_94.has(code);
}
const SET_95 = /* @__PURE__ */ new Set([
  "firmware-revision",
  "gmdn",
  "hardware-revision",
  "part-number",
  "protocol-revision",
  "serial-number",
  "software-revision",
  "unspecified"
]);
function inCodings166(system, code) {
  return system === "http://hl7.org/fhir/specification-type" && SET_95.has(code);
}
function inCodes167(code) {
  return code === "entered-in-error" || code === "off" || code === "on" || code === "standby";
}
const SET_96 = /* @__PURE__ */ new Set(["black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"]);
function inCodes168(code) {
  return SET_96.has(code);
}
function inCodes169(code) {
  return code === "calculation" || code === "measurement" || code === "setting" || code === "unspecified";
}
function inCodes170(code) {
  return code === "gain" || code === "offset" || code === "two-point" || code === "unspecified";
}
function inCodes171(code) {
  return code === "calibrated" || code === "calibration-required" || code === "not-calibrated" || code === "unspecified";
}
function inCodings172(system, code) {
  return system === "http://hl7.org/fhir/questionnaire-display-category" && (code === "instructions" || code === "security");
}
const SET_97 = /* @__PURE__ */ new Set(["cdaText", "typeAttr", "xhtml", "xmlAttr", "xmlText"]);
function inCodes173(code) {
  return SET_97.has(code);
}
function inCodes174(code) {
  return code === "closed" || code === "open" || code === "openAtEnd";
}
function inCodes175(code) {
  return code === "bundled" || code === "contained" || code === "referenced";
}
function inCodes176(code) {
  return code === "error" || code === "warning";
}
function inCodes177(code) {
  return code === "example" || code === "extensible" || code === "preferred" || code === "required";
}
const SET_98 = /* @__PURE__ */ new Set(["exists", "pattern", "profile", "type", "value"]);
function inCodes178(code) {
  return SET_98.has(code);
}
function inCodings179(system, code) {
  return system === "http://hl7.org/fhir/remittance-outcome" && (code === "complete" || code === "error" || code === "partial");
}
const SET_99 = /* @__PURE__ */ new Set([
  "born",
  "emd",
  "gp",
  "hosp-trans",
  "mp",
  "nursing",
  "other",
  "outp",
  "psych",
  "rehab"
]);
function inCodings180(system, code) {
  return system === "http://hl7.org/fhir/admit-source" && SET_99.has(code);
}
const SET_100 = /* @__PURE__ */ new Set(["active", "entered-in-error", "error", "off", "suspended", "test"]);
function inCodes181(code) {
  return SET_100.has(code);
}
const SET_101 = /* @__PURE__ */ new Set([
  "dicom-qido-rs",
  "dicom-stow-rs",
  "dicom-wado-rs",
  "dicom-wado-uri",
  "direct-project",
  "hl7-fhir-msg",
  "hl7-fhir-rest",
  "hl7v2-mllp",
  "ihe-iid",
  "ihe-xca",
  "ihe-xcpd",
  "ihe-xdr",
  "ihe-xds",
  "secure-email"
]);
function inCodings182(system, code) {
  return system === "http://hl7.org/fhir/endpoint-connection-type" && SET_101.has(code);
}
const SET_102 = /* @__PURE__ */ new Set([
  "AC",
  "AD",
  "BR",
  "CL",
  "HON",
  "IN",
  "LS",
  "MID",
  "NB",
  "PR",
  "SP",
  "VV"
]);
function inCodes183(code) {
  return SET_102.has(code);
}
function inCodes184(code) {
  return code === "ABC" || code === "IDE" || code === "SYL";
}
const SET_103 = /* @__PURE__ */ new Set([
  "active",
  "cancelled",
  "entered-in-error",
  "finished",
  "onhold",
  "planned",
  "waitlist"
]);
function inCodes185(code) {
  return SET_103.has(code);
}
const SET_104 = /* @__PURE__ */ new Set([
  "AC",
  "ACD",
  "ACM",
  "ACV",
  "C",
  "CD",
  "CM",
  "CV",
  "HS",
  "IC",
  "ICD",
  "ICM",
  "ICV",
  "PC",
  "PCD",
  "PCM",
  "PCV",
  "WAKE"
]);
function inCodings186(system, code) {
  return system === "http://hl7.org/fhir/v3/TimingEvent" && SET_104.has(code);
}
const SET_105 = /* @__PURE__ */ new Set(["a", "d", "h", "min", "mo", "s", "wk"]);
function inCodings187(system, code) {
  return system === "http://unitsofmeasure.org" && SET_105.has(code);
}
function inCodes188(code) {
  return code === "check" || code === "default" || code === "override";
}
function inCodes189(code) {
  return code === "MAY" || code === "SHALL" || code === "SHOULD" || code === "SHOULD-NOT";
}
function inCodings190(system, code) {
  return system === "http://hl7.org/fhir/resource-type-link" && (code === "organization" || code === "patient" || code === "practitioner" || code === "relatedperson");
}
const SET_106 = /* @__PURE__ */ new Set([
  "11",
  "12",
  "13",
  "21",
  "22",
  "23",
  "24",
  "25",
  "28",
  "2A",
  "2B",
  "2C",
  "2D",
  "31",
  "32",
  "81",
  "82",
  "83"
]);
function inCodings191(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1" && SET_106.has(code);
}
function inCodes192(code) {
  return code === "end" || code === "first" || code === "new" || code === "review";
}
function inCodings193(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DeathNotificationStatus-1" && (code === "1" || code === "2");
}
const SET_107 = /* @__PURE__ */ new Set(["1", "2", "3", "4", "5", "6", "7"]);
function inCodings194(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DischargeMethod-1" && SET_107.has(code);
}
const SET_108 = /* @__PURE__ */ new Set([
  "A",
  "B",
  "C",
  "C2",
  "C3",
  "CA",
  "CB",
  "CC",
  "CD",
  "CE",
  "CF",
  "CG",
  "CH",
  "CJ",
  "CK",
  "CL",
  "CM",
  "CN",
  "CP",
  "CQ",
  "CR",
  "CS",
  "CT",
  "CU",
  "CV",
  "CW",
  "CX",
  "CY",
  "D",
  "E",
  "F",
  "G",
  "GA",
  "GB",
  "GC",
  "GD",
  "GE",
  "GF",
  "H",
  "J",
  "K",
  "L",
  "LA",
  "LB",
  "LC",
  "LD",
  "LE",
  "LF",
  "LG",
  "LH",
  "LJ",
  "LK",
  "M",
  "N",
  "P",
  "PA",
  "PB",
  "PC",
  "PD",
  "PE",
  "R",
  "S",
  "SA",
  "SB",
  "SC",
  "SD",
  "SE",
  "Z"
]);
function inCodings195(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1" && SET_108.has(code);
}
function inCodings196(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-DeathNotificationStatus-1" && (code === "1" || code === "2");
}
const SET_109 = /* @__PURE__ */ new Set([
  "A",
  "B",
  "C",
  "C2",
  "C3",
  "CA",
  "CB",
  "CC",
  "CD",
  "CE",
  "CF",
  "CG",
  "CH",
  "CJ",
  "CK",
  "CL",
  "CM",
  "CN",
  "CP",
  "CQ",
  "CR",
  "CS",
  "CT",
  "CU",
  "CV",
  "CW",
  "CX",
  "CY",
  "D",
  "E",
  "F",
  "G",
  "GA",
  "GB",
  "GC",
  "GD",
  "GE",
  "GF",
  "H",
  "J",
  "K",
  "L",
  "LA",
  "LB",
  "LC",
  "LD",
  "LE",
  "LF",
  "LG",
  "LH",
  "LJ",
  "LK",
  "M",
  "N",
  "P",
  "PA",
  "PB",
  "PC",
  "PD",
  "PE",
  "R",
  "S",
  "SA",
  "SB",
  "SC",
  "SD",
  "SE",
  "Z"
]);
function inCodings197(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1" && SET_109.has(code);
}
function inCodes198(code) {
  return code === "confidential-items" || code === "data-awaiting-filing" || code === "data-in-transit";
}
function inCodes199(code) {
  return code === "Added" || code === "Amended" || code === "Continued" || code === "On-hold";
}
const SET_110 = /* @__PURE__ */ new Set([
  "aa",
  "ab",
  "ae",
  "af",
  "ak",
  "am",
  "an",
  "ar",
  "as",
  "av",
  "ay",
  "az",
  "ba",
  "be",
  "bg",
  "bh",
  "bi",
  "bm",
  "bn",
  "bo",
  "br",
  "bs",
  "ca",
  "ce",
  "ch",
  "co",
  "cr",
  "cs",
  "cu",
  "cv",
  "cy",
  "da",
  "de",
  "dv",
  "dz",
  "ee",
  "el",
  "en",
  "eo",
  "es",
  "et",
  "eu",
  "fa",
  "ff",
  "fi",
  "fj",
  "fo",
  "fr",
  "fy",
  "ga",
  "gd",
  "gl",
  "gn",
  "gu",
  "gv",
  "ha",
  "he",
  "hi",
  "ho",
  "hr",
  "ht",
  "hu",
  "hy",
  "hz",
  "ia",
  "id",
  "ie",
  "ig",
  "ii",
  "ik",
  "io",
  "is",
  "it",
  "iu",
  "ja",
  "jv",
  "ka",
  "kg",
  "ki",
  "kj",
  "kk",
  "kl",
  "km",
  "kn",
  "ko",
  "kr",
  "ks",
  "ku",
  "kv",
  "kw",
  "ky",
  "la",
  "lb",
  "lg",
  "li",
  "ln",
  "lo",
  "lt",
  "lu",
  "lv",
  "mg",
  "mh",
  "mi",
  "mk",
  "ml",
  "mn",
  "mr",
  "ms",
  "mt",
  "my",
  "na",
  "nb",
  "nd",
  "ne",
  "ng",
  "nl",
  "nn",
  "no",
  "nr",
  "nv",
  "ny",
  "oc",
  "oj",
  "om",
  "or",
  "os",
  "pa",
  "pi",
  "pl",
  "ps",
  "pt",
  "q1",
  "q2",
  "q3",
  "q4",
  "q5",
  "qu",
  "rm",
  "rn",
  "ro",
  "ru",
  "rw",
  "sa",
  "sc",
  "sd",
  "se",
  "sg",
  "si",
  "sk",
  "sl",
  "sm",
  "sn",
  "so",
  "sq",
  "sr",
  "ss",
  "st",
  "su",
  "sv",
  "sw",
  "ta",
  "te",
  "tg",
  "th",
  "ti",
  "tk",
  "tl",
  "tn",
  "to",
  "tr",
  "ts",
  "tt",
  "tw",
  "ty",
  "ug",
  "uk",
  "ur",
  "uz",
  "ve",
  "vi",
  "vo",
  "wa",
  "wo",
  "xh",
  "yi",
  "yo",
  "za",
  "zh",
  "zu"
]);
function inCodings200(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1" && SET_110.has(code);
}
const SET_111 = /* @__PURE__ */ new Set(["ESGN", "ESP", "EWR", "RSGN", "RSP", "RWR"]);
function inCodings201(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1" && SET_111.has(code);
}
function inCodings202(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1" && (code === "E" || code === "F" || code === "G" || code === "P");
}
const SET_112 = /* @__PURE__ */ new Set(["01", "02", "03", "04", "05", "06", "07", "08"]);
function inCodings203(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1" && SET_112.has(code);
}
function inCodings204(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescribingAgency-1" && (code === "prescribed-at-gp-practice" || code === "prescribed-by-another-organisation" || code === "prescribed-by-previous-practice");
}
const SET_113 = /* @__PURE__ */ new Set([
  "acute",
  "acute-handwritten",
  "delayed-prescribing",
  "repeat",
  "repeat-dispensing"
]);
function inCodings205(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1" && SET_113.has(code);
}
const SET_114 = /* @__PURE__ */ new Set(["E", "IN", "O", "P", "R", "S", "T"]);
function inCodings206(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1" && SET_114.has(code);
}
function inCodings207(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationStatus-1" && (code === "A" || code === "D" || code === "I" || code === "R");
}
function inCodings208(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ResidentialStatus-1" && (code === "H" || code === "O");
}
const SET_115 = /* @__PURE__ */ new Set(["1", "2", "3", "4", "8", "9"]);
function inCodings209(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1" && SET_115.has(code);
}
const SET_116 = /* @__PURE__ */ new Set([
  "aa",
  "ab",
  "ae",
  "af",
  "ak",
  "am",
  "an",
  "ar",
  "as",
  "av",
  "ay",
  "az",
  "ba",
  "be",
  "bg",
  "bh",
  "bi",
  "bm",
  "bn",
  "bo",
  "br",
  "bs",
  "ca",
  "ce",
  "ch",
  "co",
  "cr",
  "cs",
  "cu",
  "cv",
  "cy",
  "da",
  "de",
  "dv",
  "dz",
  "ee",
  "el",
  "en",
  "eo",
  "es",
  "et",
  "eu",
  "fa",
  "ff",
  "fi",
  "fj",
  "fo",
  "fr",
  "fy",
  "ga",
  "gd",
  "gl",
  "gn",
  "gu",
  "gv",
  "ha",
  "he",
  "hi",
  "ho",
  "hr",
  "ht",
  "hu",
  "hy",
  "hz",
  "ia",
  "id",
  "ie",
  "ig",
  "ii",
  "ik",
  "io",
  "is",
  "it",
  "iu",
  "ja",
  "jv",
  "ka",
  "kg",
  "ki",
  "kj",
  "kk",
  "kl",
  "km",
  "kn",
  "ko",
  "kr",
  "ks",
  "ku",
  "kv",
  "kw",
  "ky",
  "la",
  "lb",
  "lg",
  "li",
  "ln",
  "lo",
  "lt",
  "lu",
  "lv",
  "mg",
  "mh",
  "mi",
  "mk",
  "ml",
  "mn",
  "mo",
  "mr",
  "ms",
  "mt",
  "my",
  "na",
  "nb",
  "nd",
  "ne",
  "ng",
  "nl",
  "nn",
  "no",
  "nr",
  "nv",
  "ny",
  "oc",
  "oj",
  "om",
  "or",
  "os",
  "pa",
  "pi",
  "pl",
  "ps",
  "pt",
  "q1",
  "q2",
  "q3",
  "q4",
  "q5",
  "qu",
  "rm",
  "rn",
  "ro",
  "ru",
  "rw",
  "sa",
  "sc",
  "sd",
  "se",
  "sg",
  "si",
  "sk",
  "sl",
  "sm",
  "sn",
  "so",
  "sq",
  "sr",
  "ss",
  "st",
  "su",
  "sv",
  "sw",
  "ta",
  "te",
  "tg",
  "th",
  "ti",
  "tk",
  "tl",
  "tn",
  "to",
  "tr",
  "ts",
  "tt",
  "tw",
  "ty",
  "ug",
  "uk",
  "ur",
  "uz",
  "ve",
  "vi",
  "vo",
  "wa",
  "wo",
  "xh",
  "yi",
  "yo",
  "za",
  "zh",
  "zu"
]);
function inCodings210(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1" && SET_116.has(code);
}
const SET_117 = /* @__PURE__ */ new Set(["ESGN", "ESP", "EWR", "RSGN", "RSP", "RWR"]);
function inCodings211(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1" && SET_117.has(code);
}
function inCodings212(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1" && (code === "E" || code === "F" || code === "G" || code === "P");
}
const SET_118 = /* @__PURE__ */ new Set(["01", "02", "03", "04", "05", "06", "07", "08"]);
function inCodings213(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1" && SET_118.has(code);
}
function inCodings214(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-OutcomeOfAttendance-1" && (code === "1" || code === "2" || code === "3");
}
const SET_119 = /* @__PURE__ */ new Set(["child", "evolve", "merge-combine", "nesting", "parent", "sibling"]);
function inCodes215(code) {
  return SET_119.has(code);
}
function inCodings216(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ResidentialStatus-1" && (code === "H" || code === "O");
}
const SET_120 = /* @__PURE__ */ new Set(["1", "2", "3", "4", "8", "9"]);
function inCodings217(system, code) {
  return system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-TreatmentCategory-1" && SET_120.has(code);
}
function inCodings218(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-DeliveryChannel-1" && (code === "In-person" || code === "Telephone" || code === "Video");
}
function inCodes219(code) {
  return code === "In-person" || code === "Telephone" || code === "Video";
}
const SET_121 = /* @__PURE__ */ new Set([
  "R0260",
  "R0270",
  "R0410",
  "R0600",
  "R0610",
  "R0620",
  "R0680",
  "R0690",
  "R0700",
  "R0790",
  "R1290",
  "R1300",
  "R1310",
  "R1330",
  "R1450",
  "R1480",
  "R1550",
  "R1590",
  "R6200",
  "R6300"
]);
function inCodings220(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1" && SET_121.has(code);
}
function inCodes221(code) {
  return code === "completed" || code === "entered-in-error" || code === "health-unknown" || code === "partial";
}
const SET_122 = /* @__PURE__ */ new Set([
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
function inCodes222(code) {
  return SET_122.has(code);
}
function inCodings223(system, code) {
  return system === "http://hl7.org/fhir/goal-priority" && (code === "high-priority" || code === "low-priority" || code === "medium-priority");
}
function inCodes224(code) {
  return code === "error" || code === "fatal" || code === "information" || code === "warning";
}
const SET_123 = /* @__PURE__ */ new Set([
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
function inCodes225(code) {
  return SET_123.has(code);
}
const SET_124 = /* @__PURE__ */ new Set([
  "ACCESS DENIED",
  "ACCESS_DENIED_SSL",
  "ASID_CHECK_FAILED",
  "AUTHOR_CREDENTIALS_ERROR",
  "BAD_REQUEST",
  "CONFLICTING_VALUES",
  "DEPRECATED",
  "DUPLICATE_REJECTED",
  "FHIR_CONSTRAINT_VIOLATION",
  "FLAG_ALREADY_SET",
  "INTERNAL_SERVER_ERROR",
  "INVALID_CODE_SYSTEM",
  "INVALID_CODE_VALUE",
  "INVALID_ELEMENT",
  "INVALID_IDENTIFIER_SYSTEM",
  "INVALID_IDENTIFIER_VALUE",
  "INVALID_NHS_NUMBER",
  "INVALID_PARAMETER",
  "INVALID_PATIENT_DEMOGRAPHICS",
  "INVALID_REQUEST_MESSAGE",
  "INVALID_REQUEST_STATE",
  "INVALID_REQUEST_TYPE",
  "INVALID_RESOURCE",
  "INVALID_VALUE",
  "MESSAGE_NOT_WELL_FORMED",
  "MISSING_OR_INVALID_HEADER",
  "MSG_RESOURCE_ID_FAIL",
  "NOT_IMPLEMENTED",
  "NO_LONGER_SUPPORTED",
  "NO_ORGANISATIONAL_CONSENT",
  "NO_PATIENT_CONSENT",
  "NO_RECORD_FOUND",
  "NO_RELATIONSHIP",
  "ORGANISATION_NOT_FOUND",
  "PATIENT_NOT_FOUND",
  "PATIENT_SENSITIVE",
  "PRACTITIONER_NOT_FOUND",
  "REFERENCE_NOT_FOUND",
  "REQUEST_UNMATCHED",
  "RESOURCE_CREATED",
  "RESOURCE_DELETED",
  "RESOURCE_UPDATED",
  "UNSUPPORTED_MEDIA_TYPE",
  "WITHDRAWN"
]);
function inCodings226(system, code) {
  return system === "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1" && SET_124.has(code);
}
const SET_125 = /* @__PURE__ */ new Set([
  "busy",
  "busy-tentative",
  "busy-unavailable",
  "entered-in-error",
  "free"
]);
function inCodes227(code) {
  return SET_125.has(code);
}
function inCodes228(code) {
  return code === "custom" || code === "different" || code === "identical" || code === "matching";
}
const SET_126 = /* @__PURE__ */ new Set(["animal", "device", "medication", "person", "practitioner", "substance"]);
function inCodes229(code) {
  return SET_126.has(code);
}
const SET_127 = /* @__PURE__ */ new Set([
  "data-requested",
  "data-required",
  "entered-in-error",
  "failure",
  "in-progress",
  "success"
]);
function inCodes230(code) {
  return SET_127.has(code);
}
function inCodes231(code) {
  return code === "NEARLINE" || code === "OFFLINE" || code === "ONLINE" || code === "UNAVAILABLE";
}
const SET_128 = /* @__PURE__ */ new Set([
  "AR",
  "BDUS",
  "BMD",
  "CR",
  "CT",
  "DX",
  "ECG",
  "EPS",
  "ES",
  "GM",
  "HD",
  "IO",
  "IVOCT",
  "IVUS",
  "KER",
  "LEN",
  "MG",
  "MR",
  "NM",
  "OAM",
  "OCT",
  "OP",
  "OPM",
  "OPR",
  "OPT",
  "OPV",
  "OSS",
  "PT",
  "PX",
  "RF",
  "RG",
  "SM",
  "SRF",
  "US",
  "VA",
  "XA",
  "XC"
]);
function inCodings232(system, code) {
  return system === "http://dicom.nema.org/resources/ontology/DCM" && SET_128.has(code);
}
function inCodes233(code) {
  return code === "disabled" || code === "functional" || code === "non-functional" || code === "unknown";
}
function inCodes234(code) {
  return code === "inclusion" || code === "reference";
}
const SET_129 = /* @__PURE__ */ new Set([
  "dictionary",
  "directory",
  "example",
  "include",
  "list",
  "page",
  "resource",
  "toc"
]);
function inCodes235(code) {
  return SET_129.has(code);
}
const SET_130 = /* @__PURE__ */ new Set([
  "autocomplete",
  "check-box",
  "drop-down",
  "flyover",
  "footer",
  "group",
  "header",
  "help",
  "inline",
  "list",
  "lookup",
  "lower",
  "prompt",
  "question",
  "radio-button",
  "slider",
  "spinner",
  "table",
  "text",
  "text-box",
  "unit",
  "upper"
]);
function inCodings236(system, code) {
  return system === "http://hl7.org/fhir/questionnaire-item-control" && SET_130.has(code);
}
function inCodings237(system, code) {
  return system === "http://loinc.org" && (code === "13457-7" || code === "18262-6");
}
function inCodings238(system, code) {
  return system === "http://hl7.org/fhir/library-type" && (code === "asset-collection" || code === "logic-library" || code === "model-definition" || code === "module-definition");
}
function inCodes239(code) {
  return code === "alternate" || code === "historical" || code === "source";
}
function inCodes240(code) {
  return code === "certain" || code === "certainly-not" || code === "possible" || code === "probable";
}
function inCodings241(system, code) {
  return system === "http://hl7.org/fhir/measure-scoring" && (code === "cohort" || code === "continuous-variable" || code === "proportion" || code === "ratio");
}
function inCodings242(system, code) {
  return system === "http://hl7.org/fhir/composite-measure-scoring" && (code === "all-or-nothing" || code === "linear" || code === "opportunity" || code === "weighted");
}
const SET_131 = /* @__PURE__ */ new Set([
  "composite",
  "outcome",
  "patient-reported-outcome",
  "process",
  "structure"
]);
function inCodings243(system, code) {
  return system === "http://hl7.org/fhir/measure-type" && SET_131.has(code);
}
function inCodings244(system, code) {
  return system === "http://hl7.org/fhir/measure-data-usage" && (code === "risk-adjustment-factor" || code === "supplemental-data");
}
const SET_132 = /* @__PURE__ */ new Set([
  "denominator",
  "denominator-exception",
  "denominator-exclusion",
  "initial-population",
  "measure-observation",
  "measure-population",
  "measure-population-exclusion",
  "numerator",
  "numerator-exclusion"
]);
function inCodings245(system, code) {
  return system === "http://hl7.org/fhir/measure-population" && SET_132.has(code);
}
function inCodes246(code) {
  return code === "complete" || code === "error" || code === "pending";
}
function inCodes247(code) {
  return code === "individual" || code === "patient-list" || code === "summary";
}
function inCodes248(code) {
  return code === "audio" || code === "photo" || code === "video";
}
const SET_133 = /* @__PURE__ */ new Set([
  "completed",
  "entered-in-error",
  "in-progress",
  "on-hold",
  "stopped",
  "unknown"
]);
function inCodes249(code) {
  return SET_133.has(code);
}
function inCodings250(system, code) {
  return system === "http://hl7.org/fhir/medication-admin-category" && (code === "community" || code === "inpatient" || code === "outpatient");
}
const SET_134 = /* @__PURE__ */ new Set([
  "completed",
  "entered-in-error",
  "in-progress",
  "on-hold",
  "preparation",
  "stopped"
]);
function inCodes251(code) {
  return SET_134.has(code);
}
function inCodings252(system, code) {
  return system === "http://hl7.org/fhir/medication-dispense-category" && (code === "community" || code === "inpatient" || code === "outpatient");
}
function inCodes253(code) {
  return code === "fatal-error" || code === "ok" || code === "transient-error";
}
function inCodes254(code) {
  return code === "always" || code === "never" || code === "on-error" || code === "on-success";
}
function inCodes255(code) {
  return code === "codesystem" || code === "identifier" || code === "root";
}
function inCodes256(code) {
  return code === "oid" || code === "other" || code === "uri" || code === "uuid";
}
function inCodes257(code) {
  return code === "additional" || code === "empty" || code === "extensions" || code === "generated";
}
const SET_135 = /* @__PURE__ */ new Set([
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
function inCodes258(code) {
  return SET_135.has(code);
}
const SET_136 = /* @__PURE__ */ new Set([
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
function inCodes259(code) {
  return SET_136.has(code);
}
const SET_137 = /* @__PURE__ */ new Set(["EFT", "ENTINSTL", "GJT", "GT", "JJTINSTL", "NGT", "OGT", "OJJ", "PO"]);
function inCodings260(system, code) {
  return system === "http://hl7.org/fhir/v3/RouteOfAdministration" && SET_137.has(code);
}
function inCodes261(code) {
  return code === "operation" || code === "query";
}
function inCodes262(code) {
  return code === "in" || code === "out";
}
function inCodes263(code) {
  return code === "level1" || code === "level2" || code === "level3" || code === "level4";
}
function inCodings264(system, code) {
  return system === "http://hl7.org/fhir/plan-definition-type" && (code === "eca-rule" || code === "order-set" || code === "protocol");
}
function inCodings265(system, code) {
  return system === "http://hl7.org/fhir/action-type" && (code === "create" || code === "fire-event" || code === "remove" || code === "update");
}
function inCodes266(code) {
  return code === "logical-group" || code === "sentence-group" || code === "visual-group";
}
const SET_138 = /* @__PURE__ */ new Set([
  "all",
  "all-or-none",
  "any",
  "at-most-one",
  "exactly-one",
  "one-or-more"
]);
function inCodes267(code) {
  return SET_138.has(code);
}
function inCodes268(code) {
  return code === "could" || code === "must" || code === "must-unless-documented";
}
function inCodes269(code) {
  return code === "no" || code === "yes";
}
function inCodes270(code) {
  return code === "multiple" || code === "single";
}
function inCodes271(code) {
  return code === "applicability" || code === "start" || code === "stop";
}
const SET_139 = /* @__PURE__ */ new Set([
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
function inCodes272(code) {
  return SET_139.has(code);
}
function inCodes273(code) {
  return code === "cancel" || code === "poll" || code === "reprocess" || code === "status";
}
const SET_140 = /* @__PURE__ */ new Set(["derivation", "quotation", "removal", "revision", "source"]);
function inCodes274(code) {
  return SET_140.has(code);
}
const SET_141 = /* @__PURE__ */ new Set([
  "citation",
  "composed-of",
  "depends-on",
  "derived-from",
  "documentation",
  "justification",
  "predecessor",
  "successor"
]);
function inCodes275(code) {
  return SET_141.has(code);
}
const SET_142 = /* @__PURE__ */ new Set(["milestone", "other", "predecessor", "replacement", "successor"]);
function inCodings276(system, code) {
  return system === "http://hl7.org/fhir/goal-relationship-type" && SET_142.has(code);
}
const SET_143 = /* @__PURE__ */ new Set([
  "1001",
  "1002",
  "1003",
  "1004",
  "1005",
  "1006",
  "1007",
  "1008",
  "1009",
  "1010",
  "1011",
  "1012",
  "1013",
  "1014",
  "1015",
  "1016",
  "1017",
  "1018",
  "1019",
  "1020",
  "1021",
  "1022",
  "1023",
  "1024",
  "1025",
  "1026",
  "1027",
  "1028",
  "1029",
  "1030",
  "1031",
  "1032",
  "1033",
  "1034",
  "1035",
  "1036",
  "1037",
  "1038",
  "1039",
  "1040",
  "1041",
  "1042",
  "1043",
  "1044",
  "1045",
  "1046",
  "1047",
  "1048",
  "1049",
  "1050",
  "1051",
  "1052",
  "1053",
  "1054",
  "1055",
  "1056",
  "1057",
  "1058",
  "1059",
  "1060",
  "1061",
  "1062",
  "1063",
  "1064",
  "1065",
  "1066",
  "1067",
  "1068",
  "1069",
  "1070",
  "1071",
  "1072",
  "1073",
  "1074",
  "1075",
  "1076",
  "1077",
  "1078",
  "1079",
  "1080",
  "1081",
  "1082"
]);
function inCodings277(system, code) {
  return system === "http://hl7.org/fhir/v3/ReligiousAffiliation" && SET_143.has(code);
}
const SET_144 = /* @__PURE__ */ new Set([
  "completed",
  "draft",
  "entered-in-error",
  "in-progress",
  "stopped",
  "suspended"
]);
function inCodes278(code) {
  return SET_144.has(code);
}
const SET_145 = /* @__PURE__ */ new Set([
  "active",
  "candidate",
  "completed",
  "enrolled",
  "suspended",
  "withdrawn"
]);
function inCodes279(code) {
  return SET_145.has(code);
}
const SET_146 = /* @__PURE__ */ new Set(["distance", "nearby", "normal", "other", "phonetic"]);
function inCodes280(code) {
  return SET_146.has(code);
}
const SET_147 = /* @__PURE__ */ new Set(["ap", "eb", "eq", "ge", "gt", "le", "lt", "ne", "sa"]);
function inCodes281(code) {
  return SET_147.has(code);
}
const SET_148 = /* @__PURE__ */ new Set([
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
function inCodes282(code) {
  return SET_148.has(code);
}
function inCodes283(code) {
  return code === "indel" || code === "snp" || code === "unknown";
}
const SET_149 = /* @__PURE__ */ new Set(["directlink", "login", "oauth", "openapi", "other"]);
function inCodes284(code) {
  return SET_149.has(code);
}
const SET_150 = /* @__PURE__ */ new Set([
  "1.2.840.10065.1.12.1.1",
  "1.2.840.10065.1.12.1.10",
  "1.2.840.10065.1.12.1.11",
  "1.2.840.10065.1.12.1.12",
  "1.2.840.10065.1.12.1.13",
  "1.2.840.10065.1.12.1.14",
  "1.2.840.10065.1.12.1.15",
  "1.2.840.10065.1.12.1.16",
  "1.2.840.10065.1.12.1.17",
  "1.2.840.10065.1.12.1.18",
  "1.2.840.10065.1.12.1.2",
  "1.2.840.10065.1.12.1.3",
  "1.2.840.10065.1.12.1.4",
  "1.2.840.10065.1.12.1.5",
  "1.2.840.10065.1.12.1.6",
  "1.2.840.10065.1.12.1.7",
  "1.2.840.10065.1.12.1.8",
  "1.2.840.10065.1.12.1.9"
]);
function inCodings285(system, code) {
  return system === "urn:iso-astm:E1762-95:2013" && SET_150.has(code);
}
function inCodes286(code) {
  return code === "complex-type" || code === "logical" || code === "primitive-type" || code === "resource";
}
function inCodes287(code) {
  return code === "datatype" || code === "extension" || code === "resource";
}
function inCodes288(code) {
  return code === "constraint" || code === "specialization";
}
function inCodes289(code) {
  return code === "produced" || code === "queried" || code === "source" || code === "target";
}
function inCodes290(code) {
  return code === "none" || code === "type-and-types" || code === "types";
}
function inCodes291(code) {
  return code === "source" || code === "target";
}
const SET_151 = /* @__PURE__ */ new Set(["first", "last", "not_first", "not_last", "only_one"]);
function inCodes292(code) {
  return SET_151.has(code);
}
function inCodes293(code) {
  return code === "type" || code === "variable";
}
function inCodes294(code) {
  return code === "collate" || code === "first" || code === "last" || code === "share";
}
const SET_152 = /* @__PURE__ */ new Set([
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
function inCodes295(code) {
  return SET_152.has(code);
}
function inCodes296(code) {
  return code === "active" || code === "error" || code === "off" || code === "requested";
}
const SET_153 = /* @__PURE__ */ new Set(["email", "message", "rest-hook", "sms", "websocket"]);
function inCodes297(code) {
  return SET_153.has(code);
}
const SET_154 = /* @__PURE__ */ new Set([
  "allergen",
  "biological",
  "body",
  "chemical",
  "drug",
  "food",
  "material"
]);
function inCodings298(system, code) {
  return system === "http://hl7.org/fhir/substance-category" && SET_154.has(code);
}
function inCodings299(system, code) {
  return system === "http://hl7.org/fhir/allerg-intol-substance-exp-risk" && (code === "known-reaction-risk" || code === "no-known-reaction-risk");
}
function inCodes300(code) {
  return code === "abandoned" || code === "completed" || code === "entered-in-error" || code === "in-progress";
}
function inCodings301(system, code) {
  return system === "http://hl7.org/fhir/supply-item-type" && (code === "device" || code === "medication");
}
const SET_155 = /* @__PURE__ */ new Set([
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
function inCodes302(code) {
  return SET_155.has(code);
}
const SET_156 = /* @__PURE__ */ new Set([
  "acquirer",
  "dispatcher",
  "manager",
  "monitor",
  "performer",
  "requester",
  "reviewer",
  "scheduler"
]);
function inCodings303(system, code) {
  return system === "http://hl7.org/fhir/task-performer-type" && SET_156.has(code);
}
const SET_157 = /* @__PURE__ */ new Set([
  "active",
  "cancelled",
  "draft",
  "pending",
  "rejected",
  "retired",
  "review",
  "terminated"
]);
function inCodes304(code) {
  return SET_157.has(code);
}
const SET_158 = /* @__PURE__ */ new Set(["completed", "entered-in-error", "in-progress", "stopped", "waiting"]);
function inCodes305(code) {
  return SET_158.has(code);
}
function inCodes306(code) {
  return code === "fail" || code === "pass" || code === "pending";
}
function inCodes307(code) {
  return code === "client" || code === "server" || code === "test-engine";
}
const SET_159 = /* @__PURE__ */ new Set(["error", "fail", "pass", "skip", "warning"]);
function inCodes308(code) {
  return SET_159.has(code);
}
function inCodings309(system, code) {
  return system === "http://hl7.org/fhir/testscript-profile-origin-types" && (code === "FHIR-Client" || code === "FHIR-SDC-FormFiller");
}
function inCodings310(system, code) {
  return system === "http://hl7.org/fhir/testscript-profile-destination-types" && (code === "FHIR-SDC-FormManager" || code === "FHIR-SDC-FormProcessor" || code === "FHIR-SDC-FormReceiver" || code === "FHIR-Server");
}
const SET_160 = /* @__PURE__ */ new Set([
  "apply",
  "batch",
  "cancel",
  "capabilities",
  "closure",
  "compose",
  "conforms",
  "create",
  "data-requirements",
  "delete",
  "deleteCondMultiple",
  "deleteCondSingle",
  "document",
  "evaluate",
  "evaluate-measure",
  "everything",
  "expand",
  "fail",
  "find",
  "finish",
  "history",
  "implements",
  "lookup",
  "match",
  "meta",
  "meta-add",
  "meta-delete",
  "populate",
  "populatehtml",
  "populatelink",
  "process-message",
  "questionnaire",
  "read",
  "release",
  "reserve",
  "resume",
  "search",
  "set-input",
  "set-output",
  "start",
  "stats",
  "stop",
  "subset",
  "subsumes",
  "suspend",
  "transaction",
  "transform",
  "translate",
  "update",
  "updateCreate",
  "validate",
  "validate-code",
  "vread"
]);
function inCodings311(system, code) {
  return system === "http://hl7.org/fhir/testscript-operation-codes" && SET_160.has(code);
}
function inCodes312(code) {
  return code === "json" || code === "none" || code === "ttl" || code === "xml";
}
function inCodes313(code) {
  return code === "request" || code === "response";
}
const SET_161 = /* @__PURE__ */ new Set([
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
function inCodes314(code) {
  return SET_161.has(code);
}
const SET_162 = /* @__PURE__ */ new Set(["delete", "get", "options", "patch", "post", "put"]);
function inCodes315(code) {
  return SET_162.has(code);
}
const SET_163 = /* @__PURE__ */ new Set([
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
function inCodes316(code) {
  return SET_163.has(code);
}
const SET_164 = /* @__PURE__ */ new Set([
  "data-access-ended",
  "data-accessed",
  "data-added",
  "data-modified",
  "data-removed",
  "named-event",
  "periodic"
]);
function inCodes317(code) {
  return SET_164.has(code);
}
const SET_165 = /* @__PURE__ */ new Set(["B", "E", "F", "G", "LN", "N", "T", "U", "X2"]);
function inCodes318(code) {
  return SET_165.has(code);
}
const SET_166 = /* @__PURE__ */ new Set([
  "age",
  "focus",
  "gender",
  "species",
  "task",
  "user",
  "venue",
  "workflow"
]);
function inCodings319(system, code) {
  return system === "http://hl7.org/fhir/usage-context-type" && SET_166.has(code);
}
const SET_167 = /* @__PURE__ */ new Set([
  "capture",
  "capture-display",
  "capture-display-non-empty",
  "display",
  "display-non-empty"
]);
function inCodes320(code) {
  return SET_167.has(code);
}
function inCodes321(code) {
  return code === "left" || code === "right";
}
function inCodes322(code) {
  return code === "down" || code === "in" || code === "out" || code === "up";
}
const SET_168 = /* @__PURE__ */ new Set([
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
function inCodes323(code) {
  return SET_168.has(code);
}
