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
var dispatch_exports = {};
__export(dispatch_exports, {
  extensionByUrl: () => extensionByUrl,
  registry: () => registry,
  resourceByType: () => resourceByType,
  structureByUrl: () => structureByUrl
});
module.exports = __toCommonJS(dispatch_exports);
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
function structureByUrl(url) {
  switch (url) {
    case "http://hl7.org/fhir/StructureDefinition/iso21090-AD-use":
      return { check: import_ADUse.checkADUse, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator":
      return { check: import_ADXPAdditionalLocator.checkADXPAdditionalLocator, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix":
      return { check: import_ADXPBuildingNumberSuffix.checkADXPBuildingNumberSuffix, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf":
      return { check: import_ADXPCareOf.checkADXPCareOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract":
      return { check: import_ADXPCensusTract.checkADXPCensusTract, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter":
      return { check: import_ADXPDelimiter.checkADXPDelimiter, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine":
      return { check: import_ADXPDeliveryAddressLine.checkADXPDeliveryAddressLine, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea":
      return { check: import_ADXPDeliveryInstallationArea.checkADXPDeliveryInstallationArea, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier":
      return { check: import_ADXPDeliveryInstallationQualifier.checkADXPDeliveryInstallationQualifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType":
      return { check: import_ADXPDeliveryInstallationType.checkADXPDeliveryInstallationType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode":
      return { check: import_ADXPDeliveryMode.checkADXPDeliveryMode, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier":
      return { check: import_ADXPDeliveryModeIdentifier.checkADXPDeliveryModeIdentifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction":
      return { check: import_ADXPDirection.checkADXPDirection, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber":
      return { check: import_ADXPHouseNumber.checkADXPHouseNumber, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric":
      return { check: import_ADXPHouseNumberNumeric.checkADXPHouseNumberNumeric, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox":
      return { check: import_ADXPPostBox.checkADXPPostBox, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct":
      return { check: import_ADXPPrecinct.checkADXPPrecinct, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine":
      return { check: import_ADXPStreetAddressLine.checkADXPStreetAddressLine, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName":
      return { check: import_ADXPStreetName.checkADXPStreetName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase":
      return { check: import_ADXPStreetNameBase.checkADXPStreetNameBase, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType":
      return { check: import_ADXPStreetNameType.checkADXPStreetNameType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID":
      return { check: import_ADXPUnitID.checkADXPUnitID, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType":
      return { check: import_ADXPUnitType.checkADXPUnitType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement":
      return { check: import_Abatement.checkAbatement, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/goal-acceptance":
      return { check: import_Acceptance.checkAcceptance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Accession":
      return { check: import_Accession.checkAccession, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Account":
      return { check: import_Account.checkAccount, type: "Account", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ActivityDefinition":
      return { check: import_ActivityDefinition.checkActivityDefinition, type: "ActivityDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/careplan-activity-title":
      return { check: import_ActivityTitle.checkActivityTitle, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf":
      return { check: import_AddendumOf.checkAddendumOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Address":
      return { check: import_Address.checkAddress, type: "Address", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-administration":
      return { check: import_Administration.checkAdministration, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status":
      return { check: import_AdministrativeStatus.checkAdministrativeStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo":
      return { check: import_AdoptionInfo.checkAdoptionInfo, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/AdverseEvent":
      return { check: import_AdverseEvent.checkAdverseEvent, type: "AdverseEvent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Age":
      return { check: import_Age.checkAge, type: "Age", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/location-alias":
      return { check: import_Alias.checkAlias, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database":
      return { check: import_AlleleDatabase.checkAlleleDatabase, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName":
      return { check: import_AlleleName.checkAlleleName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency":
      return { check: import_AllelicFrequency.checkAllelicFrequency, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState":
      return { check: import_AllelicState.checkAllelicState, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/AllergyIntolerance":
      return { check: import_AllergyIntolerance.checkAllergyIntolerance, type: "AllergyIntolerance", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration":
      return { check: import_AllergyintoleranceDuration.checkAllergyintoleranceDuration, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile":
      return { check: import_AllowedProfile.checkAllowedProfile, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource":
      return { check: import_AllowedResource.checkAllowedResource, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits":
      return { check: import_AllowedUnits.checkAllowedUnits, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName":
      return { check: import_AminoAcidChangeName.checkAminoAcidChangeName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType":
      return { check: import_AminoAcidChangeType.checkAminoAcidChangeType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis":
      return { check: import_Analysis.checkAnalysis, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor":
      return { check: import_Ancestor.checkAncestor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies":
      return { check: import_AnimalSpecies.checkAnimalSpecies, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Annotation":
      return { check: import_Annotation.checkAnnotation, type: "Annotation", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized":
      return { check: import_Anonymized.checkAnonymized, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Appointment":
      return { check: import_Appointment.checkAppointment, type: "Appointment", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/AppointmentResponse":
      return { check: import_AppointmentResponse.checkAppointmentResponse, type: "AppointmentResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite":
      return { check: import_ApproachBodySite.checkApproachBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/resource-approvalDate":
      return { check: import_ApprovalDate.checkApprovalDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order":
      return { check: import_AssemblyOrder.checkAssemblyOrder, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition":
      return { check: import_AssessedCondition.checkAssessedCondition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Attachment":
      return { check: import_Attachment.checkAttachment, type: "Attachment", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/AuditEvent":
      return { check: import_AuditEvent.checkAuditEvent, type: "AuditEvent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-author":
      return { check: import_Author.checkAuthor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority":
      return { check: import_Authority.checkAuthority, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy":
      return { check: import_AuthorizedBy.checkAuthorizedBy, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/BackboneElement":
      return { check: import_BackboneElement.checkBackboneElement, type: "BackboneElement", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status":
      return { check: import_BallotStatus.checkBallotStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType":
      return { check: import_BaseType.checkBaseType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-basedOn":
      return { check: import_BasedOn.checkBasedOn, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Basic":
      return { check: import_Basic.checkBasic, type: "Basic", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice":
      return { check: import_Bestpractice.checkBestpractice, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/concept-bidirectional":
      return { check: import_Bidirectional.checkBidirectional, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Binary":
      return { check: import_Binary.checkBinary, type: "Binary", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName":
      return { check: import_BindingName.checkBindingName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/birthPlace":
      return { check: import_BirthPlace.checkBirthPlace, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition":
      return { check: import_BodyPosition.checkBodyPosition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/BodySite":
      return { check: import_BodySite.checkBodySite, type: "BodySite", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/body-site-instance":
      return { check: import_BodySiteInstance.checkBodySiteInstance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/bodyheight":
      return { check: import_Bodyheight.checkBodyheight, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bodylength":
      return { check: import_Bodylength.checkBodylength, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bodytemp":
      return { check: import_Bodytemp.checkBodytemp, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bodyweight":
      return { check: import_Bodyweight.checkBodyweight, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bp":
      return { check: import_Bp.checkBp, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Bundle":
      return { check: import_Bundle.checkBundle, type: "Bundle", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value":
      return { check: import_COValue.checkCOValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-questionnaire":
      return { check: import_CQIFQuestionnaire.checkCQIFQuestionnaire, type: "Questionnaire", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue":
      return { check: import_CalculatedValue.checkCalculatedValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/task-candidateList":
      return { check: import_CandidateList.checkCandidateList, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/CapabilityStatement":
      return { check: import_CapabilityStatement.checkCapabilityStatement, type: "CapabilityStatement", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Condition-1":
      return { check: import_CareConnectCondition1.checkCareConnectCondition1, type: "Condition", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1":
      return { check: import_CareConnectEncounter1.checkCareConnectEncounter1, type: "Encounter", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1":
      return { check: import_CareConnectGPCAllergyIntolerance1.checkCareConnectGPCAllergyIntolerance1, type: "AllergyIntolerance", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Condition-1":
      return { check: import_CareConnectGPCCondition1.checkCareConnectGPCCondition1, type: "Condition", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DiagnosticReport-1":
      return { check: import_CareConnectGPCDiagnosticReport1.checkCareConnectGPCDiagnosticReport1, type: "DiagnosticReport", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1":
      return { check: import_CareConnectGPCDocumentReference1.checkCareConnectGPCDocumentReference1, type: "DocumentReference", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Encounter-1":
      return { check: import_CareConnectGPCEncounter1.checkCareConnectGPCEncounter1, type: "Encounter", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Immunization-1":
      return { check: import_CareConnectGPCImmunization1.checkCareConnectGPCImmunization1, type: "Immunization", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-List-1":
      return { check: import_CareConnectGPCList1.checkCareConnectGPCList1, type: "List", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1":
      return { check: import_CareConnectGPCLocation1.checkCareConnectGPCLocation1, type: "Location", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Medication-1":
      return { check: import_CareConnectGPCMedication1.checkCareConnectGPCMedication1, type: "Medication", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1":
      return { check: import_CareConnectGPCMedicationRequest1.checkCareConnectGPCMedicationRequest1, type: "MedicationRequest", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1":
      return { check: import_CareConnectGPCMedicationStatement1.checkCareConnectGPCMedicationStatement1, type: "MedicationStatement", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1":
      return { check: import_CareConnectGPCObservation1.checkCareConnectGPCObservation1, type: "Observation", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1":
      return { check: import_CareConnectGPCOrganization1.checkCareConnectGPCOrganization1, type: "Organization", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1":
      return { check: import_CareConnectGPCPatient1.checkCareConnectGPCPatient1, type: "Patient", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Practitioner-1":
      return { check: import_CareConnectGPCPractitioner1.checkCareConnectGPCPractitioner1, type: "Practitioner", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-PractitionerRole-1":
      return { check: import_CareConnectGPCPractitionerRole1.checkCareConnectGPCPractitionerRole1, type: "PractitionerRole", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1":
      return { check: import_CareConnectGPCProblemHeaderCondition1.checkCareConnectGPCProblemHeaderCondition1, type: "Condition", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProcedureRequest-1":
      return { check: import_CareConnectGPCProcedureRequest1.checkCareConnectGPCProcedureRequest1, type: "ProcedureRequest", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ReferralRequest-1":
      return { check: import_CareConnectGPCReferralRequest1.checkCareConnectGPCReferralRequest1, type: "ReferralRequest", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Specimen-1":
      return { check: import_CareConnectGPCSpecimen1.checkCareConnectGPCSpecimen1, type: "Specimen", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1":
      return { check: import_CareConnectHealthcareService1.checkCareConnectHealthcareService1, type: "HealthcareService", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Location-1":
      return { check: import_CareConnectLocation1.checkCareConnectLocation1, type: "Location", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Medication-1":
      return { check: import_CareConnectMedication1.checkCareConnectMedication1, type: "Medication", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Observation-1":
      return { check: import_CareConnectObservation1.checkCareConnectObservation1, type: "Observation", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Organization-1":
      return { check: import_CareConnectOrganization1.checkCareConnectOrganization1, type: "Organization", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1":
      return { check: import_CareConnectPatient1.checkCareConnectPatient1, type: "Patient", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Practitioner-1":
      return { check: import_CareConnectPractitioner1.checkCareConnectPractitioner1, type: "Practitioner", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-PractitionerRole-1":
      return { check: import_CareConnectPractitionerRole1.checkCareConnectPractitionerRole1, type: "PractitionerRole", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1":
      return { check: import_CareConnectProcedure1.checkCareConnectProcedure1, type: "Procedure", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Quantity-1":
      return { check: import_CareConnectQuantity1.checkCareConnectQuantity1, type: "Quantity", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-QuestionnaireResponse-1":
      return { check: import_CareConnectQuestionnaireResponse1.checkCareConnectQuestionnaireResponse1, type: "QuestionnaireResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/CarePlan":
      return { check: import_CarePlan.checkCarePlan, type: "CarePlan", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/CareTeam":
      return { check: import_CareTeam.checkCareTeam, type: "CareTeam", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive":
      return { check: import_CaseSensitive.checkCaseSensitive, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-category":
      return { check: import_Category.checkCategory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedure-causedBy":
      return { check: import_CausedBy.checkCausedBy, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty":
      return { check: import_Certainty.checkCertainty, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-change-description":
      return { check: import_ChangeDescription.checkChangeDescription, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ChargeItem":
      return { check: import_ChargeItem.checkChargeItem, type: "ChargeItem", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation":
      return { check: import_ChoiceOrientation.checkChoiceOrientation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-citation":
      return { check: import_Citation.checkCitation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-citizenship":
      return { check: import_Citizenship.checkCitizenship, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Claim":
      return { check: import_Claim.checkClaim, type: "Claim", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ClaimResponse":
      return { check: import_ClaimResponse.checkClaimResponse, type: "ClaimResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/practitioner-classification":
      return { check: import_Classification.checkClassification, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context":
      return { check: import_ClassificationOrContext.checkClassificationOrContext, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/clinicaldocument":
      return { check: import_ClinicalDocumentProfileForComposition.checkClinicalDocumentProfileForComposition, type: "Composition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ClinicalImpression":
      return { check: import_ClinicalImpression.checkClinicalImpression, type: "ClinicalImpression", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial":
      return { check: import_ClinicalTrial.checkClinicalTrial, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/CodeSystem":
      return { check: import_CodeSystem.checkCodeSystem, type: "CodeSystem", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/CodeableConcept":
      return { check: import_CodeableConcept.checkCodeableConcept, type: "CodeableConcept", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-map":
      return { check: import_CodesystemMap.checkCodesystemMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-reference":
      return { check: import_CodesystemReference.checkCodesystemReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Coding":
      return { check: import_Coding.checkCoding, type: "Coding", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority":
      return { check: import_CollectionPriority.checkCollectionPriority, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-comment":
      return { check: import_Comment.checkComment, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-comments":
      return { check: import_Comments.checkComments, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Communication":
      return { check: import_Communication.checkCommunication, type: "Communication", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/communication-media":
      return { check: import_CommunicationMedia.checkCommunicationMedia, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/CommunicationRequest":
      return { check: import_CommunicationRequest.checkCommunicationRequest, type: "CommunicationRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/CompartmentDefinition":
      return { check: import_CompartmentDefinition.checkCompartmentDefinition, type: "CompartmentDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Composition":
      return { check: import_Composition.checkComposition, type: "Composition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ConceptMap":
      return { check: import_ConceptMap.checkConceptMap, type: "ConceptMap", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder":
      return { check: import_ConceptOrder.checkConceptOrder, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Condition":
      return { check: import_Condition.checkCondition, type: "Condition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/condition-definition":
      return { check: import_ConditionDefinition.checkConditionDefinition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-congregation":
      return { check: import_Congregation.checkCongregation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Consent":
      return { check: import_Consent.checkConsent, type: "Consent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/consentdirective":
      return { check: import_ConsentDirective.checkConsentDirective, type: "Contract", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/consent-location":
      return { check: import_ConsentLocation.checkConsentLocation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address":
      return { check: import_ContactAddress.checkContactAddress, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ContactDetail":
      return { check: import_ContactDetail.checkContactDetail, type: "ContactDetail", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ContactPoint":
      return { check: import_ContactPoint.checkContactPoint, type: "ContactPoint", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Contract":
      return { check: import_Contract.checkContract, type: "Contract", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Contributor":
      return { check: import_Contributor.checkContributor, type: "Contributor", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent":
      return { check: import_CopyNumberEvent.checkCopyNumberEvent, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Count":
      return { check: import_Count.checkCount, type: "Count", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Coverage":
      return { check: import_Coverage.checkCoverage, type: "Coverage", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-condition":
      return { check: import_CqifCondition.checkCqifCondition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-library":
      return { check: import_CqifLibrary.checkCqifLibrary, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression":
      return { check: import_CqlExpression.checkCqlExpression, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-criticality":
      return { check: import_Criticality.checkCriticality, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName":
      return { check: import_DNARegionName.checkDNARegionName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName":
      return { check: import_DNASequenceVariantName.checkDNASequenceVariantName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType":
      return { check: import_DNASequenceVariantType.checkDNASequenceVariantType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId":
      return { check: import_DNAVariantId.checkDNAVariantId, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/data-absent-reason":
      return { check: import_DataAbsentReason.checkDataAbsentReason, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DataElement":
      return { check: import_DataElement.checkDataElement, type: "DataElement", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-de":
      return {
        check: import_DataElementConstraintOnElementDefinitionDataType.checkDataElementConstraintOnElementDefinitionDataType,
        type: "ElementDefinition",
        isResource: false
      };
    case "http://hl7.org/fhir/StructureDefinition/DataRequirement":
      return { check: import_DataRequirement.checkDataRequirement, type: "DataRequirement", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/datadictionary":
      return { check: import_Datadictionary.checkDatadictionary, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle":
      return { check: import_DaysOfCycle.checkDaysOfCycle, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap":
      return { check: import_DeMap.checkDeMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition":
      return { check: import_Definition.checkDefinition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-delta":
      return { check: import_Delta.checkDelta, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated":
      return { check: import_Deprecated.checkDeprecated, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/flag-detail":
      return { check: import_Detail.checkDetail, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DetectedIssue":
      return { check: import_DetectedIssue.checkDetectedIssue, type: "DetectedIssue", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Device":
      return { check: import_Device.checkDevice, type: "Device", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DeviceComponent":
      return { check: import_DeviceComponent.checkDeviceComponent, type: "DeviceComponent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DeviceMetric":
      return { check: import_DeviceMetric.checkDeviceMetric, type: "DeviceMetric", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/devicemetricobservation":
      return { check: import_DeviceMetricObservationProfile.checkDeviceMetricObservationProfile, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DeviceRequest":
      return { check: import_DeviceRequest.checkDeviceRequest, type: "DeviceRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DeviceUseStatement":
      return { check: import_DeviceUseStatement.checkDeviceUseStatement, type: "DeviceUseStatement", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected":
      return { check: import_DevicerequestReasonRejected.checkDevicerequestReasonRejected, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport":
      return { check: import_DiagnosticReport.checkDiagnosticReport, type: "DiagnosticReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticreport-genetics":
      return { check: import_DiagnosticReportGenetics.checkDiagnosticReportGenetics, type: "DiagnosticReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory":
      return { check: import_DiagnosticReportGeneticsFamilyMemberHistory.checkDiagnosticReportGeneticsFamilyMemberHistory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/device-din":
      return { check: import_Din.checkDin, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-disability":
      return { check: import_Disability.checkDisability, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory":
      return { check: import_DisplayCategory.checkDisplayCategory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint":
      return { check: import_DisplayHint.checkDisplayHint, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Distance":
      return { check: import_Distance.checkDistance, type: "Distance", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DocumentManifest":
      return { check: import_DocumentManifest.checkDocumentManifest, type: "DocumentManifest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DocumentReference":
      return { check: import_DocumentReference.checkDocumentReference, type: "DocumentReference", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DomainResource":
      return { check: import_DomainResource.checkDomainResource, type: "DomainResource", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Dosage":
      return { check: import_Dosage.checkDosage, type: "Dosage", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType":
      return { check: import_DoseType.checkDoseType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-dueTo":
      return { check: import_DueTo.checkDueTo, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Duration":
      return { check: import_Duration.checkDuration, type: "Duration", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent":
      return { check: import_EHRSFMRecordLifecycleEventAuditEvent.checkEHRSFMRecordLifecycleEventAuditEvent, type: "AuditEvent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ehrsrle-provenance":
      return { check: import_EHRSFMRecordLifecycleEventProvenance.checkEHRSFMRecordLifecycleEventProvenance, type: "Provenance", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier":
      return { check: import_ENQualifier.checkENQualifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation":
      return { check: import_ENRepresentation.checkENRepresentation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate":
      return { check: import_EffectiveDate.checkEffectiveDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period":
      return { check: import_EffectivePeriod.checkEffectivePeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Element":
      return { check: import_Element.checkElement, type: "Element", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ElementDefinition":
      return { check: import_ElementDefinition.checkElementDefinition, type: "ElementDefinition", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier":
      return { check: import_ElementdefinitionIdentifier.checkElementdefinitionIdentifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/EligibilityRequest":
      return { check: import_EligibilityRequest.checkEligibilityRequest, type: "EligibilityRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/EligibilityResponse":
      return { check: import_EligibilityResponse.checkEligibilityResponse, type: "EligibilityResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Encounter":
      return { check: import_Encounter.checkEncounter, type: "Encounter", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter":
      return { check: import_EncounterAssociatedEncounter.checkEncounterAssociatedEncounter, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass":
      return { check: import_EncounterClass.checkEncounterClass, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType":
      return { check: import_EncounterType.checkEncounterType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted":
      return { check: import_Encrypted.checkEncrypted, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Endpoint":
      return { check: import_Endpoint.checkEndpoint, type: "Endpoint", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/EnrollmentRequest":
      return { check: import_EnrollmentRequest.checkEnrollmentRequest, type: "EnrollmentRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/EnrollmentResponse":
      return { check: import_EnrollmentResponse.checkEnrollmentResponse, type: "EnrollmentResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/entryFormat":
      return { check: import_EntryFormat.checkEntryFormat, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/EpisodeOfCare":
      return { check: import_EpisodeOfCare.checkEpisodeOfCare, type: "EpisodeOfCare", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence":
      return { check: import_Equivalence.checkEquivalence, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-definition":
      return { check: import_EventDefinition.checkEventDefinition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-partOf":
      return { check: import_EventPartOf.checkEventPartOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-eventTiming":
      return { check: import_EventTiming.checkEventTiming, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/timing-exact":
      return { check: import_Exact.checkExact, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cholesterol":
      return { check: import_ExampleLipidProfile.checkExampleLipidProfile, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ExpansionProfile":
      return { check: import_ExpansionProfile.checkExpansionProfile, type: "ExpansionProfile", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource":
      return { check: import_ExpansionSource.checkExpansionSource, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation":
      return { check: import_Expectation.checkExpectation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate":
      return { check: import_ExpirationDate.checkExpirationDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit":
      return { check: import_ExplanationOfBenefit.checkExplanationOfBenefit, type: "ExplanationOfBenefit", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name":
      return { check: import_ExplicitTypeName.checkExplicitTypeName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate":
      return { check: import_ExposureDate.checkExposureDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription":
      return { check: import_ExposureDescription.checkExposureDescription, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration":
      return { check: import_ExposureDuration.checkExposureDuration, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends":
      return { check: import_Extends.checkExtends, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Extension":
      return { check: import_Extension.checkExtension, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1":
      return { check: import_ExtensionCareConnectActualProblem1.checkExtensionCareConnectActualProblem1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1":
      return { check: import_ExtensionCareConnectAdmissionMethod1.checkExtensionCareConnectAdmissionMethod1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1":
      return { check: import_ExtensionCareConnectAnaestheticIssues1.checkExtensionCareConnectAnaestheticIssues1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1":
      return { check: import_ExtensionCareConnectConditionEpisode1.checkExtensionCareConnectConditionEpisode1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1":
      return { check: import_ExtensionCareConnectDeathNotificationStatus1.checkExtensionCareConnectDeathNotificationStatus1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1":
      return { check: import_ExtensionCareConnectDischargeMethod1.checkExtensionCareConnectDischargeMethod1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1":
      return { check: import_ExtensionCareConnectEmergencyCareDischargeStatus1.checkExtensionCareConnectEmergencyCareDischargeStatus1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1":
      return { check: import_ExtensionCareConnectEncounterTransport1.checkExtensionCareConnectEncounterTransport1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1":
      return { check: import_ExtensionCareConnectEthnicCategory1.checkExtensionCareConnectEthnicCategory1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1":
      return { check: import_ExtensionCareConnectGPCActualProblem1.checkExtensionCareConnectGPCActualProblem1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1":
      return { check: import_ExtensionCareConnectGPCAllergyCertainty1.checkExtensionCareConnectGPCAllergyCertainty1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1":
      return { check: import_ExtensionCareConnectGPCAllergyIntoleranceEnd1.checkExtensionCareConnectGPCAllergyIntoleranceEnd1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1":
      return { check: import_ExtensionCareConnectGPCAllergyIntoleranceEndDate1.checkExtensionCareConnectGPCAllergyIntoleranceEndDate1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1":
      return { check: import_ExtensionCareConnectGPCAllergySeverity1.checkExtensionCareConnectGPCAllergySeverity1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1":
      return { check: import_ExtensionCareConnectGPCClinicalSetting1.checkExtensionCareConnectGPCClinicalSetting1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1":
      return { check: import_ExtensionCareConnectGPCDeathNotificationStatus1.checkExtensionCareConnectGPCDeathNotificationStatus1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1":
      return { check: import_ExtensionCareConnectGPCEthnicCategory1.checkExtensionCareConnectGPCEthnicCategory1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1":
      return { check: import_ExtensionCareConnectGPCEvidence1.checkExtensionCareConnectGPCEvidence1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1":
      return { check: import_ExtensionCareConnectGPCListWarningCode1.checkExtensionCareConnectGPCListWarningCode1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1":
      return { check: import_ExtensionCareConnectGPCMainLocation1.checkExtensionCareConnectGPCMainLocation1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1":
      return { check: import_ExtensionCareConnectGPCMedicationChangeSummary1.checkExtensionCareConnectGPCMedicationChangeSummary1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1":
      return { check: import_ExtensionCareConnectGPCMedicationQuantityText1.checkExtensionCareConnectGPCMedicationQuantityText1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1":
      return { check: import_ExtensionCareConnectGPCMedicationRepeatInformation1.checkExtensionCareConnectGPCMedicationRepeatInformation1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1":
      return {
        check: import_ExtensionCareConnectGPCMedicationStatementLastIssueDate1.checkExtensionCareConnectGPCMedicationStatementLastIssueDate1,
        type: "Extension",
        isResource: false
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1":
      return { check: import_ExtensionCareConnectGPCMedicationStatusReason1.checkExtensionCareConnectGPCMedicationStatusReason1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1":
      return { check: import_ExtensionCareConnectGPCNHSCommunication1.checkExtensionCareConnectGPCNHSCommunication1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1":
      return { check: import_ExtensionCareConnectGPCNHSNumberVerificationStatus1.checkExtensionCareConnectGPCNHSNumberVerificationStatus1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1":
      return { check: import_ExtensionCareConnectGPCNominatedPharmacy1.checkExtensionCareConnectGPCNominatedPharmacy1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1":
      return { check: import_ExtensionCareConnectGPCPrescribingAgency1.checkExtensionCareConnectGPCPrescribingAgency1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1":
      return { check: import_ExtensionCareConnectGPCPrescriptionType1.checkExtensionCareConnectGPCPrescriptionType1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1":
      return { check: import_ExtensionCareConnectGPCReasonCondition1.checkExtensionCareConnectGPCReasonCondition1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1":
      return { check: import_ExtensionCareConnectGPCRegistrationDetails1.checkExtensionCareConnectGPCRegistrationDetails1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1":
      return { check: import_ExtensionCareConnectGPCReligiousAffiliation1.checkExtensionCareConnectGPCReligiousAffiliation1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1":
      return { check: import_ExtensionCareConnectGPCResidentialStatus1.checkExtensionCareConnectGPCResidentialStatus1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1":
      return { check: import_ExtensionCareConnectGPCTreatmentCategory1.checkExtensionCareConnectGPCTreatmentCategory1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1":
      return { check: import_ExtensionCareConnectMainLocation1.checkExtensionCareConnectMainLocation1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1":
      return { check: import_ExtensionCareConnectNHSCommunication1.checkExtensionCareConnectNHSCommunication1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1":
      return { check: import_ExtensionCareConnectNHSNumberVerificationStatus1.checkExtensionCareConnectNHSNumberVerificationStatus1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1":
      return { check: import_ExtensionCareConnectNominatedPharmacy1.checkExtensionCareConnectNominatedPharmacy1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1":
      return { check: import_ExtensionCareConnectOutcomeOfAttendance1.checkExtensionCareConnectOutcomeOfAttendance1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1":
      return { check: import_ExtensionCareConnectReasonCondition1.checkExtensionCareConnectReasonCondition1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1":
      return { check: import_ExtensionCareConnectRelatedProblemHeader1.checkExtensionCareConnectRelatedProblemHeader1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1":
      return { check: import_ExtensionCareConnectReligiousAffiliation1.checkExtensionCareConnectReligiousAffiliation1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1":
      return { check: import_ExtensionCareConnectResidentialStatus1.checkExtensionCareConnectResidentialStatus1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1":
      return { check: import_ExtensionCareConnectTreatmentCategory1.checkExtensionCareConnectTreatmentCategory1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1":
      return { check: import_ExtensionCareConnectValueApproximation1.checkExtensionCareConnectValueApproximation1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
      return { check: import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
      return { check: import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1":
      return { check: import_ExtensionGPConnectAppointmentCancellationReason1.checkExtensionGPConnectAppointmentCancellationReason1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1":
      return { check: import_ExtensionGPConnectBookingOrganisation1.checkExtensionGPConnectBookingOrganisation1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1":
      return { check: import_ExtensionGPConnectDeliveryChannel1.checkExtensionGPConnectDeliveryChannel1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2":
      return { check: import_ExtensionGPConnectDeliveryChannel2.checkExtensionGPConnectDeliveryChannel2, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1":
      return { check: import_ExtensionGPConnectPractitionerRole1.checkExtensionGPConnectPractitionerRole1, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/FamilyMemberHistory":
      return { check: import_FamilyMemberHistory.checkFamilyMemberHistory, type: "FamilyMemberHistory", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-genetic":
      return { check: import_FamilyMemberHistoryForGeneticsAnalysis.checkFamilyMemberHistoryForGeneticsAnalysis, type: "FamilyMemberHistory", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation":
      return { check: import_FamilyMemberHistoryGeneticsObservation.checkFamilyMemberHistoryGeneticsObservation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family":
      return { check: import_FathersFamily.checkFathersFamily, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/base64Binary":
      return { check: import_FhirBase64Binary.checkFhirBase64Binary, type: "base64Binary", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/boolean":
      return { check: import_FhirBoolean.checkFhirBoolean, type: "boolean", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/code":
      return { check: import_FhirCode.checkFhirCode, type: "code", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/date":
      return { check: import_FhirDate.checkFhirDate, type: "date", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/dateTime":
      return { check: import_FhirDateTime.checkFhirDateTime, type: "dateTime", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/decimal":
      return { check: import_FhirDecimal.checkFhirDecimal, type: "decimal", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/id":
      return { check: import_FhirId.checkFhirId, type: "id", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/instant":
      return { check: import_FhirInstant.checkFhirInstant, type: "instant", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/integer":
      return { check: import_FhirInteger.checkFhirInteger, type: "integer", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/markdown":
      return { check: import_FhirMarkdown.checkFhirMarkdown, type: "markdown", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/oid":
      return { check: import_FhirOid.checkFhirOid, type: "oid", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression":
      return { check: import_FhirPathExpression.checkFhirPathExpression, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/positiveInt":
      return { check: import_FhirPositiveInt.checkFhirPositiveInt, type: "positiveInt", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/string":
      return { check: import_FhirString.checkFhirString, type: "string", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/time":
      return { check: import_FhirTime.checkFhirTime, type: "time", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType":
      return { check: import_FhirType.checkFhirType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/unsignedInt":
      return { check: import_FhirUnsignedInt.checkFhirUnsignedInt, type: "unsignedInt", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/uri":
      return { check: import_FhirUri.checkFhirUri, type: "uri", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/uuid":
      return { check: import_FhirUuid.checkFhirUuid, type: "uuid", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/xhtml":
      return { check: import_FhirXhtml.checkFhirXhtml, type: "xhtml", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Flag":
      return { check: import_Flag.checkFlag, type: "Flag", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm":
      return { check: import_Fmm.checkFmm, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings":
      return { check: import_FmmNoWarnings.checkFmmNoWarnings, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-focal-subject":
      return { check: import_FocalSubject.checkFocalSubject, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1":
      return { check: import_GPConnectAppointment1.checkGPConnectAppointment1, type: "Appointment", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1":
      return { check: import_GPConnectDevice1.checkGPConnectDevice1, type: "Device", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1":
      return { check: import_GPConnectOperationOutcome1.checkGPConnectOperationOutcome1, type: "OperationOutcome", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Schedule-1":
      return { check: import_GPConnectSchedule1.checkGPConnectSchedule1, type: "Schedule", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Searchset-Bundle-1":
      return { check: import_GPConnectSearchsetBundle1.checkGPConnectSearchsetBundle1, type: "Bundle", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1":
      return { check: import_GPConnectSlot1.checkGPConnectSlot1, type: "Slot", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1":
      return { check: import_GPConnectStructuredRecordBundle1.checkGPConnectStructuredRecordBundle1, type: "Bundle", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene":
      return { check: import_Gene.checkGene, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass":
      return { check: import_GenomicSourceClass.checkGenomicSourceClass, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/geolocation":
      return { check: import_Geolocation.checkGeolocation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring":
      return { check: import_Glstring.checkGlstring, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Goal":
      return { check: import_Goal.checkGoal, type: "Goal", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected":
      return { check: import_GoalReasonRejected.checkGoalReasonRejected, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/GraphDefinition":
      return { check: import_GraphDefinition.checkGraphDefinition, type: "GraphDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Group":
      return { check: import_Group.checkGroup, type: "Group", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/GuidanceResponse":
      return { check: import_GuidanceResponse.checkGuidanceResponse, type: "GuidanceResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid":
      return { check: import_Haploid.checkHaploid, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hdlcholesterol":
      return { check: import_Hdlcholesterol.checkHdlcholesterol, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/headcircum":
      return { check: import_Headcircum.checkHeadcircum, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/HealthcareService":
      return { check: import_HealthcareService.checkHealthcareService, type: "HealthcareService", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/heartrate":
      return { check: import_Heartrate.checkHeartrate, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden":
      return { check: import_Hidden.checkHidden, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-history":
      return { check: import_History.checkHistory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/http-response-header":
      return { check: import_HttpResponseHeader.checkHttpResponseHeader, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/HumanName":
      return { check: import_HumanName.checkHumanName, type: "HumanName", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Identifier":
      return { check: import_Identifier.checkIdentifier, type: "Identifier", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ImagingManifest":
      return { check: import_ImagingManifest.checkImagingManifest, type: "ImagingManifest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ImagingStudy":
      return { check: import_ImagingStudy.checkImagingStudy, type: "ImagingStudy", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Immunization":
      return { check: import_Immunization.checkImmunization, type: "Immunization", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ImmunizationRecommendation":
      return { check: import_ImmunizationRecommendation.checkImmunizationRecommendation, type: "ImmunizationRecommendation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/device-implant-status":
      return { check: import_ImplantStatus.checkImplantStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ImplementationGuide":
      return { check: import_ImplementationGuide.checkImplementationGuide, type: "ImplementationGuide", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/patient-importance":
      return { check: import_Importance.checkImportance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime":
      return { check: import_IncisionDateTime.checkIncisionDateTime, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver":
      return { check: import_InfuseOver.checkInfuseOver, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet":
      return { check: import_InheritedExtensibleValueSet.checkInheritedExtensibleValueSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-initialValue":
      return { check: import_InitialValue.checkInitialValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization":
      return { check: import_InitiatingOrganization.checkInitiatingOrganization, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson":
      return { check: import_InitiatingPerson.checkInitiatingPerson, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Instance":
      return { check: import_Instance.checkInstance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation":
      return { check: import_Interpretation.checkInterpretation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired":
      return { check: import_InterpreterRequired.checkInterpreterRequired, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding":
      return { check: import_IsCommonBinding.checkIsCommonBinding, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept":
      return { check: import_IsDataElementConcept.checkIsDataElementConcept, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight":
      return { check: import_IsDryWeight.checkIsDryWeight, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source":
      return { check: import_IssueSource.checkIssueSource, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem":
      return { check: import_Item.checkItem, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl":
      return { check: import_ItemControl.checkItemControl, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type":
      return { check: import_JsonType.checkJsonType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord":
      return { check: import_KeyWord.checkKeyWord, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-label":
      return { check: import_Label.checkLabel, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate":
      return { check: import_LastReviewDate.checkLastReviewDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ldlcholesterol":
      return { check: import_Ldlcholesterol.checkLdlcholesterol, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Library":
      return { check: import_Library.checkLibrary, type: "Library", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Linkage":
      return { check: import_Linkage.checkLinkage, type: "Linkage", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/lipidprofile":
      return { check: import_Lipidprofile.checkLipidprofile, type: "DiagnosticReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/List":
      return { check: import_List.checkList, type: "List", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Location":
      return { check: import_Location.checkLocation, type: "Location", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/location-distance":
      return { check: import_LocationDistance.checkLocationDistance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed":
      return { check: import_LocationPerformed.checkLocationPerformed, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire":
      return { check: import_LookupQuestionnaire.checkLookupQuestionnaire, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS":
      return { check: import_MPPS.checkMPPS, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-management":
      return { check: import_Management.checkManagement, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher":
      return { check: import_MapSourcePublisher.checkMapSourcePublisher, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendering-markdown":
      return { check: import_Markdown.checkMarkdown, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/match-grade":
      return { check: import_MatchGrade.checkMatchGrade, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces":
      return { check: import_MaxDecimalPlaces.checkMaxDecimalPlaces, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate":
      return { check: import_MaxDeliveryRate.checkMaxDeliveryRate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume":
      return { check: import_MaxDeliveryVolume.checkMaxDeliveryVolume, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs":
      return { check: import_MaxOccurs.checkMaxOccurs, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/maxSize":
      return { check: import_MaxSize.checkMaxSize, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/maxValue":
      return { check: import_MaxValue.checkMaxValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet":
      return { check: import_MaxValueSet.checkMaxValueSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Measure":
      return { check: import_Measure.checkMeasure, type: "Measure", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo":
      return { check: import_MeasureInfo.checkMeasureInfo, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/MeasureReport":
      return { check: import_MeasureReport.checkMeasureReport, type: "MeasureReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Media":
      return { check: import_Media.checkMedia, type: "Media", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Medication":
      return { check: import_Medication.checkMedication, type: "Medication", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MedicationAdministration":
      return { check: import_MedicationAdministration.checkMedicationAdministration, type: "MedicationAdministration", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MedicationDispense":
      return { check: import_MedicationDispense.checkMedicationDispense, type: "MedicationDispense", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MedicationRequest":
      return { check: import_MedicationRequest.checkMedicationRequest, type: "MedicationRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MedicationStatement":
      return { check: import_MedicationStatement.checkMedicationStatement, type: "MedicationStatement", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MessageDefinition":
      return { check: import_MessageDefinition.checkMessageDefinition, type: "MessageDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MessageHeader":
      return { check: import_MessageHeader.checkMessageHeader, type: "MessageHeader", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/messageheader-response-request":
      return { check: import_MessageheaderResponseRequest.checkMessageheaderResponseRequest, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Meta":
      return { check: import_Meta.checkMeta, type: "Meta", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method":
      return { check: import_Method.checkMethod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/mimeType":
      return { check: import_MimeType.checkMimeType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod":
      return { check: import_MinDosePerPeriod.checkMinDosePerPeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/minLength":
      return { check: import_MinLength.checkMinLength, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs":
      return { check: import_MinOccurs.checkMinOccurs, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/minValue":
      return { check: import_MinValue.checkMinValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet":
      return { check: import_MinValueSet.checkMinValueSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival":
      return { check: import_ModeOfArrival.checkModeOfArrival, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Money":
      return { check: import_Money.checkMoney, type: "Money", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family":
      return { check: import_MothersFamily.checkMothersFamily, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName":
      return { check: import_MothersMaidenName.checkMothersMaidenName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace":
      return { check: import_Namespace.checkNamespace, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/NamingSystem":
      return { check: import_NamingSystem.checkNamingSystem, type: "NamingSystem", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Narrative":
      return { check: import_Narrative.checkNarrative, type: "Narrative", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-nationality":
      return { check: import_Nationality.checkNationality, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-notDone":
      return { check: import_NotDone.checkNotDone, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note":
      return { check: import_Note.checkNote, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint":
      return { check: import_NotificationEndpoint.checkNotificationEndpoint, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor":
      return { check: import_NullFlavor.checkNullFlavor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances":
      return { check: import_NumberOfInstances.checkNumberOfInstances, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/NutritionOrder":
      return { check: import_NutritionOrder.checkNutritionOrder, type: "NutritionOrder", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/11179-objectClass":
      return { check: import_ObjectClass.checkObjectClass, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty":
      return { check: import_ObjectClassProperty.checkObjectClassProperty, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Observation":
      return { check: import_Observation.checkObservation, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/observation-genetics":
      return { check: import_ObservationGenetics.checkObservationGenetics, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence":
      return { check: import_ObservationGeneticsSequence.checkObservationGeneticsSequence, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing":
      return { check: import_OccurredFollowing.checkOccurredFollowing, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf":
      return { check: import_OnBehalfOf.checkOnBehalfOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-careplan":
      return { check: import_OpenEHRCareplan.checkOpenEHRCareplan, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-location":
      return { check: import_OpenEHRLocation.checkOpenEHRLocation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/OperationDefinition":
      return { check: import_OperationDefinition.checkOperationDefinition, type: "OperationDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/OperationOutcome":
      return { check: import_OperationOutcome2.checkOperationOutcome2, type: "OperationOutcome", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue":
      return { check: import_OperationoutcomeDetectedIssue.checkOperationoutcomeDetectedIssue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-optionCode":
      return { check: import_OptionCode.checkOptionCode, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive":
      return { check: import_OptionExclusive.checkOptionExclusive, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix":
      return { check: import_OptionPrefix.checkOptionPrefix, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy":
      return { check: import_OrderedBy.checkOrderedBy, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue":
      return { check: import_OrdinalValue.checkOrdinalValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Organization":
      return { check: import_Organization.checkOrganization, type: "Organization", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/organization-alias":
      return { check: import_OrganizationAlias.checkOrganizationAlias, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/organization-period":
      return { check: import_OrganizationPeriod.checkOrganizationPeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality":
      return { check: import_OtherConfidentiality.checkOtherConfidentiality, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-otherName":
      return { check: import_OtherName.checkOtherName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-outcome":
      return { check: import_Outcome.checkOutcome, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-own-name":
      return { check: import_OwnName.checkOwnName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix":
      return { check: import_OwnPrefix.checkOwnPrefix, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/oxygensat":
      return { check: import_Oxygensat.checkOxygensat, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/implementationguide-page":
      return { check: import_Page.checkPage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ParameterDefinition":
      return { check: import_ParameterDefinition.checkParameterDefinition, type: "ParameterDefinition", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Parameters":
      return { check: import_Parameters.checkParameters, type: "Parameters", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent":
      return { check: import_Parent.checkParent, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-partOf":
      return { check: import_PartOf.checkPartOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy":
      return { check: import_ParticipantObjectContainsStudy.checkParticipantObjectContainsStudy, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-partner-name":
      return { check: import_PartnerName.checkPartnerName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix":
      return { check: import_PartnerPrefix.checkPartnerPrefix, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Patient":
      return { check: import_Patient.checkPatient, type: "Patient", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/patient-birthTime":
      return { check: import_PatientBirthTime.checkPatientBirthTime, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor":
      return { check: import_PatientCadavericDonor.checkPatientCadavericDonor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction":
      return { check: import_PatientInstruction.checkPatientInstruction, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record":
      return { check: import_PatientRecord.checkPatientRecord, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/PaymentNotice":
      return { check: import_PaymentNotice.checkPaymentNotice, type: "PaymentNotice", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/PaymentReconciliation":
      return { check: import_PaymentReconciliation.checkPaymentReconciliation, type: "PaymentReconciliation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/event-performerRole":
      return { check: import_PerformerRole.checkPerformerRole, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Period":
      return { check: import_Period.checkPeriod, type: "Period", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap":
      return { check: import_PermittedValueConceptmap.checkPermittedValueConceptmap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset":
      return { check: import_PermittedValueValueset.checkPermittedValueValueset, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Person":
      return { check: import_Person.checkPerson, type: "Person", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal":
      return { check: import_PertainsToGoal.checkPertainsToGoal, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet":
      return { check: import_PhaseSet.checkPhaseSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/PlanDefinition":
      return { check: import_PlanDefinition.checkPlanDefinition, type: "PlanDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Practitioner":
      return { check: import_Practitioner.checkPractitioner, type: "Practitioner", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/PractitionerRole":
      return { check: import_PractitionerRole.checkPractitionerRole, type: "PractitionerRole", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition":
      return { check: import_Precondition.checkPrecondition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-preferred":
      return { check: import_Preferred.checkPreferred, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/organization-preferredContact":
      return { check: import_PreferredContact.checkPreferredContact, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber":
      return { check: import_Prescriber.checkPrescriber, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis":
      return { check: import_PrimaryDiagnosis.checkPrimaryDiagnosis, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd":
      return { check: import_PrimaryInd.checkPrimaryInd, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/flag-priority":
      return { check: import_Priority.checkPriority, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Procedure":
      return { check: import_Procedure.checkProcedure, type: "Procedure", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedure-method":
      return { check: import_ProcedureMethod.checkProcedureMethod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ProcedureRequest":
      return { check: import_ProcedureRequest.checkProcedureRequest, type: "ProcedureRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics":
      return { check: import_ProcedureRequestGenetics.checkProcedureRequestGenetics, type: "ProcedureRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedure-schedule":
      return { check: import_ProcedureSchedule.checkProcedureSchedule, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite":
      return { check: import_ProcedureTargetBodySite.checkProcedureTargetBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite":
      return { check: import_ProcedurerequestApproachBodySite.checkProcedurerequestApproachBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected":
      return { check: import_ProcedurerequestReasonRejected.checkProcedurerequestReasonRejected, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite":
      return { check: import_ProcedurerequestTargetBodySite.checkProcedurerequestTargetBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ProcessRequest":
      return { check: import_ProcessRequest.checkProcessRequest, type: "ProcessRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ProcessResponse":
      return { check: import_ProcessResponse.checkProcessResponse, type: "ProcessResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/specimen-processingTime":
      return { check: import_ProcessingTime.checkProcessingTime, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hlaresult":
      return { check: import_ProfileForHLAGenotypingResults.checkProfileForHLAGenotypingResults, type: "DiagnosticReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus":
      return { check: import_ProgressStatus.checkProgressStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited":
      return { check: import_Prohibited.checkProhibited, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Provenance":
      return { check: import_Provenance.checkProvenance, type: "Provenance", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence":
      return { check: import_QualityOfEvidence.checkQualityOfEvidence, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Quantity":
      return { check: import_Quantity.checkQuantity, type: "Quantity", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-question":
      return { check: import_Question.checkQuestion, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Questionnaire":
      return { check: import_Questionnaire.checkQuestionnaire, type: "Questionnaire", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue":
      return { check: import_QuestionnaireOrdinalValue.checkQuestionnaireOrdinalValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest":
      return { check: import_QuestionnaireRequest.checkQuestionnaireRequest, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse":
      return { check: import_QuestionnaireResponse.checkQuestionnaireResponse, type: "QuestionnaireResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author":
      return { check: import_QuestionnaireresponseAuthor.checkQuestionnaireresponseAuthor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Range":
      return { check: import_Range.checkRange, type: "Range", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal":
      return { check: import_RateGoal.checkRateGoal, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement":
      return { check: import_RateIncrement.checkRateIncrement, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval":
      return { check: import_RateIncrementInterval.checkRateIncrementInterval, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Ratio":
      return { check: import_Ratio.checkRatio, type: "Ratio", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type":
      return { check: import_RdfType.checkRdfType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason":
      return { check: import_Reason.checkReason, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled":
      return { check: import_ReasonCancelled.checkReasonCancelled, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-reasonCode":
      return { check: import_ReasonCode.checkReasonCode, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed":
      return { check: import_ReasonNotPerformed.checkReasonNotPerformed, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-reasonReference":
      return { check: import_ReasonReference.checkReasonReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused":
      return { check: import_ReasonRefused.checkReasonRefused, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted":
      return { check: import_ReasonRefuted.checkReasonRefuted, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected":
      return { check: import_ReasonRejected.checkReasonRejected, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization":
      return { check: import_ReceivingOrganization.checkReceivingOrganization, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson":
      return { check: import_ReceivingPerson.checkReceivingPerson, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage":
      return { check: import_RecipientLanguage.checkRecipientLanguage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType":
      return { check: import_RecipientType.checkRecipientType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Reference":
      return { check: import_Reference.checkReference, type: "Reference", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter":
      return { check: import_ReferenceFilter.checkReferenceFilter, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ReferralRequest":
      return { check: import_ReferralRequest.checkReferralRequest, type: "ReferralRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused":
      return { check: import_ReferralrequestReasonRefused.checkReferralrequestReasonRefused, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining":
      return { check: import_RefillsRemaining.checkRefillsRemaining, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/regex":
      return { check: import_Regex.checkRegex, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org":
      return { check: import_RegistryOrg.checkRegistryOrg, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/RelatedArtifact":
      return { check: import_RelatedArtifact.checkRelatedArtifact, type: "RelatedArtifact", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/RelatedPerson":
      return { check: import_RelatedPerson.checkRelatedPerson, type: "RelatedPerson", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/goal-relationship":
      return { check: import_Relationship.checkRelationship, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory":
      return { check: import_RelevantHistory.checkRelevantHistory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-religion":
      return { check: import_Religion.checkReligion, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendered-value":
      return { check: import_RenderedValue.checkRenderedValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby":
      return { check: import_Replacedby.checkReplacedby, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces":
      return { check: import_Replaces.checkReplaces, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/RequestGroup":
      return { check: import_RequestGroup.checkRequestGroup, type: "RequestGroup", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ResearchStudy":
      return { check: import_ResearchStudy.checkResearchStudy, type: "ResearchStudy", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ResearchSubject":
      return { check: import_ResearchSubject.checkResearchSubject, type: "ResearchSubject", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge":
      return { check: import_ResolutionAge.checkResolutionAge, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Resource":
      return { check: import_Resource.checkResource, type: "Resource", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod":
      return { check: import_ResourceEffectivePeriod.checkResourceEffectivePeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/resprate":
      return { check: import_Resprate.checkResprate, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer":
      return { check: import_Reviewer.checkReviewer, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/RiskAssessment":
      return { check: import_RiskAssessment.checkRiskAssessment, type: "RiskAssessment", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/condition-ruledOut":
      return { check: import_RuledOut.checkRuledOut, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding":
      return { check: import_SCCoding.checkSCCoding, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass":
      return { check: import_SOPClass.checkSOPClass, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/SampledData":
      return { check: import_SampledData.checkSampledData, type: "SampledData", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Schedule":
      return { check: import_Schedule.checkSchedule, type: "Schedule", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/coding-sctdescid":
      return { check: import_Sctdescid.checkSctdescid, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/SearchParameter":
      return { check: import_SearchParameter.checkSearchParameter, type: "SearchParameter", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination":
      return { check: import_SearchParameterCombination.checkSearchParameterCombination, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector":
      return { check: import_Selector.checkSelector, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Sequence":
      return { check: import_Sequence.checkSequence, type: "Sequence", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber":
      return { check: import_SequenceNumber.checkSequenceNumber, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ServiceDefinition":
      return { check: import_ServiceDefinition.checkServiceDefinition, type: "ServiceDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity":
      return { check: import_Severity.checkSeverity, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/shareablecodesystem":
      return { check: import_ShareableCodeSystem.checkShareableCodeSystem, type: "CodeSystem", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/shareablevalueset":
      return { check: import_ShareableValueSet.checkShareableValueSet, type: "ValueSet", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling":
      return { check: import_Sibling.checkSibling, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Signature":
      return { check: import_Signature.checkSignature, type: "Signature", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/SimpleQuantity":
      return { check: import_SimpleQuantity.checkSimpleQuantity, type: "Quantity", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Slot":
      return { check: import_Slot.checkSlot, type: "Slot", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference":
      return { check: import_SourceReference.checkSourceReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap":
      return { check: import_SourceStructureMap.checkSourceStructureMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet":
      return { check: import_SourceValueSet.checkSourceValueSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling":
      return { check: import_SpecialHandling.checkSpecialHandling, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Specimen":
      return { check: import_Specimen.checkSpecimen, type: "Specimen", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation":
      return { check: import_StrengthOfRecommendation.checkStrengthOfRecommendation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/StructureDefinition":
      return { check: import_StructureDefinition.checkStructureDefinition, type: "StructureDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/StructureMap":
      return { check: import_StructureMap.checkStructureMap, type: "StructureMap", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation":
      return { check: import_StructuredefinitionAnnotation.checkStructuredefinitionAnnotation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex":
      return { check: import_StructuredefinitionRegex.checkStructuredefinitionRegex, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier":
      return { check: import_StudyprotocolIdentifier.checkStudyprotocolIdentifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendering-style":
      return { check: import_Style.checkStyle, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive":
      return { check: import_StyleSensitive.checkStyleSensitive, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org":
      return { check: import_SubmitterOrg.checkSubmitterOrg, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Subscription":
      return { check: import_Subscription.checkSubscription, type: "Subscription", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Substance":
      return { check: import_Substance.checkSubstance, type: "Substance", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk":
      return { check: import_SubstanceExposureRisk.checkSubstanceExposureRisk, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes":
      return { check: import_Subsumes.checkSubsumes, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary":
      return { check: import_Summary.checkSummary, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf":
      return { check: import_SummaryOf.checkSummaryOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/SupplyDelivery":
      return { check: import_SupplyDelivery.checkSupplyDelivery, type: "SupplyDelivery", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/SupplyRequest":
      return { check: import_SupplyRequest.checkSupplyRequest, type: "SupplyRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink":
      return { check: import_SupportLink.checkSupportLink, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system":
      return { check: import_SupportedSystem.checkSupportedSystem, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo":
      return { check: import_SupportingInfo.checkSupportingInfo, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-system":
      return { check: import_System.checkSystem, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-systemName":
      return { check: import_SystemName.checkSystemName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-systemRef":
      return { check: import_SystemRef.checkSystemRef, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage":
      return { check: import_SystemUserLanguage.checkSystemUserLanguage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext":
      return { check: import_SystemUserTaskContext.checkSystemUserTaskContext, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType":
      return { check: import_SystemUserType.checkSystemUserType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference":
      return { check: import_T11179DeDocumentReference.checkT11179DeDocumentReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address":
      return { check: import_TELAddress.checkTELAddress, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name":
      return { check: import_TableName.checkTableName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite":
      return { check: import_TargetBodySite.checkTargetBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap":
      return { check: import_TargetStructureMap.checkTargetStructureMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Task":
      return { check: import_Task.checkTask, type: "Task", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/task-replaces":
      return { check: import_TaskReplaces.checkTaskReplaces, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status":
      return { check: import_TemplateStatus.checkTemplateStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-test":
      return { check: import_Test.checkTest, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/TestReport":
      return { check: import_TestReport.checkTestReport, type: "TestReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/TestScript":
      return { check: import_TestScript.checkTestScript, type: "TestScript", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/observation-time-offset":
      return { check: import_TimeOffset.checkTimeOffset, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Timing":
      return { check: import_Timing.checkTiming, type: "Timing", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-toocostly":
      return { check: import_Toocostly.checkToocostly, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable":
      return { check: import_Translatable.checkTranslatable, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/translation":
      return { check: import_Translation.checkTranslation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/TriggerDefinition":
      return { check: import_TriggerDefinition.checkTriggerDefinition, type: "TriggerDefinition", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/triglyceride":
      return { check: import_Triglyceride.checkTriglyceride, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion":
      return { check: import_TrustedExpansion.checkTrustedExpansion, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type":
      return { check: import_Type.checkType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty":
      return { check: import_Uncertainty.checkUncertainty, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType":
      return { check: import_UncertaintyType.checkUncertaintyType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-unclosed":
      return { check: import_Unclosed.checkUnclosed, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-unit":
      return { check: import_Unit.checkUnit, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-usage":
      return { check: import_Usage.checkUsage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/UsageContext":
      return { check: import_UsageContext.checkUsageContext, type: "UsageContext", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode":
      return { check: import_UsageMode.checkUsageMode, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/usagecontext-group":
      return { check: import_UsagecontextGroup.checkUsagecontextGroup, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/medication-usualRoute":
      return { check: import_UsualRoute.checkUsualRoute, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/identifier-validDate":
      return { check: import_ValidDate.checkValidDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod":
      return { check: import_ValidityPeriod.checkValidityPeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ValueSet":
      return { check: import_ValueSet.checkValueSet, type: "ValueSet", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/valueset-author":
      return { check: import_ValuesetAuthor.checkValuesetAuthor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-comment":
      return { check: import_ValuesetComment.checkValuesetComment, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-comments":
      return { check: import_ValuesetComments.checkValuesetComments, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder":
      return { check: import_ValuesetConceptOrder.checkValuesetConceptOrder, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-definition":
      return { check: import_ValuesetDefinition.checkValuesetDefinition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate":
      return { check: import_ValuesetEffectiveDate.checkValuesetEffectiveDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate":
      return { check: import_ValuesetExpirationDate.checkValuesetExpirationDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-history":
      return { check: import_ValuesetHistory.checkValuesetHistory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-keyWord":
      return { check: import_ValuesetKeyWord.checkValuesetKeyWord, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-label":
      return { check: import_ValuesetLabel.checkValuesetLabel, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-map":
      return { check: import_ValuesetMap.checkValuesetMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue":
      return { check: import_ValuesetOrdinalValue.checkValuesetOrdinalValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-otherName":
      return { check: import_ValuesetOtherName.checkValuesetOtherName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-reference":
      return { check: import_ValuesetReference.checkValuesetReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference":
      return { check: import_ValuesetSourceReference.checkValuesetSourceReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion":
      return { check: import_ValuesetTrustedExpansion.checkValuesetTrustedExpansion, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-usage":
      return { check: import_ValuesetUsage.checkValuesetUsage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-warning":
      return { check: import_ValuesetWarning.checkValuesetWarning, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus":
      return { check: import_ValuesetWorkflowStatus.checkValuesetWorkflowStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-verification":
      return { check: import_Verification.checkVerification, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/VisionPrescription":
      return { check: import_VisionPrescription.checkVisionPrescription, type: "VisionPrescription", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bmi":
      return { check: import_VitalSignsProfile.checkVitalSignsProfile, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/vitalsigns":
      return { check: import_Vitalsigns.checkVitalsigns, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/vitalspanel":
      return { check: import_Vitalspanel.checkVitalspanel, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-warning":
      return { check: import_Warning.checkWarning, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket":
      return { check: import_Websocket.checkWebsocket, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg":
      return { check: import_Wg.checkWg, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/consent-Witness":
      return { check: import_Witness.checkWitness, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus":
      return { check: import_WorkflowStatus.checkWorkflowStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendering-xhtml":
      return { check: import_Xhtml.checkXhtml, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type":
      return { check: import_XmlType.checkXmlType, type: "Extension", isResource: false };
    default:
      return void 0;
  }
}
function resourceByType(resourceType) {
  switch (resourceType) {
    case "Account":
      return import_Account.checkAccount;
    case "ActivityDefinition":
      return import_ActivityDefinition.checkActivityDefinition;
    case "AdverseEvent":
      return import_AdverseEvent.checkAdverseEvent;
    case "AllergyIntolerance":
      return import_AllergyIntolerance.checkAllergyIntolerance;
    case "Appointment":
      return import_Appointment.checkAppointment;
    case "AppointmentResponse":
      return import_AppointmentResponse.checkAppointmentResponse;
    case "AuditEvent":
      return import_AuditEvent.checkAuditEvent;
    case "Basic":
      return import_Basic.checkBasic;
    case "Binary":
      return import_Binary.checkBinary;
    case "BodySite":
      return import_BodySite.checkBodySite;
    case "Bundle":
      return import_Bundle.checkBundle;
    case "CapabilityStatement":
      return import_CapabilityStatement.checkCapabilityStatement;
    case "CarePlan":
      return import_CarePlan.checkCarePlan;
    case "CareTeam":
      return import_CareTeam.checkCareTeam;
    case "ChargeItem":
      return import_ChargeItem.checkChargeItem;
    case "Claim":
      return import_Claim.checkClaim;
    case "ClaimResponse":
      return import_ClaimResponse.checkClaimResponse;
    case "ClinicalImpression":
      return import_ClinicalImpression.checkClinicalImpression;
    case "CodeSystem":
      return import_CodeSystem.checkCodeSystem;
    case "Communication":
      return import_Communication.checkCommunication;
    case "CommunicationRequest":
      return import_CommunicationRequest.checkCommunicationRequest;
    case "CompartmentDefinition":
      return import_CompartmentDefinition.checkCompartmentDefinition;
    case "Composition":
      return import_Composition.checkComposition;
    case "ConceptMap":
      return import_ConceptMap.checkConceptMap;
    case "Condition":
      return import_Condition.checkCondition;
    case "Consent":
      return import_Consent.checkConsent;
    case "Contract":
      return import_Contract.checkContract;
    case "Coverage":
      return import_Coverage.checkCoverage;
    case "DataElement":
      return import_DataElement.checkDataElement;
    case "DetectedIssue":
      return import_DetectedIssue.checkDetectedIssue;
    case "Device":
      return import_Device.checkDevice;
    case "DeviceComponent":
      return import_DeviceComponent.checkDeviceComponent;
    case "DeviceMetric":
      return import_DeviceMetric.checkDeviceMetric;
    case "DeviceRequest":
      return import_DeviceRequest.checkDeviceRequest;
    case "DeviceUseStatement":
      return import_DeviceUseStatement.checkDeviceUseStatement;
    case "DiagnosticReport":
      return import_DiagnosticReport.checkDiagnosticReport;
    case "DocumentManifest":
      return import_DocumentManifest.checkDocumentManifest;
    case "DocumentReference":
      return import_DocumentReference.checkDocumentReference;
    case "EligibilityRequest":
      return import_EligibilityRequest.checkEligibilityRequest;
    case "EligibilityResponse":
      return import_EligibilityResponse.checkEligibilityResponse;
    case "Encounter":
      return import_Encounter.checkEncounter;
    case "Endpoint":
      return import_Endpoint.checkEndpoint;
    case "EnrollmentRequest":
      return import_EnrollmentRequest.checkEnrollmentRequest;
    case "EnrollmentResponse":
      return import_EnrollmentResponse.checkEnrollmentResponse;
    case "EpisodeOfCare":
      return import_EpisodeOfCare.checkEpisodeOfCare;
    case "ExpansionProfile":
      return import_ExpansionProfile.checkExpansionProfile;
    case "ExplanationOfBenefit":
      return import_ExplanationOfBenefit.checkExplanationOfBenefit;
    case "FamilyMemberHistory":
      return import_FamilyMemberHistory.checkFamilyMemberHistory;
    case "Flag":
      return import_Flag.checkFlag;
    case "Goal":
      return import_Goal.checkGoal;
    case "GraphDefinition":
      return import_GraphDefinition.checkGraphDefinition;
    case "Group":
      return import_Group.checkGroup;
    case "GuidanceResponse":
      return import_GuidanceResponse.checkGuidanceResponse;
    case "HealthcareService":
      return import_HealthcareService.checkHealthcareService;
    case "ImagingManifest":
      return import_ImagingManifest.checkImagingManifest;
    case "ImagingStudy":
      return import_ImagingStudy.checkImagingStudy;
    case "Immunization":
      return import_Immunization.checkImmunization;
    case "ImmunizationRecommendation":
      return import_ImmunizationRecommendation.checkImmunizationRecommendation;
    case "ImplementationGuide":
      return import_ImplementationGuide.checkImplementationGuide;
    case "Library":
      return import_Library.checkLibrary;
    case "Linkage":
      return import_Linkage.checkLinkage;
    case "List":
      return import_List.checkList;
    case "Location":
      return import_Location.checkLocation;
    case "Measure":
      return import_Measure.checkMeasure;
    case "MeasureReport":
      return import_MeasureReport.checkMeasureReport;
    case "Media":
      return import_Media.checkMedia;
    case "Medication":
      return import_Medication.checkMedication;
    case "MedicationAdministration":
      return import_MedicationAdministration.checkMedicationAdministration;
    case "MedicationDispense":
      return import_MedicationDispense.checkMedicationDispense;
    case "MedicationRequest":
      return import_MedicationRequest.checkMedicationRequest;
    case "MedicationStatement":
      return import_MedicationStatement.checkMedicationStatement;
    case "MessageDefinition":
      return import_MessageDefinition.checkMessageDefinition;
    case "MessageHeader":
      return import_MessageHeader.checkMessageHeader;
    case "NamingSystem":
      return import_NamingSystem.checkNamingSystem;
    case "NutritionOrder":
      return import_NutritionOrder.checkNutritionOrder;
    case "Observation":
      return import_Observation.checkObservation;
    case "OperationDefinition":
      return import_OperationDefinition.checkOperationDefinition;
    case "OperationOutcome":
      return import_OperationOutcome2.checkOperationOutcome2;
    case "Organization":
      return import_Organization.checkOrganization;
    case "Parameters":
      return import_Parameters.checkParameters;
    case "Patient":
      return import_Patient.checkPatient;
    case "PaymentNotice":
      return import_PaymentNotice.checkPaymentNotice;
    case "PaymentReconciliation":
      return import_PaymentReconciliation.checkPaymentReconciliation;
    case "Person":
      return import_Person.checkPerson;
    case "PlanDefinition":
      return import_PlanDefinition.checkPlanDefinition;
    case "Practitioner":
      return import_Practitioner.checkPractitioner;
    case "PractitionerRole":
      return import_PractitionerRole.checkPractitionerRole;
    case "Procedure":
      return import_Procedure.checkProcedure;
    case "ProcedureRequest":
      return import_ProcedureRequest.checkProcedureRequest;
    case "ProcessRequest":
      return import_ProcessRequest.checkProcessRequest;
    case "ProcessResponse":
      return import_ProcessResponse.checkProcessResponse;
    case "Provenance":
      return import_Provenance.checkProvenance;
    case "Questionnaire":
      return import_Questionnaire.checkQuestionnaire;
    case "QuestionnaireResponse":
      return import_QuestionnaireResponse.checkQuestionnaireResponse;
    case "ReferralRequest":
      return import_ReferralRequest.checkReferralRequest;
    case "RelatedPerson":
      return import_RelatedPerson.checkRelatedPerson;
    case "RequestGroup":
      return import_RequestGroup.checkRequestGroup;
    case "ResearchStudy":
      return import_ResearchStudy.checkResearchStudy;
    case "ResearchSubject":
      return import_ResearchSubject.checkResearchSubject;
    case "RiskAssessment":
      return import_RiskAssessment.checkRiskAssessment;
    case "Schedule":
      return import_Schedule.checkSchedule;
    case "SearchParameter":
      return import_SearchParameter.checkSearchParameter;
    case "Sequence":
      return import_Sequence.checkSequence;
    case "ServiceDefinition":
      return import_ServiceDefinition.checkServiceDefinition;
    case "Slot":
      return import_Slot.checkSlot;
    case "Specimen":
      return import_Specimen.checkSpecimen;
    case "StructureDefinition":
      return import_StructureDefinition.checkStructureDefinition;
    case "StructureMap":
      return import_StructureMap.checkStructureMap;
    case "Subscription":
      return import_Subscription.checkSubscription;
    case "Substance":
      return import_Substance.checkSubstance;
    case "SupplyDelivery":
      return import_SupplyDelivery.checkSupplyDelivery;
    case "SupplyRequest":
      return import_SupplyRequest.checkSupplyRequest;
    case "Task":
      return import_Task.checkTask;
    case "TestReport":
      return import_TestReport.checkTestReport;
    case "TestScript":
      return import_TestScript.checkTestScript;
    case "ValueSet":
      return import_ValueSet.checkValueSet;
    case "VisionPrescription":
      return import_VisionPrescription.checkVisionPrescription;
    default:
      return void 0;
  }
}
function extensionByUrl(url) {
  switch (url) {
    case "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status":
      return { url, check: import_AdministrativeStatus.checkAdministrativeStatus, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-change-description":
      return { url, check: import_ChangeDescription.checkChangeDescription, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context":
      return { url, check: import_ClassificationOrContext.checkClassificationOrContext, contexts: CONTEXTS_1, contextTypes: CONTEXTS_2 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address":
      return { url, check: import_ContactAddress.checkContactAddress, contexts: CONTEXTS_3, contextTypes: CONTEXTS_4 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference":
      return { url, check: import_T11179DeDocumentReference.checkT11179DeDocumentReference, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period":
      return { url, check: import_EffectivePeriod.checkEffectivePeriod, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept":
      return { url, check: import_IsDataElementConcept.checkIsDataElementConcept, contexts: CONTEXTS_5, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org":
      return { url, check: import_RegistryOrg.checkRegistryOrg, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org":
      return { url, check: import_SubmitterOrg.checkSubmitterOrg, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-objectClass":
      return { url, check: import_ObjectClass.checkObjectClass, contexts: CONTEXTS_7, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty":
      return { url, check: import_ObjectClassProperty.checkObjectClassProperty, contexts: CONTEXTS_7, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap":
      return { url, check: import_PermittedValueConceptmap.checkPermittedValueConceptmap, contexts: CONTEXTS_9, contextTypes: CONTEXTS_10 };
    case "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset":
      return { url, check: import_PermittedValueValueset.checkPermittedValueValueset, contexts: CONTEXTS_9, contextTypes: CONTEXTS_10 };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis":
      return { url, check: import_Analysis.checkAnalysis, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition":
      return { url, check: import_AssessedCondition.checkAssessedCondition, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory":
      return {
        url,
        check: import_DiagnosticReportGeneticsFamilyMemberHistory.checkDiagnosticReportGeneticsFamilyMemberHistory,
        contexts: CONTEXTS_11,
        contextTypes: CONTEXTS_11
      };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty":
      return { url, check: import_Certainty.checkCertainty, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration":
      return { url, check: import_AllergyintoleranceDuration.checkAllergyintoleranceDuration, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted":
      return { url, check: import_ReasonRefuted.checkReasonRefuted, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge":
      return { url, check: import_ResolutionAge.checkResolutionAge, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk":
      return { url, check: import_SubstanceExposureRisk.checkSubstanceExposureRisk, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Accession":
      return { url, check: import_Accession.checkAccession, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized":
      return { url, check: import_Anonymized.checkAnonymized, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted":
      return { url, check: import_Encrypted.checkEncrypted, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Instance":
      return { url, check: import_Instance.checkInstance, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS":
      return { url, check: import_MPPS.checkMPPS, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances":
      return { url, check: import_NumberOfInstances.checkNumberOfInstances, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy":
      return { url, check: import_ParticipantObjectContainsStudy.checkParticipantObjectContainsStudy, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass":
      return { url, check: import_SOPClass.checkSOPClass, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/birthPlace":
      return { url, check: import_BirthPlace.checkBirthPlace, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/body-site-instance":
      return { url, check: import_BodySiteInstance.checkBodySiteInstance, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation":
      return { url, check: import_Expectation.checkExpectation, contexts: CONTEXTS_18, contextTypes: CONTEXTS_19 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited":
      return { url, check: import_Prohibited.checkProhibited, contexts: CONTEXTS_20, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination":
      return { url, check: import_SearchParameterCombination.checkSearchParameterCombination, contexts: CONTEXTS_21, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system":
      return { url, check: import_SupportedSystem.checkSupportedSystem, contexts: CONTEXTS_22, contextTypes: CONTEXTS_22 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket":
      return { url, check: import_Websocket.checkWebsocket, contexts: CONTEXTS_23, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/careplan-activity-title":
      return { url, check: import_ActivityTitle.checkActivityTitle, contexts: CONTEXTS_24, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-author":
      return { url, check: import_Author.checkAuthor, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-comment":
      return { url, check: import_Comment.checkComment, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-comments":
      return { url, check: import_Comments.checkComments, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder":
      return { url, check: import_ConceptOrder.checkConceptOrder, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated":
      return { url, check: import_Deprecated.checkDeprecated, contexts: CONTEXTS_27, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate":
      return { url, check: import_EffectiveDate.checkEffectiveDate, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate":
      return { url, check: import_ExpirationDate.checkExpirationDate, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-history":
      return { url, check: import_History.checkHistory, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord":
      return { url, check: import_KeyWord.checkKeyWord, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-label":
      return { url, check: import_Label.checkLabel, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-map":
      return { url, check: import_CodesystemMap.checkCodesystemMap, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue":
      return { url, check: import_OrdinalValue.checkOrdinalValue, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-otherName":
      return { url, check: import_OtherName.checkOtherName, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-reference":
      return { url, check: import_CodesystemReference.checkCodesystemReference, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby":
      return { url, check: import_Replacedby.checkReplacedby, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference":
      return { url, check: import_SourceReference.checkSourceReference, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes":
      return { url, check: import_Subsumes.checkSubsumes, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion":
      return { url, check: import_TrustedExpansion.checkTrustedExpansion, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-usage":
      return { url, check: import_Usage.checkUsage, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-warning":
      return { url, check: import_Warning.checkWarning, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus":
      return { url, check: import_WorkflowStatus.checkWorkflowStatus, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/coding-sctdescid":
      return { url, check: import_Sctdescid.checkSctdescid, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/communication-media":
      return { url, check: import_CommunicationMedia.checkCommunicationMedia, contexts: CONTEXTS_29, contextTypes: CONTEXTS_29 };
    case "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed":
      return { url, check: import_ReasonNotPerformed.checkReasonNotPerformed, contexts: CONTEXTS_29, contextTypes: CONTEXTS_29 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition":
      return { url, check: import_Definition.checkDefinition, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy":
      return { url, check: import_OrderedBy.checkOrderedBy, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected":
      return { url, check: import_ReasonRejected.checkReasonRejected, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory":
      return { url, check: import_RelevantHistory.checkRelevantHistory, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo":
      return { url, check: import_SupportingInfo.checkSupportingInfo, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality":
      return { url, check: import_OtherConfidentiality.checkOtherConfidentiality, contexts: CONTEXTS_31, contextTypes: CONTEXTS_31 };
    case "http://hl7.org/fhir/StructureDefinition/concept-bidirectional":
      return { url, check: import_Bidirectional.checkBidirectional, contexts: CONTEXTS_32, contextTypes: CONTEXTS_32 };
    case "http://hl7.org/fhir/StructureDefinition/condition-basedOn":
      return { url, check: import_BasedOn.checkBasedOn, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-criticality":
      return { url, check: import_Criticality.checkCriticality, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-definition":
      return { url, check: import_ConditionDefinition.checkConditionDefinition, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-dueTo":
      return { url, check: import_DueTo.checkDueTo, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing":
      return { url, check: import_OccurredFollowing.checkOccurredFollowing, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-outcome":
      return { url, check: import_Outcome.checkOutcome, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-partOf":
      return { url, check: import_PartOf.checkPartOf, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-ruledOut":
      return { url, check: import_RuledOut.checkRuledOut, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite":
      return { url, check: import_TargetBodySite.checkTargetBodySite, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint":
      return { url, check: import_NotificationEndpoint.checkNotificationEndpoint, contexts: CONTEXTS_34, contextTypes: CONTEXTS_34 };
    case "http://hl7.org/fhir/StructureDefinition/consent-Witness":
      return { url, check: import_Witness.checkWitness, contexts: CONTEXTS_34, contextTypes: CONTEXTS_34 };
    case "http://hl7.org/fhir/StructureDefinition/consent-location":
      return { url, check: import_ConsentLocation.checkConsentLocation, contexts: CONTEXTS_35, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue":
      return { url, check: import_CalculatedValue.checkCalculatedValue, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-citation":
      return { url, check: import_Citation.checkCitation, contexts: CONTEXTS_36, contextTypes: CONTEXTS_36 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-condition":
      return { url, check: import_CqifCondition.checkCqifCondition, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression":
      return { url, check: import_CqlExpression.checkCqlExpression, contexts: CONTEXTS_37, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression":
      return { url, check: import_FhirPathExpression.checkFhirPathExpression, contexts: CONTEXTS_37, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass":
      return { url, check: import_EncounterClass.checkEncounterClass, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType":
      return { url, check: import_EncounterType.checkEncounterType, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization":
      return { url, check: import_InitiatingOrganization.checkInitiatingOrganization, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson":
      return { url, check: import_InitiatingPerson.checkInitiatingPerson, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization":
      return { url, check: import_ReceivingOrganization.checkReceivingOrganization, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson":
      return { url, check: import_ReceivingPerson.checkReceivingPerson, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage":
      return { url, check: import_RecipientLanguage.checkRecipientLanguage, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType":
      return { url, check: import_RecipientType.checkRecipientType, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage":
      return { url, check: import_SystemUserLanguage.checkSystemUserLanguage, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext":
      return { url, check: import_SystemUserTaskContext.checkSystemUserTaskContext, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType":
      return { url, check: import_SystemUserType.checkSystemUserType, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-initialValue":
      return { url, check: import_InitialValue.checkInitialValue, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-library":
      return { url, check: import_CqifLibrary.checkCqifLibrary, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo":
      return { url, check: import_MeasureInfo.checkMeasureInfo, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-optionCode":
      return { url, check: import_OptionCode.checkOptionCode, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence":
      return { url, check: import_QualityOfEvidence.checkQualityOfEvidence, contexts: CONTEXTS_36, contextTypes: CONTEXTS_36 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet":
      return { url, check: import_SourceValueSet.checkSourceValueSet, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation":
      return { url, check: import_StrengthOfRecommendation.checkStrengthOfRecommendation, contexts: CONTEXTS_36, contextTypes: CONTEXTS_36 };
    case "http://hl7.org/fhir/StructureDefinition/data-absent-reason":
      return { url, check: import_DataAbsentReason.checkDataAbsentReason, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/datadictionary":
      return { url, check: import_Datadictionary.checkDatadictionary, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/device-din":
      return { url, check: import_Din.checkDin, contexts: CONTEXTS_41, contextTypes: CONTEXTS_41 };
    case "http://hl7.org/fhir/StructureDefinition/device-implant-status":
      return { url, check: import_ImplantStatus.checkImplantStatus, contexts: CONTEXTS_41, contextTypes: CONTEXTS_41 };
    case "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction":
      return { url, check: import_PatientInstruction.checkPatientInstruction, contexts: CONTEXTS_42, contextTypes: CONTEXTS_42 };
    case "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected":
      return { url, check: import_DevicerequestReasonRejected.checkDevicerequestReasonRejected, contexts: CONTEXTS_42, contextTypes: CONTEXTS_42 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf":
      return { url, check: import_AddendumOf.checkAddendumOf, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends":
      return { url, check: import_Extends.checkExtends, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed":
      return { url, check: import_LocationPerformed.checkLocationPerformed, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces":
      return { url, check: import_Replaces.checkReplaces, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf":
      return { url, check: import_SummaryOf.checkSummaryOf, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits":
      return { url, check: import_AllowedUnits.checkAllowedUnits, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice":
      return { url, check: import_Bestpractice.checkBestpractice, contexts: CONTEXTS_44, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName":
      return { url, check: import_BindingName.checkBindingName, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence":
      return { url, check: import_Equivalence.checkEquivalence, contexts: CONTEXTS_7, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier":
      return { url, check: import_ElementdefinitionIdentifier.checkElementdefinitionIdentifier, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet":
      return { url, check: import_InheritedExtensibleValueSet.checkInheritedExtensibleValueSet, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding":
      return { url, check: import_IsCommonBinding.checkIsCommonBinding, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet":
      return { url, check: import_MaxValueSet.checkMaxValueSet, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet":
      return { url, check: import_MinValueSet.checkMinValueSet, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace":
      return { url, check: import_Namespace.checkNamespace, contexts: CONTEXTS_46, contextTypes: CONTEXTS_46 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-question":
      return { url, check: import_Question.checkQuestion, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector":
      return { url, check: import_Selector.checkSelector, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable":
      return { url, check: import_Translatable.checkTranslatable, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter":
      return { url, check: import_EncounterAssociatedEncounter.checkEncounterAssociatedEncounter, contexts: CONTEXTS_47, contextTypes: CONTEXTS_48 };
    case "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival":
      return { url, check: import_ModeOfArrival.checkModeOfArrival, contexts: CONTEXTS_49, contextTypes: CONTEXTS_49 };
    case "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis":
      return { url, check: import_PrimaryDiagnosis.checkPrimaryDiagnosis, contexts: CONTEXTS_50, contextTypes: CONTEXTS_51 };
    case "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled":
      return { url, check: import_ReasonCancelled.checkReasonCancelled, contexts: CONTEXTS_49, contextTypes: CONTEXTS_49 };
    case "http://hl7.org/fhir/StructureDefinition/entryFormat":
      return { url, check: import_EntryFormat.checkEntryFormat, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf":
      return { url, check: import_OnBehalfOf.checkOnBehalfOf, contexts: CONTEXTS_54, contextTypes: CONTEXTS_55 };
    case "http://hl7.org/fhir/StructureDefinition/event-definition":
      return { url, check: import_EventDefinition.checkEventDefinition, contexts: CONTEXTS_56, contextTypes: CONTEXTS_57 };
    case "http://hl7.org/fhir/StructureDefinition/event-notDone":
      return { url, check: import_NotDone.checkNotDone, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/event-partOf":
      return { url, check: import_EventPartOf.checkEventPartOf, contexts: CONTEXTS_56, contextTypes: CONTEXTS_57 };
    case "http://hl7.org/fhir/StructureDefinition/event-performerRole":
      return { url, check: import_PerformerRole.checkPerformerRole, contexts: CONTEXTS_58, contextTypes: CONTEXTS_10 };
    case "http://hl7.org/fhir/StructureDefinition/event-reasonCode":
      return { url, check: import_ReasonCode.checkReasonCode, contexts: CONTEXTS_56, contextTypes: CONTEXTS_57 };
    case "http://hl7.org/fhir/StructureDefinition/event-reasonReference":
      return { url, check: import_ReasonReference.checkReasonReference, contexts: CONTEXTS_56, contextTypes: CONTEXTS_57 };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation":
      return {
        url,
        check: import_FamilyMemberHistoryGeneticsObservation.checkFamilyMemberHistoryGeneticsObservation,
        contexts: CONTEXTS_59,
        contextTypes: CONTEXTS_59
      };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent":
      return { url, check: import_Parent.checkParent, contexts: CONTEXTS_59, contextTypes: CONTEXTS_59 };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling":
      return { url, check: import_Sibling.checkSibling, contexts: CONTEXTS_59, contextTypes: CONTEXTS_59 };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement":
      return { url, check: import_Abatement.checkAbatement, contexts: CONTEXTS_60, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record":
      return { url, check: import_PatientRecord.checkPatientRecord, contexts: CONTEXTS_59, contextTypes: CONTEXTS_59 };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity":
      return { url, check: import_Severity.checkSeverity, contexts: CONTEXTS_60, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type":
      return { url, check: import_Type.checkType, contexts: CONTEXTS_59, contextTypes: CONTEXTS_59 };
    case "http://hl7.org/fhir/StructureDefinition/flag-detail":
      return { url, check: import_Detail.checkDetail, contexts: CONTEXTS_61, contextTypes: CONTEXTS_61 };
    case "http://hl7.org/fhir/StructureDefinition/flag-priority":
      return { url, check: import_Priority.checkPriority, contexts: CONTEXTS_61, contextTypes: CONTEXTS_61 };
    case "http://hl7.org/fhir/StructureDefinition/geolocation":
      return { url, check: import_Geolocation.checkGeolocation, contexts: CONTEXTS_62, contextTypes: CONTEXTS_62 };
    case "http://hl7.org/fhir/StructureDefinition/goal-acceptance":
      return { url, check: import_Acceptance.checkAcceptance, contexts: CONTEXTS_63, contextTypes: CONTEXTS_63 };
    case "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal":
      return { url, check: import_PertainsToGoal.checkPertainsToGoal, contexts: CONTEXTS_64, contextTypes: CONTEXTS_64 };
    case "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected":
      return { url, check: import_GoalReasonRejected.checkGoalReasonRejected, contexts: CONTEXTS_63, contextTypes: CONTEXTS_63 };
    case "http://hl7.org/fhir/StructureDefinition/goal-relationship":
      return { url, check: import_Relationship.checkRelationship, contexts: CONTEXTS_63, contextTypes: CONTEXTS_63 };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database":
      return { url, check: import_AlleleDatabase.checkAlleleDatabase, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring":
      return { url, check: import_Glstring.checkGlstring, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid":
      return { url, check: import_Haploid.checkHaploid, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method":
      return { url, check: import_Method.checkMethod, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/http-response-header":
      return { url, check: import_HttpResponseHeader.checkHttpResponseHeader, contexts: CONTEXTS_65, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order":
      return { url, check: import_AssemblyOrder.checkAssemblyOrder, contexts: CONTEXTS_66, contextTypes: CONTEXTS_66 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family":
      return { url, check: import_FathersFamily.checkFathersFamily, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family":
      return { url, check: import_MothersFamily.checkMothersFamily, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-own-name":
      return { url, check: import_OwnName.checkOwnName, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix":
      return { url, check: import_OwnPrefix.checkOwnPrefix, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-partner-name":
      return { url, check: import_PartnerName.checkPartnerName, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix":
      return { url, check: import_PartnerPrefix.checkPartnerPrefix, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/identifier-validDate":
      return { url, check: import_ValidDate.checkValidDate, contexts: CONTEXTS_69, contextTypes: CONTEXTS_69 };
    case "http://hl7.org/fhir/StructureDefinition/implementationguide-page":
      return { url, check: import_Page.checkPage, contexts: CONTEXTS_70, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-AD-use":
      return { url, check: import_ADUse.checkADUse, contexts: CONTEXTS_62, contextTypes: CONTEXTS_62 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator":
      return { url, check: import_ADXPAdditionalLocator.checkADXPAdditionalLocator, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix":
      return { url, check: import_ADXPBuildingNumberSuffix.checkADXPBuildingNumberSuffix, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf":
      return { url, check: import_ADXPCareOf.checkADXPCareOf, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract":
      return { url, check: import_ADXPCensusTract.checkADXPCensusTract, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter":
      return { url, check: import_ADXPDelimiter.checkADXPDelimiter, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine":
      return { url, check: import_ADXPDeliveryAddressLine.checkADXPDeliveryAddressLine, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea":
      return { url, check: import_ADXPDeliveryInstallationArea.checkADXPDeliveryInstallationArea, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier":
      return { url, check: import_ADXPDeliveryInstallationQualifier.checkADXPDeliveryInstallationQualifier, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType":
      return { url, check: import_ADXPDeliveryInstallationType.checkADXPDeliveryInstallationType, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode":
      return { url, check: import_ADXPDeliveryMode.checkADXPDeliveryMode, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier":
      return { url, check: import_ADXPDeliveryModeIdentifier.checkADXPDeliveryModeIdentifier, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction":
      return { url, check: import_ADXPDirection.checkADXPDirection, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber":
      return { url, check: import_ADXPHouseNumber.checkADXPHouseNumber, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric":
      return { url, check: import_ADXPHouseNumberNumeric.checkADXPHouseNumberNumeric, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox":
      return { url, check: import_ADXPPostBox.checkADXPPostBox, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct":
      return { url, check: import_ADXPPrecinct.checkADXPPrecinct, contexts: CONTEXTS_62, contextTypes: CONTEXTS_62 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine":
      return { url, check: import_ADXPStreetAddressLine.checkADXPStreetAddressLine, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName":
      return { url, check: import_ADXPStreetName.checkADXPStreetName, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase":
      return { url, check: import_ADXPStreetNameBase.checkADXPStreetNameBase, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType":
      return { url, check: import_ADXPStreetNameType.checkADXPStreetNameType, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID":
      return { url, check: import_ADXPUnitID.checkADXPUnitID, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType":
      return { url, check: import_ADXPUnitType.checkADXPUnitType, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value":
      return { url, check: import_COValue.checkCOValue, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier":
      return { url, check: import_ENQualifier.checkENQualifier, contexts: CONTEXTS_72, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation":
      return { url, check: import_ENRepresentation.checkENRepresentation, contexts: CONTEXTS_66, contextTypes: CONTEXTS_66 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding":
      return { url, check: import_SCCoding.checkSCCoding, contexts: CONTEXTS_68, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address":
      return { url, check: import_TELAddress.checkTELAddress, contexts: CONTEXTS_73, contextTypes: CONTEXTS_73 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor":
      return { url, check: import_NullFlavor.checkNullFlavor, contexts: CONTEXTS_74, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-preferred":
      return { url, check: import_Preferred.checkPreferred, contexts: CONTEXTS_74, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty":
      return { url, check: import_Uncertainty.checkUncertainty, contexts: CONTEXTS_75, contextTypes: CONTEXTS_75 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType":
      return { url, check: import_UncertaintyType.checkUncertaintyType, contexts: CONTEXTS_75, contextTypes: CONTEXTS_75 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-verification":
      return { url, check: import_Verification.checkVerification, contexts: CONTEXTS_74, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/location-alias":
      return { url, check: import_Alias.checkAlias, contexts: CONTEXTS_76, contextTypes: CONTEXTS_76 };
    case "http://hl7.org/fhir/StructureDefinition/location-distance":
      return { url, check: import_LocationDistance.checkLocationDistance, contexts: CONTEXTS_77, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher":
      return { url, check: import_MapSourcePublisher.checkMapSourcePublisher, contexts: CONTEXTS_78, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/match-grade":
      return { url, check: import_MatchGrade.checkMatchGrade, contexts: CONTEXTS_77, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces":
      return { url, check: import_MaxDecimalPlaces.checkMaxDecimalPlaces, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/maxSize":
      return { url, check: import_MaxSize.checkMaxSize, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/maxValue":
      return { url, check: import_MaxValue.checkMaxValue, contexts: CONTEXTS_79, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/medication-usualRoute":
      return { url, check: import_UsualRoute.checkUsualRoute, contexts: CONTEXTS_80, contextTypes: CONTEXTS_80 };
    case "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod":
      return { url, check: import_ValidityPeriod.checkValidityPeriod, contexts: CONTEXTS_81, contextTypes: CONTEXTS_81 };
    case "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber":
      return { url, check: import_Prescriber.checkPrescriber, contexts: CONTEXTS_82, contextTypes: CONTEXTS_82 };
    case "http://hl7.org/fhir/StructureDefinition/messageheader-response-request":
      return { url, check: import_MessageheaderResponseRequest.checkMessageheaderResponseRequest, contexts: CONTEXTS_83, contextTypes: CONTEXTS_83 };
    case "http://hl7.org/fhir/StructureDefinition/mimeType":
      return { url, check: import_MimeType.checkMimeType, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/minLength":
      return { url, check: import_MinLength.checkMinLength, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/minValue":
      return { url, check: import_MinValue.checkMinValue, contexts: CONTEXTS_79, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition":
      return { url, check: import_BodyPosition.checkBodyPosition, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-delta":
      return { url, check: import_Delta.checkDelta, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-eventTiming":
      return { url, check: import_EventTiming.checkEventTiming, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-focal-subject":
      return { url, check: import_FocalSubject.checkFocalSubject, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName":
      return { url, check: import_AlleleName.checkAlleleName, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency":
      return { url, check: import_AllelicFrequency.checkAllelicFrequency, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState":
      return { url, check: import_AllelicState.checkAllelicState, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName":
      return { url, check: import_AminoAcidChangeName.checkAminoAcidChangeName, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType":
      return { url, check: import_AminoAcidChangeType.checkAminoAcidChangeType, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent":
      return { url, check: import_CopyNumberEvent.checkCopyNumberEvent, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName":
      return { url, check: import_DNARegionName.checkDNARegionName, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName":
      return { url, check: import_DNASequenceVariantName.checkDNASequenceVariantName, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType":
      return { url, check: import_DNASequenceVariantType.checkDNASequenceVariantType, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId":
      return { url, check: import_DNAVariantId.checkDNAVariantId, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene":
      return { url, check: import_Gene.checkGene, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass":
      return { url, check: import_GenomicSourceClass.checkGenomicSourceClass, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation":
      return { url, check: import_Interpretation.checkInterpretation, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet":
      return { url, check: import_PhaseSet.checkPhaseSet, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence":
      return { url, check: import_ObservationGeneticsSequence.checkObservationGeneticsSequence, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-time-offset":
      return { url, check: import_TimeOffset.checkTimeOffset, contexts: CONTEXTS_85, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-administration":
      return { url, check: import_Administration.checkAdministration, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-careplan":
      return { url, check: import_OpenEHRCareplan.checkOpenEHRCareplan, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate":
      return { url, check: import_ExposureDate.checkExposureDate, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription":
      return { url, check: import_ExposureDescription.checkExposureDescription, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration":
      return { url, check: import_ExposureDuration.checkExposureDuration, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-location":
      return { url, check: import_OpenEHRLocation.checkOpenEHRLocation, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-management":
      return { url, check: import_Management.checkManagement, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-test":
      return { url, check: import_Test.checkTest, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority":
      return { url, check: import_Authority.checkAuthority, contexts: CONTEXTS_86, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue":
      return { url, check: import_OperationoutcomeDetectedIssue.checkOperationoutcomeDetectedIssue, contexts: CONTEXTS_86, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source":
      return { url, check: import_IssueSource.checkIssueSource, contexts: CONTEXTS_86, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/organization-alias":
      return { url, check: import_OrganizationAlias.checkOrganizationAlias, contexts: CONTEXTS_87, contextTypes: CONTEXTS_87 };
    case "http://hl7.org/fhir/StructureDefinition/organization-period":
      return { url, check: import_OrganizationPeriod.checkOrganizationPeriod, contexts: CONTEXTS_87, contextTypes: CONTEXTS_87 };
    case "http://hl7.org/fhir/StructureDefinition/organization-preferredContact":
      return { url, check: import_PreferredContact.checkPreferredContact, contexts: CONTEXTS_88, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo":
      return { url, check: import_AdoptionInfo.checkAdoptionInfo, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-birthTime":
      return { url, check: import_PatientBirthTime.checkPatientBirthTime, contexts: CONTEXTS_89, contextTypes: CONTEXTS_90 };
    case "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor":
      return { url, check: import_PatientCadavericDonor.checkPatientCadavericDonor, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-citizenship":
      return { url, check: import_Citizenship.checkCitizenship, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial":
      return { url, check: import_ClinicalTrial.checkClinicalTrial, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-congregation":
      return { url, check: import_Congregation.checkCongregation, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-disability":
      return { url, check: import_Disability.checkDisability, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-importance":
      return { url, check: import_Importance.checkImportance, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired":
      return { url, check: import_InterpreterRequired.checkInterpreterRequired, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName":
      return { url, check: import_MothersMaidenName.checkMothersMaidenName, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-nationality":
      return { url, check: import_Nationality.checkNationality, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-religion":
      return { url, check: import_Religion.checkReligion, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType":
      return { url, check: import_DoseType.checkDoseType, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver":
      return { url, check: import_InfuseOver.checkInfuseOver, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate":
      return { url, check: import_MaxDeliveryRate.checkMaxDeliveryRate, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume":
      return { url, check: import_MaxDeliveryVolume.checkMaxDeliveryVolume, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod":
      return { url, check: import_MinDosePerPeriod.checkMinDosePerPeriod, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal":
      return { url, check: import_RateGoal.checkRateGoal, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement":
      return { url, check: import_RateIncrement.checkRateIncrement, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval":
      return { url, check: import_RateIncrementInterval.checkRateIncrementInterval, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining":
      return { url, check: import_RefillsRemaining.checkRefillsRemaining, contexts: CONTEXTS_93, contextTypes: CONTEXTS_94 };
    case "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies":
      return { url, check: import_AnimalSpecies.checkAnimalSpecies, contexts: CONTEXTS_95, contextTypes: CONTEXTS_95 };
    case "http://hl7.org/fhir/StructureDefinition/practitioner-classification":
      return { url, check: import_Classification.checkClassification, contexts: CONTEXTS_96, contextTypes: CONTEXTS_96 };
    case "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd":
      return { url, check: import_PrimaryInd.checkPrimaryInd, contexts: CONTEXTS_97, contextTypes: CONTEXTS_51 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite":
      return { url, check: import_ApproachBodySite.checkApproachBodySite, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-causedBy":
      return { url, check: import_CausedBy.checkCausedBy, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime":
      return { url, check: import_IncisionDateTime.checkIncisionDateTime, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-method":
      return { url, check: import_ProcedureMethod.checkProcedureMethod, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus":
      return { url, check: import_ProgressStatus.checkProgressStatus, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-schedule":
      return { url, check: import_ProcedureSchedule.checkProcedureSchedule, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite":
      return { url, check: import_ProcedureTargetBodySite.checkProcedureTargetBodySite, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite":
      return { url, check: import_ProcedurerequestApproachBodySite.checkProcedurerequestApproachBodySite, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy":
      return { url, check: import_AuthorizedBy.checkAuthorizedBy, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem":
      return { url, check: import_Item.checkItem, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition":
      return { url, check: import_Precondition.checkPrecondition, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest":
      return { url, check: import_QuestionnaireRequest.checkQuestionnaireRequest, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused":
      return { url, check: import_ReasonRefused.checkReasonRefused, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected":
      return { url, check: import_ProcedurerequestReasonRejected.checkProcedurerequestReasonRejected, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite":
      return { url, check: import_ProcedurerequestTargetBodySite.checkProcedurerequestTargetBodySite, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile":
      return { url, check: import_AllowedProfile.checkAllowedProfile, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource":
      return { url, check: import_AllowedResource.checkAllowedResource, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType":
      return { url, check: import_BaseType.checkBaseType, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation":
      return { url, check: import_ChoiceOrientation.checkChoiceOrientation, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap":
      return { url, check: import_DeMap.checkDeMap, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory":
      return { url, check: import_DisplayCategory.checkDisplayCategory, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType":
      return { url, check: import_FhirType.checkFhirType, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden":
      return { url, check: import_Hidden.checkHidden, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl":
      return { url, check: import_ItemControl.checkItemControl, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire":
      return { url, check: import_LookupQuestionnaire.checkLookupQuestionnaire, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs":
      return { url, check: import_MaxOccurs.checkMaxOccurs, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs":
      return { url, check: import_MinOccurs.checkMinOccurs, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive":
      return { url, check: import_OptionExclusive.checkOptionExclusive, contexts: CONTEXTS_101, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix":
      return { url, check: import_OptionPrefix.checkOptionPrefix, contexts: CONTEXTS_101, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue":
      return { url, check: import_QuestionnaireOrdinalValue.checkQuestionnaireOrdinalValue, contexts: CONTEXTS_102, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter":
      return { url, check: import_ReferenceFilter.checkReferenceFilter, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap":
      return { url, check: import_SourceStructureMap.checkSourceStructureMap, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier":
      return { url, check: import_StudyprotocolIdentifier.checkStudyprotocolIdentifier, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink":
      return { url, check: import_SupportLink.checkSupportLink, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap":
      return { url, check: import_TargetStructureMap.checkTargetStructureMap, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-unit":
      return { url, check: import_Unit.checkUnit, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode":
      return { url, check: import_UsageMode.checkUsageMode, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author":
      return { url, check: import_QuestionnaireresponseAuthor.checkQuestionnaireresponseAuthor, contexts: CONTEXTS_103, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note":
      return { url, check: import_Note.checkNote, contexts: CONTEXTS_104, contextTypes: CONTEXTS_105 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason":
      return { url, check: import_Reason.checkReason, contexts: CONTEXTS_106, contextTypes: CONTEXTS_106 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer":
      return { url, check: import_Reviewer.checkReviewer, contexts: CONTEXTS_106, contextTypes: CONTEXTS_106 };
    case "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused":
      return { url, check: import_ReferralrequestReasonRefused.checkReferralrequestReasonRefused, contexts: CONTEXTS_107, contextTypes: CONTEXTS_107 };
    case "http://hl7.org/fhir/StructureDefinition/regex":
      return { url, check: import_Regex.checkRegex, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/rendered-value":
      return { url, check: import_RenderedValue.checkRenderedValue, contexts: CONTEXTS_108, contextTypes: CONTEXTS_109 };
    case "http://hl7.org/fhir/StructureDefinition/rendering-markdown":
      return { url, check: import_Markdown.checkMarkdown, contexts: CONTEXTS_68, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/rendering-style":
      return { url, check: import_Style.checkStyle, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive":
      return { url, check: import_StyleSensitive.checkStyleSensitive, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/rendering-xhtml":
      return { url, check: import_Xhtml.checkXhtml, contexts: CONTEXTS_68, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/resource-approvalDate":
      return { url, check: import_ApprovalDate.checkApprovalDate, contexts: CONTEXTS_110, contextTypes: CONTEXTS_111 };
    case "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod":
      return { url, check: import_ResourceEffectivePeriod.checkResourceEffectivePeriod, contexts: CONTEXTS_110, contextTypes: CONTEXTS_111 };
    case "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate":
      return { url, check: import_LastReviewDate.checkLastReviewDate, contexts: CONTEXTS_110, contextTypes: CONTEXTS_111 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority":
      return { url, check: import_CollectionPriority.checkCollectionPriority, contexts: CONTEXTS_112, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight":
      return { url, check: import_IsDryWeight.checkIsDryWeight, contexts: CONTEXTS_113, contextTypes: CONTEXTS_75 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-processingTime":
      return { url, check: import_ProcessingTime.checkProcessingTime, contexts: CONTEXTS_114, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber":
      return { url, check: import_SequenceNumber.checkSequenceNumber, contexts: CONTEXTS_115, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling":
      return { url, check: import_SpecialHandling.checkSpecialHandling, contexts: CONTEXTS_112, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor":
      return { url, check: import_Ancestor.checkAncestor, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation":
      return { url, check: import_StructuredefinitionAnnotation.checkStructuredefinitionAnnotation, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status":
      return { url, check: import_BallotStatus.checkBallotStatus, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-category":
      return { url, check: import_Category.checkCategory, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint":
      return { url, check: import_DisplayHint.checkDisplayHint, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name":
      return { url, check: import_ExplicitTypeName.checkExplicitTypeName, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm":
      return { url, check: import_Fmm.checkFmm, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings":
      return { url, check: import_FmmNoWarnings.checkFmmNoWarnings, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type":
      return { url, check: import_JsonType.checkJsonType, contexts: CONTEXTS_116, contextTypes: CONTEXTS_117 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type":
      return { url, check: import_RdfType.checkRdfType, contexts: CONTEXTS_116, contextTypes: CONTEXTS_117 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex":
      return { url, check: import_StructuredefinitionRegex.checkStructuredefinitionRegex, contexts: CONTEXTS_118, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary":
      return { url, check: import_Summary.checkSummary, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name":
      return { url, check: import_TableName.checkTableName, contexts: CONTEXTS_119, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status":
      return { url, check: import_TemplateStatus.checkTemplateStatus, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg":
      return { url, check: import_Wg.checkWg, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type":
      return { url, check: import_XmlType.checkXmlType, contexts: CONTEXTS_116, contextTypes: CONTEXTS_117 };
    case "http://hl7.org/fhir/StructureDefinition/task-candidateList":
      return { url, check: import_CandidateList.checkCandidateList, contexts: CONTEXTS_120, contextTypes: CONTEXTS_120 };
    case "http://hl7.org/fhir/StructureDefinition/task-replaces":
      return { url, check: import_TaskReplaces.checkTaskReplaces, contexts: CONTEXTS_120, contextTypes: CONTEXTS_120 };
    case "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle":
      return { url, check: import_DaysOfCycle.checkDaysOfCycle, contexts: CONTEXTS_121, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/timing-exact":
      return { url, check: import_Exact.checkExact, contexts: CONTEXTS_122, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/translation":
      return { url, check: import_Translation.checkTranslation, contexts: CONTEXTS_123, contextTypes: CONTEXTS_124 };
    case "http://hl7.org/fhir/StructureDefinition/usagecontext-group":
      return { url, check: import_UsagecontextGroup.checkUsagecontextGroup, contexts: CONTEXTS_2, contextTypes: CONTEXTS_2 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-author":
      return { url, check: import_ValuesetAuthor.checkValuesetAuthor, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive":
      return { url, check: import_CaseSensitive.checkCaseSensitive, contexts: CONTEXTS_126, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-comment":
      return { url, check: import_ValuesetComment.checkValuesetComment, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-comments":
      return { url, check: import_ValuesetComments.checkValuesetComments, contexts: CONTEXTS_127, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder":
      return { url, check: import_ValuesetConceptOrder.checkValuesetConceptOrder, contexts: CONTEXTS_128, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-definition":
      return { url, check: import_ValuesetDefinition.checkValuesetDefinition, contexts: CONTEXTS_128, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate":
      return { url, check: import_ValuesetEffectiveDate.checkValuesetEffectiveDate, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource":
      return { url, check: import_ExpansionSource.checkExpansionSource, contexts: CONTEXTS_129, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate":
      return { url, check: import_ValuesetExpirationDate.checkValuesetExpirationDate, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-history":
      return { url, check: import_ValuesetHistory.checkValuesetHistory, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-keyWord":
      return { url, check: import_ValuesetKeyWord.checkValuesetKeyWord, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-label":
      return { url, check: import_ValuesetLabel.checkValuesetLabel, contexts: CONTEXTS_128, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-map":
      return { url, check: import_ValuesetMap.checkValuesetMap, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue":
      return { url, check: import_ValuesetOrdinalValue.checkValuesetOrdinalValue, contexts: CONTEXTS_128, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-otherName":
      return { url, check: import_ValuesetOtherName.checkValuesetOtherName, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-reference":
      return { url, check: import_ValuesetReference.checkValuesetReference, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference":
      return { url, check: import_ValuesetSourceReference.checkValuesetSourceReference, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-system":
      return { url, check: import_System.checkSystem, contexts: CONTEXTS_130, contextTypes: CONTEXTS_117 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-systemName":
      return { url, check: import_SystemName.checkSystemName, contexts: CONTEXTS_131, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-systemRef":
      return { url, check: import_SystemRef.checkSystemRef, contexts: CONTEXTS_131, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-toocostly":
      return { url, check: import_Toocostly.checkToocostly, contexts: CONTEXTS_129, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion":
      return { url, check: import_ValuesetTrustedExpansion.checkValuesetTrustedExpansion, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-unclosed":
      return { url, check: import_Unclosed.checkUnclosed, contexts: CONTEXTS_129, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-usage":
      return { url, check: import_ValuesetUsage.checkValuesetUsage, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-warning":
      return { url, check: import_ValuesetWarning.checkValuesetWarning, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus":
      return { url, check: import_ValuesetWorkflowStatus.checkValuesetWorkflowStatus, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1":
      return { url, check: import_ExtensionCareConnectActualProblem1.checkExtensionCareConnectActualProblem1, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1":
      return {
        url,
        check: import_ExtensionCareConnectAdmissionMethod1.checkExtensionCareConnectAdmissionMethod1,
        contexts: CONTEXTS_132,
        contextTypes: CONTEXTS_13
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1":
      return {
        url,
        check: import_ExtensionCareConnectAnaestheticIssues1.checkExtensionCareConnectAnaestheticIssues1,
        contexts: CONTEXTS_98,
        contextTypes: CONTEXTS_98
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1":
      return {
        url,
        check: import_ExtensionCareConnectConditionEpisode1.checkExtensionCareConnectConditionEpisode1,
        contexts: CONTEXTS_33,
        contextTypes: CONTEXTS_33
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1":
      return {
        url,
        check: import_ExtensionCareConnectDeathNotificationStatus1.checkExtensionCareConnectDeathNotificationStatus1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1":
      return {
        url,
        check: import_ExtensionCareConnectDischargeMethod1.checkExtensionCareConnectDischargeMethod1,
        contexts: CONTEXTS_132,
        contextTypes: CONTEXTS_13
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1":
      return {
        url,
        check: import_ExtensionCareConnectEmergencyCareDischargeStatus1.checkExtensionCareConnectEmergencyCareDischargeStatus1,
        contexts: CONTEXTS_49,
        contextTypes: CONTEXTS_49
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1":
      return {
        url,
        check: import_ExtensionCareConnectEncounterTransport1.checkExtensionCareConnectEncounterTransport1,
        contexts: CONTEXTS_49,
        contextTypes: CONTEXTS_49
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1":
      return { url, check: import_ExtensionCareConnectEthnicCategory1.checkExtensionCareConnectEthnicCategory1, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1":
      return { url, check: import_ExtensionCareConnectMainLocation1.checkExtensionCareConnectMainLocation1, contexts: CONTEXTS_87, contextTypes: CONTEXTS_87 };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1":
      return {
        url,
        check: import_ExtensionCareConnectNHSCommunication1.checkExtensionCareConnectNHSCommunication1,
        contexts: CONTEXTS_133,
        contextTypes: CONTEXTS_133
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1":
      return {
        url,
        check: import_ExtensionCareConnectNHSNumberVerificationStatus1.checkExtensionCareConnectNHSNumberVerificationStatus1,
        contexts: CONTEXTS_134,
        contextTypes: CONTEXTS_69
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1":
      return {
        url,
        check: import_ExtensionCareConnectNominatedPharmacy1.checkExtensionCareConnectNominatedPharmacy1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1":
      return {
        url,
        check: import_ExtensionCareConnectOutcomeOfAttendance1.checkExtensionCareConnectOutcomeOfAttendance1,
        contexts: CONTEXTS_49,
        contextTypes: CONTEXTS_49
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1":
      return {
        url,
        check: import_ExtensionCareConnectReasonCondition1.checkExtensionCareConnectReasonCondition1,
        contexts: CONTEXTS_84,
        contextTypes: CONTEXTS_84
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1":
      return {
        url,
        check: import_ExtensionCareConnectRelatedProblemHeader1.checkExtensionCareConnectRelatedProblemHeader1,
        contexts: CONTEXTS_33,
        contextTypes: CONTEXTS_33
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1":
      return {
        url,
        check: import_ExtensionCareConnectReligiousAffiliation1.checkExtensionCareConnectReligiousAffiliation1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1":
      return {
        url,
        check: import_ExtensionCareConnectResidentialStatus1.checkExtensionCareConnectResidentialStatus1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1":
      return {
        url,
        check: import_ExtensionCareConnectTreatmentCategory1.checkExtensionCareConnectTreatmentCategory1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1":
      return {
        url,
        check: import_ExtensionCareConnectValueApproximation1.checkExtensionCareConnectValueApproximation1,
        contexts: CONTEXTS_75,
        contextTypes: CONTEXTS_75
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
      return { url, check: import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid, contexts: CONTEXTS_135, contextTypes: CONTEXTS_136 };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCActualProblem1.checkExtensionCareConnectGPCActualProblem1,
        contexts: CONTEXTS_33,
        contextTypes: CONTEXTS_33
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCAllergyCertainty1.checkExtensionCareConnectGPCAllergyCertainty1,
        contexts: CONTEXTS_12,
        contextTypes: CONTEXTS_13
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCAllergyIntoleranceEnd1.checkExtensionCareConnectGPCAllergyIntoleranceEnd1,
        contexts: CONTEXTS_14,
        contextTypes: CONTEXTS_14
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCAllergyIntoleranceEndDate1.checkExtensionCareConnectGPCAllergyIntoleranceEndDate1,
        contexts: CONTEXTS_14,
        contextTypes: CONTEXTS_14
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCAllergySeverity1.checkExtensionCareConnectGPCAllergySeverity1,
        contexts: CONTEXTS_12,
        contextTypes: CONTEXTS_13
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCClinicalSetting1.checkExtensionCareConnectGPCClinicalSetting1,
        contexts: CONTEXTS_137,
        contextTypes: CONTEXTS_137
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCDeathNotificationStatus1.checkExtensionCareConnectGPCDeathNotificationStatus1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCEthnicCategory1.checkExtensionCareConnectGPCEthnicCategory1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1":
      return { url, check: import_ExtensionCareConnectGPCEvidence1.checkExtensionCareConnectGPCEvidence1, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCListWarningCode1.checkExtensionCareConnectGPCListWarningCode1,
        contexts: CONTEXTS_137,
        contextTypes: CONTEXTS_137
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCMainLocation1.checkExtensionCareConnectGPCMainLocation1,
        contexts: CONTEXTS_87,
        contextTypes: CONTEXTS_87
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCMedicationChangeSummary1.checkExtensionCareConnectGPCMedicationChangeSummary1,
        contexts: CONTEXTS_82,
        contextTypes: CONTEXTS_82
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCMedicationQuantityText1.checkExtensionCareConnectGPCMedicationQuantityText1,
        contexts: CONTEXTS_138,
        contextTypes: CONTEXTS_75
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCMedicationRepeatInformation1.checkExtensionCareConnectGPCMedicationRepeatInformation1,
        contexts: CONTEXTS_139,
        contextTypes: CONTEXTS_139
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCMedicationStatementLastIssueDate1.checkExtensionCareConnectGPCMedicationStatementLastIssueDate1,
        contexts: CONTEXTS_82,
        contextTypes: CONTEXTS_82
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCMedicationStatusReason1.checkExtensionCareConnectGPCMedicationStatusReason1,
        contexts: CONTEXTS_139,
        contextTypes: CONTEXTS_139
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCNHSCommunication1.checkExtensionCareConnectGPCNHSCommunication1,
        contexts: CONTEXTS_133,
        contextTypes: CONTEXTS_133
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCNHSNumberVerificationStatus1.checkExtensionCareConnectGPCNHSNumberVerificationStatus1,
        contexts: CONTEXTS_134,
        contextTypes: CONTEXTS_69
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCNominatedPharmacy1.checkExtensionCareConnectGPCNominatedPharmacy1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCPrescribingAgency1.checkExtensionCareConnectGPCPrescribingAgency1,
        contexts: CONTEXTS_82,
        contextTypes: CONTEXTS_82
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCPrescriptionType1.checkExtensionCareConnectGPCPrescriptionType1,
        contexts: CONTEXTS_139,
        contextTypes: CONTEXTS_139
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCReasonCondition1.checkExtensionCareConnectGPCReasonCondition1,
        contexts: CONTEXTS_140,
        contextTypes: CONTEXTS_141
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCRegistrationDetails1.checkExtensionCareConnectGPCRegistrationDetails1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCReligiousAffiliation1.checkExtensionCareConnectGPCReligiousAffiliation1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCResidentialStatus1.checkExtensionCareConnectGPCResidentialStatus1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1":
      return {
        url,
        check: import_ExtensionCareConnectGPCTreatmentCategory1.checkExtensionCareConnectGPCTreatmentCategory1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1":
      return {
        url,
        check: import_ExtensionGPConnectAppointmentCancellationReason1.checkExtensionGPConnectAppointmentCancellationReason1,
        contexts: CONTEXTS_142,
        contextTypes: CONTEXTS_142
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1":
      return {
        url,
        check: import_ExtensionGPConnectBookingOrganisation1.checkExtensionGPConnectBookingOrganisation1,
        contexts: CONTEXTS_142,
        contextTypes: CONTEXTS_142
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1":
      return {
        url,
        check: import_ExtensionGPConnectDeliveryChannel1.checkExtensionGPConnectDeliveryChannel1,
        contexts: CONTEXTS_143,
        contextTypes: CONTEXTS_144
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2":
      return {
        url,
        check: import_ExtensionGPConnectDeliveryChannel2.checkExtensionGPConnectDeliveryChannel2,
        contexts: CONTEXTS_143,
        contextTypes: CONTEXTS_144
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1":
      return {
        url,
        check: import_ExtensionGPConnectPractitionerRole1.checkExtensionGPConnectPractitionerRole1,
        contexts: CONTEXTS_145,
        contextTypes: CONTEXTS_146
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
      return { url, check: import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2, contexts: CONTEXTS_147, contextTypes: CONTEXTS_148 };
    default:
      return void 0;
  }
}
const registry = {
  byUrl: structureByUrl,
  byType: resourceByType,
  extension: extensionByUrl,
  baseExtension: (v, x, q, d) => (0, import_Extension.checkExtension)(v, x, q, d)
};
