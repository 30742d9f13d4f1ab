var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var dispatch_exports = {};
__export(dispatch_exports, {
  extensionByUrl: () => extensionByUrl,
  registry: () => registry,
  resourceByType: () => resourceByType,
  structureByUrl: () => structureByUrl
});
module.exports = __toCommonJS(dispatch_exports);
var vrt = __toESM(require("../runtime/validate/index.js"));
var import_ADUse = require("../ADUse.js");
var import_ADXPAdditionalLocator = require("../ADXPAdditionalLocator.js");
var import_ADXPBuildingNumberSuffix = require("../ADXPBuildingNumberSuffix.js");
var import_ADXPCareOf = require("../ADXPCareOf.js");
var import_ADXPCensusTract = require("../ADXPCensusTract.js");
var import_ADXPDelimiter = require("../ADXPDelimiter.js");
var import_ADXPDeliveryAddressLine = require("../ADXPDeliveryAddressLine.js");
var import_ADXPDeliveryInstallationArea = require("../ADXPDeliveryInstallationArea.js");
var import_ADXPDeliveryInstallationQualifier = require("../ADXPDeliveryInstallationQualifier.js");
var import_ADXPDeliveryInstallationType = require("../ADXPDeliveryInstallationType.js");
var import_ADXPDeliveryMode = require("../ADXPDeliveryMode.js");
var import_ADXPDeliveryModeIdentifier = require("../ADXPDeliveryModeIdentifier.js");
var import_ADXPDirection = require("../ADXPDirection.js");
var import_ADXPHouseNumber = require("../ADXPHouseNumber.js");
var import_ADXPHouseNumberNumeric = require("../ADXPHouseNumberNumeric.js");
var import_ADXPPostBox = require("../ADXPPostBox.js");
var import_ADXPPrecinct = require("../ADXPPrecinct.js");
var import_ADXPStreetAddressLine = require("../ADXPStreetAddressLine.js");
var import_ADXPStreetName = require("../ADXPStreetName.js");
var import_ADXPStreetNameBase = require("../ADXPStreetNameBase.js");
var import_ADXPStreetNameType = require("../ADXPStreetNameType.js");
var import_ADXPUnitID = require("../ADXPUnitID.js");
var import_ADXPUnitType = require("../ADXPUnitType.js");
var import_Abatement = require("../Abatement.js");
var import_Acceptance = require("../Acceptance.js");
var import_Accession = require("../Accession.js");
var import_Account = require("../Account.js");
var import_ActivityDefinition = require("../ActivityDefinition.js");
var import_ActivityTitle = require("../ActivityTitle.js");
var import_AddendumOf = require("../AddendumOf.js");
var import_Address = require("../Address.js");
var import_Administration = require("../Administration.js");
var import_AdministrativeStatus = require("../AdministrativeStatus.js");
var import_AdoptionInfo = require("../AdoptionInfo.js");
var import_AdverseEvent = require("../AdverseEvent.js");
var import_Age = require("../Age.js");
var import_Alias = require("../Alias.js");
var import_AlleleDatabase = require("../AlleleDatabase.js");
var import_AlleleName = require("../AlleleName.js");
var import_AllelicFrequency = require("../AllelicFrequency.js");
var import_AllelicState = require("../AllelicState.js");
var import_AllergyIntolerance = require("../AllergyIntolerance.js");
var import_AllergyintoleranceDuration = require("../AllergyintoleranceDuration.js");
var import_AllowedProfile = require("../AllowedProfile.js");
var import_AllowedResource = require("../AllowedResource.js");
var import_AllowedUnits = require("../AllowedUnits.js");
var import_AminoAcidChangeName = require("../AminoAcidChangeName.js");
var import_AminoAcidChangeType = require("../AminoAcidChangeType.js");
var import_Analysis = require("../Analysis.js");
var import_Ancestor = require("../Ancestor.js");
var import_AnimalSpecies = require("../AnimalSpecies.js");
var import_Annotation = require("../Annotation.js");
var import_Anonymized = require("../Anonymized.js");
var import_Appointment = require("../Appointment.js");
var import_AppointmentResponse = require("../AppointmentResponse.js");
var import_ApproachBodySite = require("../ApproachBodySite.js");
var import_ApprovalDate = require("../ApprovalDate.js");
var import_AssemblyOrder = require("../AssemblyOrder.js");
var import_AssessedCondition = require("../AssessedCondition.js");
var import_Attachment = require("../Attachment.js");
var import_AuditEvent = require("../AuditEvent.js");
var import_Author = require("../Author.js");
var import_Authority = require("../Authority.js");
var import_AuthorizedBy = require("../AuthorizedBy.js");
var import_BackboneElement = require("../BackboneElement.js");
var import_BallotStatus = require("../BallotStatus.js");
var import_BaseType = require("../BaseType.js");
var import_BasedOn = require("../BasedOn.js");
var import_Basic = require("../Basic.js");
var import_Bestpractice = require("../Bestpractice.js");
var import_Bidirectional = require("../Bidirectional.js");
var import_Binary = require("../Binary.js");
var import_BindingName = require("../BindingName.js");
var import_BirthPlace = require("../BirthPlace.js");
var import_BodyPosition = require("../BodyPosition.js");
var import_BodySite = require("../BodySite.js");
var import_BodySiteInstance = require("../BodySiteInstance.js");
var import_Bodyheight = require("../Bodyheight.js");
var import_Bodylength = require("../Bodylength.js");
var import_Bodytemp = require("../Bodytemp.js");
var import_Bodyweight = require("../Bodyweight.js");
var import_Bp = require("../Bp.js");
var import_Bundle = require("../Bundle.js");
var import_COValue = require("../COValue.js");
var import_CQIFQuestionnaire = require("../CQIFQuestionnaire.js");
var import_CalculatedValue = require("../CalculatedValue.js");
var import_CandidateList = require("../CandidateList.js");
var import_CapabilityStatement = require("../CapabilityStatement.js");
var import_CareConnectCondition1 = require("../CareConnectCondition1.js");
var import_CareConnectEncounter1 = require("../CareConnectEncounter1.js");
var import_CareConnectGPCAllergyIntolerance1 = require("../CareConnectGPCAllergyIntolerance1.js");
var import_CareConnectGPCCondition1 = require("../CareConnectGPCCondition1.js");
var import_CareConnectGPCDiagnosticReport1 = require("../CareConnectGPCDiagnosticReport1.js");
var import_CareConnectGPCDocumentReference1 = require("../CareConnectGPCDocumentReference1.js");
var import_CareConnectGPCEncounter1 = require("../CareConnectGPCEncounter1.js");
var import_CareConnectGPCImmunization1 = require("../CareConnectGPCImmunization1.js");
var import_CareConnectGPCList1 = require("../CareConnectGPCList1.js");
var import_CareConnectGPCLocation1 = require("../CareConnectGPCLocation1.js");
var import_CareConnectGPCMedication1 = require("../CareConnectGPCMedication1.js");
var import_CareConnectGPCMedicationRequest1 = require("../CareConnectGPCMedicationRequest1.js");
var import_CareConnectGPCMedicationStatement1 = require("../CareConnectGPCMedicationStatement1.js");
var import_CareConnectGPCObservation1 = require("../CareConnectGPCObservation1.js");
var import_CareConnectGPCOrganization1 = require("../CareConnectGPCOrganization1.js");
var import_CareConnectGPCPatient1 = require("../CareConnectGPCPatient1.js");
var import_CareConnectGPCPractitioner1 = require("../CareConnectGPCPractitioner1.js");
var import_CareConnectGPCPractitionerRole1 = require("../CareConnectGPCPractitionerRole1.js");
var import_CareConnectGPCProblemHeaderCondition1 = require("../CareConnectGPCProblemHeaderCondition1.js");
var import_CareConnectGPCProcedureRequest1 = require("../CareConnectGPCProcedureRequest1.js");
var import_CareConnectGPCReferralRequest1 = require("../CareConnectGPCReferralRequest1.js");
var import_CareConnectGPCSpecimen1 = require("../CareConnectGPCSpecimen1.js");
var import_CareConnectHealthcareService1 = require("../CareConnectHealthcareService1.js");
var import_CareConnectLocation1 = require("../CareConnectLocation1.js");
var import_CareConnectMedication1 = require("../CareConnectMedication1.js");
var import_CareConnectObservation1 = require("../CareConnectObservation1.js");
var import_CareConnectOrganization1 = require("../CareConnectOrganization1.js");
var import_CareConnectPatient1 = require("../CareConnectPatient1.js");
var import_CareConnectPractitioner1 = require("../CareConnectPractitioner1.js");
var import_CareConnectPractitionerRole1 = require("../CareConnectPractitionerRole1.js");
var import_CareConnectProcedure1 = require("../CareConnectProcedure1.js");
var import_CareConnectQuantity1 = require("../CareConnectQuantity1.js");
var import_CareConnectQuestionnaireResponse1 = require("../CareConnectQuestionnaireResponse1.js");
var import_CarePlan = require("../CarePlan.js");
var import_CareTeam = require("../CareTeam.js");
var import_CaseSensitive = require("../CaseSensitive.js");
var import_Category = require("../Category.js");
var import_CausedBy = require("../CausedBy.js");
var import_Certainty = require("../Certainty.js");
var import_ChangeDescription = require("../ChangeDescription.js");
var import_ChargeItem = require("../ChargeItem.js");
var import_ChoiceOrientation = require("../ChoiceOrientation.js");
var import_Citation = require("../Citation.js");
var import_Citizenship = require("../Citizenship.js");
var import_Claim = require("../Claim.js");
var import_ClaimResponse = require("../ClaimResponse.js");
var import_Classification = require("../Classification.js");
var import_ClassificationOrContext = require("../ClassificationOrContext.js");
var import_ClinicalDocumentProfileForComposition = require("../ClinicalDocumentProfileForComposition.js");
var import_ClinicalImpression = require("../ClinicalImpression.js");
var import_ClinicalTrial = require("../ClinicalTrial.js");
var import_CodeSystem = require("../CodeSystem.js");
var import_CodeableConcept = require("../CodeableConcept.js");
var import_CodesystemMap = require("../CodesystemMap.js");
var import_CodesystemReference = require("../CodesystemReference.js");
var import_Coding = require("../Coding.js");
var import_CollectionPriority = require("../CollectionPriority.js");
var import_Comment = require("../Comment.js");
var import_Comments = require("../Comments.js");
var import_Communication = require("../Communication.js");
var import_CommunicationMedia = require("../CommunicationMedia.js");
var import_CommunicationRequest = require("../CommunicationRequest.js");
var import_CompartmentDefinition = require("../CompartmentDefinition.js");
var import_Composition = require("../Composition.js");
var import_ConceptMap = require("../ConceptMap.js");
var import_ConceptOrder = require("../ConceptOrder.js");
var import_Condition = require("../Condition.js");
var import_ConditionDefinition = require("../ConditionDefinition.js");
var import_Congregation = require("../Congregation.js");
var import_Consent = require("../Consent.js");
var import_ConsentDirective = require("../ConsentDirective.js");
var import_ConsentLocation = require("../ConsentLocation.js");
var import_ContactAddress = require("../ContactAddress.js");
var import_ContactDetail = require("../ContactDetail.js");
var import_ContactPoint = require("../ContactPoint.js");
var import_Contract = require("../Contract.js");
var import_Contributor = require("../Contributor.js");
var import_CopyNumberEvent = require("../CopyNumberEvent.js");
var import_Count = require("../Count.js");
var import_Coverage = require("../Coverage.js");
var import_CqifCondition = require("../CqifCondition.js");
var import_CqifLibrary = require("../CqifLibrary.js");
var import_CqlExpression = require("../CqlExpression.js");
var import_Criticality = require("../Criticality.js");
var import_DNARegionName = require("../DNARegionName.js");
var import_DNASequenceVariantName = require("../DNASequenceVariantName.js");
var import_DNASequenceVariantType = require("../DNASequenceVariantType.js");
var import_DNAVariantId = require("../DNAVariantId.js");
var import_DataAbsentReason = require("../DataAbsentReason.js");
var import_DataElement = require("../DataElement.js");
var import_DataElementConstraintOnElementDefinitionDataType = require("../DataElementConstraintOnElementDefinitionDataType.js");
var import_DataRequirement = require("../DataRequirement.js");
var import_Datadictionary = require("../Datadictionary.js");
var import_DaysOfCycle = require("../DaysOfCycle.js");
var import_DeMap = require("../DeMap.js");
var import_Definition = require("../Definition.js");
var import_Delta = require("../Delta.js");
var import_Deprecated = require("../Deprecated.js");
var import_Detail = require("../Detail.js");
var import_DetectedIssue = require("../DetectedIssue.js");
var import_Device = require("../Device.js");
var import_DeviceComponent = require("../DeviceComponent.js");
var import_DeviceMetric = require("../DeviceMetric.js");
var import_DeviceMetricObservationProfile = require("../DeviceMetricObservationProfile.js");
var import_DeviceRequest = require("../DeviceRequest.js");
var import_DeviceUseStatement = require("../DeviceUseStatement.js");
var import_DevicerequestReasonRejected = require("../DevicerequestReasonRejected.js");
var import_DiagnosticReport = require("../DiagnosticReport.js");
var import_DiagnosticReportGenetics = require("../DiagnosticReportGenetics.js");
var import_DiagnosticReportGeneticsFamilyMemberHistory = require("../DiagnosticReportGeneticsFamilyMemberHistory.js");
var import_Din = require("../Din.js");
var import_Disability = require("../Disability.js");
var import_DisplayCategory = require("../DisplayCategory.js");
var import_DisplayHint = require("../DisplayHint.js");
var import_Distance = require("../Distance.js");
var import_DocumentManifest = require("../DocumentManifest.js");
var import_DocumentReference = require("../DocumentReference.js");
var import_DomainResource = require("../DomainResource.js");
var import_Dosage = require("../Dosage.js");
var import_DoseType = require("../DoseType.js");
var import_DueTo = require("../DueTo.js");
var import_Duration = require("../Duration.js");
var import_EHRSFMRecordLifecycleEventAuditEvent = require("../EHRSFMRecordLifecycleEventAuditEvent.js");
var import_EHRSFMRecordLifecycleEventProvenance = require("../EHRSFMRecordLifecycleEventProvenance.js");
var import_ENQualifier = require("../ENQualifier.js");
var import_ENRepresentation = require("../ENRepresentation.js");
var import_EffectiveDate = require("../EffectiveDate.js");
var import_EffectivePeriod = require("../EffectivePeriod.js");
var import_Element = require("../Element.js");
var import_ElementDefinition = require("../ElementDefinition.js");
var import_ElementdefinitionIdentifier = require("../ElementdefinitionIdentifier.js");
var import_EligibilityRequest = require("../EligibilityRequest.js");
var import_EligibilityResponse = require("../EligibilityResponse.js");
var import_Encounter = require("../Encounter.js");
var import_EncounterAssociatedEncounter = require("../EncounterAssociatedEncounter.js");
var import_EncounterClass = require("../EncounterClass.js");
var import_EncounterType = require("../EncounterType.js");
var import_Encrypted = require("../Encrypted.js");
var import_Endpoint = require("../Endpoint.js");
var import_EnrollmentRequest = require("../EnrollmentRequest.js");
var import_EnrollmentResponse = require("../EnrollmentResponse.js");
var import_EntryFormat = require("../EntryFormat.js");
var import_EpisodeOfCare = require("../EpisodeOfCare.js");
var import_Equivalence = require("../Equivalence.js");
var import_EventDefinition = require("../EventDefinition.js");
var import_EventPartOf = require("../EventPartOf.js");
var import_EventTiming = require("../EventTiming.js");
var import_Exact = require("../Exact.js");
var import_ExampleLipidProfile = require("../ExampleLipidProfile.js");
var import_ExpansionProfile = require("../ExpansionProfile.js");
var import_ExpansionSource = require("../ExpansionSource.js");
var import_Expectation = require("../Expectation.js");
var import_ExpirationDate = require("../ExpirationDate.js");
var import_ExplanationOfBenefit = require("../ExplanationOfBenefit.js");
var import_ExplicitTypeName = require("../ExplicitTypeName.js");
var import_ExposureDate = require("../ExposureDate.js");
var import_ExposureDescription = require("../ExposureDescription.js");
var import_ExposureDuration = require("../ExposureDuration.js");
var import_Extends = require("../Extends.js");
var import_Extension = require("../Extension.js");
var import_ExtensionCareConnectActualProblem1 = require("../ExtensionCareConnectActualProblem1.js");
var import_ExtensionCareConnectAdmissionMethod1 = require("../ExtensionCareConnectAdmissionMethod1.js");
var import_ExtensionCareConnectAnaestheticIssues1 = require("../ExtensionCareConnectAnaestheticIssues1.js");
var import_ExtensionCareConnectConditionEpisode1 = require("../ExtensionCareConnectConditionEpisode1.js");
var import_ExtensionCareConnectDeathNotificationStatus1 = require("../ExtensionCareConnectDeathNotificationStatus1.js");
var import_ExtensionCareConnectDischargeMethod1 = require("../ExtensionCareConnectDischargeMethod1.js");
var import_ExtensionCareConnectEmergencyCareDischargeStatus1 = require("../ExtensionCareConnectEmergencyCareDischargeStatus1.js");
var import_ExtensionCareConnectEncounterTransport1 = require("../ExtensionCareConnectEncounterTransport1.js");
var import_ExtensionCareConnectEthnicCategory1 = require("../ExtensionCareConnectEthnicCategory1.js");
var import_ExtensionCareConnectGPCActualProblem1 = require("../ExtensionCareConnectGPCActualProblem1.js");
var import_ExtensionCareConnectGPCAllergyCertainty1 = require("../ExtensionCareConnectGPCAllergyCertainty1.js");
var import_ExtensionCareConnectGPCAllergyIntoleranceEnd1 = require("../ExtensionCareConnectGPCAllergyIntoleranceEnd1.js");
var import_ExtensionCareConnectGPCAllergyIntoleranceEndDate1 = require("../ExtensionCareConnectGPCAllergyIntoleranceEndDate1.js");
var import_ExtensionCareConnectGPCAllergySeverity1 = require("../ExtensionCareConnectGPCAllergySeverity1.js");
var import_ExtensionCareConnectGPCClinicalSetting1 = require("../ExtensionCareConnectGPCClinicalSetting1.js");
var import_ExtensionCareConnectGPCDeathNotificationStatus1 = require("../ExtensionCareConnectGPCDeathNotificationStatus1.js");
var import_ExtensionCareConnectGPCEthnicCategory1 = require("../ExtensionCareConnectGPCEthnicCategory1.js");
var import_ExtensionCareConnectGPCEvidence1 = require("../ExtensionCareConnectGPCEvidence1.js");
var import_ExtensionCareConnectGPCListWarningCode1 = require("../ExtensionCareConnectGPCListWarningCode1.js");
var import_ExtensionCareConnectGPCMainLocation1 = require("../ExtensionCareConnectGPCMainLocation1.js");
var import_ExtensionCareConnectGPCMedicationChangeSummary1 = require("../ExtensionCareConnectGPCMedicationChangeSummary1.js");
var import_ExtensionCareConnectGPCMedicationQuantityText1 = require("../ExtensionCareConnectGPCMedicationQuantityText1.js");
var import_ExtensionCareConnectGPCMedicationRepeatInformation1 = require("../ExtensionCareConnectGPCMedicationRepeatInformation1.js");
var import_ExtensionCareConnectGPCMedicationStatementLastIssueDate1 = require("../ExtensionCareConnectGPCMedicationStatementLastIssueDate1.js");
var import_ExtensionCareConnectGPCMedicationStatusReason1 = require("../ExtensionCareConnectGPCMedicationStatusReason1.js");
var import_ExtensionCareConnectGPCNHSCommunication1 = require("../ExtensionCareConnectGPCNHSCommunication1.js");
var import_ExtensionCareConnectGPCNHSNumberVerificationStatus1 = require("../ExtensionCareConnectGPCNHSNumberVerificationStatus1.js");
var import_ExtensionCareConnectGPCNominatedPharmacy1 = require("../ExtensionCareConnectGPCNominatedPharmacy1.js");
var import_ExtensionCareConnectGPCPrescribingAgency1 = require("../ExtensionCareConnectGPCPrescribingAgency1.js");
var import_ExtensionCareConnectGPCPrescriptionType1 = require("../ExtensionCareConnectGPCPrescriptionType1.js");
var import_ExtensionCareConnectGPCReasonCondition1 = require("../ExtensionCareConnectGPCReasonCondition1.js");
var import_ExtensionCareConnectGPCRegistrationDetails1 = require("../ExtensionCareConnectGPCRegistrationDetails1.js");
var import_ExtensionCareConnectGPCReligiousAffiliation1 = require("../ExtensionCareConnectGPCReligiousAffiliation1.js");
var import_ExtensionCareConnectGPCResidentialStatus1 = require("../ExtensionCareConnectGPCResidentialStatus1.js");
var import_ExtensionCareConnectGPCTreatmentCategory1 = require("../ExtensionCareConnectGPCTreatmentCategory1.js");
var import_ExtensionCareConnectMainLocation1 = require("../ExtensionCareConnectMainLocation1.js");
var import_ExtensionCareConnectNHSCommunication1 = require("../ExtensionCareConnectNHSCommunication1.js");
var import_ExtensionCareConnectNHSNumberVerificationStatus1 = require("../ExtensionCareConnectNHSNumberVerificationStatus1.js");
var import_ExtensionCareConnectNominatedPharmacy1 = require("../ExtensionCareConnectNominatedPharmacy1.js");
var import_ExtensionCareConnectOutcomeOfAttendance1 = require("../ExtensionCareConnectOutcomeOfAttendance1.js");
var import_ExtensionCareConnectReasonCondition1 = require("../ExtensionCareConnectReasonCondition1.js");
var import_ExtensionCareConnectRelatedProblemHeader1 = require("../ExtensionCareConnectRelatedProblemHeader1.js");
var import_ExtensionCareConnectReligiousAffiliation1 = require("../ExtensionCareConnectReligiousAffiliation1.js");
var import_ExtensionCareConnectResidentialStatus1 = require("../ExtensionCareConnectResidentialStatus1.js");
var import_ExtensionCareConnectTreatmentCategory1 = require("../ExtensionCareConnectTreatmentCategory1.js");
var import_ExtensionCareConnectValueApproximation1 = require("../ExtensionCareConnectValueApproximation1.js");
var import_ExtensionCodingSctdescid = require("../ExtensionCodingSctdescid.js");
var import_ExtensionCodingSctdescid2 = require("../ExtensionCodingSctdescid2.js");
var import_ExtensionGPConnectAppointmentCancellationReason1 = require("../ExtensionGPConnectAppointmentCancellationReason1.js");
var import_ExtensionGPConnectBookingOrganisation1 = require("../ExtensionGPConnectBookingOrganisation1.js");
var import_ExtensionGPConnectDeliveryChannel1 = require("../ExtensionGPConnectDeliveryChannel1.js");
var import_ExtensionGPConnectDeliveryChannel2 = require("../ExtensionGPConnectDeliveryChannel2.js");
var import_ExtensionGPConnectPractitionerRole1 = require("../ExtensionGPConnectPractitionerRole1.js");
var import_FamilyMemberHistory = require("../FamilyMemberHistory.js");
var import_FamilyMemberHistoryForGeneticsAnalysis = require("../FamilyMemberHistoryForGeneticsAnalysis.js");
var import_FamilyMemberHistoryGeneticsObservation = require("../FamilyMemberHistoryGeneticsObservation.js");
var import_FathersFamily = require("../FathersFamily.js");
var import_FhirBase64Binary = require("../FhirBase64Binary.js");
var import_FhirBoolean = require("../FhirBoolean.js");
var import_FhirCode = require("../FhirCode.js");
var import_FhirDate = require("../FhirDate.js");
var import_FhirDateTime = require("../FhirDateTime.js");
var import_FhirDecimal = require("../FhirDecimal.js");
var import_FhirId = require("../FhirId.js");
var import_FhirInstant = require("../FhirInstant.js");
var import_FhirInteger = require("../FhirInteger.js");
var import_FhirMarkdown = require("../FhirMarkdown.js");
var import_FhirOid = require("../FhirOid.js");
var import_FhirPathExpression = require("../FhirPathExpression.js");
var import_FhirPositiveInt = require("../FhirPositiveInt.js");
var import_FhirString = require("../FhirString.js");
var import_FhirTime = require("../FhirTime.js");
var import_FhirType = require("../FhirType.js");
var import_FhirUnsignedInt = require("../FhirUnsignedInt.js");
var import_FhirUri = require("../FhirUri.js");
var import_FhirUuid = require("../FhirUuid.js");
var import_FhirXhtml = require("../FhirXhtml.js");
var import_Flag = require("../Flag.js");
var import_Fmm = require("../Fmm.js");
var import_FmmNoWarnings = require("../FmmNoWarnings.js");
var import_FocalSubject = require("../FocalSubject.js");
var import_GPConnectAppointment1 = require("../GPConnectAppointment1.js");
var import_GPConnectDevice1 = require("../GPConnectDevice1.js");
var import_GPConnectOperationOutcome1 = require("../GPConnectOperationOutcome1.js");
var import_GPConnectSchedule1 = require("../GPConnectSchedule1.js");
var import_GPConnectSearchsetBundle1 = require("../GPConnectSearchsetBundle1.js");
var import_GPConnectSlot1 = require("../GPConnectSlot1.js");
var import_GPConnectStructuredRecordBundle1 = require("../GPConnectStructuredRecordBundle1.js");
var import_Gene = require("../Gene.js");
var import_GenomicSourceClass = require("../GenomicSourceClass.js");
var import_Geolocation = require("../Geolocation.js");
var import_Glstring = require("../Glstring.js");
var import_Goal = require("../Goal.js");
var import_GoalReasonRejected = require("../GoalReasonRejected.js");
var import_GraphDefinition = require("../GraphDefinition.js");
var import_Group = require("../Group.js");
var import_GuidanceResponse = require("../GuidanceResponse.js");
var import_Haploid = require("../Haploid.js");
var import_Hdlcholesterol = require("../Hdlcholesterol.js");
var import_Headcircum = require("../Headcircum.js");
var import_HealthcareService = require("../HealthcareService.js");
var import_Heartrate = require("../Heartrate.js");
var import_Hidden = require("../Hidden.js");
var import_History = require("../History.js");
var import_HttpResponseHeader = require("../HttpResponseHeader.js");
var import_HumanName = require("../HumanName.js");
var import_Identifier = require("../Identifier.js");
var import_ImagingManifest = require("../ImagingManifest.js");
var import_ImagingStudy = require("../ImagingStudy.js");
var import_Immunization = require("../Immunization.js");
var import_ImmunizationRecommendation = require("../ImmunizationRecommendation.js");
var import_ImplantStatus = require("../ImplantStatus.js");
var import_ImplementationGuide = require("../ImplementationGuide.js");
var import_Importance = require("../Importance.js");
var import_IncisionDateTime = require("../IncisionDateTime.js");
var import_InfuseOver = require("../InfuseOver.js");
var import_InheritedExtensibleValueSet = require("../InheritedExtensibleValueSet.js");
var import_InitialValue = require("../InitialValue.js");
var import_InitiatingOrganization = require("../InitiatingOrganization.js");
var import_InitiatingPerson = require("../InitiatingPerson.js");
var import_Instance = require("../Instance.js");
var import_Interpretation = require("../Interpretation.js");
var import_InterpreterRequired = require("../InterpreterRequired.js");
var import_IsCommonBinding = require("../IsCommonBinding.js");
var import_IsDataElementConcept = require("../IsDataElementConcept.js");
var import_IsDryWeight = require("../IsDryWeight.js");
var import_IssueSource = require("../IssueSource.js");
var import_Item = require("../Item.js");
var import_ItemControl = require("../ItemControl.js");
var import_JsonType = require("../JsonType.js");
var import_KeyWord = require("../KeyWord.js");
var import_Label = require("../Label.js");
var import_LastReviewDate = require("../LastReviewDate.js");
var import_Ldlcholesterol = require("../Ldlcholesterol.js");
var import_Library = require("../Library.js");
var import_Linkage = require("../Linkage.js");
var import_Lipidprofile = require("../Lipidprofile.js");
var import_List = require("../List.js");
var import_Location = require("../Location.js");
var import_LocationDistance = require("../LocationDistance.js");
var import_LocationPerformed = require("../LocationPerformed.js");
var import_LookupQuestionnaire = require("../LookupQuestionnaire.js");
var import_MPPS = require("../MPPS.js");
var import_Management = require("../Management.js");
var import_MapSourcePublisher = require("../MapSourcePublisher.js");
var import_Markdown = require("../Markdown.js");
var import_MatchGrade = require("../MatchGrade.js");
var import_MaxDecimalPlaces = require("../MaxDecimalPlaces.js");
var import_MaxDeliveryRate = require("../MaxDeliveryRate.js");
var import_MaxDeliveryVolume = require("../MaxDeliveryVolume.js");
var import_MaxOccurs = require("../MaxOccurs.js");
var import_MaxSize = require("../MaxSize.js");
var import_MaxValue = require("../MaxValue.js");
var import_MaxValueSet = require("../MaxValueSet.js");
var import_Measure = require("../Measure.js");
var import_MeasureInfo = require("../MeasureInfo.js");
var import_MeasureReport = require("../MeasureReport.js");
var import_Media = require("../Media.js");
var import_Medication = require("../Medication.js");
var import_MedicationAdministration = require("../MedicationAdministration.js");
var import_MedicationDispense = require("../MedicationDispense.js");
var import_MedicationRequest = require("../MedicationRequest.js");
var import_MedicationStatement = require("../MedicationStatement.js");
var import_MessageDefinition = require("../MessageDefinition.js");
var import_MessageHeader = require("../MessageHeader.js");
var import_MessageheaderResponseRequest = require("../MessageheaderResponseRequest.js");
var import_Meta = require("../Meta.js");
var import_Method = require("../Method.js");
var import_MimeType = require("../MimeType.js");
var import_MinDosePerPeriod = require("../MinDosePerPeriod.js");
var import_MinLength = require("../MinLength.js");
var import_MinOccurs = require("../MinOccurs.js");
var import_MinValue = require("../MinValue.js");
var import_MinValueSet = require("../MinValueSet.js");
var import_ModeOfArrival = require("../ModeOfArrival.js");
var import_Money = require("../Money.js");
var import_MothersFamily = require("../MothersFamily.js");
var import_MothersMaidenName = require("../MothersMaidenName.js");
var import_Namespace = require("../Namespace.js");
var import_NamingSystem = require("../NamingSystem.js");
var import_Narrative = require("../Narrative.js");
var import_Nationality = require("../Nationality.js");
var import_NotDone = require("../NotDone.js");
var import_Note = require("../Note.js");
var import_NotificationEndpoint = require("../NotificationEndpoint.js");
var import_NullFlavor = require("../NullFlavor.js");
var import_NumberOfInstances = require("../NumberOfInstances.js");
var import_NutritionOrder = require("../NutritionOrder.js");
var import_ObjectClass = require("../ObjectClass.js");
var import_ObjectClassProperty = require("../ObjectClassProperty.js");
var import_Observation = require("../Observation.js");
var import_ObservationGenetics = require("../ObservationGenetics.js");
var import_ObservationGeneticsSequence = require("../ObservationGeneticsSequence.js");
var import_OccurredFollowing = require("../OccurredFollowing.js");
var import_OnBehalfOf = require("../OnBehalfOf.js");
var import_OpenEHRCareplan = require("../OpenEHRCareplan.js");
var import_OpenEHRLocation = require("../OpenEHRLocation.js");
var import_OperationDefinition = require("../OperationDefinition.js");
var import_OperationOutcome2 = require("../OperationOutcome2.js");
var import_OperationoutcomeDetectedIssue = require("../OperationoutcomeDetectedIssue.js");
var import_OptionCode = require("../OptionCode.js");
var import_OptionExclusive = require("../OptionExclusive.js");
var import_OptionPrefix = require("../OptionPrefix.js");
var import_OrderedBy = require("../OrderedBy.js");
var import_OrdinalValue = require("../OrdinalValue.js");
var import_Organization = require("../Organization.js");
var import_OrganizationAlias = require("../OrganizationAlias.js");
var import_OrganizationPeriod = require("../OrganizationPeriod.js");
var import_OtherConfidentiality = require("../OtherConfidentiality.js");
var import_OtherName = require("../OtherName.js");
var import_Outcome = require("../Outcome.js");
var import_OwnName = require("../OwnName.js");
var import_OwnPrefix = require("../OwnPrefix.js");
var import_Oxygensat = require("../Oxygensat.js");
var import_Page = require("../Page.js");
var import_ParameterDefinition = require("../ParameterDefinition.js");
var import_Parameters = require("../Parameters.js");
var import_Parent = require("../Parent.js");
var import_PartOf = require("../PartOf.js");
var import_ParticipantObjectContainsStudy = require("../ParticipantObjectContainsStudy.js");
var import_PartnerName = require("../PartnerName.js");
var import_PartnerPrefix = require("../PartnerPrefix.js");
var import_Patient = require("../Patient.js");
var import_PatientBirthTime = require("../PatientBirthTime.js");
var import_PatientCadavericDonor = require("../PatientCadavericDonor.js");
var import_PatientInstruction = require("../PatientInstruction.js");
var import_PatientRecord = require("../PatientRecord.js");
var import_PaymentNotice = require("../PaymentNotice.js");
var import_PaymentReconciliation = require("../PaymentReconciliation.js");
var import_PerformerRole = require("../PerformerRole.js");
var import_Period = require("../Period.js");
var import_PermittedValueConceptmap = require("../PermittedValueConceptmap.js");
var import_PermittedValueValueset = require("../PermittedValueValueset.js");
var import_Person = require("../Person.js");
var import_PertainsToGoal = require("../PertainsToGoal.js");
var import_PhaseSet = require("../PhaseSet.js");
var import_PlanDefinition = require("../PlanDefinition.js");
var import_Practitioner = require("../Practitioner.js");
var import_PractitionerRole = require("../PractitionerRole.js");
var import_Precondition = require("../Precondition.js");
var import_Preferred = require("../Preferred.js");
var import_PreferredContact = require("../PreferredContact.js");
var import_Prescriber = require("../Prescriber.js");
var import_PrimaryDiagnosis = require("../PrimaryDiagnosis.js");
var import_PrimaryInd = require("../PrimaryInd.js");
var import_Priority = require("../Priority.js");
var import_Procedure = require("../Procedure.js");
var import_ProcedureMethod = require("../ProcedureMethod.js");
var import_ProcedureRequest = require("../ProcedureRequest.js");
var import_ProcedureRequestGenetics = require("../ProcedureRequestGenetics.js");
var import_ProcedureSchedule = require("../ProcedureSchedule.js");
var import_ProcedureTargetBodySite = require("../ProcedureTargetBodySite.js");
var import_ProcedurerequestApproachBodySite = require("../ProcedurerequestApproachBodySite.js");
var import_ProcedurerequestReasonRejected = require("../ProcedurerequestReasonRejected.js");
var import_ProcedurerequestTargetBodySite = require("../ProcedurerequestTargetBodySite.js");
var import_ProcessRequest = require("../ProcessRequest.js");
var import_ProcessResponse = require("../ProcessResponse.js");
var import_ProcessingTime = require("../ProcessingTime.js");
var import_ProfileForHLAGenotypingResults = require("../ProfileForHLAGenotypingResults.js");
var import_ProgressStatus = require("../ProgressStatus.js");
var import_Prohibited = require("../Prohibited.js");
var import_Provenance = require("../Provenance.js");
var import_QualityOfEvidence = require("../QualityOfEvidence.js");
var import_Quantity = require("../Quantity.js");
var import_Question = require("../Question.js");
var import_Questionnaire = require("../Questionnaire.js");
var import_QuestionnaireOrdinalValue = require("../QuestionnaireOrdinalValue.js");
var import_QuestionnaireRequest = require("../QuestionnaireRequest.js");
var import_QuestionnaireResponse = require("../QuestionnaireResponse.js");
var import_QuestionnaireresponseAuthor = require("../QuestionnaireresponseAuthor.js");
var import_Range = require("../Range.js");
var import_RateGoal = require("../RateGoal.js");
var import_RateIncrement = require("../RateIncrement.js");
var import_RateIncrementInterval = require("../RateIncrementInterval.js");
var import_Ratio = require("../Ratio.js");
var import_RdfType = require("../RdfType.js");
var import_Reason = require("../Reason.js");
var import_ReasonCancelled = require("../ReasonCancelled.js");
var import_ReasonCode = require("../ReasonCode.js");
var import_ReasonNotPerformed = require("../ReasonNotPerformed.js");
var import_ReasonReference = require("../ReasonReference.js");
var import_ReasonRefused = require("../ReasonRefused.js");
var import_ReasonRefuted = require("../ReasonRefuted.js");
var import_ReasonRejected = require("../ReasonRejected.js");
var import_ReceivingOrganization = require("../ReceivingOrganization.js");
var import_ReceivingPerson = require("../ReceivingPerson.js");
var import_RecipientLanguage = require("../RecipientLanguage.js");
var import_RecipientType = require("../RecipientType.js");
var import_Reference = require("../Reference.js");
var import_ReferenceFilter = require("../ReferenceFilter.js");
var import_ReferralRequest = require("../ReferralRequest.js");
var import_ReferralrequestReasonRefused = require("../ReferralrequestReasonRefused.js");
var import_RefillsRemaining = require("../RefillsRemaining.js");
var import_Regex = require("../Regex.js");
var import_RegistryOrg = require("../RegistryOrg.js");
var import_RelatedArtifact = require("../RelatedArtifact.js");
var import_RelatedPerson = require("../RelatedPerson.js");
var import_Relationship = require("../Relationship.js");
var import_RelevantHistory = require("../RelevantHistory.js");
var import_Religion = require("../Religion.js");
var import_RenderedValue = require("../RenderedValue.js");
var import_Replacedby = require("../Replacedby.js");
var import_Replaces = require("../Replaces.js");
var import_RequestGroup = require("../RequestGroup.js");
var import_ResearchStudy = require("../ResearchStudy.js");
var import_ResearchSubject = require("../ResearchSubject.js");
var import_ResolutionAge = require("../ResolutionAge.js");
var import_Resource = require("../Resource.js");
var import_ResourceEffectivePeriod = require("../ResourceEffectivePeriod.js");
var import_Resprate = require("../Resprate.js");
var import_Reviewer = require("../Reviewer.js");
var import_RiskAssessment = require("../RiskAssessment.js");
var import_RuledOut = require("../RuledOut.js");
var import_SCCoding = require("../SCCoding.js");
var import_SOPClass = require("../SOPClass.js");
var import_SampledData = require("../SampledData.js");
var import_Schedule = require("../Schedule.js");
var import_Sctdescid = require("../Sctdescid.js");
var import_SearchParameter = require("../SearchParameter.js");
var import_SearchParameterCombination = require("../SearchParameterCombination.js");
var import_Selector = require("../Selector.js");
var import_Sequence = require("../Sequence.js");
var import_SequenceNumber = require("../SequenceNumber.js");
var import_ServiceDefinition = require("../ServiceDefinition.js");
var import_Severity = require("../Severity.js");
var import_ShareableCodeSystem = require("../ShareableCodeSystem.js");
var import_ShareableValueSet = require("../ShareableValueSet.js");
var import_Sibling = require("../Sibling.js");
var import_Signature = require("../Signature.js");
var import_SimpleQuantity = require("../SimpleQuantity.js");
var import_Slot = require("../Slot.js");
var import_SourceReference = require("../SourceReference.js");
var import_SourceStructureMap = require("../SourceStructureMap.js");
var import_SourceValueSet = require("../SourceValueSet.js");
var import_SpecialHandling = require("../SpecialHandling.js");
var import_Specimen = require("../Specimen.js");
var import_StrengthOfRecommendation = require("../StrengthOfRecommendation.js");
var import_StructureDefinition = require("../StructureDefinition.js");
var import_StructureMap = require("../StructureMap.js");
var import_StructuredefinitionAnnotation = require("../StructuredefinitionAnnotation.js");
var import_StructuredefinitionRegex = require("../StructuredefinitionRegex.js");
var import_StudyprotocolIdentifier = require("../StudyprotocolIdentifier.js");
var import_Style = require("../Style.js");
var import_StyleSensitive = require("../StyleSensitive.js");
var import_SubmitterOrg = require("../SubmitterOrg.js");
var import_Subscription = require("../Subscription.js");
var import_Substance = require("../Substance.js");
var import_SubstanceExposureRisk = require("../SubstanceExposureRisk.js");
var import_Subsumes = require("../Subsumes.js");
var import_Summary = require("../Summary.js");
var import_SummaryOf = require("../SummaryOf.js");
var import_SupplyDelivery = require("../SupplyDelivery.js");
var import_SupplyRequest = require("../SupplyRequest.js");
var import_SupportLink = require("../SupportLink.js");
var import_SupportedSystem = require("../SupportedSystem.js");
var import_SupportingInfo = require("../SupportingInfo.js");
var import_System = require("../System.js");
var import_SystemName = require("../SystemName.js");
var import_SystemRef = require("../SystemRef.js");
var import_SystemUserLanguage = require("../SystemUserLanguage.js");
var import_SystemUserTaskContext = require("../SystemUserTaskContext.js");
var import_SystemUserType = require("../SystemUserType.js");
var import_T11179DeDocumentReference = require("../T11179DeDocumentReference.js");
var import_TELAddress = require("../TELAddress.js");
var import_TableName = require("../TableName.js");
var import_TargetBodySite = require("../TargetBodySite.js");
var import_TargetStructureMap = require("../TargetStructureMap.js");
var import_Task = require("../Task.js");
var import_TaskReplaces = require("../TaskReplaces.js");
var import_TemplateStatus = require("../TemplateStatus.js");
var import_Test = require("../Test.js");
var import_TestReport = require("../TestReport.js");
var import_TestScript = require("../TestScript.js");
var import_TimeOffset = require("../TimeOffset.js");
var import_Timing = require("../Timing.js");
var import_Toocostly = require("../Toocostly.js");
var import_Translatable = require("../Translatable.js");
var import_Translation = require("../Translation.js");
var import_TriggerDefinition = require("../TriggerDefinition.js");
var import_Triglyceride = require("../Triglyceride.js");
var import_TrustedExpansion = require("../TrustedExpansion.js");
var import_Type = require("../Type.js");
var import_Uncertainty = require("../Uncertainty.js");
var import_UncertaintyType = require("../UncertaintyType.js");
var import_Unclosed = require("../Unclosed.js");
var import_Unit = require("../Unit.js");
var import_Usage = require("../Usage.js");
var import_UsageContext = require("../UsageContext.js");
var import_UsageMode = require("../UsageMode.js");
var import_UsagecontextGroup = require("../UsagecontextGroup.js");
var import_UsualRoute = require("../UsualRoute.js");
var import_ValidDate = require("../ValidDate.js");
var import_ValidityPeriod = require("../ValidityPeriod.js");
var import_ValueSet = require("../ValueSet.js");
var import_ValuesetAuthor = require("../ValuesetAuthor.js");
var import_ValuesetComment = require("../ValuesetComment.js");
var import_ValuesetComments = require("../ValuesetComments.js");
var import_ValuesetConceptOrder = require("../ValuesetConceptOrder.js");
var import_ValuesetDefinition = require("../ValuesetDefinition.js");
var import_ValuesetEffectiveDate = require("../ValuesetEffectiveDate.js");
var import_ValuesetExpirationDate = require("../ValuesetExpirationDate.js");
var import_ValuesetHistory = require("../ValuesetHistory.js");
var import_ValuesetKeyWord = require("../ValuesetKeyWord.js");
var import_ValuesetLabel = require("../ValuesetLabel.js");
var import_ValuesetMap = require("../ValuesetMap.js");
var import_ValuesetOrdinalValue = require("../ValuesetOrdinalValue.js");
var import_ValuesetOtherName = require("../ValuesetOtherName.js");
var import_ValuesetReference = require("../ValuesetReference.js");
var import_ValuesetSourceReference = require("../ValuesetSourceReference.js");
var import_ValuesetTrustedExpansion = require("../ValuesetTrustedExpansion.js");
var import_ValuesetUsage = require("../ValuesetUsage.js");
var import_ValuesetWarning = require("../ValuesetWarning.js");
var import_ValuesetWorkflowStatus = require("../ValuesetWorkflowStatus.js");
var import_Verification = require("../Verification.js");
var import_VisionPrescription = require("../VisionPrescription.js");
var import_VitalSignsProfile = require("../VitalSignsProfile.js");
var import_Vitalsigns = require("../Vitalsigns.js");
var import_Vitalspanel = require("../Vitalspanel.js");
var import_Warning = require("../Warning.js");
var import_Websocket = require("../Websocket.js");
var import_Wg = require("../Wg.js");
var import_Witness = require("../Witness.js");
var import_WorkflowStatus = require("../WorkflowStatus.js");
var import_Xhtml = require("../Xhtml.js");
var import_XmlType = require("../XmlType.js");
const CONTEXTS_0 = ["DataElement"];
const CONTEXTS_1 = ["DataElement.useContext"];
const CONTEXTS_2 = ["UsageContext"];
const CONTEXTS_3 = ["DataElement.contact"];
const CONTEXTS_4 = ["ContactDetail"];
const CONTEXTS_5 = ["DataElement.element.code"];
const CONTEXTS_6 = [];
const CONTEXTS_7 = ["ElementDefinition.mapping"];
const CONTEXTS_8 = ["Element"];
const CONTEXTS_9 = [
  "StructureDefinition.snapshot.element.binding.valueSetReference",
  "StructureDefinition.differential.element.binding.valueSetReference",
  "DataElement.element.binding.valueSetReference",
  "Questionnaire.item.options"
];
const CONTEXTS_10 = ["Reference"];
const CONTEXTS_11 = ["DiagnosticReport"];
const CONTEXTS_12 = ["AllergyIntolerance.reaction"];
const CONTEXTS_13 = ["BackboneElement"];
const CONTEXTS_14 = ["AllergyIntolerance"];
const CONTEXTS_15 = ["AuditEvent.entity"];
const CONTEXTS_16 = ["Patient"];
const CONTEXTS_17 = ["*"];
const CONTEXTS_18 = [
  "CapabilityStatement.rest.resource.interaction",
  "CapabilityStatement.rest.resource.searchParam",
  "CapabilityStatement.rest.operation",
  "CapabilityStatement.messaging.event",
  "CapabilityStatement.document",
  "CapabilityStatement.rest.interaction",
  "CapabilityStatement.rest.resource.searchInclude",
  "CapabilityStatement.rest.resource.searchRevInclude"
];
const CONTEXTS_19 = ["BackboneElement", "string"];
const CONTEXTS_20 = [
  "CapabilityStatement.rest.resource.interaction",
  "CapabilityStatement.rest.resource.searchParam",
  "CapabilityStatement.rest.operation",
  "CapabilityStatement.messaging.event",
  "CapabilityStatement.document",
  "CapabilityStatement.rest.interaction"
];
const CONTEXTS_21 = ["CapabilityStatement.rest.resource"];
const CONTEXTS_22 = ["CapabilityStatement"];
const CONTEXTS_23 = ["CapabilityStatement.rest"];
const CONTEXTS_24 = ["CarePlan.activity"];
const CONTEXTS_25 = ["CodeSystem"];
const CONTEXTS_26 = ["CodeSystem.concept"];
const CONTEXTS_27 = ["CodeSystem.concept", "CodeSystem.concept.concept"];
const CONTEXTS_28 = ["Coding"];
const CONTEXTS_29 = ["Communication"];
const CONTEXTS_30 = ["CommunicationRequest"];
const CONTEXTS_31 = ["Composition"];
const CONTEXTS_32 = ["ConceptMap"];
const CONTEXTS_33 = ["Condition"];
const CONTEXTS_34 = ["Consent"];
const CONTEXTS_35 = ["Consent.except"];
const CONTEXTS_36 = ["Attachment"];
const CONTEXTS_37 = ["Element,Resource"];
const CONTEXTS_38 = ["Basic"];
const CONTEXTS_39 = ["Questionnaire"];
const CONTEXTS_40 = ["StructureDefinition"];
const CONTEXTS_41 = ["Device"];
const CONTEXTS_42 = ["DeviceRequest"];
const CONTEXTS_43 = ["ElementDefinition"];
const CONTEXTS_44 = ["ElementDefinition.constraint"];
const CONTEXTS_45 = ["ElementDefinition.binding"];
const CONTEXTS_46 = ["ElementDefinition", "StructureDefinition"];
const CONTEXTS_47 = ["FamilyMemberHistory", "AllergyIntolerance"];
const CONTEXTS_48 = ["AllergyIntolerance", "FamilyMemberHistory"];
const CONTEXTS_49 = ["Encounter"];
const CONTEXTS_50 = ["Encounter.reason"];
const CONTEXTS_51 = ["CodeableConcept"];
const CONTEXTS_52 = ["Questionnaire.item", "ElementDefinition"];
const CONTEXTS_53 = ["BackboneElement", "ElementDefinition"];
const CONTEXTS_54 = ["Observation.performer", "DiagnosticReport.performer"];
const CONTEXTS_55 = ["BackboneElement", "Reference"];
const CONTEXTS_56 = ["Observation", "DiagnosticReport"];
const CONTEXTS_57 = ["DiagnosticReport", "Observation"];
const CONTEXTS_58 = ["Observation.performer"];
const CONTEXTS_59 = ["FamilyMemberHistory"];
const CONTEXTS_60 = ["FamilyMemberHistory.condition"];
const CONTEXTS_61 = ["Flag"];
const CONTEXTS_62 = ["Address"];
const CONTEXTS_63 = ["Goal"];
const CONTEXTS_64 = ["Resource"];
const CONTEXTS_65 = ["Bundle.entry.response"];
const CONTEXTS_66 = ["HumanName"];
const CONTEXTS_67 = ["HumanName.family"];
const CONTEXTS_68 = ["string"];
const CONTEXTS_69 = ["Identifier"];
const CONTEXTS_70 = ["ImplementationGuide.package.resource"];
const CONTEXTS_71 = ["Address.line"];
const CONTEXTS_72 = ["HumanName.family", "HumanName.given", "HumanName.prefix", "HumanName.suffix"];
const CONTEXTS_73 = ["ContactPoint"];
const CONTEXTS_74 = ["Any"];
const CONTEXTS_75 = ["Quantity"];
const CONTEXTS_76 = ["Location"];
const CONTEXTS_77 = ["Bundle.entry.search"];
const CONTEXTS_78 = ["DataElement.mapping"];
const CONTEXTS_79 = ["Questionnaire.item"];
const CONTEXTS_80 = ["Medication"];
const CONTEXTS_81 = ["MedicationDispense"];
const CONTEXTS_82 = ["MedicationStatement"];
const CONTEXTS_83 = ["MessageHeader"];
const CONTEXTS_84 = ["Observation"];
const CONTEXTS_85 = ["Observation.component"];
const CONTEXTS_86 = ["OperationOutcome.issue"];
const CONTEXTS_87 = ["Organization"];
const CONTEXTS_88 = ["Organization.contact"];
const CONTEXTS_89 = ["Patient.birthDate"];
const CONTEXTS_90 = ["date"];
const CONTEXTS_91 = ["MedicationRequest.dosageInstruction", "MedicationDispense.dosageInstruction"];
const CONTEXTS_92 = ["Dosage"];
const CONTEXTS_93 = ["MedicationDispense", "MedicationRequest.dispenseRequest"];
const CONTEXTS_94 = ["BackboneElement", "MedicationDispense"];
const CONTEXTS_95 = ["Practitioner", "RelatedPerson"];
const CONTEXTS_96 = ["Practitioner"];
const CONTEXTS_97 = ["PractitionerRole.specialty"];
const CONTEXTS_98 = ["Procedure"];
const CONTEXTS_99 = ["ProcedureRequest"];
const CONTEXTS_100 = ["Questionnaire.item", "Questionnaire.item.item"];
const CONTEXTS_101 = ["Questionnaire.item.option"];
const CONTEXTS_102 = ["Questionnaire.item.option.valueCoding"];
const CONTEXTS_103 = ["QuestionnaireResponse.item"];
const CONTEXTS_104 = ["QuestionnaireResponse", "QuestionnaireResponse.item"];
const CONTEXTS_105 = ["BackboneElement", "QuestionnaireResponse"];
const CONTEXTS_106 = ["QuestionnaireResponse"];
const CONTEXTS_107 = ["ReferralRequest"];
const CONTEXTS_108 = [
  "Identifier.value",
  "date",
  "dateTime",
  "time",
  "instant",
  "integer",
  "decimal",
  "string",
  "code"
];
const CONTEXTS_109 = ["code", "date", "dateTime", "decimal", "instant", "integer", "string", "time"];
const CONTEXTS_110 = [
  "StructureDefinition",
  "StructureMap",
  "DataElement",
  "CapabilityStatement",
  "OperationDefinition",
  "SearchParameter",
  "CompartmentDefinition",
  "ImplementationGuide",
  "CodeSystem",
  "ValueSet",
  "ConceptMap",
  "ExpansionProfile",
  "NamingSystem"
];
const CONTEXTS_111 = [
  "CapabilityStatement",
  "CodeSystem",
  "CompartmentDefinition",
  "ConceptMap",
  "DataElement",
  "ExpansionProfile",
  "ImplementationGuide",
  "NamingSystem",
  "OperationDefinition",
  "SearchParameter",
  "StructureDefinition",
  "StructureMap",
  "ValueSet"
];
const CONTEXTS_112 = ["Specimen.collection"];
const CONTEXTS_113 = ["Specimen.collection.quantity"];
const CONTEXTS_114 = ["Specimen.processing"];
const CONTEXTS_115 = ["Specimen.container"];
const CONTEXTS_116 = ["ElementDefinition.type.code"];
const CONTEXTS_117 = ["uri"];
const CONTEXTS_118 = ["ElementDefinition.type"];
const CONTEXTS_119 = ["StructureDefinition.mapping"];
const CONTEXTS_120 = ["Task"];
const CONTEXTS_121 = ["PlanDefinition.action", "RequestGroup.action"];
const CONTEXTS_122 = ["Timing.repeat"];
const CONTEXTS_123 = ["string", "code", "markdown"];
const CONTEXTS_124 = ["code", "markdown", "string"];
const CONTEXTS_125 = ["ValueSet"];
const CONTEXTS_126 = ["ValueSet.expansion.contains"];
const CONTEXTS_127 = ["ValueSet.compose.include.concept"];
const CONTEXTS_128 = ["ValueSet.compose.include.concept", "ValueSet.expansion.contains"];
const CONTEXTS_129 = ["ValueSet.expansion"];
const CONTEXTS_130 = ["ValueSet.compose.include.system"];
const CONTEXTS_131 = ["ValueSet.compose.include"];
const CONTEXTS_132 = ["Encounter.hospitalization"];
const CONTEXTS_133 = ["Patient", "Practitioner"];
const CONTEXTS_134 = ["Patient.identifier"];
const CONTEXTS_135 = [
  "Encounter",
  "Condition",
  "Observation",
  "Flag",
  "Immunization",
  "AllergyIntolerance",
  "FamilyMemberHistory",
  "MedicationRequest",
  "MedicationStatement",
  "Procedure",
  "Medication"
];
const CONTEXTS_136 = [
  "AllergyIntolerance",
  "Condition",
  "Encounter",
  "FamilyMemberHistory",
  "Flag",
  "Immunization",
  "Medication",
  "MedicationRequest",
  "MedicationStatement",
  "Observation",
  "Procedure"
];
const CONTEXTS_137 = ["List"];
const CONTEXTS_138 = ["MedicationRequest.dispenseRequest.quantity"];
const CONTEXTS_139 = ["MedicationRequest"];
const CONTEXTS_140 = ["Observation", "Procedure", "MedicationStatement", "MedicationRequest"];
const CONTEXTS_141 = ["MedicationRequest", "MedicationStatement", "Observation", "Procedure"];
const CONTEXTS_142 = ["Appointment"];
const CONTEXTS_143 = ["Slot", "Appointment"];
const CONTEXTS_144 = ["Appointment", "Slot"];
const CONTEXTS_145 = ["Schedule", "Appointment"];
const CONTEXTS_146 = ["Appointment", "Schedule"];
const CONTEXTS_147 = [
  "Encounter",
  "Condition",
  "Observation",
  "Flag",
  "Immunization",
  "AllergyIntolerance",
  "FamilyMemberHistory",
  "MedicationRequest",
  "MedicationStatement",
  "Procedure",
  "Medication",
  "DocumentReference"
];
const CONTEXTS_148 = [
  "AllergyIntolerance",
  "Condition",
  "DocumentReference",
  "Encounter",
  "FamilyMemberHistory",
  "Flag",
  "Immunization",
  "Medication",
  "MedicationRequest",
  "MedicationStatement",
  "Observation",
  "Procedure"
];
const STRUCTURES = vrt.StringTable.of([
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-AD-use",
    { check: import_ADUse.checkADUse, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator",
    { check: import_ADXPAdditionalLocator.checkADXPAdditionalLocator, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix",
    { check: import_ADXPBuildingNumberSuffix.checkADXPBuildingNumberSuffix, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf",
    { check: import_ADXPCareOf.checkADXPCareOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract",
    { check: import_ADXPCensusTract.checkADXPCensusTract, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter",
    { check: import_ADXPDelimiter.checkADXPDelimiter, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine",
    { check: import_ADXPDeliveryAddressLine.checkADXPDeliveryAddressLine, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea",
    { check: import_ADXPDeliveryInstallationArea.checkADXPDeliveryInstallationArea, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier",
    { check: import_ADXPDeliveryInstallationQualifier.checkADXPDeliveryInstallationQualifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType",
    { check: import_ADXPDeliveryInstallationType.checkADXPDeliveryInstallationType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode",
    { check: import_ADXPDeliveryMode.checkADXPDeliveryMode, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier",
    { check: import_ADXPDeliveryModeIdentifier.checkADXPDeliveryModeIdentifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction",
    { check: import_ADXPDirection.checkADXPDirection, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber",
    { check: import_ADXPHouseNumber.checkADXPHouseNumber, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric",
    { check: import_ADXPHouseNumberNumeric.checkADXPHouseNumberNumeric, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox",
    { check: import_ADXPPostBox.checkADXPPostBox, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct",
    { check: import_ADXPPrecinct.checkADXPPrecinct, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine",
    { check: import_ADXPStreetAddressLine.checkADXPStreetAddressLine, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName",
    { check: import_ADXPStreetName.checkADXPStreetName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase",
    { check: import_ADXPStreetNameBase.checkADXPStreetNameBase, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType",
    { check: import_ADXPStreetNameType.checkADXPStreetNameType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID",
    { check: import_ADXPUnitID.checkADXPUnitID, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType",
    { check: import_ADXPUnitType.checkADXPUnitType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement",
    { check: import_Abatement.checkAbatement, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-acceptance",
    { check: import_Acceptance.checkAcceptance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Accession",
    { check: import_Accession.checkAccession, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Account", { check: import_Account.checkAccount, type: "Account", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/ActivityDefinition",
    { check: import_ActivityDefinition.checkActivityDefinition, type: "ActivityDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/careplan-activity-title",
    { check: import_ActivityTitle.checkActivityTitle, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf",
    { check: import_AddendumOf.checkAddendumOf, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Address", { check: import_Address.checkAddress, type: "Address", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-administration",
    { check: import_Administration.checkAdministration, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status",
    { check: import_AdministrativeStatus.checkAdministrativeStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo",
    { check: import_AdoptionInfo.checkAdoptionInfo, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/AdverseEvent",
    { check: import_AdverseEvent.checkAdverseEvent, type: "AdverseEvent", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Age", { check: import_Age.checkAge, type: "Age", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/location-alias",
    { check: import_Alias.checkAlias, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database",
    { check: import_AlleleDatabase.checkAlleleDatabase, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName",
    { check: import_AlleleName.checkAlleleName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency",
    { check: import_AllelicFrequency.checkAllelicFrequency, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState",
    { check: import_AllelicState.checkAllelicState, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/AllergyIntolerance",
    { check: import_AllergyIntolerance.checkAllergyIntolerance, type: "AllergyIntolerance", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration",
    { check: import_AllergyintoleranceDuration.checkAllergyintoleranceDuration, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile",
    { check: import_AllowedProfile.checkAllowedProfile, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource",
    { check: import_AllowedResource.checkAllowedResource, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits",
    { check: import_AllowedUnits.checkAllowedUnits, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName",
    { check: import_AminoAcidChangeName.checkAminoAcidChangeName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType",
    { check: import_AminoAcidChangeType.checkAminoAcidChangeType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis",
    { check: import_Analysis.checkAnalysis, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor",
    { check: import_Ancestor.checkAncestor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies",
    { check: import_AnimalSpecies.checkAnimalSpecies, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Annotation",
    { check: import_Annotation.checkAnnotation, type: "Annotation", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized",
    { check: import_Anonymized.checkAnonymized, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Appointment",
    { check: import_Appointment.checkAppointment, type: "Appointment", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/AppointmentResponse",
    { check: import_AppointmentResponse.checkAppointmentResponse, type: "AppointmentResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite",
    { check: import_ApproachBodySite.checkApproachBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-approvalDate",
    { check: import_ApprovalDate.checkApprovalDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order",
    { check: import_AssemblyOrder.checkAssemblyOrder, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition",
    { check: import_AssessedCondition.checkAssessedCondition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Attachment",
    { check: import_Attachment.checkAttachment, type: "Attachment", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/AuditEvent",
    { check: import_AuditEvent.checkAuditEvent, type: "AuditEvent", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-author",
    { check: import_Author.checkAuthor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority",
    { check: import_Authority.checkAuthority, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy",
    { check: import_AuthorizedBy.checkAuthorizedBy, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/BackboneElement",
    { check: import_BackboneElement.checkBackboneElement, type: "BackboneElement", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status",
    { check: import_BallotStatus.checkBallotStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType",
    { check: import_BaseType.checkBaseType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-basedOn",
    { check: import_BasedOn.checkBasedOn, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Basic", { check: import_Basic.checkBasic, type: "Basic", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice",
    { check: import_Bestpractice.checkBestpractice, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/concept-bidirectional",
    { check: import_Bidirectional.checkBidirectional, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Binary", { check: import_Binary.checkBinary, type: "Binary", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName",
    { check: import_BindingName.checkBindingName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/birthPlace",
    { check: import_BirthPlace.checkBirthPlace, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition",
    { check: import_BodyPosition.checkBodyPosition, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/BodySite", { check: import_BodySite.checkBodySite, type: "BodySite", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/body-site-instance",
    { check: import_BodySiteInstance.checkBodySiteInstance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/bodyheight",
    { check: import_Bodyheight.checkBodyheight, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/bodylength",
    { check: import_Bodylength.checkBodylength, type: "Observation", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/bodytemp", { check: import_Bodytemp.checkBodytemp, type: "Observation", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/bodyweight",
    { check: import_Bodyweight.checkBodyweight, type: "Observation", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/bp", { check: import_Bp.checkBp, type: "Observation", isResource: true }],
  ["http://hl7.org/fhir/StructureDefinition/Bundle", { check: import_Bundle.checkBundle, type: "Bundle", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value",
    { check: import_COValue.checkCOValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-questionnaire",
    { check: import_CQIFQuestionnaire.checkCQIFQuestionnaire, type: "Questionnaire", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue",
    { check: import_CalculatedValue.checkCalculatedValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/task-candidateList",
    { check: import_CandidateList.checkCandidateList, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CapabilityStatement",
    { check: import_CapabilityStatement.checkCapabilityStatement, type: "CapabilityStatement", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Condition-1",
    { check: import_CareConnectCondition1.checkCareConnectCondition1, type: "Condition", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1",
    { check: import_CareConnectEncounter1.checkCareConnectEncounter1, type: "Encounter", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1",
    { check: import_CareConnectGPCAllergyIntolerance1.checkCareConnectGPCAllergyIntolerance1, type: "AllergyIntolerance", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Condition-1",
    { check: import_CareConnectGPCCondition1.checkCareConnectGPCCondition1, type: "Condition", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DiagnosticReport-1",
    { check: import_CareConnectGPCDiagnosticReport1.checkCareConnectGPCDiagnosticReport1, type: "DiagnosticReport", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1",
    { check: import_CareConnectGPCDocumentReference1.checkCareConnectGPCDocumentReference1, type: "DocumentReference", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Encounter-1",
    { check: import_CareConnectGPCEncounter1.checkCareConnectGPCEncounter1, type: "Encounter", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Immunization-1",
    { check: import_CareConnectGPCImmunization1.checkCareConnectGPCImmunization1, type: "Immunization", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-List-1",
    { check: import_CareConnectGPCList1.checkCareConnectGPCList1, type: "List", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1",
    { check: import_CareConnectGPCLocation1.checkCareConnectGPCLocation1, type: "Location", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Medication-1",
    { check: import_CareConnectGPCMedication1.checkCareConnectGPCMedication1, type: "Medication", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1",
    { check: import_CareConnectGPCMedicationRequest1.checkCareConnectGPCMedicationRequest1, type: "MedicationRequest", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1",
    { check: import_CareConnectGPCMedicationStatement1.checkCareConnectGPCMedicationStatement1, type: "MedicationStatement", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1",
    { check: import_CareConnectGPCObservation1.checkCareConnectGPCObservation1, type: "Observation", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1",
    { check: import_CareConnectGPCOrganization1.checkCareConnectGPCOrganization1, type: "Organization", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1",
    { check: import_CareConnectGPCPatient1.checkCareConnectGPCPatient1, type: "Patient", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Practitioner-1",
    { check: import_CareConnectGPCPractitioner1.checkCareConnectGPCPractitioner1, type: "Practitioner", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-PractitionerRole-1",
    { check: import_CareConnectGPCPractitionerRole1.checkCareConnectGPCPractitionerRole1, type: "PractitionerRole", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1",
    { check: import_CareConnectGPCProblemHeaderCondition1.checkCareConnectGPCProblemHeaderCondition1, type: "Condition", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProcedureRequest-1",
    { check: import_CareConnectGPCProcedureRequest1.checkCareConnectGPCProcedureRequest1, type: "ProcedureRequest", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ReferralRequest-1",
    { check: import_CareConnectGPCReferralRequest1.checkCareConnectGPCReferralRequest1, type: "ReferralRequest", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Specimen-1",
    { check: import_CareConnectGPCSpecimen1.checkCareConnectGPCSpecimen1, type: "Specimen", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1",
    { check: import_CareConnectHealthcareService1.checkCareConnectHealthcareService1, type: "HealthcareService", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Location-1",
    { check: import_CareConnectLocation1.checkCareConnectLocation1, type: "Location", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Medication-1",
    { check: import_CareConnectMedication1.checkCareConnectMedication1, type: "Medication", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Observation-1",
    { check: import_CareConnectObservation1.checkCareConnectObservation1, type: "Observation", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Organization-1",
    { check: import_CareConnectOrganization1.checkCareConnectOrganization1, type: "Organization", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1",
    { check: import_CareConnectPatient1.checkCareConnectPatient1, type: "Patient", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Practitioner-1",
    { check: import_CareConnectPractitioner1.checkCareConnectPractitioner1, type: "Practitioner", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-PractitionerRole-1",
    { check: import_CareConnectPractitionerRole1.checkCareConnectPractitionerRole1, type: "PractitionerRole", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1",
    { check: import_CareConnectProcedure1.checkCareConnectProcedure1, type: "Procedure", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Quantity-1",
    { check: import_CareConnectQuantity1.checkCareConnectQuantity1, type: "Quantity", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-QuestionnaireResponse-1",
    { check: import_CareConnectQuestionnaireResponse1.checkCareConnectQuestionnaireResponse1, type: "QuestionnaireResponse", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/CarePlan", { check: import_CarePlan.checkCarePlan, type: "CarePlan", isResource: true }],
  ["http://hl7.org/fhir/StructureDefinition/CareTeam", { check: import_CareTeam.checkCareTeam, type: "CareTeam", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive",
    { check: import_CaseSensitive.checkCaseSensitive, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-category",
    { check: import_Category.checkCategory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-causedBy",
    { check: import_CausedBy.checkCausedBy, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty",
    { check: import_Certainty.checkCertainty, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-change-description",
    { check: import_ChangeDescription.checkChangeDescription, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ChargeItem",
    { check: import_ChargeItem.checkChargeItem, type: "ChargeItem", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation",
    { check: import_ChoiceOrientation.checkChoiceOrientation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-citation",
    { check: import_Citation.checkCitation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-citizenship",
    { check: import_Citizenship.checkCitizenship, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Claim", { check: import_Claim.checkClaim, type: "Claim", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/ClaimResponse",
    { check: import_ClaimResponse.checkClaimResponse, type: "ClaimResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitioner-classification",
    { check: import_Classification.checkClassification, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context",
    { check: import_ClassificationOrContext.checkClassificationOrContext, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/clinicaldocument",
    { check: import_ClinicalDocumentProfileForComposition.checkClinicalDocumentProfileForComposition, type: "Composition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ClinicalImpression",
    { check: import_ClinicalImpression.checkClinicalImpression, type: "ClinicalImpression", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial",
    { check: import_ClinicalTrial.checkClinicalTrial, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CodeSystem",
    { check: import_CodeSystem.checkCodeSystem, type: "CodeSystem", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CodeableConcept",
    { check: import_CodeableConcept.checkCodeableConcept, type: "CodeableConcept", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-map",
    { check: import_CodesystemMap.checkCodesystemMap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-reference",
    { check: import_CodesystemReference.checkCodesystemReference, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Coding", { check: import_Coding.checkCoding, type: "Coding", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority",
    { check: import_CollectionPriority.checkCollectionPriority, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-comment",
    { check: import_Comment.checkComment, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-comments",
    { check: import_Comments.checkComments, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Communication",
    { check: import_Communication.checkCommunication, type: "Communication", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communication-media",
    { check: import_CommunicationMedia.checkCommunicationMedia, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CommunicationRequest",
    { check: import_CommunicationRequest.checkCommunicationRequest, type: "CommunicationRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CompartmentDefinition",
    { check: import_CompartmentDefinition.checkCompartmentDefinition, type: "CompartmentDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Composition",
    { check: import_Composition.checkComposition, type: "Composition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ConceptMap",
    { check: import_ConceptMap.checkConceptMap, type: "ConceptMap", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder",
    { check: import_ConceptOrder.checkConceptOrder, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Condition", { check: import_Condition.checkCondition, type: "Condition", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-definition",
    { check: import_ConditionDefinition.checkConditionDefinition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-congregation",
    { check: import_Congregation.checkCongregation, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Consent", { check: import_Consent.checkConsent, type: "Consent", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/consentdirective",
    { check: import_ConsentDirective.checkConsentDirective, type: "Contract", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-location",
    { check: import_ConsentLocation.checkConsentLocation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address",
    { check: import_ContactAddress.checkContactAddress, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ContactDetail",
    { check: import_ContactDetail.checkContactDetail, type: "ContactDetail", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ContactPoint",
    { check: import_ContactPoint.checkContactPoint, type: "ContactPoint", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Contract", { check: import_Contract.checkContract, type: "Contract", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/Contributor",
    { check: import_Contributor.checkContributor, type: "Contributor", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent",
    { check: import_CopyNumberEvent.checkCopyNumberEvent, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Count", { check: import_Count.checkCount, type: "Count", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/Coverage", { check: import_Coverage.checkCoverage, type: "Coverage", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-condition",
    { check: import_CqifCondition.checkCqifCondition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-library",
    { check: import_CqifLibrary.checkCqifLibrary, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression",
    { check: import_CqlExpression.checkCqlExpression, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-criticality",
    { check: import_Criticality.checkCriticality, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName",
    { check: import_DNARegionName.checkDNARegionName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName",
    { check: import_DNASequenceVariantName.checkDNASequenceVariantName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType",
    { check: import_DNASequenceVariantType.checkDNASequenceVariantType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId",
    { check: import_DNAVariantId.checkDNAVariantId, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
    { check: import_DataAbsentReason.checkDataAbsentReason, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DataElement",
    { check: import_DataElement.checkDataElement, type: "DataElement", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-de",
    { check: import_DataElementConstraintOnElementDefinitionDataType.checkDataElementConstraintOnElementDefinitionDataType, type: "ElementDefinition", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DataRequirement",
    { check: import_DataRequirement.checkDataRequirement, type: "DataRequirement", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/datadictionary",
    { check: import_Datadictionary.checkDatadictionary, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle",
    { check: import_DaysOfCycle.checkDaysOfCycle, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap",
    { check: import_DeMap.checkDeMap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition",
    { check: import_Definition.checkDefinition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-delta",
    { check: import_Delta.checkDelta, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated",
    { check: import_Deprecated.checkDeprecated, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/flag-detail", { check: import_Detail.checkDetail, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/DetectedIssue",
    { check: import_DetectedIssue.checkDetectedIssue, type: "DetectedIssue", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Device", { check: import_Device.checkDevice, type: "Device", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/DeviceComponent",
    { check: import_DeviceComponent.checkDeviceComponent, type: "DeviceComponent", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DeviceMetric",
    { check: import_DeviceMetric.checkDeviceMetric, type: "DeviceMetric", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicemetricobservation",
    { check: import_DeviceMetricObservationProfile.checkDeviceMetricObservationProfile, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DeviceRequest",
    { check: import_DeviceRequest.checkDeviceRequest, type: "DeviceRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DeviceUseStatement",
    { check: import_DeviceUseStatement.checkDeviceUseStatement, type: "DeviceUseStatement", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected",
    { check: import_DevicerequestReasonRejected.checkDevicerequestReasonRejected, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport",
    { check: import_DiagnosticReport.checkDiagnosticReport, type: "DiagnosticReport", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticreport-genetics",
    { check: import_DiagnosticReportGenetics.checkDiagnosticReportGenetics, type: "DiagnosticReport", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory",
    { check: import_DiagnosticReportGeneticsFamilyMemberHistory.checkDiagnosticReportGeneticsFamilyMemberHistory, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/device-din", { check: import_Din.checkDin, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-disability",
    { check: import_Disability.checkDisability, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory",
    { check: import_DisplayCategory.checkDisplayCategory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint",
    { check: import_DisplayHint.checkDisplayHint, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Distance", { check: import_Distance.checkDistance, type: "Distance", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/DocumentManifest",
    { check: import_DocumentManifest.checkDocumentManifest, type: "DocumentManifest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DocumentReference",
    { check: import_DocumentReference.checkDocumentReference, type: "DocumentReference", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DomainResource",
    { check: import_DomainResource.checkDomainResource, type: "DomainResource", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Dosage", { check: import_Dosage.checkDosage, type: "Dosage", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType",
    { check: import_DoseType.checkDoseType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-dueTo",
    { check: import_DueTo.checkDueTo, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Duration", { check: import_Duration.checkDuration, type: "Duration", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent",
    { check: import_EHRSFMRecordLifecycleEventAuditEvent.checkEHRSFMRecordLifecycleEventAuditEvent, type: "AuditEvent", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ehrsrle-provenance",
    { check: import_EHRSFMRecordLifecycleEventProvenance.checkEHRSFMRecordLifecycleEventProvenance, type: "Provenance", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier",
    { check: import_ENQualifier.checkENQualifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
    { check: import_ENRepresentation.checkENRepresentation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate",
    { check: import_EffectiveDate.checkEffectiveDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period",
    { check: import_EffectivePeriod.checkEffectivePeriod, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Element", { check: import_Element.checkElement, type: "Element", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/ElementDefinition",
    { check: import_ElementDefinition.checkElementDefinition, type: "ElementDefinition", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier",
    { check: import_ElementdefinitionIdentifier.checkElementdefinitionIdentifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/EligibilityRequest",
    { check: import_EligibilityRequest.checkEligibilityRequest, type: "EligibilityRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/EligibilityResponse",
    { check: import_EligibilityResponse.checkEligibilityResponse, type: "EligibilityResponse", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Encounter", { check: import_Encounter.checkEncounter, type: "Encounter", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter",
    { check: import_EncounterAssociatedEncounter.checkEncounterAssociatedEncounter, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass",
    { check: import_EncounterClass.checkEncounterClass, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType",
    { check: import_EncounterType.checkEncounterType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted",
    { check: import_Encrypted.checkEncrypted, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Endpoint", { check: import_Endpoint.checkEndpoint, type: "Endpoint", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/EnrollmentRequest",
    { check: import_EnrollmentRequest.checkEnrollmentRequest, type: "EnrollmentRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/EnrollmentResponse",
    { check: import_EnrollmentResponse.checkEnrollmentResponse, type: "EnrollmentResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/entryFormat",
    { check: import_EntryFormat.checkEntryFormat, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/EpisodeOfCare",
    { check: import_EpisodeOfCare.checkEpisodeOfCare, type: "EpisodeOfCare", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence",
    { check: import_Equivalence.checkEquivalence, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-definition",
    { check: import_EventDefinition.checkEventDefinition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-partOf",
    { check: import_EventPartOf.checkEventPartOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-eventTiming",
    { check: import_EventTiming.checkEventTiming, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/timing-exact", { check: import_Exact.checkExact, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/cholesterol",
    { check: import_ExampleLipidProfile.checkExampleLipidProfile, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ExpansionProfile",
    { check: import_ExpansionProfile.checkExpansionProfile, type: "ExpansionProfile", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource",
    { check: import_ExpansionSource.checkExpansionSource, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation",
    { check: import_Expectation.checkExpectation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate",
    { check: import_ExpirationDate.checkExpirationDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit",
    { check: import_ExplanationOfBenefit.checkExplanationOfBenefit, type: "ExplanationOfBenefit", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name",
    { check: import_ExplicitTypeName.checkExplicitTypeName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate",
    { check: import_ExposureDate.checkExposureDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription",
    { check: import_ExposureDescription.checkExposureDescription, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration",
    { check: import_ExposureDuration.checkExposureDuration, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends",
    { check: import_Extends.checkExtends, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Extension",
    { check: import_Extension.checkExtension, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1",
    { check: import_ExtensionCareConnectActualProblem1.checkExtensionCareConnectActualProblem1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1",
    { check: import_ExtensionCareConnectAdmissionMethod1.checkExtensionCareConnectAdmissionMethod1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1",
    { check: import_ExtensionCareConnectAnaestheticIssues1.checkExtensionCareConnectAnaestheticIssues1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1",
    { check: import_ExtensionCareConnectConditionEpisode1.checkExtensionCareConnectConditionEpisode1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1",
    { check: import_ExtensionCareConnectDeathNotificationStatus1.checkExtensionCareConnectDeathNotificationStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1",
    { check: import_ExtensionCareConnectDischargeMethod1.checkExtensionCareConnectDischargeMethod1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1",
    { check: import_ExtensionCareConnectEmergencyCareDischargeStatus1.checkExtensionCareConnectEmergencyCareDischargeStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1",
    { check: import_ExtensionCareConnectEncounterTransport1.checkExtensionCareConnectEncounterTransport1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1",
    { check: import_ExtensionCareConnectEthnicCategory1.checkExtensionCareConnectEthnicCategory1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1",
    { check: import_ExtensionCareConnectGPCActualProblem1.checkExtensionCareConnectGPCActualProblem1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1",
    { check: import_ExtensionCareConnectGPCAllergyCertainty1.checkExtensionCareConnectGPCAllergyCertainty1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1",
    { check: import_ExtensionCareConnectGPCAllergyIntoleranceEnd1.checkExtensionCareConnectGPCAllergyIntoleranceEnd1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1",
    { check: import_ExtensionCareConnectGPCAllergyIntoleranceEndDate1.checkExtensionCareConnectGPCAllergyIntoleranceEndDate1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1",
    { check: import_ExtensionCareConnectGPCAllergySeverity1.checkExtensionCareConnectGPCAllergySeverity1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1",
    { check: import_ExtensionCareConnectGPCClinicalSetting1.checkExtensionCareConnectGPCClinicalSetting1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1",
    { check: import_ExtensionCareConnectGPCDeathNotificationStatus1.checkExtensionCareConnectGPCDeathNotificationStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1",
    { check: import_ExtensionCareConnectGPCEthnicCategory1.checkExtensionCareConnectGPCEthnicCategory1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1",
    { check: import_ExtensionCareConnectGPCEvidence1.checkExtensionCareConnectGPCEvidence1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1",
    { check: import_ExtensionCareConnectGPCListWarningCode1.checkExtensionCareConnectGPCListWarningCode1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1",
    { check: import_ExtensionCareConnectGPCMainLocation1.checkExtensionCareConnectGPCMainLocation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1",
    { check: import_ExtensionCareConnectGPCMedicationChangeSummary1.checkExtensionCareConnectGPCMedicationChangeSummary1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1",
    { check: import_ExtensionCareConnectGPCMedicationQuantityText1.checkExtensionCareConnectGPCMedicationQuantityText1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1",
    { check: import_ExtensionCareConnectGPCMedicationRepeatInformation1.checkExtensionCareConnectGPCMedicationRepeatInformation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1",
    { check: import_ExtensionCareConnectGPCMedicationStatementLastIssueDate1.checkExtensionCareConnectGPCMedicationStatementLastIssueDate1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1",
    { check: import_ExtensionCareConnectGPCMedicationStatusReason1.checkExtensionCareConnectGPCMedicationStatusReason1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1",
    { check: import_ExtensionCareConnectGPCNHSCommunication1.checkExtensionCareConnectGPCNHSCommunication1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1",
    { check: import_ExtensionCareConnectGPCNHSNumberVerificationStatus1.checkExtensionCareConnectGPCNHSNumberVerificationStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1",
    { check: import_ExtensionCareConnectGPCNominatedPharmacy1.checkExtensionCareConnectGPCNominatedPharmacy1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1",
    { check: import_ExtensionCareConnectGPCPrescribingAgency1.checkExtensionCareConnectGPCPrescribingAgency1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1",
    { check: import_ExtensionCareConnectGPCPrescriptionType1.checkExtensionCareConnectGPCPrescriptionType1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1",
    { check: import_ExtensionCareConnectGPCReasonCondition1.checkExtensionCareConnectGPCReasonCondition1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1",
    { check: import_ExtensionCareConnectGPCRegistrationDetails1.checkExtensionCareConnectGPCRegistrationDetails1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1",
    { check: import_ExtensionCareConnectGPCReligiousAffiliation1.checkExtensionCareConnectGPCReligiousAffiliation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1",
    { check: import_ExtensionCareConnectGPCResidentialStatus1.checkExtensionCareConnectGPCResidentialStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1",
    { check: import_ExtensionCareConnectGPCTreatmentCategory1.checkExtensionCareConnectGPCTreatmentCategory1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1",
    { check: import_ExtensionCareConnectMainLocation1.checkExtensionCareConnectMainLocation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1",
    { check: import_ExtensionCareConnectNHSCommunication1.checkExtensionCareConnectNHSCommunication1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1",
    { check: import_ExtensionCareConnectNHSNumberVerificationStatus1.checkExtensionCareConnectNHSNumberVerificationStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1",
    { check: import_ExtensionCareConnectNominatedPharmacy1.checkExtensionCareConnectNominatedPharmacy1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1",
    { check: import_ExtensionCareConnectOutcomeOfAttendance1.checkExtensionCareConnectOutcomeOfAttendance1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1",
    { check: import_ExtensionCareConnectReasonCondition1.checkExtensionCareConnectReasonCondition1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1",
    { check: import_ExtensionCareConnectRelatedProblemHeader1.checkExtensionCareConnectRelatedProblemHeader1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1",
    { check: import_ExtensionCareConnectReligiousAffiliation1.checkExtensionCareConnectReligiousAffiliation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1",
    { check: import_ExtensionCareConnectResidentialStatus1.checkExtensionCareConnectResidentialStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1",
    { check: import_ExtensionCareConnectTreatmentCategory1.checkExtensionCareConnectTreatmentCategory1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1",
    { check: import_ExtensionCareConnectValueApproximation1.checkExtensionCareConnectValueApproximation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
    { check: import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
    { check: import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1",
    { check: import_ExtensionGPConnectAppointmentCancellationReason1.checkExtensionGPConnectAppointmentCancellationReason1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
    { check: import_ExtensionGPConnectBookingOrganisation1.checkExtensionGPConnectBookingOrganisation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1",
    { check: import_ExtensionGPConnectDeliveryChannel1.checkExtensionGPConnectDeliveryChannel1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
    { check: import_ExtensionGPConnectDeliveryChannel2.checkExtensionGPConnectDeliveryChannel2, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
    { check: import_ExtensionGPConnectPractitionerRole1.checkExtensionGPConnectPractitionerRole1, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/FamilyMemberHistory",
    { check: import_FamilyMemberHistory.checkFamilyMemberHistory, type: "FamilyMemberHistory", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-genetic",
    { check: import_FamilyMemberHistoryForGeneticsAnalysis.checkFamilyMemberHistoryForGeneticsAnalysis, type: "FamilyMemberHistory", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation",
    { check: import_FamilyMemberHistoryGeneticsObservation.checkFamilyMemberHistoryGeneticsObservation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family",
    { check: import_FathersFamily.checkFathersFamily, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/base64Binary",
    { check: import_FhirBase64Binary.checkFhirBase64Binary, type: "base64Binary", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/boolean", { check: import_FhirBoolean.checkFhirBoolean, type: "boolean", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/code", { check: import_FhirCode.checkFhirCode, type: "code", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/date", { check: import_FhirDate.checkFhirDate, type: "date", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/dateTime",
    { check: import_FhirDateTime.checkFhirDateTime, type: "dateTime", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/decimal", { check: import_FhirDecimal.checkFhirDecimal, type: "decimal", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/id", { check: import_FhirId.checkFhirId, type: "id", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/instant", { check: import_FhirInstant.checkFhirInstant, type: "instant", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/integer", { check: import_FhirInteger.checkFhirInteger, type: "integer", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/markdown",
    { check: import_FhirMarkdown.checkFhirMarkdown, type: "markdown", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/oid", { check: import_FhirOid.checkFhirOid, type: "oid", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression",
    { check: import_FhirPathExpression.checkFhirPathExpression, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/positiveInt",
    { check: import_FhirPositiveInt.checkFhirPositiveInt, type: "positiveInt", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/string", { check: import_FhirString.checkFhirString, type: "string", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/time", { check: import_FhirTime.checkFhirTime, type: "time", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType",
    { check: import_FhirType.checkFhirType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/unsignedInt",
    { check: import_FhirUnsignedInt.checkFhirUnsignedInt, type: "unsignedInt", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/uri", { check: import_FhirUri.checkFhirUri, type: "uri", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/uuid", { check: import_FhirUuid.checkFhirUuid, type: "uuid", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/xhtml", { check: import_FhirXhtml.checkFhirXhtml, type: "xhtml", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/Flag", { check: import_Flag.checkFlag, type: "Flag", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm",
    { check: import_Fmm.checkFmm, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings",
    { check: import_FmmNoWarnings.checkFmmNoWarnings, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-focal-subject",
    { check: import_FocalSubject.checkFocalSubject, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1",
    { check: import_GPConnectAppointment1.checkGPConnectAppointment1, type: "Appointment", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1",
    { check: import_GPConnectDevice1.checkGPConnectDevice1, type: "Device", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1",
    { check: import_GPConnectOperationOutcome1.checkGPConnectOperationOutcome1, type: "OperationOutcome", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Schedule-1",
    { check: import_GPConnectSchedule1.checkGPConnectSchedule1, type: "Schedule", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Searchset-Bundle-1",
    { check: import_GPConnectSearchsetBundle1.checkGPConnectSearchsetBundle1, type: "Bundle", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1",
    { check: import_GPConnectSlot1.checkGPConnectSlot1, type: "Slot", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1",
    { check: import_GPConnectStructuredRecordBundle1.checkGPConnectStructuredRecordBundle1, type: "Bundle", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene",
    { check: import_Gene.checkGene, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass",
    { check: import_GenomicSourceClass.checkGenomicSourceClass, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/geolocation",
    { check: import_Geolocation.checkGeolocation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring",
    { check: import_Glstring.checkGlstring, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Goal", { check: import_Goal.checkGoal, type: "Goal", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected",
    { check: import_GoalReasonRejected.checkGoalReasonRejected, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/GraphDefinition",
    { check: import_GraphDefinition.checkGraphDefinition, type: "GraphDefinition", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Group", { check: import_Group.checkGroup, type: "Group", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/GuidanceResponse",
    { check: import_GuidanceResponse.checkGuidanceResponse, type: "GuidanceResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid",
    { check: import_Haploid.checkHaploid, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hdlcholesterol",
    { check: import_Hdlcholesterol.checkHdlcholesterol, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/headcircum",
    { check: import_Headcircum.checkHeadcircum, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/HealthcareService",
    { check: import_HealthcareService.checkHealthcareService, type: "HealthcareService", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/heartrate",
    { check: import_Heartrate.checkHeartrate, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
    { check: import_Hidden.checkHidden, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-history",
    { check: import_History.checkHistory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/http-response-header",
    { check: import_HttpResponseHeader.checkHttpResponseHeader, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/HumanName",
    { check: import_HumanName.checkHumanName, type: "HumanName", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Identifier",
    { check: import_Identifier.checkIdentifier, type: "Identifier", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ImagingManifest",
    { check: import_ImagingManifest.checkImagingManifest, type: "ImagingManifest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ImagingStudy",
    { check: import_ImagingStudy.checkImagingStudy, type: "ImagingStudy", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Immunization",
    { check: import_Immunization.checkImmunization, type: "Immunization", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ImmunizationRecommendation",
    { check: import_ImmunizationRecommendation.checkImmunizationRecommendation, type: "ImmunizationRecommendation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/device-implant-status",
    { check: import_ImplantStatus.checkImplantStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ImplementationGuide",
    { check: import_ImplementationGuide.checkImplementationGuide, type: "ImplementationGuide", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-importance",
    { check: import_Importance.checkImportance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime",
    { check: import_IncisionDateTime.checkIncisionDateTime, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver",
    { check: import_InfuseOver.checkInfuseOver, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet",
    { check: import_InheritedExtensibleValueSet.checkInheritedExtensibleValueSet, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-initialValue",
    { check: import_InitialValue.checkInitialValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization",
    { check: import_InitiatingOrganization.checkInitiatingOrganization, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson",
    { check: import_InitiatingPerson.checkInitiatingPerson, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Instance",
    { check: import_Instance.checkInstance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation",
    { check: import_Interpretation.checkInterpretation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
    { check: import_InterpreterRequired.checkInterpreterRequired, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding",
    { check: import_IsCommonBinding.checkIsCommonBinding, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept",
    { check: import_IsDataElementConcept.checkIsDataElementConcept, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight",
    { check: import_IsDryWeight.checkIsDryWeight, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source",
    { check: import_IssueSource.checkIssueSource, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem",
    { check: import_Item.checkItem, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
    { check: import_ItemControl.checkItemControl, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type",
    { check: import_JsonType.checkJsonType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord",
    { check: import_KeyWord.checkKeyWord, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-label",
    { check: import_Label.checkLabel, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate",
    { check: import_LastReviewDate.checkLastReviewDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ldlcholesterol",
    { check: import_Ldlcholesterol.checkLdlcholesterol, type: "Observation", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Library", { check: import_Library.checkLibrary, type: "Library", isResource: true }],
  ["http://hl7.org/fhir/StructureDefinition/Linkage", { check: import_Linkage.checkLinkage, type: "Linkage", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/lipidprofile",
    { check: import_Lipidprofile.checkLipidprofile, type: "DiagnosticReport", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/List", { check: import_List.checkList, type: "List", isResource: true }],
  ["http://hl7.org/fhir/StructureDefinition/Location", { check: import_Location.checkLocation, type: "Location", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/location-distance",
    { check: import_LocationDistance.checkLocationDistance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed",
    { check: import_LocationPerformed.checkLocationPerformed, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire",
    { check: import_LookupQuestionnaire.checkLookupQuestionnaire, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS",
    { check: import_MPPS.checkMPPS, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-management",
    { check: import_Management.checkManagement, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher",
    { check: import_MapSourcePublisher.checkMapSourcePublisher, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-markdown",
    { check: import_Markdown.checkMarkdown, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/match-grade",
    { check: import_MatchGrade.checkMatchGrade, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces",
    { check: import_MaxDecimalPlaces.checkMaxDecimalPlaces, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate",
    { check: import_MaxDeliveryRate.checkMaxDeliveryRate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume",
    { check: import_MaxDeliveryVolume.checkMaxDeliveryVolume, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs",
    { check: import_MaxOccurs.checkMaxOccurs, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/maxSize", { check: import_MaxSize.checkMaxSize, type: "Extension", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/maxValue", { check: import_MaxValue.checkMaxValue, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet",
    { check: import_MaxValueSet.checkMaxValueSet, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Measure", { check: import_Measure.checkMeasure, type: "Measure", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo",
    { check: import_MeasureInfo.checkMeasureInfo, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MeasureReport",
    { check: import_MeasureReport.checkMeasureReport, type: "MeasureReport", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Media", { check: import_Media.checkMedia, type: "Media", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/Medication",
    { check: import_Medication.checkMedication, type: "Medication", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MedicationAdministration",
    { check: import_MedicationAdministration.checkMedicationAdministration, type: "MedicationAdministration", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MedicationDispense",
    { check: import_MedicationDispense.checkMedicationDispense, type: "MedicationDispense", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MedicationRequest",
    { check: import_MedicationRequest.checkMedicationRequest, type: "MedicationRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MedicationStatement",
    { check: import_MedicationStatement.checkMedicationStatement, type: "MedicationStatement", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MessageDefinition",
    { check: import_MessageDefinition.checkMessageDefinition, type: "MessageDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MessageHeader",
    { check: import_MessageHeader.checkMessageHeader, type: "MessageHeader", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/messageheader-response-request",
    { check: import_MessageheaderResponseRequest.checkMessageheaderResponseRequest, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Meta", { check: import_Meta.checkMeta, type: "Meta", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method",
    { check: import_Method.checkMethod, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/mimeType", { check: import_MimeType.checkMimeType, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod",
    { check: import_MinDosePerPeriod.checkMinDosePerPeriod, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/minLength",
    { check: import_MinLength.checkMinLength, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs",
    { check: import_MinOccurs.checkMinOccurs, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/minValue", { check: import_MinValue.checkMinValue, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet",
    { check: import_MinValueSet.checkMinValueSet, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival",
    { check: import_ModeOfArrival.checkModeOfArrival, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Money", { check: import_Money.checkMoney, type: "Money", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family",
    { check: import_MothersFamily.checkMothersFamily, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
    { check: import_MothersMaidenName.checkMothersMaidenName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace",
    { check: import_Namespace.checkNamespace, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/NamingSystem",
    { check: import_NamingSystem.checkNamingSystem, type: "NamingSystem", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Narrative",
    { check: import_Narrative.checkNarrative, type: "Narrative", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-nationality",
    { check: import_Nationality.checkNationality, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-notDone",
    { check: import_NotDone.checkNotDone, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note",
    { check: import_Note.checkNote, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint",
    { check: import_NotificationEndpoint.checkNotificationEndpoint, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor",
    { check: import_NullFlavor.checkNullFlavor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances",
    { check: import_NumberOfInstances.checkNumberOfInstances, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/NutritionOrder",
    { check: import_NutritionOrder.checkNutritionOrder, type: "NutritionOrder", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-objectClass",
    { check: import_ObjectClass.checkObjectClass, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty",
    { check: import_ObjectClassProperty.checkObjectClassProperty, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Observation",
    { check: import_Observation.checkObservation, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-genetics",
    { check: import_ObservationGenetics.checkObservationGenetics, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence",
    { check: import_ObservationGeneticsSequence.checkObservationGeneticsSequence, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing",
    { check: import_OccurredFollowing.checkOccurredFollowing, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf",
    { check: import_OnBehalfOf.checkOnBehalfOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-careplan",
    { check: import_OpenEHRCareplan.checkOpenEHRCareplan, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-location",
    { check: import_OpenEHRLocation.checkOpenEHRLocation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/OperationDefinition",
    { check: import_OperationDefinition.checkOperationDefinition, type: "OperationDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/OperationOutcome",
    { check: import_OperationOutcome2.checkOperationOutcome2, type: "OperationOutcome", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue",
    { check: import_OperationoutcomeDetectedIssue.checkOperationoutcomeDetectedIssue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-optionCode",
    { check: import_OptionCode.checkOptionCode, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
    { check: import_OptionExclusive.checkOptionExclusive, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix",
    { check: import_OptionPrefix.checkOptionPrefix, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy",
    { check: import_OrderedBy.checkOrderedBy, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue",
    { check: import_OrdinalValue.checkOrdinalValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Organization",
    { check: import_Organization.checkOrganization, type: "Organization", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-alias",
    { check: import_OrganizationAlias.checkOrganizationAlias, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-period",
    { check: import_OrganizationPeriod.checkOrganizationPeriod, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality",
    { check: import_OtherConfidentiality.checkOtherConfidentiality, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-otherName",
    { check: import_OtherName.checkOtherName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-outcome",
    { check: import_Outcome.checkOutcome, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-own-name",
    { check: import_OwnName.checkOwnName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix",
    { check: import_OwnPrefix.checkOwnPrefix, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/oxygensat",
    { check: import_Oxygensat.checkOxygensat, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/implementationguide-page",
    { check: import_Page.checkPage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ParameterDefinition",
    { check: import_ParameterDefinition.checkParameterDefinition, type: "ParameterDefinition", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Parameters",
    { check: import_Parameters.checkParameters, type: "Parameters", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent",
    { check: import_Parent.checkParent, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-partOf",
    { check: import_PartOf.checkPartOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy",
    { check: import_ParticipantObjectContainsStudy.checkParticipantObjectContainsStudy, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-partner-name",
    { check: import_PartnerName.checkPartnerName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix",
    { check: import_PartnerPrefix.checkPartnerPrefix, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Patient", { check: import_Patient.checkPatient, type: "Patient", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
    { check: import_PatientBirthTime.checkPatientBirthTime, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor",
    { check: import_PatientCadavericDonor.checkPatientCadavericDonor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction",
    { check: import_PatientInstruction.checkPatientInstruction, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record",
    { check: import_PatientRecord.checkPatientRecord, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/PaymentNotice",
    { check: import_PaymentNotice.checkPaymentNotice, type: "PaymentNotice", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/PaymentReconciliation",
    { check: import_PaymentReconciliation.checkPaymentReconciliation, type: "PaymentReconciliation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-performerRole",
    { check: import_PerformerRole.checkPerformerRole, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Period", { check: import_Period.checkPeriod, type: "Period", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap",
    { check: import_PermittedValueConceptmap.checkPermittedValueConceptmap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset",
    { check: import_PermittedValueValueset.checkPermittedValueValueset, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Person", { check: import_Person.checkPerson, type: "Person", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal",
    { check: import_PertainsToGoal.checkPertainsToGoal, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet",
    { check: import_PhaseSet.checkPhaseSet, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/PlanDefinition",
    { check: import_PlanDefinition.checkPlanDefinition, type: "PlanDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Practitioner",
    { check: import_Practitioner.checkPractitioner, type: "Practitioner", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/PractitionerRole",
    { check: import_PractitionerRole.checkPractitionerRole, type: "PractitionerRole", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition",
    { check: import_Precondition.checkPrecondition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-preferred",
    { check: import_Preferred.checkPreferred, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-preferredContact",
    { check: import_PreferredContact.checkPreferredContact, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber",
    { check: import_Prescriber.checkPrescriber, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis",
    { check: import_PrimaryDiagnosis.checkPrimaryDiagnosis, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd",
    { check: import_PrimaryInd.checkPrimaryInd, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/flag-priority",
    { check: import_Priority.checkPriority, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Procedure", { check: import_Procedure.checkProcedure, type: "Procedure", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-method",
    { check: import_ProcedureMethod.checkProcedureMethod, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ProcedureRequest",
    { check: import_ProcedureRequest.checkProcedureRequest, type: "ProcedureRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics",
    { check: import_ProcedureRequestGenetics.checkProcedureRequestGenetics, type: "ProcedureRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-schedule",
    { check: import_ProcedureSchedule.checkProcedureSchedule, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite",
    { check: import_ProcedureTargetBodySite.checkProcedureTargetBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite",
    { check: import_ProcedurerequestApproachBodySite.checkProcedurerequestApproachBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected",
    { check: import_ProcedurerequestReasonRejected.checkProcedurerequestReasonRejected, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite",
    { check: import_ProcedurerequestTargetBodySite.checkProcedurerequestTargetBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ProcessRequest",
    { check: import_ProcessRequest.checkProcessRequest, type: "ProcessRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ProcessResponse",
    { check: import_ProcessResponse.checkProcessResponse, type: "ProcessResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-processingTime",
    { check: import_ProcessingTime.checkProcessingTime, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hlaresult",
    { check: import_ProfileForHLAGenotypingResults.checkProfileForHLAGenotypingResults, type: "DiagnosticReport", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus",
    { check: import_ProgressStatus.checkProgressStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited",
    { check: import_Prohibited.checkProhibited, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Provenance",
    { check: import_Provenance.checkProvenance, type: "Provenance", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence",
    { check: import_QualityOfEvidence.checkQualityOfEvidence, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Quantity", { check: import_Quantity.checkQuantity, type: "Quantity", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-question",
    { check: import_Question.checkQuestion, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Questionnaire",
    { check: import_Questionnaire.checkQuestionnaire, type: "Questionnaire", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue",
    { check: import_QuestionnaireOrdinalValue.checkQuestionnaireOrdinalValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest",
    { check: import_QuestionnaireRequest.checkQuestionnaireRequest, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse",
    { check: import_QuestionnaireResponse.checkQuestionnaireResponse, type: "QuestionnaireResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author",
    { check: import_QuestionnaireresponseAuthor.checkQuestionnaireresponseAuthor, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Range", { check: import_Range.checkRange, type: "Range", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal",
    { check: import_RateGoal.checkRateGoal, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement",
    { check: import_RateIncrement.checkRateIncrement, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval",
    { check: import_RateIncrementInterval.checkRateIncrementInterval, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Ratio", { check: import_Ratio.checkRatio, type: "Ratio", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type",
    { check: import_RdfType.checkRdfType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason",
    { check: import_Reason.checkReason, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled",
    { check: import_ReasonCancelled.checkReasonCancelled, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-reasonCode",
    { check: import_ReasonCode.checkReasonCode, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed",
    { check: import_ReasonNotPerformed.checkReasonNotPerformed, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-reasonReference",
    { check: import_ReasonReference.checkReasonReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused",
    { check: import_ReasonRefused.checkReasonRefused, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted",
    { check: import_ReasonRefuted.checkReasonRefuted, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected",
    { check: import_ReasonRejected.checkReasonRejected, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization",
    { check: import_ReceivingOrganization.checkReceivingOrganization, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson",
    { check: import_ReceivingPerson.checkReceivingPerson, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage",
    { check: import_RecipientLanguage.checkRecipientLanguage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType",
    { check: import_RecipientType.checkRecipientType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Reference",
    { check: import_Reference.checkReference, type: "Reference", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter",
    { check: import_ReferenceFilter.checkReferenceFilter, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ReferralRequest",
    { check: import_ReferralRequest.checkReferralRequest, type: "ReferralRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused",
    { check: import_ReferralrequestReasonRefused.checkReferralrequestReasonRefused, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining",
    { check: import_RefillsRemaining.checkRefillsRemaining, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/regex", { check: import_Regex.checkRegex, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org",
    { check: import_RegistryOrg.checkRegistryOrg, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/RelatedArtifact",
    { check: import_RelatedArtifact.checkRelatedArtifact, type: "RelatedArtifact", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/RelatedPerson",
    { check: import_RelatedPerson.checkRelatedPerson, type: "RelatedPerson", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-relationship",
    { check: import_Relationship.checkRelationship, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory",
    { check: import_RelevantHistory.checkRelevantHistory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-religion",
    { check: import_Religion.checkReligion, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendered-value",
    { check: import_RenderedValue.checkRenderedValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby",
    { check: import_Replacedby.checkReplacedby, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces",
    { check: import_Replaces.checkReplaces, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/RequestGroup",
    { check: import_RequestGroup.checkRequestGroup, type: "RequestGroup", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ResearchStudy",
    { check: import_ResearchStudy.checkResearchStudy, type: "ResearchStudy", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ResearchSubject",
    { check: import_ResearchSubject.checkResearchSubject, type: "ResearchSubject", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge",
    { check: import_ResolutionAge.checkResolutionAge, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Resource", { check: import_Resource.checkResource, type: "Resource", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod",
    { check: import_ResourceEffectivePeriod.checkResourceEffectivePeriod, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/resprate", { check: import_Resprate.checkResprate, type: "Observation", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer",
    { check: import_Reviewer.checkReviewer, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/RiskAssessment",
    { check: import_RiskAssessment.checkRiskAssessment, type: "RiskAssessment", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-ruledOut",
    { check: import_RuledOut.checkRuledOut, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding",
    { check: import_SCCoding.checkSCCoding, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass",
    { check: import_SOPClass.checkSOPClass, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SampledData",
    { check: import_SampledData.checkSampledData, type: "SampledData", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Schedule", { check: import_Schedule.checkSchedule, type: "Schedule", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/coding-sctdescid",
    { check: import_Sctdescid.checkSctdescid, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SearchParameter",
    { check: import_SearchParameter.checkSearchParameter, type: "SearchParameter", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination",
    { check: import_SearchParameterCombination.checkSearchParameterCombination, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector",
    { check: import_Selector.checkSelector, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Sequence", { check: import_Sequence.checkSequence, type: "Sequence", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber",
    { check: import_SequenceNumber.checkSequenceNumber, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ServiceDefinition",
    { check: import_ServiceDefinition.checkServiceDefinition, type: "ServiceDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity",
    { check: import_Severity.checkSeverity, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/shareablecodesystem",
    { check: import_ShareableCodeSystem.checkShareableCodeSystem, type: "CodeSystem", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/shareablevalueset",
    { check: import_ShareableValueSet.checkShareableValueSet, type: "ValueSet", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling",
    { check: import_Sibling.checkSibling, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Signature",
    { check: import_Signature.checkSignature, type: "Signature", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SimpleQuantity",
    { check: import_SimpleQuantity.checkSimpleQuantity, type: "Quantity", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Slot", { check: import_Slot.checkSlot, type: "Slot", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference",
    { check: import_SourceReference.checkSourceReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap",
    { check: import_SourceStructureMap.checkSourceStructureMap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet",
    { check: import_SourceValueSet.checkSourceValueSet, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling",
    { check: import_SpecialHandling.checkSpecialHandling, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Specimen", { check: import_Specimen.checkSpecimen, type: "Specimen", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation",
    { check: import_StrengthOfRecommendation.checkStrengthOfRecommendation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/StructureDefinition",
    { check: import_StructureDefinition.checkStructureDefinition, type: "StructureDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/StructureMap",
    { check: import_StructureMap.checkStructureMap, type: "StructureMap", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation",
    { check: import_StructuredefinitionAnnotation.checkStructuredefinitionAnnotation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex",
    { check: import_StructuredefinitionRegex.checkStructuredefinitionRegex, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier",
    { check: import_StudyprotocolIdentifier.checkStudyprotocolIdentifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-style",
    { check: import_Style.checkStyle, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive",
    { check: import_StyleSensitive.checkStyleSensitive, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org",
    { check: import_SubmitterOrg.checkSubmitterOrg, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Subscription",
    { check: import_Subscription.checkSubscription, type: "Subscription", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Substance", { check: import_Substance.checkSubstance, type: "Substance", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk",
    { check: import_SubstanceExposureRisk.checkSubstanceExposureRisk, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes",
    { check: import_Subsumes.checkSubsumes, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary",
    { check: import_Summary.checkSummary, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf",
    { check: import_SummaryOf.checkSummaryOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SupplyDelivery",
    { check: import_SupplyDelivery.checkSupplyDelivery, type: "SupplyDelivery", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SupplyRequest",
    { check: import_SupplyRequest.checkSupplyRequest, type: "SupplyRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink",
    { check: import_SupportLink.checkSupportLink, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system",
    { check: import_SupportedSystem.checkSupportedSystem, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo",
    { check: import_SupportingInfo.checkSupportingInfo, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-system",
    { check: import_System.checkSystem, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-systemName",
    { check: import_SystemName.checkSystemName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-systemRef",
    { check: import_SystemRef.checkSystemRef, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage",
    { check: import_SystemUserLanguage.checkSystemUserLanguage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext",
    { check: import_SystemUserTaskContext.checkSystemUserTaskContext, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType",
    { check: import_SystemUserType.checkSystemUserType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference",
    { check: import_T11179DeDocumentReference.checkT11179DeDocumentReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address",
    { check: import_TELAddress.checkTELAddress, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name",
    { check: import_TableName.checkTableName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite",
    { check: import_TargetBodySite.checkTargetBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap",
    { check: import_TargetStructureMap.checkTargetStructureMap, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Task", { check: import_Task.checkTask, type: "Task", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/task-replaces",
    { check: import_TaskReplaces.checkTaskReplaces, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status",
    { check: import_TemplateStatus.checkTemplateStatus, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/openEHR-test", { check: import_Test.checkTest, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/TestReport",
    { check: import_TestReport.checkTestReport, type: "TestReport", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/TestScript",
    { check: import_TestScript.checkTestScript, type: "TestScript", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-time-offset",
    { check: import_TimeOffset.checkTimeOffset, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Timing", { check: import_Timing.checkTiming, type: "Timing", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-toocostly",
    { check: import_Toocostly.checkToocostly, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable",
    { check: import_Translatable.checkTranslatable, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/translation",
    { check: import_Translation.checkTranslation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/TriggerDefinition",
    { check: import_TriggerDefinition.checkTriggerDefinition, type: "TriggerDefinition", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/triglyceride",
    { check: import_Triglyceride.checkTriglyceride, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion",
    { check: import_TrustedExpansion.checkTrustedExpansion, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type",
    { check: import_Type.checkType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty",
    { check: import_Uncertainty.checkUncertainty, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType",
    { check: import_UncertaintyType.checkUncertaintyType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-unclosed",
    { check: import_Unclosed.checkUnclosed, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
    { check: import_Unit.checkUnit, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-usage",
    { check: import_Usage.checkUsage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/UsageContext",
    { check: import_UsageContext.checkUsageContext, type: "UsageContext", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode",
    { check: import_UsageMode.checkUsageMode, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/usagecontext-group",
    { check: import_UsagecontextGroup.checkUsagecontextGroup, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medication-usualRoute",
    { check: import_UsualRoute.checkUsualRoute, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/identifier-validDate",
    { check: import_ValidDate.checkValidDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod",
    { check: import_ValidityPeriod.checkValidityPeriod, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/ValueSet", { check: import_ValueSet.checkValueSet, type: "ValueSet", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-author",
    { check: import_ValuesetAuthor.checkValuesetAuthor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-comment",
    { check: import_ValuesetComment.checkValuesetComment, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-comments",
    { check: import_ValuesetComments.checkValuesetComments, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder",
    { check: import_ValuesetConceptOrder.checkValuesetConceptOrder, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-definition",
    { check: import_ValuesetDefinition.checkValuesetDefinition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate",
    { check: import_ValuesetEffectiveDate.checkValuesetEffectiveDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate",
    { check: import_ValuesetExpirationDate.checkValuesetExpirationDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-history",
    { check: import_ValuesetHistory.checkValuesetHistory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-keyWord",
    { check: import_ValuesetKeyWord.checkValuesetKeyWord, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-label",
    { check: import_ValuesetLabel.checkValuesetLabel, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-map",
    { check: import_ValuesetMap.checkValuesetMap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue",
    { check: import_ValuesetOrdinalValue.checkValuesetOrdinalValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-otherName",
    { check: import_ValuesetOtherName.checkValuesetOtherName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-reference",
    { check: import_ValuesetReference.checkValuesetReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference",
    { check: import_ValuesetSourceReference.checkValuesetSourceReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion",
    { check: import_ValuesetTrustedExpansion.checkValuesetTrustedExpansion, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-usage",
    { check: import_ValuesetUsage.checkValuesetUsage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-warning",
    { check: import_ValuesetWarning.checkValuesetWarning, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus",
    { check: import_ValuesetWorkflowStatus.checkValuesetWorkflowStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-verification",
    { check: import_Verification.checkVerification, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/VisionPrescription",
    { check: import_VisionPrescription.checkVisionPrescription, type: "VisionPrescription", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/bmi",
    { check: import_VitalSignsProfile.checkVitalSignsProfile, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/vitalsigns",
    { check: import_Vitalsigns.checkVitalsigns, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/vitalspanel",
    { check: import_Vitalspanel.checkVitalspanel, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-warning",
    { check: import_Warning.checkWarning, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket",
    { check: import_Websocket.checkWebsocket, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg",
    { check: import_Wg.checkWg, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-Witness",
    { check: import_Witness.checkWitness, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus",
    { check: import_WorkflowStatus.checkWorkflowStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
    { check: import_Xhtml.checkXhtml, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type",
    { check: import_XmlType.checkXmlType, type: "Extension", isResource: false }
  ]
]);
const RESOURCES = vrt.StringTable.of([
  ["Account", import_Account.checkAccount],
  ["ActivityDefinition", import_ActivityDefinition.checkActivityDefinition],
  ["AdverseEvent", import_AdverseEvent.checkAdverseEvent],
  ["AllergyIntolerance", import_AllergyIntolerance.checkAllergyIntolerance],
  ["Appointment", import_Appointment.checkAppointment],
  ["AppointmentResponse", import_AppointmentResponse.checkAppointmentResponse],
  ["AuditEvent", import_AuditEvent.checkAuditEvent],
  ["Basic", import_Basic.checkBasic],
  ["Binary", import_Binary.checkBinary],
  ["BodySite", import_BodySite.checkBodySite],
  ["Bundle", import_Bundle.checkBundle],
  ["CapabilityStatement", import_CapabilityStatement.checkCapabilityStatement],
  ["CarePlan", import_CarePlan.checkCarePlan],
  ["CareTeam", import_CareTeam.checkCareTeam],
  ["ChargeItem", import_ChargeItem.checkChargeItem],
  ["Claim", import_Claim.checkClaim],
  ["ClaimResponse", import_ClaimResponse.checkClaimResponse],
  ["ClinicalImpression", import_ClinicalImpression.checkClinicalImpression],
  ["CodeSystem", import_CodeSystem.checkCodeSystem],
  ["Communication", import_Communication.checkCommunication],
  ["CommunicationRequest", import_CommunicationRequest.checkCommunicationRequest],
  ["CompartmentDefinition", import_CompartmentDefinition.checkCompartmentDefinition],
  ["Composition", import_Composition.checkComposition],
  ["ConceptMap", import_ConceptMap.checkConceptMap],
  ["Condition", import_Condition.checkCondition],
  ["Consent", import_Consent.checkConsent],
  ["Contract", import_Contract.checkContract],
  ["Coverage", import_Coverage.checkCoverage],
  ["DataElement", import_DataElement.checkDataElement],
  ["DetectedIssue", import_DetectedIssue.checkDetectedIssue],
  ["Device", import_Device.checkDevice],
  ["DeviceComponent", import_DeviceComponent.checkDeviceComponent],
  ["DeviceMetric", import_DeviceMetric.checkDeviceMetric],
  ["DeviceRequest", import_DeviceRequest.checkDeviceRequest],
  ["DeviceUseStatement", import_DeviceUseStatement.checkDeviceUseStatement],
  ["DiagnosticReport", import_DiagnosticReport.checkDiagnosticReport],
  ["DocumentManifest", import_DocumentManifest.checkDocumentManifest],
  ["DocumentReference", import_DocumentReference.checkDocumentReference],
  ["EligibilityRequest", import_EligibilityRequest.checkEligibilityRequest],
  ["EligibilityResponse", import_EligibilityResponse.checkEligibilityResponse],
  ["Encounter", import_Encounter.checkEncounter],
  ["Endpoint", import_Endpoint.checkEndpoint],
  ["EnrollmentRequest", import_EnrollmentRequest.checkEnrollmentRequest],
  ["EnrollmentResponse", import_EnrollmentResponse.checkEnrollmentResponse],
  ["EpisodeOfCare", import_EpisodeOfCare.checkEpisodeOfCare],
  ["ExpansionProfile", import_ExpansionProfile.checkExpansionProfile],
  ["ExplanationOfBenefit", import_ExplanationOfBenefit.checkExplanationOfBenefit],
  ["FamilyMemberHistory", import_FamilyMemberHistory.checkFamilyMemberHistory],
  ["Flag", import_Flag.checkFlag],
  ["Goal", import_Goal.checkGoal],
  ["GraphDefinition", import_GraphDefinition.checkGraphDefinition],
  ["Group", import_Group.checkGroup],
  ["GuidanceResponse", import_GuidanceResponse.checkGuidanceResponse],
  ["HealthcareService", import_HealthcareService.checkHealthcareService],
  ["ImagingManifest", import_ImagingManifest.checkImagingManifest],
  ["ImagingStudy", import_ImagingStudy.checkImagingStudy],
  ["Immunization", import_Immunization.checkImmunization],
  ["ImmunizationRecommendation", import_ImmunizationRecommendation.checkImmunizationRecommendation],
  ["ImplementationGuide", import_ImplementationGuide.checkImplementationGuide],
  ["Library", import_Library.checkLibrary],
  ["Linkage", import_Linkage.checkLinkage],
  ["List", import_List.checkList],
  ["Location", import_Location.checkLocation],
  ["Measure", import_Measure.checkMeasure],
  ["MeasureReport", import_MeasureReport.checkMeasureReport],
  ["Media", import_Media.checkMedia],
  ["Medication", import_Medication.checkMedication],
  ["MedicationAdministration", import_MedicationAdministration.checkMedicationAdministration],
  ["MedicationDispense", import_MedicationDispense.checkMedicationDispense],
  ["MedicationRequest", import_MedicationRequest.checkMedicationRequest],
  ["MedicationStatement", import_MedicationStatement.checkMedicationStatement],
  ["MessageDefinition", import_MessageDefinition.checkMessageDefinition],
  ["MessageHeader", import_MessageHeader.checkMessageHeader],
  ["NamingSystem", import_NamingSystem.checkNamingSystem],
  ["NutritionOrder", import_NutritionOrder.checkNutritionOrder],
  ["Observation", import_Observation.checkObservation],
  ["OperationDefinition", import_OperationDefinition.checkOperationDefinition],
  ["OperationOutcome", import_OperationOutcome2.checkOperationOutcome2],
  ["Organization", import_Organization.checkOrganization],
  ["Parameters", import_Parameters.checkParameters],
  ["Patient", import_Patient.checkPatient],
  ["PaymentNotice", import_PaymentNotice.checkPaymentNotice],
  ["PaymentReconciliation", import_PaymentReconciliation.checkPaymentReconciliation],
  ["Person", import_Person.checkPerson],
  ["PlanDefinition", import_PlanDefinition.checkPlanDefinition],
  ["Practitioner", import_Practitioner.checkPractitioner],
  ["PractitionerRole", import_PractitionerRole.checkPractitionerRole],
  ["Procedure", import_Procedure.checkProcedure],
  ["ProcedureRequest", import_ProcedureRequest.checkProcedureRequest],
  ["ProcessRequest", import_ProcessRequest.checkProcessRequest],
  ["ProcessResponse", import_ProcessResponse.checkProcessResponse],
  ["Provenance", import_Provenance.checkProvenance],
  ["Questionnaire", import_Questionnaire.checkQuestionnaire],
  ["QuestionnaireResponse", import_QuestionnaireResponse.checkQuestionnaireResponse],
  ["ReferralRequest", import_ReferralRequest.checkReferralRequest],
  ["RelatedPerson", import_RelatedPerson.checkRelatedPerson],
  ["RequestGroup", import_RequestGroup.checkRequestGroup],
  ["ResearchStudy", import_ResearchStudy.checkResearchStudy],
  ["ResearchSubject", import_ResearchSubject.checkResearchSubject],
  ["RiskAssessment", import_RiskAssessment.checkRiskAssessment],
  ["Schedule", import_Schedule.checkSchedule],
  ["SearchParameter", import_SearchParameter.checkSearchParameter],
  ["Sequence", import_Sequence.checkSequence],
  ["ServiceDefinition", import_ServiceDefinition.checkServiceDefinition],
  ["Slot", import_Slot.checkSlot],
  ["Specimen", import_Specimen.checkSpecimen],
  ["StructureDefinition", import_StructureDefinition.checkStructureDefinition],
  ["StructureMap", import_StructureMap.checkStructureMap],
  ["Subscription", import_Subscription.checkSubscription],
  ["Substance", import_Substance.checkSubstance],
  ["SupplyDelivery", import_SupplyDelivery.checkSupplyDelivery],
  ["SupplyRequest", import_SupplyRequest.checkSupplyRequest],
  ["Task", import_Task.checkTask],
  ["TestReport", import_TestReport.checkTestReport],
  ["TestScript", import_TestScript.checkTestScript],
  ["ValueSet", import_ValueSet.checkValueSet],
  ["VisionPrescription", import_VisionPrescription.checkVisionPrescription]
]);
const EXTENSIONS = vrt.StringTable.of([
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status",
      check: import_AdministrativeStatus.checkAdministrativeStatus,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-change-description",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-change-description",
      check: import_ChangeDescription.checkChangeDescription,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context",
      check: import_ClassificationOrContext.checkClassificationOrContext,
      contexts: CONTEXTS_1,
      contextTypes: CONTEXTS_2
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address",
      check: import_ContactAddress.checkContactAddress,
      contexts: CONTEXTS_3,
      contextTypes: CONTEXTS_4
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference",
      check: import_T11179DeDocumentReference.checkT11179DeDocumentReference,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period",
      check: import_EffectivePeriod.checkEffectivePeriod,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept",
      check: import_IsDataElementConcept.checkIsDataElementConcept,
      contexts: CONTEXTS_5,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org",
      check: import_RegistryOrg.checkRegistryOrg,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org",
      check: import_SubmitterOrg.checkSubmitterOrg,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-objectClass",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-objectClass",
      check: import_ObjectClass.checkObjectClass,
      contexts: CONTEXTS_7,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty",
      check: import_ObjectClassProperty.checkObjectClassProperty,
      contexts: CONTEXTS_7,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap",
      check: import_PermittedValueConceptmap.checkPermittedValueConceptmap,
      contexts: CONTEXTS_9,
      contextTypes: CONTEXTS_10
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset",
      check: import_PermittedValueValueset.checkPermittedValueValueset,
      contexts: CONTEXTS_9,
      contextTypes: CONTEXTS_10
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis",
    {
      url: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis",
      check: import_Analysis.checkAnalysis,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition",
      check: import_AssessedCondition.checkAssessedCondition,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory",
    {
      url: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory",
      check: import_DiagnosticReportGeneticsFamilyMemberHistory.checkDiagnosticReportGeneticsFamilyMemberHistory,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty",
      check: import_Certainty.checkCertainty,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration",
      check: import_AllergyintoleranceDuration.checkAllergyintoleranceDuration,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted",
      check: import_ReasonRefuted.checkReasonRefuted,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge",
      check: import_ResolutionAge.checkResolutionAge,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk",
      check: import_SubstanceExposureRisk.checkSubstanceExposureRisk,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Accession",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-Accession",
      check: import_Accession.checkAccession,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized",
      check: import_Anonymized.checkAnonymized,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted",
      check: import_Encrypted.checkEncrypted,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Instance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-Instance",
      check: import_Instance.checkInstance,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS",
      check: import_MPPS.checkMPPS,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances",
      check: import_NumberOfInstances.checkNumberOfInstances,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy",
      check: import_ParticipantObjectContainsStudy.checkParticipantObjectContainsStudy,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass",
      check: import_SOPClass.checkSOPClass,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/birthPlace",
    {
      url: "http://hl7.org/fhir/StructureDefinition/birthPlace",
      check: import_BirthPlace.checkBirthPlace,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/body-site-instance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/body-site-instance",
      check: import_BodySiteInstance.checkBodySiteInstance,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation",
      check: import_Expectation.checkExpectation,
      contexts: CONTEXTS_18,
      contextTypes: CONTEXTS_19
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited",
      check: import_Prohibited.checkProhibited,
      contexts: CONTEXTS_20,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination",
      check: import_SearchParameterCombination.checkSearchParameterCombination,
      contexts: CONTEXTS_21,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system",
      check: import_SupportedSystem.checkSupportedSystem,
      contexts: CONTEXTS_22,
      contextTypes: CONTEXTS_22
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket",
      check: import_Websocket.checkWebsocket,
      contexts: CONTEXTS_23,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/careplan-activity-title",
    {
      url: "http://hl7.org/fhir/StructureDefinition/careplan-activity-title",
      check: import_ActivityTitle.checkActivityTitle,
      contexts: CONTEXTS_24,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-author",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-author",
      check: import_Author.checkAuthor,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-comment",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-comment",
      check: import_Comment.checkComment,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-comments",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-comments",
      check: import_Comments.checkComments,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder",
      check: import_ConceptOrder.checkConceptOrder,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated",
      check: import_Deprecated.checkDeprecated,
      contexts: CONTEXTS_27,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate",
      check: import_EffectiveDate.checkEffectiveDate,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate",
      check: import_ExpirationDate.checkExpirationDate,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-history",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-history",
      check: import_History.checkHistory,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord",
      check: import_KeyWord.checkKeyWord,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-label",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-label",
      check: import_Label.checkLabel,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-map",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-map",
      check: import_CodesystemMap.checkCodesystemMap,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue",
      check: import_OrdinalValue.checkOrdinalValue,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-otherName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-otherName",
      check: import_OtherName.checkOtherName,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-reference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-reference",
      check: import_CodesystemReference.checkCodesystemReference,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby",
      check: import_Replacedby.checkReplacedby,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference",
      check: import_SourceReference.checkSourceReference,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes",
      check: import_Subsumes.checkSubsumes,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion",
      check: import_TrustedExpansion.checkTrustedExpansion,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-usage",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-usage",
      check: import_Usage.checkUsage,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-warning",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-warning",
      check: import_Warning.checkWarning,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus",
      check: import_WorkflowStatus.checkWorkflowStatus,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/coding-sctdescid",
    {
      url: "http://hl7.org/fhir/StructureDefinition/coding-sctdescid",
      check: import_Sctdescid.checkSctdescid,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communication-media",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communication-media",
      check: import_CommunicationMedia.checkCommunicationMedia,
      contexts: CONTEXTS_29,
      contextTypes: CONTEXTS_29
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed",
      check: import_ReasonNotPerformed.checkReasonNotPerformed,
      contexts: CONTEXTS_29,
      contextTypes: CONTEXTS_29
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition",
      check: import_Definition.checkDefinition,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy",
      check: import_OrderedBy.checkOrderedBy,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected",
      check: import_ReasonRejected.checkReasonRejected,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory",
      check: import_RelevantHistory.checkRelevantHistory,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo",
      check: import_SupportingInfo.checkSupportingInfo,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality",
    {
      url: "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality",
      check: import_OtherConfidentiality.checkOtherConfidentiality,
      contexts: CONTEXTS_31,
      contextTypes: CONTEXTS_31
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/concept-bidirectional",
    {
      url: "http://hl7.org/fhir/StructureDefinition/concept-bidirectional",
      check: import_Bidirectional.checkBidirectional,
      contexts: CONTEXTS_32,
      contextTypes: CONTEXTS_32
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-basedOn",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-basedOn",
      check: import_BasedOn.checkBasedOn,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-criticality",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-criticality",
      check: import_Criticality.checkCriticality,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-definition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-definition",
      check: import_ConditionDefinition.checkConditionDefinition,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-dueTo",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-dueTo",
      check: import_DueTo.checkDueTo,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing",
      check: import_OccurredFollowing.checkOccurredFollowing,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-outcome",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-outcome",
      check: import_Outcome.checkOutcome,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-partOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-partOf",
      check: import_PartOf.checkPartOf,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-ruledOut",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-ruledOut",
      check: import_RuledOut.checkRuledOut,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite",
      check: import_TargetBodySite.checkTargetBodySite,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint",
    {
      url: "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint",
      check: import_NotificationEndpoint.checkNotificationEndpoint,
      contexts: CONTEXTS_34,
      contextTypes: CONTEXTS_34
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-Witness",
    {
      url: "http://hl7.org/fhir/StructureDefinition/consent-Witness",
      check: import_Witness.checkWitness,
      contexts: CONTEXTS_34,
      contextTypes: CONTEXTS_34
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-location",
    {
      url: "http://hl7.org/fhir/StructureDefinition/consent-location",
      check: import_ConsentLocation.checkConsentLocation,
      contexts: CONTEXTS_35,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue",
      check: import_CalculatedValue.checkCalculatedValue,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-citation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-citation",
      check: import_Citation.checkCitation,
      contexts: CONTEXTS_36,
      contextTypes: CONTEXTS_36
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-condition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-condition",
      check: import_CqifCondition.checkCqifCondition,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression",
      check: import_CqlExpression.checkCqlExpression,
      contexts: CONTEXTS_37,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression",
      check: import_FhirPathExpression.checkFhirPathExpression,
      contexts: CONTEXTS_37,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass",
      check: import_EncounterClass.checkEncounterClass,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType",
      check: import_EncounterType.checkEncounterType,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization",
      check: import_InitiatingOrganization.checkInitiatingOrganization,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson",
      check: import_InitiatingPerson.checkInitiatingPerson,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization",
      check: import_ReceivingOrganization.checkReceivingOrganization,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson",
      check: import_ReceivingPerson.checkReceivingPerson,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage",
      check: import_RecipientLanguage.checkRecipientLanguage,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType",
      check: import_RecipientType.checkRecipientType,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage",
      check: import_SystemUserLanguage.checkSystemUserLanguage,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext",
      check: import_SystemUserTaskContext.checkSystemUserTaskContext,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType",
      check: import_SystemUserType.checkSystemUserType,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-initialValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-initialValue",
      check: import_InitialValue.checkInitialValue,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-library",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-library",
      check: import_CqifLibrary.checkCqifLibrary,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo",
      check: import_MeasureInfo.checkMeasureInfo,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-optionCode",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-optionCode",
      check: import_OptionCode.checkOptionCode,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence",
      check: import_QualityOfEvidence.checkQualityOfEvidence,
      contexts: CONTEXTS_36,
      contextTypes: CONTEXTS_36
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet",
      check: import_SourceValueSet.checkSourceValueSet,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation",
      check: import_StrengthOfRecommendation.checkStrengthOfRecommendation,
      contexts: CONTEXTS_36,
      contextTypes: CONTEXTS_36
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
    {
      url: "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
      check: import_DataAbsentReason.checkDataAbsentReason,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/datadictionary",
    {
      url: "http://hl7.org/fhir/StructureDefinition/datadictionary",
      check: import_Datadictionary.checkDatadictionary,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/device-din",
    {
      url: "http://hl7.org/fhir/StructureDefinition/device-din",
      check: import_Din.checkDin,
      contexts: CONTEXTS_41,
      contextTypes: CONTEXTS_41
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/device-implant-status",
    {
      url: "http://hl7.org/fhir/StructureDefinition/device-implant-status",
      check: import_ImplantStatus.checkImplantStatus,
      contexts: CONTEXTS_41,
      contextTypes: CONTEXTS_41
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction",
    {
      url: "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction",
      check: import_PatientInstruction.checkPatientInstruction,
      contexts: CONTEXTS_42,
      contextTypes: CONTEXTS_42
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected",
    {
      url: "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected",
      check: import_DevicerequestReasonRejected.checkDevicerequestReasonRejected,
      contexts: CONTEXTS_42,
      contextTypes: CONTEXTS_42
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf",
      check: import_AddendumOf.checkAddendumOf,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends",
      check: import_Extends.checkExtends,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed",
      check: import_LocationPerformed.checkLocationPerformed,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces",
      check: import_Replaces.checkReplaces,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf",
      check: import_SummaryOf.checkSummaryOf,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits",
      check: import_AllowedUnits.checkAllowedUnits,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice",
      check: import_Bestpractice.checkBestpractice,
      contexts: CONTEXTS_44,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName",
      check: import_BindingName.checkBindingName,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence",
      check: import_Equivalence.checkEquivalence,
      contexts: CONTEXTS_7,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier",
      check: import_ElementdefinitionIdentifier.checkElementdefinitionIdentifier,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet",
      check: import_InheritedExtensibleValueSet.checkInheritedExtensibleValueSet,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding",
      check: import_IsCommonBinding.checkIsCommonBinding,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet",
      check: import_MaxValueSet.checkMaxValueSet,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet",
      check: import_MinValueSet.checkMinValueSet,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace",
      check: import_Namespace.checkNamespace,
      contexts: CONTEXTS_46,
      contextTypes: CONTEXTS_46
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-question",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-question",
      check: import_Question.checkQuestion,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector",
      check: import_Selector.checkSelector,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable",
      check: import_Translatable.checkTranslatable,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter",
    {
      url: "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter",
      check: import_EncounterAssociatedEncounter.checkEncounterAssociatedEncounter,
      contexts: CONTEXTS_47,
      contextTypes: CONTEXTS_48
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival",
    {
      url: "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival",
      check: import_ModeOfArrival.checkModeOfArrival,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis",
    {
      url: "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis",
      check: import_PrimaryDiagnosis.checkPrimaryDiagnosis,
      contexts: CONTEXTS_50,
      contextTypes: CONTEXTS_51
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled",
    {
      url: "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled",
      check: import_ReasonCancelled.checkReasonCancelled,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/entryFormat",
    {
      url: "http://hl7.org/fhir/StructureDefinition/entryFormat",
      check: import_EntryFormat.checkEntryFormat,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf",
      check: import_OnBehalfOf.checkOnBehalfOf,
      contexts: CONTEXTS_54,
      contextTypes: CONTEXTS_55
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-definition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-definition",
      check: import_EventDefinition.checkEventDefinition,
      contexts: CONTEXTS_56,
      contextTypes: CONTEXTS_57
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-notDone",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-notDone",
      check: import_NotDone.checkNotDone,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-partOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-partOf",
      check: import_EventPartOf.checkEventPartOf,
      contexts: CONTEXTS_56,
      contextTypes: CONTEXTS_57
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-performerRole",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-performerRole",
      check: import_PerformerRole.checkPerformerRole,
      contexts: CONTEXTS_58,
      contextTypes: CONTEXTS_10
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-reasonCode",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-reasonCode",
      check: import_ReasonCode.checkReasonCode,
      contexts: CONTEXTS_56,
      contextTypes: CONTEXTS_57
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-reasonReference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-reasonReference",
      check: import_ReasonReference.checkReasonReference,
      contexts: CONTEXTS_56,
      contextTypes: CONTEXTS_57
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation",
      check: import_FamilyMemberHistoryGeneticsObservation.checkFamilyMemberHistoryGeneticsObservation,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent",
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent",
      check: import_Parent.checkParent,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling",
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling",
      check: import_Sibling.checkSibling,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement",
    {
      url: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement",
      check: import_Abatement.checkAbatement,
      contexts: CONTEXTS_60,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record",
    {
      url: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record",
      check: import_PatientRecord.checkPatientRecord,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity",
    {
      url: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity",
      check: import_Severity.checkSeverity,
      contexts: CONTEXTS_60,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type",
    {
      url: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type",
      check: import_Type.checkType,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/flag-detail",
    {
      url: "http://hl7.org/fhir/StructureDefinition/flag-detail",
      check: import_Detail.checkDetail,
      contexts: CONTEXTS_61,
      contextTypes: CONTEXTS_61
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/flag-priority",
    {
      url: "http://hl7.org/fhir/StructureDefinition/flag-priority",
      check: import_Priority.checkPriority,
      contexts: CONTEXTS_61,
      contextTypes: CONTEXTS_61
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/geolocation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/geolocation",
      check: import_Geolocation.checkGeolocation,
      contexts: CONTEXTS_62,
      contextTypes: CONTEXTS_62
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-acceptance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/goal-acceptance",
      check: import_Acceptance.checkAcceptance,
      contexts: CONTEXTS_63,
      contextTypes: CONTEXTS_63
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal",
    {
      url: "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal",
      check: import_PertainsToGoal.checkPertainsToGoal,
      contexts: CONTEXTS_64,
      contextTypes: CONTEXTS_64
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected",
    {
      url: "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected",
      check: import_GoalReasonRejected.checkGoalReasonRejected,
      contexts: CONTEXTS_63,
      contextTypes: CONTEXTS_63
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-relationship",
    {
      url: "http://hl7.org/fhir/StructureDefinition/goal-relationship",
      check: import_Relationship.checkRelationship,
      contexts: CONTEXTS_63,
      contextTypes: CONTEXTS_63
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database",
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database",
      check: import_AlleleDatabase.checkAlleleDatabase,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring",
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring",
      check: import_Glstring.checkGlstring,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid",
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid",
      check: import_Haploid.checkHaploid,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method",
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method",
      check: import_Method.checkMethod,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/http-response-header",
    {
      url: "http://hl7.org/fhir/StructureDefinition/http-response-header",
      check: import_HttpResponseHeader.checkHttpResponseHeader,
      contexts: CONTEXTS_65,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order",
      check: import_AssemblyOrder.checkAssemblyOrder,
      contexts: CONTEXTS_66,
      contextTypes: CONTEXTS_66
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family",
      check: import_FathersFamily.checkFathersFamily,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family",
      check: import_MothersFamily.checkMothersFamily,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-own-name",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-own-name",
      check: import_OwnName.checkOwnName,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix",
      check: import_OwnPrefix.checkOwnPrefix,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-partner-name",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-partner-name",
      check: import_PartnerName.checkPartnerName,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix",
      check: import_PartnerPrefix.checkPartnerPrefix,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/identifier-validDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/identifier-validDate",
      check: import_ValidDate.checkValidDate,
      contexts: CONTEXTS_69,
      contextTypes: CONTEXTS_69
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/implementationguide-page",
    {
      url: "http://hl7.org/fhir/StructureDefinition/implementationguide-page",
      check: import_Page.checkPage,
      contexts: CONTEXTS_70,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-AD-use",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-AD-use",
      check: import_ADUse.checkADUse,
      contexts: CONTEXTS_62,
      contextTypes: CONTEXTS_62
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator",
      check: import_ADXPAdditionalLocator.checkADXPAdditionalLocator,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix",
      check: import_ADXPBuildingNumberSuffix.checkADXPBuildingNumberSuffix,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf",
      check: import_ADXPCareOf.checkADXPCareOf,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract",
      check: import_ADXPCensusTract.checkADXPCensusTract,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter",
      check: import_ADXPDelimiter.checkADXPDelimiter,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine",
      check: import_ADXPDeliveryAddressLine.checkADXPDeliveryAddressLine,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea",
      check: import_ADXPDeliveryInstallationArea.checkADXPDeliveryInstallationArea,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier",
      check: import_ADXPDeliveryInstallationQualifier.checkADXPDeliveryInstallationQualifier,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType",
      check: import_ADXPDeliveryInstallationType.checkADXPDeliveryInstallationType,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode",
      check: import_ADXPDeliveryMode.checkADXPDeliveryMode,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier",
      check: import_ADXPDeliveryModeIdentifier.checkADXPDeliveryModeIdentifier,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction",
      check: import_ADXPDirection.checkADXPDirection,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber",
      check: import_ADXPHouseNumber.checkADXPHouseNumber,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric",
      check: import_ADXPHouseNumberNumeric.checkADXPHouseNumberNumeric,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox",
      check: import_ADXPPostBox.checkADXPPostBox,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct",
      check: import_ADXPPrecinct.checkADXPPrecinct,
      contexts: CONTEXTS_62,
      contextTypes: CONTEXTS_62
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine",
      check: import_ADXPStreetAddressLine.checkADXPStreetAddressLine,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName",
      check: import_ADXPStreetName.checkADXPStreetName,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase",
      check: import_ADXPStreetNameBase.checkADXPStreetNameBase,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType",
      check: import_ADXPStreetNameType.checkADXPStreetNameType,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID",
      check: import_ADXPUnitID.checkADXPUnitID,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType",
      check: import_ADXPUnitType.checkADXPUnitType,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value",
      check: import_COValue.checkCOValue,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier",
      check: import_ENQualifier.checkENQualifier,
      contexts: CONTEXTS_72,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
      check: import_ENRepresentation.checkENRepresentation,
      contexts: CONTEXTS_66,
      contextTypes: CONTEXTS_66
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding",
      check: import_SCCoding.checkSCCoding,
      contexts: CONTEXTS_68,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address",
      check: import_TELAddress.checkTELAddress,
      contexts: CONTEXTS_73,
      contextTypes: CONTEXTS_73
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor",
      check: import_NullFlavor.checkNullFlavor,
      contexts: CONTEXTS_74,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-preferred",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-preferred",
      check: import_Preferred.checkPreferred,
      contexts: CONTEXTS_74,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty",
      check: import_Uncertainty.checkUncertainty,
      contexts: CONTEXTS_75,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType",
      check: import_UncertaintyType.checkUncertaintyType,
      contexts: CONTEXTS_75,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-verification",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-verification",
      check: import_Verification.checkVerification,
      contexts: CONTEXTS_74,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/location-alias",
    {
      url: "http://hl7.org/fhir/StructureDefinition/location-alias",
      check: import_Alias.checkAlias,
      contexts: CONTEXTS_76,
      contextTypes: CONTEXTS_76
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/location-distance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/location-distance",
      check: import_LocationDistance.checkLocationDistance,
      contexts: CONTEXTS_77,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher",
    {
      url: "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher",
      check: import_MapSourcePublisher.checkMapSourcePublisher,
      contexts: CONTEXTS_78,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/match-grade",
    {
      url: "http://hl7.org/fhir/StructureDefinition/match-grade",
      check: import_MatchGrade.checkMatchGrade,
      contexts: CONTEXTS_77,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces",
    {
      url: "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces",
      check: import_MaxDecimalPlaces.checkMaxDecimalPlaces,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/maxSize",
    {
      url: "http://hl7.org/fhir/StructureDefinition/maxSize",
      check: import_MaxSize.checkMaxSize,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/maxValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/maxValue",
      check: import_MaxValue.checkMaxValue,
      contexts: CONTEXTS_79,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medication-usualRoute",
    {
      url: "http://hl7.org/fhir/StructureDefinition/medication-usualRoute",
      check: import_UsualRoute.checkUsualRoute,
      contexts: CONTEXTS_80,
      contextTypes: CONTEXTS_80
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod",
    {
      url: "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod",
      check: import_ValidityPeriod.checkValidityPeriod,
      contexts: CONTEXTS_81,
      contextTypes: CONTEXTS_81
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber",
    {
      url: "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber",
      check: import_Prescriber.checkPrescriber,
      contexts: CONTEXTS_82,
      contextTypes: CONTEXTS_82
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/messageheader-response-request",
    {
      url: "http://hl7.org/fhir/StructureDefinition/messageheader-response-request",
      check: import_MessageheaderResponseRequest.checkMessageheaderResponseRequest,
      contexts: CONTEXTS_83,
      contextTypes: CONTEXTS_83
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/mimeType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/mimeType",
      check: import_MimeType.checkMimeType,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/minLength",
    {
      url: "http://hl7.org/fhir/StructureDefinition/minLength",
      check: import_MinLength.checkMinLength,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/minValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/minValue",
      check: import_MinValue.checkMinValue,
      contexts: CONTEXTS_79,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition",
      check: import_BodyPosition.checkBodyPosition,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-delta",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-delta",
      check: import_Delta.checkDelta,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-eventTiming",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-eventTiming",
      check: import_EventTiming.checkEventTiming,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-focal-subject",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-focal-subject",
      check: import_FocalSubject.checkFocalSubject,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName",
      check: import_AlleleName.checkAlleleName,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency",
      check: import_AllelicFrequency.checkAllelicFrequency,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState",
      check: import_AllelicState.checkAllelicState,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName",
      check: import_AminoAcidChangeName.checkAminoAcidChangeName,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType",
      check: import_AminoAcidChangeType.checkAminoAcidChangeType,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent",
      check: import_CopyNumberEvent.checkCopyNumberEvent,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName",
      check: import_DNARegionName.checkDNARegionName,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName",
      check: import_DNASequenceVariantName.checkDNASequenceVariantName,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType",
      check: import_DNASequenceVariantType.checkDNASequenceVariantType,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId",
      check: import_DNAVariantId.checkDNAVariantId,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene",
      check: import_Gene.checkGene,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass",
      check: import_GenomicSourceClass.checkGenomicSourceClass,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation",
      check: import_Interpretation.checkInterpretation,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet",
      check: import_PhaseSet.checkPhaseSet,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence",
      check: import_ObservationGeneticsSequence.checkObservationGeneticsSequence,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-time-offset",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-time-offset",
      check: import_TimeOffset.checkTimeOffset,
      contexts: CONTEXTS_85,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-administration",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-administration",
      check: import_Administration.checkAdministration,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-careplan",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-careplan",
      check: import_OpenEHRCareplan.checkOpenEHRCareplan,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate",
      check: import_ExposureDate.checkExposureDate,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription",
      check: import_ExposureDescription.checkExposureDescription,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration",
      check: import_ExposureDuration.checkExposureDuration,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-location",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-location",
      check: import_OpenEHRLocation.checkOpenEHRLocation,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-management",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-management",
      check: import_Management.checkManagement,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-test",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-test",
      check: import_Test.checkTest,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority",
    {
      url: "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority",
      check: import_Authority.checkAuthority,
      contexts: CONTEXTS_86,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue",
      check: import_OperationoutcomeDetectedIssue.checkOperationoutcomeDetectedIssue,
      contexts: CONTEXTS_86,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source",
    {
      url: "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source",
      check: import_IssueSource.checkIssueSource,
      contexts: CONTEXTS_86,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-alias",
    {
      url: "http://hl7.org/fhir/StructureDefinition/organization-alias",
      check: import_OrganizationAlias.checkOrganizationAlias,
      contexts: CONTEXTS_87,
      contextTypes: CONTEXTS_87
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-period",
    {
      url: "http://hl7.org/fhir/StructureDefinition/organization-period",
      check: import_OrganizationPeriod.checkOrganizationPeriod,
      contexts: CONTEXTS_87,
      contextTypes: CONTEXTS_87
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-preferredContact",
    {
      url: "http://hl7.org/fhir/StructureDefinition/organization-preferredContact",
      check: import_PreferredContact.checkPreferredContact,
      contexts: CONTEXTS_88,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo",
      check: import_AdoptionInfo.checkAdoptionInfo,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
      check: import_PatientBirthTime.checkPatientBirthTime,
      contexts: CONTEXTS_89,
      contextTypes: CONTEXTS_90
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor",
      check: import_PatientCadavericDonor.checkPatientCadavericDonor,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-citizenship",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-citizenship",
      check: import_Citizenship.checkCitizenship,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial",
      check: import_ClinicalTrial.checkClinicalTrial,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-congregation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-congregation",
      check: import_Congregation.checkCongregation,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-disability",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-disability",
      check: import_Disability.checkDisability,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-importance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-importance",
      check: import_Importance.checkImportance,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
      check: import_InterpreterRequired.checkInterpreterRequired,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
      check: import_MothersMaidenName.checkMothersMaidenName,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-nationality",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-nationality",
      check: import_Nationality.checkNationality,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-religion",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-religion",
      check: import_Religion.checkReligion,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType",
      check: import_DoseType.checkDoseType,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver",
      check: import_InfuseOver.checkInfuseOver,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate",
      check: import_MaxDeliveryRate.checkMaxDeliveryRate,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume",
      check: import_MaxDeliveryVolume.checkMaxDeliveryVolume,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod",
      check: import_MinDosePerPeriod.checkMinDosePerPeriod,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal",
      check: import_RateGoal.checkRateGoal,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement",
      check: import_RateIncrement.checkRateIncrement,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval",
      check: import_RateIncrementInterval.checkRateIncrementInterval,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining",
      check: import_RefillsRemaining.checkRefillsRemaining,
      contexts: CONTEXTS_93,
      contextTypes: CONTEXTS_94
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies",
    {
      url: "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies",
      check: import_AnimalSpecies.checkAnimalSpecies,
      contexts: CONTEXTS_95,
      contextTypes: CONTEXTS_95
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitioner-classification",
    {
      url: "http://hl7.org/fhir/StructureDefinition/practitioner-classification",
      check: import_Classification.checkClassification,
      contexts: CONTEXTS_96,
      contextTypes: CONTEXTS_96
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd",
    {
      url: "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd",
      check: import_PrimaryInd.checkPrimaryInd,
      contexts: CONTEXTS_97,
      contextTypes: CONTEXTS_51
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite",
      check: import_ApproachBodySite.checkApproachBodySite,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-causedBy",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-causedBy",
      check: import_CausedBy.checkCausedBy,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime",
      check: import_IncisionDateTime.checkIncisionDateTime,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-method",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-method",
      check: import_ProcedureMethod.checkProcedureMethod,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus",
      check: import_ProgressStatus.checkProgressStatus,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-schedule",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-schedule",
      check: import_ProcedureSchedule.checkProcedureSchedule,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite",
      check: import_ProcedureTargetBodySite.checkProcedureTargetBodySite,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite",
      check: import_ProcedurerequestApproachBodySite.checkProcedurerequestApproachBodySite,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy",
      check: import_AuthorizedBy.checkAuthorizedBy,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem",
      check: import_Item.checkItem,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition",
      check: import_Precondition.checkPrecondition,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest",
      check: import_QuestionnaireRequest.checkQuestionnaireRequest,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused",
      check: import_ReasonRefused.checkReasonRefused,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected",
      check: import_ProcedurerequestReasonRejected.checkProcedurerequestReasonRejected,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite",
      check: import_ProcedurerequestTargetBodySite.checkProcedurerequestTargetBodySite,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile",
      check: import_AllowedProfile.checkAllowedProfile,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource",
      check: import_AllowedResource.checkAllowedResource,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType",
      check: import_BaseType.checkBaseType,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation",
      check: import_ChoiceOrientation.checkChoiceOrientation,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap",
      check: import_DeMap.checkDeMap,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory",
      check: import_DisplayCategory.checkDisplayCategory,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType",
      check: import_FhirType.checkFhirType,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
      check: import_Hidden.checkHidden,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
      check: import_ItemControl.checkItemControl,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire",
      check: import_LookupQuestionnaire.checkLookupQuestionnaire,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs",
      check: import_MaxOccurs.checkMaxOccurs,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs",
      check: import_MinOccurs.checkMinOccurs,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
      check: import_OptionExclusive.checkOptionExclusive,
      contexts: CONTEXTS_101,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix",
      check: import_OptionPrefix.checkOptionPrefix,
      contexts: CONTEXTS_101,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue",
      check: import_QuestionnaireOrdinalValue.checkQuestionnaireOrdinalValue,
      contexts: CONTEXTS_102,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter",
      check: import_ReferenceFilter.checkReferenceFilter,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap",
      check: import_SourceStructureMap.checkSourceStructureMap,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier",
      check: import_StudyprotocolIdentifier.checkStudyprotocolIdentifier,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink",
      check: import_SupportLink.checkSupportLink,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap",
      check: import_TargetStructureMap.checkTargetStructureMap,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
      check: import_Unit.checkUnit,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode",
      check: import_UsageMode.checkUsageMode,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author",
      check: import_QuestionnaireresponseAuthor.checkQuestionnaireresponseAuthor,
      contexts: CONTEXTS_103,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note",
      check: import_Note.checkNote,
      contexts: CONTEXTS_104,
      contextTypes: CONTEXTS_105
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason",
      check: import_Reason.checkReason,
      contexts: CONTEXTS_106,
      contextTypes: CONTEXTS_106
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer",
      check: import_Reviewer.checkReviewer,
      contexts: CONTEXTS_106,
      contextTypes: CONTEXTS_106
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused",
    {
      url: "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused",
      check: import_ReferralrequestReasonRefused.checkReferralrequestReasonRefused,
      contexts: CONTEXTS_107,
      contextTypes: CONTEXTS_107
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/regex",
    {
      url: "http://hl7.org/fhir/StructureDefinition/regex",
      check: import_Regex.checkRegex,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendered-value",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendered-value",
      check: import_RenderedValue.checkRenderedValue,
      contexts: CONTEXTS_108,
      contextTypes: CONTEXTS_109
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-markdown",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendering-markdown",
      check: import_Markdown.checkMarkdown,
      contexts: CONTEXTS_68,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-style",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendering-style",
      check: import_Style.checkStyle,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive",
      check: import_StyleSensitive.checkStyleSensitive,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
      check: import_Xhtml.checkXhtml,
      contexts: CONTEXTS_68,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-approvalDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/resource-approvalDate",
      check: import_ApprovalDate.checkApprovalDate,
      contexts: CONTEXTS_110,
      contextTypes: CONTEXTS_111
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod",
    {
      url: "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod",
      check: import_ResourceEffectivePeriod.checkResourceEffectivePeriod,
      contexts: CONTEXTS_110,
      contextTypes: CONTEXTS_111
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate",
      check: import_LastReviewDate.checkLastReviewDate,
      contexts: CONTEXTS_110,
      contextTypes: CONTEXTS_111
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority",
      check: import_CollectionPriority.checkCollectionPriority,
      contexts: CONTEXTS_112,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight",
      check: import_IsDryWeight.checkIsDryWeight,
      contexts: CONTEXTS_113,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-processingTime",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-processingTime",
      check: import_ProcessingTime.checkProcessingTime,
      contexts: CONTEXTS_114,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber",
      check: import_SequenceNumber.checkSequenceNumber,
      contexts: CONTEXTS_115,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling",
      check: import_SpecialHandling.checkSpecialHandling,
      contexts: CONTEXTS_112,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor",
      check: import_Ancestor.checkAncestor,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation",
      check: import_StructuredefinitionAnnotation.checkStructuredefinitionAnnotation,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status",
      check: import_BallotStatus.checkBallotStatus,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-category",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-category",
      check: import_Category.checkCategory,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint",
      check: import_DisplayHint.checkDisplayHint,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name",
      check: import_ExplicitTypeName.checkExplicitTypeName,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm",
      check: import_Fmm.checkFmm,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings",
      check: import_FmmNoWarnings.checkFmmNoWarnings,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type",
      check: import_JsonType.checkJsonType,
      contexts: CONTEXTS_116,
      contextTypes: CONTEXTS_117
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type",
      check: import_RdfType.checkRdfType,
      contexts: CONTEXTS_116,
      contextTypes: CONTEXTS_117
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex",
      check: import_StructuredefinitionRegex.checkStructuredefinitionRegex,
      contexts: CONTEXTS_118,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary",
      check: import_Summary.checkSummary,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name",
      check: import_TableName.checkTableName,
      contexts: CONTEXTS_119,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status",
      check: import_TemplateStatus.checkTemplateStatus,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg",
      check: import_Wg.checkWg,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type",
      check: import_XmlType.checkXmlType,
      contexts: CONTEXTS_116,
      contextTypes: CONTEXTS_117
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/task-candidateList",
    {
      url: "http://hl7.org/fhir/StructureDefinition/task-candidateList",
      check: import_CandidateList.checkCandidateList,
      contexts: CONTEXTS_120,
      contextTypes: CONTEXTS_120
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/task-replaces",
    {
      url: "http://hl7.org/fhir/StructureDefinition/task-replaces",
      check: import_TaskReplaces.checkTaskReplaces,
      contexts: CONTEXTS_120,
      contextTypes: CONTEXTS_120
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle",
    {
      url: "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle",
      check: import_DaysOfCycle.checkDaysOfCycle,
      contexts: CONTEXTS_121,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/timing-exact",
    {
      url: "http://hl7.org/fhir/StructureDefinition/timing-exact",
      check: import_Exact.checkExact,
      contexts: CONTEXTS_122,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/translation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/translation",
      check: import_Translation.checkTranslation,
      contexts: CONTEXTS_123,
      contextTypes: CONTEXTS_124
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/usagecontext-group",
    {
      url: "http://hl7.org/fhir/StructureDefinition/usagecontext-group",
      check: import_UsagecontextGroup.checkUsagecontextGroup,
      contexts: CONTEXTS_2,
      contextTypes: CONTEXTS_2
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-author",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-author",
      check: import_ValuesetAuthor.checkValuesetAuthor,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive",
      check: import_CaseSensitive.checkCaseSensitive,
      contexts: CONTEXTS_126,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-comment",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-comment",
      check: import_ValuesetComment.checkValuesetComment,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-comments",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-comments",
      check: import_ValuesetComments.checkValuesetComments,
      contexts: CONTEXTS_127,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder",
      check: import_ValuesetConceptOrder.checkValuesetConceptOrder,
      contexts: CONTEXTS_128,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-definition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-definition",
      check: import_ValuesetDefinition.checkValuesetDefinition,
      contexts: CONTEXTS_128,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate",
      check: import_ValuesetEffectiveDate.checkValuesetEffectiveDate,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource",
      check: import_ExpansionSource.checkExpansionSource,
      contexts: CONTEXTS_129,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate",
      check: import_ValuesetExpirationDate.checkValuesetExpirationDate,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-history",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-history",
      check: import_ValuesetHistory.checkValuesetHistory,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-keyWord",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-keyWord",
      check: import_ValuesetKeyWord.checkValuesetKeyWord,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-label",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-label",
      check: import_ValuesetLabel.checkValuesetLabel,
      contexts: CONTEXTS_128,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-map",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-map",
      check: import_ValuesetMap.checkValuesetMap,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue",
      check: import_ValuesetOrdinalValue.checkValuesetOrdinalValue,
      contexts: CONTEXTS_128,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-otherName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-otherName",
      check: import_ValuesetOtherName.checkValuesetOtherName,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-reference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-reference",
      check: import_ValuesetReference.checkValuesetReference,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference",
      check: import_ValuesetSourceReference.checkValuesetSourceReference,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-system",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-system",
      check: import_System.checkSystem,
      contexts: CONTEXTS_130,
      contextTypes: CONTEXTS_117
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-systemName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-systemName",
      check: import_SystemName.checkSystemName,
      contexts: CONTEXTS_131,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-systemRef",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-systemRef",
      check: import_SystemRef.checkSystemRef,
      contexts: CONTEXTS_131,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-toocostly",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-toocostly",
      check: import_Toocostly.checkToocostly,
      contexts: CONTEXTS_129,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion",
      check: import_ValuesetTrustedExpansion.checkValuesetTrustedExpansion,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-unclosed",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-unclosed",
      check: import_Unclosed.checkUnclosed,
      contexts: CONTEXTS_129,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-usage",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-usage",
      check: import_ValuesetUsage.checkValuesetUsage,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-warning",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-warning",
      check: import_ValuesetWarning.checkValuesetWarning,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus",
      check: import_ValuesetWorkflowStatus.checkValuesetWorkflowStatus,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1",
      check: import_ExtensionCareConnectActualProblem1.checkExtensionCareConnectActualProblem1,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1",
      check: import_ExtensionCareConnectAdmissionMethod1.checkExtensionCareConnectAdmissionMethod1,
      contexts: CONTEXTS_132,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1",
      check: import_ExtensionCareConnectAnaestheticIssues1.checkExtensionCareConnectAnaestheticIssues1,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1",
      check: import_ExtensionCareConnectConditionEpisode1.checkExtensionCareConnectConditionEpisode1,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1",
      check: import_ExtensionCareConnectDeathNotificationStatus1.checkExtensionCareConnectDeathNotificationStatus1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1",
      check: import_ExtensionCareConnectDischargeMethod1.checkExtensionCareConnectDischargeMethod1,
      contexts: CONTEXTS_132,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1",
      check: import_ExtensionCareConnectEmergencyCareDischargeStatus1.checkExtensionCareConnectEmergencyCareDischargeStatus1,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1",
      check: import_ExtensionCareConnectEncounterTransport1.checkExtensionCareConnectEncounterTransport1,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1",
      check: import_ExtensionCareConnectEthnicCategory1.checkExtensionCareConnectEthnicCategory1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1",
      check: import_ExtensionCareConnectMainLocation1.checkExtensionCareConnectMainLocation1,
      contexts: CONTEXTS_87,
      contextTypes: CONTEXTS_87
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1",
      check: import_ExtensionCareConnectNHSCommunication1.checkExtensionCareConnectNHSCommunication1,
      contexts: CONTEXTS_133,
      contextTypes: CONTEXTS_133
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1",
      check: import_ExtensionCareConnectNHSNumberVerificationStatus1.checkExtensionCareConnectNHSNumberVerificationStatus1,
      contexts: CONTEXTS_134,
      contextTypes: CONTEXTS_69
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1",
      check: import_ExtensionCareConnectNominatedPharmacy1.checkExtensionCareConnectNominatedPharmacy1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1",
      check: import_ExtensionCareConnectOutcomeOfAttendance1.checkExtensionCareConnectOutcomeOfAttendance1,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1",
      check: import_ExtensionCareConnectReasonCondition1.checkExtensionCareConnectReasonCondition1,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1",
      check: import_ExtensionCareConnectRelatedProblemHeader1.checkExtensionCareConnectRelatedProblemHeader1,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1",
      check: import_ExtensionCareConnectReligiousAffiliation1.checkExtensionCareConnectReligiousAffiliation1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1",
      check: import_ExtensionCareConnectResidentialStatus1.checkExtensionCareConnectResidentialStatus1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1",
      check: import_ExtensionCareConnectTreatmentCategory1.checkExtensionCareConnectTreatmentCategory1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1",
      check: import_ExtensionCareConnectValueApproximation1.checkExtensionCareConnectValueApproximation1,
      contexts: CONTEXTS_75,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid,
      contexts: CONTEXTS_135,
      contextTypes: CONTEXTS_136
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1",
      check: import_ExtensionCareConnectGPCActualProblem1.checkExtensionCareConnectGPCActualProblem1,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1",
      check: import_ExtensionCareConnectGPCAllergyCertainty1.checkExtensionCareConnectGPCAllergyCertainty1,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1",
      check: import_ExtensionCareConnectGPCAllergyIntoleranceEnd1.checkExtensionCareConnectGPCAllergyIntoleranceEnd1,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1",
      check: import_ExtensionCareConnectGPCAllergyIntoleranceEndDate1.checkExtensionCareConnectGPCAllergyIntoleranceEndDate1,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1",
      check: import_ExtensionCareConnectGPCAllergySeverity1.checkExtensionCareConnectGPCAllergySeverity1,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1",
      check: import_ExtensionCareConnectGPCClinicalSetting1.checkExtensionCareConnectGPCClinicalSetting1,
      contexts: CONTEXTS_137,
      contextTypes: CONTEXTS_137
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1",
      check: import_ExtensionCareConnectGPCDeathNotificationStatus1.checkExtensionCareConnectGPCDeathNotificationStatus1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1",
      check: import_ExtensionCareConnectGPCEthnicCategory1.checkExtensionCareConnectGPCEthnicCategory1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1",
      check: import_ExtensionCareConnectGPCEvidence1.checkExtensionCareConnectGPCEvidence1,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1",
      check: import_ExtensionCareConnectGPCListWarningCode1.checkExtensionCareConnectGPCListWarningCode1,
      contexts: CONTEXTS_137,
      contextTypes: CONTEXTS_137
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1",
      check: import_ExtensionCareConnectGPCMainLocation1.checkExtensionCareConnectGPCMainLocation1,
      contexts: CONTEXTS_87,
      contextTypes: CONTEXTS_87
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1",
      check: import_ExtensionCareConnectGPCMedicationChangeSummary1.checkExtensionCareConnectGPCMedicationChangeSummary1,
      contexts: CONTEXTS_82,
      contextTypes: CONTEXTS_82
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1",
      check: import_ExtensionCareConnectGPCMedicationQuantityText1.checkExtensionCareConnectGPCMedicationQuantityText1,
      contexts: CONTEXTS_138,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1",
      check: import_ExtensionCareConnectGPCMedicationRepeatInformation1.checkExtensionCareConnectGPCMedicationRepeatInformation1,
      contexts: CONTEXTS_139,
      contextTypes: CONTEXTS_139
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1",
      check: import_ExtensionCareConnectGPCMedicationStatementLastIssueDate1.checkExtensionCareConnectGPCMedicationStatementLastIssueDate1,
      contexts: CONTEXTS_82,
      contextTypes: CONTEXTS_82
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1",
      check: import_ExtensionCareConnectGPCMedicationStatusReason1.checkExtensionCareConnectGPCMedicationStatusReason1,
      contexts: CONTEXTS_139,
      contextTypes: CONTEXTS_139
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1",
      check: import_ExtensionCareConnectGPCNHSCommunication1.checkExtensionCareConnectGPCNHSCommunication1,
      contexts: CONTEXTS_133,
      contextTypes: CONTEXTS_133
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1",
      check: import_ExtensionCareConnectGPCNHSNumberVerificationStatus1.checkExtensionCareConnectGPCNHSNumberVerificationStatus1,
      contexts: CONTEXTS_134,
      contextTypes: CONTEXTS_69
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1",
      check: import_ExtensionCareConnectGPCNominatedPharmacy1.checkExtensionCareConnectGPCNominatedPharmacy1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1",
      check: import_ExtensionCareConnectGPCPrescribingAgency1.checkExtensionCareConnectGPCPrescribingAgency1,
      contexts: CONTEXTS_82,
      contextTypes: CONTEXTS_82
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1",
      check: import_ExtensionCareConnectGPCPrescriptionType1.checkExtensionCareConnectGPCPrescriptionType1,
      contexts: CONTEXTS_139,
      contextTypes: CONTEXTS_139
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1",
      check: import_ExtensionCareConnectGPCReasonCondition1.checkExtensionCareConnectGPCReasonCondition1,
      contexts: CONTEXTS_140,
      contextTypes: CONTEXTS_141
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1",
      check: import_ExtensionCareConnectGPCRegistrationDetails1.checkExtensionCareConnectGPCRegistrationDetails1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1",
      check: import_ExtensionCareConnectGPCReligiousAffiliation1.checkExtensionCareConnectGPCReligiousAffiliation1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1",
      check: import_ExtensionCareConnectGPCResidentialStatus1.checkExtensionCareConnectGPCResidentialStatus1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1",
      check: import_ExtensionCareConnectGPCTreatmentCategory1.checkExtensionCareConnectGPCTreatmentCategory1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1",
      check: import_ExtensionGPConnectAppointmentCancellationReason1.checkExtensionGPConnectAppointmentCancellationReason1,
      contexts: CONTEXTS_142,
      contextTypes: CONTEXTS_142
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
      check: import_ExtensionGPConnectBookingOrganisation1.checkExtensionGPConnectBookingOrganisation1,
      contexts: CONTEXTS_142,
      contextTypes: CONTEXTS_142
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1",
      check: import_ExtensionGPConnectDeliveryChannel1.checkExtensionGPConnectDeliveryChannel1,
      contexts: CONTEXTS_143,
      contextTypes: CONTEXTS_144
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
      check: import_ExtensionGPConnectDeliveryChannel2.checkExtensionGPConnectDeliveryChannel2,
      contexts: CONTEXTS_143,
      contextTypes: CONTEXTS_144
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
      check: import_ExtensionGPConnectPractitionerRole1.checkExtensionGPConnectPractitionerRole1,
      contexts: CONTEXTS_145,
      contextTypes: CONTEXTS_146
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2,
      contexts: CONTEXTS_147,
      contextTypes: CONTEXTS_148
    }
  ]
]);
function structureByUrl(url) {
  return STRUCTURES.get(url);
}
function resourceByType(resourceType) {
  return RESOURCES.get(resourceType);
}
function extensionByUrl(url) {
  return EXTENSIONS.get(url);
}
const registry = {
  byUrl: structureByUrl,
  byType: resourceByType,
  extension: extensionByUrl,
  baseExtension: (v, x, q, d) => (0, import_Extension.checkExtension)(v, x, q, d)
};
