import { checkADUse } from "../ADUse.js";
import { checkADXPAdditionalLocator } from "../ADXPAdditionalLocator.js";
import { checkADXPBuildingNumberSuffix } from "../ADXPBuildingNumberSuffix.js";
import { checkADXPCareOf } from "../ADXPCareOf.js";
import { checkADXPCensusTract } from "../ADXPCensusTract.js";
import { checkADXPDelimiter } from "../ADXPDelimiter.js";
import { checkADXPDeliveryAddressLine } from "../ADXPDeliveryAddressLine.js";
import { checkADXPDeliveryInstallationArea } from "../ADXPDeliveryInstallationArea.js";
import { checkADXPDeliveryInstallationQualifier } from "../ADXPDeliveryInstallationQualifier.js";
import { checkADXPDeliveryInstallationType } from "../ADXPDeliveryInstallationType.js";
import { checkADXPDeliveryMode } from "../ADXPDeliveryMode.js";
import { checkADXPDeliveryModeIdentifier } from "../ADXPDeliveryModeIdentifier.js";
import { checkADXPDirection } from "../ADXPDirection.js";
import { checkADXPHouseNumber } from "../ADXPHouseNumber.js";
import { checkADXPHouseNumberNumeric } from "../ADXPHouseNumberNumeric.js";
import { checkADXPPostBox } from "../ADXPPostBox.js";
import { checkADXPPrecinct } from "../ADXPPrecinct.js";
import { checkADXPStreetAddressLine } from "../ADXPStreetAddressLine.js";
import { checkADXPStreetName } from "../ADXPStreetName.js";
import { checkADXPStreetNameBase } from "../ADXPStreetNameBase.js";
import { checkADXPStreetNameType } from "../ADXPStreetNameType.js";
import { checkADXPUnitID } from "../ADXPUnitID.js";
import { checkADXPUnitType } from "../ADXPUnitType.js";
import { checkAbatement } from "../Abatement.js";
import { checkAcceptance } from "../Acceptance.js";
import { checkAccession } from "../Accession.js";
import { checkAccount } from "../Account.js";
import { checkActivityDefinition } from "../ActivityDefinition.js";
import { checkActivityTitle } from "../ActivityTitle.js";
import { checkAddendumOf } from "../AddendumOf.js";
import { checkAddress } from "../Address.js";
import { checkAdministration } from "../Administration.js";
import { checkAdministrativeStatus } from "../AdministrativeStatus.js";
import { checkAdoptionInfo } from "../AdoptionInfo.js";
import { checkAdverseEvent } from "../AdverseEvent.js";
import { checkAge } from "../Age.js";
import { checkAlias } from "../Alias.js";
import { checkAlleleDatabase } from "../AlleleDatabase.js";
import { checkAlleleName } from "../AlleleName.js";
import { checkAllelicFrequency } from "../AllelicFrequency.js";
import { checkAllelicState } from "../AllelicState.js";
import { checkAllergyIntolerance } from "../AllergyIntolerance.js";
import { checkAllergyintoleranceDuration } from "../AllergyintoleranceDuration.js";
import { checkAllowedProfile } from "../AllowedProfile.js";
import { checkAllowedResource } from "../AllowedResource.js";
import { checkAllowedUnits } from "../AllowedUnits.js";
import { checkAminoAcidChangeName } from "../AminoAcidChangeName.js";
import { checkAminoAcidChangeType } from "../AminoAcidChangeType.js";
import { checkAnalysis } from "../Analysis.js";
import { checkAncestor } from "../Ancestor.js";
import { checkAnimalSpecies } from "../AnimalSpecies.js";
import { checkAnnotation } from "../Annotation.js";
import { checkAnonymized } from "../Anonymized.js";
import { checkAppointment } from "../Appointment.js";
import { checkAppointmentResponse } from "../AppointmentResponse.js";
import { checkApproachBodySite } from "../ApproachBodySite.js";
import { checkApprovalDate } from "../ApprovalDate.js";
import { checkAssemblyOrder } from "../AssemblyOrder.js";
import { checkAssessedCondition } from "../AssessedCondition.js";
import { checkAttachment } from "../Attachment.js";
import { checkAuditEvent } from "../AuditEvent.js";
import { checkAuthor } from "../Author.js";
import { checkAuthority } from "../Authority.js";
import { checkAuthorizedBy } from "../AuthorizedBy.js";
import { checkBackboneElement } from "../BackboneElement.js";
import { checkBallotStatus } from "../BallotStatus.js";
import { checkBaseType } from "../BaseType.js";
import { checkBasedOn } from "../BasedOn.js";
import { checkBasic } from "../Basic.js";
import { checkBestpractice } from "../Bestpractice.js";
import { checkBidirectional } from "../Bidirectional.js";
import { checkBinary } from "../Binary.js";
import { checkBindingName } from "../BindingName.js";
import { checkBirthPlace } from "../BirthPlace.js";
import { checkBodyPosition } from "../BodyPosition.js";
import { checkBodySite } from "../BodySite.js";
import { checkBodySiteInstance } from "../BodySiteInstance.js";
import { checkBodyheight } from "../Bodyheight.js";
import { checkBodylength } from "../Bodylength.js";
import { checkBodytemp } from "../Bodytemp.js";
import { checkBodyweight } from "../Bodyweight.js";
import { checkBp } from "../Bp.js";
import { checkBundle } from "../Bundle.js";
import { checkCOValue } from "../COValue.js";
import { checkCQIFQuestionnaire } from "../CQIFQuestionnaire.js";
import { checkCalculatedValue } from "../CalculatedValue.js";
import { checkCandidateList } from "../CandidateList.js";
import { checkCapabilityStatement } from "../CapabilityStatement.js";
import { checkCareConnectCondition1 } from "../CareConnectCondition1.js";
import { checkCareConnectEncounter1 } from "../CareConnectEncounter1.js";
import { checkCareConnectGPCAllergyIntolerance1 } from "../CareConnectGPCAllergyIntolerance1.js";
import { checkCareConnectGPCCondition1 } from "../CareConnectGPCCondition1.js";
import { checkCareConnectGPCDiagnosticReport1 } from "../CareConnectGPCDiagnosticReport1.js";
import { checkCareConnectGPCDocumentReference1 } from "../CareConnectGPCDocumentReference1.js";
import { checkCareConnectGPCEncounter1 } from "../CareConnectGPCEncounter1.js";
import { checkCareConnectGPCImmunization1 } from "../CareConnectGPCImmunization1.js";
import { checkCareConnectGPCList1 } from "../CareConnectGPCList1.js";
import { checkCareConnectGPCLocation1 } from "../CareConnectGPCLocation1.js";
import { checkCareConnectGPCMedication1 } from "../CareConnectGPCMedication1.js";
import { checkCareConnectGPCMedicationRequest1 } from "../CareConnectGPCMedicationRequest1.js";
import { checkCareConnectGPCMedicationStatement1 } from "../CareConnectGPCMedicationStatement1.js";
import { checkCareConnectGPCObservation1 } from "../CareConnectGPCObservation1.js";
import { checkCareConnectGPCOrganization1 } from "../CareConnectGPCOrganization1.js";
import { checkCareConnectGPCPatient1 } from "../CareConnectGPCPatient1.js";
import { checkCareConnectGPCPractitioner1 } from "../CareConnectGPCPractitioner1.js";
import { checkCareConnectGPCPractitionerRole1 } from "../CareConnectGPCPractitionerRole1.js";
import { checkCareConnectGPCProblemHeaderCondition1 } from "../CareConnectGPCProblemHeaderCondition1.js";
import { checkCareConnectGPCProcedureRequest1 } from "../CareConnectGPCProcedureRequest1.js";
import { checkCareConnectGPCReferralRequest1 } from "../CareConnectGPCReferralRequest1.js";
import { checkCareConnectGPCSpecimen1 } from "../CareConnectGPCSpecimen1.js";
import { checkCareConnectHealthcareService1 } from "../CareConnectHealthcareService1.js";
import { checkCareConnectLocation1 } from "../CareConnectLocation1.js";
import { checkCareConnectMedication1 } from "../CareConnectMedication1.js";
import { checkCareConnectObservation1 } from "../CareConnectObservation1.js";
import { checkCareConnectOrganization1 } from "../CareConnectOrganization1.js";
import { checkCareConnectPatient1 } from "../CareConnectPatient1.js";
import { checkCareConnectPractitioner1 } from "../CareConnectPractitioner1.js";
import { checkCareConnectPractitionerRole1 } from "../CareConnectPractitionerRole1.js";
import { checkCareConnectProcedure1 } from "../CareConnectProcedure1.js";
import { checkCareConnectQuantity1 } from "../CareConnectQuantity1.js";
import { checkCareConnectQuestionnaireResponse1 } from "../CareConnectQuestionnaireResponse1.js";
import { checkCarePlan } from "../CarePlan.js";
import { checkCareTeam } from "../CareTeam.js";
import { checkCaseSensitive } from "../CaseSensitive.js";
import { checkCategory } from "../Category.js";
import { checkCausedBy } from "../CausedBy.js";
import { checkCertainty } from "../Certainty.js";
import { checkChangeDescription } from "../ChangeDescription.js";
import { checkChargeItem } from "../ChargeItem.js";
import { checkChoiceOrientation } from "../ChoiceOrientation.js";
import { checkCitation } from "../Citation.js";
import { checkCitizenship } from "../Citizenship.js";
import { checkClaim } from "../Claim.js";
import { checkClaimResponse } from "../ClaimResponse.js";
import { checkClassification } from "../Classification.js";
import { checkClassificationOrContext } from "../ClassificationOrContext.js";
import { checkClinicalDocumentProfileForComposition } from "../ClinicalDocumentProfileForComposition.js";
import { checkClinicalImpression } from "../ClinicalImpression.js";
import { checkClinicalTrial } from "../ClinicalTrial.js";
import { checkCodeSystem } from "../CodeSystem.js";
import { checkCodeableConcept } from "../CodeableConcept.js";
import { checkCodesystemMap } from "../CodesystemMap.js";
import { checkCodesystemReference } from "../CodesystemReference.js";
import { checkCoding } from "../Coding.js";
import { checkCollectionPriority } from "../CollectionPriority.js";
import { checkComment } from "../Comment.js";
import { checkComments } from "../Comments.js";
import { checkCommunication } from "../Communication.js";
import { checkCommunicationMedia } from "../CommunicationMedia.js";
import { checkCommunicationRequest } from "../CommunicationRequest.js";
import { checkCompartmentDefinition } from "../CompartmentDefinition.js";
import { checkComposition } from "../Composition.js";
import { checkConceptMap } from "../ConceptMap.js";
import { checkConceptOrder } from "../ConceptOrder.js";
import { checkCondition } from "../Condition.js";
import { checkConditionDefinition } from "../ConditionDefinition.js";
import { checkCongregation } from "../Congregation.js";
import { checkConsent } from "../Consent.js";
import { checkConsentDirective } from "../ConsentDirective.js";
import { checkConsentLocation } from "../ConsentLocation.js";
import { checkContactAddress } from "../ContactAddress.js";
import { checkContactDetail } from "../ContactDetail.js";
import { checkContactPoint } from "../ContactPoint.js";
import { checkContract } from "../Contract.js";
import { checkContributor } from "../Contributor.js";
import { checkCopyNumberEvent } from "../CopyNumberEvent.js";
import { checkCount } from "../Count.js";
import { checkCoverage } from "../Coverage.js";
import { checkCqifCondition } from "../CqifCondition.js";
import { checkCqifLibrary } from "../CqifLibrary.js";
import { checkCqlExpression } from "../CqlExpression.js";
import { checkCriticality } from "../Criticality.js";
import { checkDNARegionName } from "../DNARegionName.js";
import { checkDNASequenceVariantName } from "../DNASequenceVariantName.js";
import { checkDNASequenceVariantType } from "../DNASequenceVariantType.js";
import { checkDNAVariantId } from "../DNAVariantId.js";
import { checkDataAbsentReason } from "../DataAbsentReason.js";
import { checkDataElement } from "../DataElement.js";
import { checkDataElementConstraintOnElementDefinitionDataType } from "../DataElementConstraintOnElementDefinitionDataType.js";
import { checkDataRequirement } from "../DataRequirement.js";
import { checkDatadictionary } from "../Datadictionary.js";
import { checkDaysOfCycle } from "../DaysOfCycle.js";
import { checkDeMap } from "../DeMap.js";
import { checkDefinition } from "../Definition.js";
import { checkDelta } from "../Delta.js";
import { checkDeprecated } from "../Deprecated.js";
import { checkDetail } from "../Detail.js";
import { checkDetectedIssue } from "../DetectedIssue.js";
import { checkDevice } from "../Device.js";
import { checkDeviceComponent } from "../DeviceComponent.js";
import { checkDeviceMetric } from "../DeviceMetric.js";
import { checkDeviceMetricObservationProfile } from "../DeviceMetricObservationProfile.js";
import { checkDeviceRequest } from "../DeviceRequest.js";
import { checkDeviceUseStatement } from "../DeviceUseStatement.js";
import { checkDevicerequestReasonRejected } from "../DevicerequestReasonRejected.js";
import { checkDiagnosticReport } from "../DiagnosticReport.js";
import { checkDiagnosticReportGenetics } from "../DiagnosticReportGenetics.js";
import { checkDiagnosticReportGeneticsFamilyMemberHistory } from "../DiagnosticReportGeneticsFamilyMemberHistory.js";
import { checkDin } from "../Din.js";
import { checkDisability } from "../Disability.js";
import { checkDisplayCategory } from "../DisplayCategory.js";
import { checkDisplayHint } from "../DisplayHint.js";
import { checkDistance } from "../Distance.js";
import { checkDocumentManifest } from "../DocumentManifest.js";
import { checkDocumentReference } from "../DocumentReference.js";
import { checkDomainResource } from "../DomainResource.js";
import { checkDosage } from "../Dosage.js";
import { checkDoseType } from "../DoseType.js";
import { checkDueTo } from "../DueTo.js";
import { checkDuration } from "../Duration.js";
import { checkEHRSFMRecordLifecycleEventAuditEvent } from "../EHRSFMRecordLifecycleEventAuditEvent.js";
import { checkEHRSFMRecordLifecycleEventProvenance } from "../EHRSFMRecordLifecycleEventProvenance.js";
import { checkENQualifier } from "../ENQualifier.js";
import { checkENRepresentation } from "../ENRepresentation.js";
import { checkEffectiveDate } from "../EffectiveDate.js";
import { checkEffectivePeriod } from "../EffectivePeriod.js";
import { checkElement } from "../Element.js";
import { checkElementDefinition } from "../ElementDefinition.js";
import { checkElementdefinitionIdentifier } from "../ElementdefinitionIdentifier.js";
import { checkEligibilityRequest } from "../EligibilityRequest.js";
import { checkEligibilityResponse } from "../EligibilityResponse.js";
import { checkEncounter } from "../Encounter.js";
import { checkEncounterAssociatedEncounter } from "../EncounterAssociatedEncounter.js";
import { checkEncounterClass } from "../EncounterClass.js";
import { checkEncounterType } from "../EncounterType.js";
import { checkEncrypted } from "../Encrypted.js";
import { checkEndpoint } from "../Endpoint.js";
import { checkEnrollmentRequest } from "../EnrollmentRequest.js";
import { checkEnrollmentResponse } from "../EnrollmentResponse.js";
import { checkEntryFormat } from "../EntryFormat.js";
import { checkEpisodeOfCare } from "../EpisodeOfCare.js";
import { checkEquivalence } from "../Equivalence.js";
import { checkEventDefinition } from "../EventDefinition.js";
import { checkEventPartOf } from "../EventPartOf.js";
import { checkEventTiming } from "../EventTiming.js";
import { checkExact } from "../Exact.js";
import { checkExampleLipidProfile } from "../ExampleLipidProfile.js";
import { checkExpansionProfile } from "../ExpansionProfile.js";
import { checkExpansionSource } from "../ExpansionSource.js";
import { checkExpectation } from "../Expectation.js";
import { checkExpirationDate } from "../ExpirationDate.js";
import { checkExplanationOfBenefit } from "../ExplanationOfBenefit.js";
import { checkExplicitTypeName } from "../ExplicitTypeName.js";
import { checkExposureDate } from "../ExposureDate.js";
import { checkExposureDescription } from "../ExposureDescription.js";
import { checkExposureDuration } from "../ExposureDuration.js";
import { checkExtends } from "../Extends.js";
import { checkExtension } from "../Extension.js";
import { checkExtensionCareConnectActualProblem1 } from "../ExtensionCareConnectActualProblem1.js";
import { checkExtensionCareConnectAdmissionMethod1 } from "../ExtensionCareConnectAdmissionMethod1.js";
import { checkExtensionCareConnectAnaestheticIssues1 } from "../ExtensionCareConnectAnaestheticIssues1.js";
import { checkExtensionCareConnectConditionEpisode1 } from "../ExtensionCareConnectConditionEpisode1.js";
import { checkExtensionCareConnectDeathNotificationStatus1 } from "../ExtensionCareConnectDeathNotificationStatus1.js";
import { checkExtensionCareConnectDischargeMethod1 } from "../ExtensionCareConnectDischargeMethod1.js";
import { checkExtensionCareConnectEmergencyCareDischargeStatus1 } from "../ExtensionCareConnectEmergencyCareDischargeStatus1.js";
import { checkExtensionCareConnectEncounterTransport1 } from "../ExtensionCareConnectEncounterTransport1.js";
import { checkExtensionCareConnectEthnicCategory1 } from "../ExtensionCareConnectEthnicCategory1.js";
import { checkExtensionCareConnectGPCActualProblem1 } from "../ExtensionCareConnectGPCActualProblem1.js";
import { checkExtensionCareConnectGPCAllergyCertainty1 } from "../ExtensionCareConnectGPCAllergyCertainty1.js";
import { checkExtensionCareConnectGPCAllergyIntoleranceEnd1 } from "../ExtensionCareConnectGPCAllergyIntoleranceEnd1.js";
import { checkExtensionCareConnectGPCAllergyIntoleranceEndDate1 } from "../ExtensionCareConnectGPCAllergyIntoleranceEndDate1.js";
import { checkExtensionCareConnectGPCAllergySeverity1 } from "../ExtensionCareConnectGPCAllergySeverity1.js";
import { checkExtensionCareConnectGPCClinicalSetting1 } from "../ExtensionCareConnectGPCClinicalSetting1.js";
import { checkExtensionCareConnectGPCDeathNotificationStatus1 } from "../ExtensionCareConnectGPCDeathNotificationStatus1.js";
import { checkExtensionCareConnectGPCEthnicCategory1 } from "../ExtensionCareConnectGPCEthnicCategory1.js";
import { checkExtensionCareConnectGPCEvidence1 } from "../ExtensionCareConnectGPCEvidence1.js";
import { checkExtensionCareConnectGPCListWarningCode1 } from "../ExtensionCareConnectGPCListWarningCode1.js";
import { checkExtensionCareConnectGPCMainLocation1 } from "../ExtensionCareConnectGPCMainLocation1.js";
import { checkExtensionCareConnectGPCMedicationChangeSummary1 } from "../ExtensionCareConnectGPCMedicationChangeSummary1.js";
import { checkExtensionCareConnectGPCMedicationQuantityText1 } from "../ExtensionCareConnectGPCMedicationQuantityText1.js";
import { checkExtensionCareConnectGPCMedicationRepeatInformation1 } from "../ExtensionCareConnectGPCMedicationRepeatInformation1.js";
import { checkExtensionCareConnectGPCMedicationStatementLastIssueDate1 } from "../ExtensionCareConnectGPCMedicationStatementLastIssueDate1.js";
import { checkExtensionCareConnectGPCMedicationStatusReason1 } from "../ExtensionCareConnectGPCMedicationStatusReason1.js";
import { checkExtensionCareConnectGPCNHSCommunication1 } from "../ExtensionCareConnectGPCNHSCommunication1.js";
import { checkExtensionCareConnectGPCNHSNumberVerificationStatus1 } from "../ExtensionCareConnectGPCNHSNumberVerificationStatus1.js";
import { checkExtensionCareConnectGPCNominatedPharmacy1 } from "../ExtensionCareConnectGPCNominatedPharmacy1.js";
import { checkExtensionCareConnectGPCPrescribingAgency1 } from "../ExtensionCareConnectGPCPrescribingAgency1.js";
import { checkExtensionCareConnectGPCPrescriptionType1 } from "../ExtensionCareConnectGPCPrescriptionType1.js";
import { checkExtensionCareConnectGPCReasonCondition1 } from "../ExtensionCareConnectGPCReasonCondition1.js";
import { checkExtensionCareConnectGPCRegistrationDetails1 } from "../ExtensionCareConnectGPCRegistrationDetails1.js";
import { checkExtensionCareConnectGPCReligiousAffiliation1 } from "../ExtensionCareConnectGPCReligiousAffiliation1.js";
import { checkExtensionCareConnectGPCResidentialStatus1 } from "../ExtensionCareConnectGPCResidentialStatus1.js";
import { checkExtensionCareConnectGPCTreatmentCategory1 } from "../ExtensionCareConnectGPCTreatmentCategory1.js";
import { checkExtensionCareConnectMainLocation1 } from "../ExtensionCareConnectMainLocation1.js";
import { checkExtensionCareConnectNHSCommunication1 } from "../ExtensionCareConnectNHSCommunication1.js";
import { checkExtensionCareConnectNHSNumberVerificationStatus1 } from "../ExtensionCareConnectNHSNumberVerificationStatus1.js";
import { checkExtensionCareConnectNominatedPharmacy1 } from "../ExtensionCareConnectNominatedPharmacy1.js";
import { checkExtensionCareConnectOutcomeOfAttendance1 } from "../ExtensionCareConnectOutcomeOfAttendance1.js";
import { checkExtensionCareConnectReasonCondition1 } from "../ExtensionCareConnectReasonCondition1.js";
import { checkExtensionCareConnectRelatedProblemHeader1 } from "../ExtensionCareConnectRelatedProblemHeader1.js";
import { checkExtensionCareConnectReligiousAffiliation1 } from "../ExtensionCareConnectReligiousAffiliation1.js";
import { checkExtensionCareConnectResidentialStatus1 } from "../ExtensionCareConnectResidentialStatus1.js";
import { checkExtensionCareConnectTreatmentCategory1 } from "../ExtensionCareConnectTreatmentCategory1.js";
import { checkExtensionCareConnectValueApproximation1 } from "../ExtensionCareConnectValueApproximation1.js";
import { checkExtensionCodingSctdescid } from "../ExtensionCodingSctdescid.js";
import { checkExtensionCodingSctdescid2 } from "../ExtensionCodingSctdescid2.js";
import { checkExtensionGPConnectAppointmentCancellationReason1 } from "../ExtensionGPConnectAppointmentCancellationReason1.js";
import { checkExtensionGPConnectBookingOrganisation1 } from "../ExtensionGPConnectBookingOrganisation1.js";
import { checkExtensionGPConnectDeliveryChannel1 } from "../ExtensionGPConnectDeliveryChannel1.js";
import { checkExtensionGPConnectDeliveryChannel2 } from "../ExtensionGPConnectDeliveryChannel2.js";
import { checkExtensionGPConnectPractitionerRole1 } from "../ExtensionGPConnectPractitionerRole1.js";
import { checkFamilyMemberHistory } from "../FamilyMemberHistory.js";
import { checkFamilyMemberHistoryForGeneticsAnalysis } from "../FamilyMemberHistoryForGeneticsAnalysis.js";
import { checkFamilyMemberHistoryGeneticsObservation } from "../FamilyMemberHistoryGeneticsObservation.js";
import { checkFathersFamily } from "../FathersFamily.js";
import { checkFhirBase64Binary } from "../FhirBase64Binary.js";
import { checkFhirBoolean } from "../FhirBoolean.js";
import { checkFhirCode } from "../FhirCode.js";
import { checkFhirDate } from "../FhirDate.js";
import { checkFhirDateTime } from "../FhirDateTime.js";
import { checkFhirDecimal } from "../FhirDecimal.js";
import { checkFhirId } from "../FhirId.js";
import { checkFhirInstant } from "../FhirInstant.js";
import { checkFhirInteger } from "../FhirInteger.js";
import { checkFhirMarkdown } from "../FhirMarkdown.js";
import { checkFhirOid } from "../FhirOid.js";
import { checkFhirPathExpression } from "../FhirPathExpression.js";
import { checkFhirPositiveInt } from "../FhirPositiveInt.js";
import { checkFhirString } from "../FhirString.js";
import { checkFhirTime } from "../FhirTime.js";
import { checkFhirType } from "../FhirType.js";
import { checkFhirUnsignedInt } from "../FhirUnsignedInt.js";
import { checkFhirUri } from "../FhirUri.js";
import { checkFhirUuid } from "../FhirUuid.js";
import { checkFhirXhtml } from "../FhirXhtml.js";
import { checkFlag } from "../Flag.js";
import { checkFmm } from "../Fmm.js";
import { checkFmmNoWarnings } from "../FmmNoWarnings.js";
import { checkFocalSubject } from "../FocalSubject.js";
import { checkGPConnectAppointment1 } from "../GPConnectAppointment1.js";
import { checkGPConnectDevice1 } from "../GPConnectDevice1.js";
import { checkGPConnectOperationOutcome1 } from "../GPConnectOperationOutcome1.js";
import { checkGPConnectSchedule1 } from "../GPConnectSchedule1.js";
import { checkGPConnectSearchsetBundle1 } from "../GPConnectSearchsetBundle1.js";
import { checkGPConnectSlot1 } from "../GPConnectSlot1.js";
import { checkGPConnectStructuredRecordBundle1 } from "../GPConnectStructuredRecordBundle1.js";
import { checkGene } from "../Gene.js";
import { checkGenomicSourceClass } from "../GenomicSourceClass.js";
import { checkGeolocation } from "../Geolocation.js";
import { checkGlstring } from "../Glstring.js";
import { checkGoal } from "../Goal.js";
import { checkGoalReasonRejected } from "../GoalReasonRejected.js";
import { checkGraphDefinition } from "../GraphDefinition.js";
import { checkGroup } from "../Group.js";
import { checkGuidanceResponse } from "../GuidanceResponse.js";
import { checkHaploid } from "../Haploid.js";
import { checkHdlcholesterol } from "../Hdlcholesterol.js";
import { checkHeadcircum } from "../Headcircum.js";
import { checkHealthcareService } from "../HealthcareService.js";
import { checkHeartrate } from "../Heartrate.js";
import { checkHidden } from "../Hidden.js";
import { checkHistory } from "../History.js";
import { checkHttpResponseHeader } from "../HttpResponseHeader.js";
import { checkHumanName } from "../HumanName.js";
import { checkIdentifier } from "../Identifier.js";
import { checkImagingManifest } from "../ImagingManifest.js";
import { checkImagingStudy } from "../ImagingStudy.js";
import { checkImmunization } from "../Immunization.js";
import { checkImmunizationRecommendation } from "../ImmunizationRecommendation.js";
import { checkImplantStatus } from "../ImplantStatus.js";
import { checkImplementationGuide } from "../ImplementationGuide.js";
import { checkImportance } from "../Importance.js";
import { checkIncisionDateTime } from "../IncisionDateTime.js";
import { checkInfuseOver } from "../InfuseOver.js";
import { checkInheritedExtensibleValueSet } from "../InheritedExtensibleValueSet.js";
import { checkInitialValue } from "../InitialValue.js";
import { checkInitiatingOrganization } from "../InitiatingOrganization.js";
import { checkInitiatingPerson } from "../InitiatingPerson.js";
import { checkInstance } from "../Instance.js";
import { checkInterpretation } from "../Interpretation.js";
import { checkInterpreterRequired } from "../InterpreterRequired.js";
import { checkIsCommonBinding } from "../IsCommonBinding.js";
import { checkIsDataElementConcept } from "../IsDataElementConcept.js";
import { checkIsDryWeight } from "../IsDryWeight.js";
import { checkIssueSource } from "../IssueSource.js";
import { checkItem } from "../Item.js";
import { checkItemControl } from "../ItemControl.js";
import { checkJsonType } from "../JsonType.js";
import { checkKeyWord } from "../KeyWord.js";
import { checkLabel } from "../Label.js";
import { checkLastReviewDate } from "../LastReviewDate.js";
import { checkLdlcholesterol } from "../Ldlcholesterol.js";
import { checkLibrary } from "../Library.js";
import { checkLinkage } from "../Linkage.js";
import { checkLipidprofile } from "../Lipidprofile.js";
import { checkList } from "../List.js";
import { checkLocation } from "../Location.js";
import { checkLocationDistance } from "../LocationDistance.js";
import { checkLocationPerformed } from "../LocationPerformed.js";
import { checkLookupQuestionnaire } from "../LookupQuestionnaire.js";
import { checkMPPS } from "../MPPS.js";
import { checkManagement } from "../Management.js";
import { checkMapSourcePublisher } from "../MapSourcePublisher.js";
import { checkMarkdown } from "../Markdown.js";
import { checkMatchGrade } from "../MatchGrade.js";
import { checkMaxDecimalPlaces } from "../MaxDecimalPlaces.js";
import { checkMaxDeliveryRate } from "../MaxDeliveryRate.js";
import { checkMaxDeliveryVolume } from "../MaxDeliveryVolume.js";
import { checkMaxOccurs } from "../MaxOccurs.js";
import { checkMaxSize } from "../MaxSize.js";
import { checkMaxValue } from "../MaxValue.js";
import { checkMaxValueSet } from "../MaxValueSet.js";
import { checkMeasure } from "../Measure.js";
import { checkMeasureInfo } from "../MeasureInfo.js";
import { checkMeasureReport } from "../MeasureReport.js";
import { checkMedia } from "../Media.js";
import { checkMedication } from "../Medication.js";
import { checkMedicationAdministration } from "../MedicationAdministration.js";
import { checkMedicationDispense } from "../MedicationDispense.js";
import { checkMedicationRequest } from "../MedicationRequest.js";
import { checkMedicationStatement } from "../MedicationStatement.js";
import { checkMessageDefinition } from "../MessageDefinition.js";
import { checkMessageHeader } from "../MessageHeader.js";
import { checkMessageheaderResponseRequest } from "../MessageheaderResponseRequest.js";
import { checkMeta } from "../Meta.js";
import { checkMethod } from "../Method.js";
import { checkMimeType } from "../MimeType.js";
import { checkMinDosePerPeriod } from "../MinDosePerPeriod.js";
import { checkMinLength } from "../MinLength.js";
import { checkMinOccurs } from "../MinOccurs.js";
import { checkMinValue } from "../MinValue.js";
import { checkMinValueSet } from "../MinValueSet.js";
import { checkModeOfArrival } from "../ModeOfArrival.js";
import { checkMoney } from "../Money.js";
import { checkMothersFamily } from "../MothersFamily.js";
import { checkMothersMaidenName } from "../MothersMaidenName.js";
import { checkNamespace } from "../Namespace.js";
import { checkNamingSystem } from "../NamingSystem.js";
import { checkNarrative } from "../Narrative.js";
import { checkNationality } from "../Nationality.js";
import { checkNotDone } from "../NotDone.js";
import { checkNote } from "../Note.js";
import { checkNotificationEndpoint } from "../NotificationEndpoint.js";
import { checkNullFlavor } from "../NullFlavor.js";
import { checkNumberOfInstances } from "../NumberOfInstances.js";
import { checkNutritionOrder } from "../NutritionOrder.js";
import { checkObjectClass } from "../ObjectClass.js";
import { checkObjectClassProperty } from "../ObjectClassProperty.js";
import { checkObservation } from "../Observation.js";
import { checkObservationGenetics } from "../ObservationGenetics.js";
import { checkObservationGeneticsSequence } from "../ObservationGeneticsSequence.js";
import { checkOccurredFollowing } from "../OccurredFollowing.js";
import { checkOnBehalfOf } from "../OnBehalfOf.js";
import { checkOpenEHRCareplan } from "../OpenEHRCareplan.js";
import { checkOpenEHRLocation } from "../OpenEHRLocation.js";
import { checkOperationDefinition } from "../OperationDefinition.js";
import { checkOperationOutcome2 } from "../OperationOutcome2.js";
import { checkOperationoutcomeDetectedIssue } from "../OperationoutcomeDetectedIssue.js";
import { checkOptionCode } from "../OptionCode.js";
import { checkOptionExclusive } from "../OptionExclusive.js";
import { checkOptionPrefix } from "../OptionPrefix.js";
import { checkOrderedBy } from "../OrderedBy.js";
import { checkOrdinalValue } from "../OrdinalValue.js";
import { checkOrganization } from "../Organization.js";
import { checkOrganizationAlias } from "../OrganizationAlias.js";
import { checkOrganizationPeriod } from "../OrganizationPeriod.js";
import { checkOtherConfidentiality } from "../OtherConfidentiality.js";
import { checkOtherName } from "../OtherName.js";
import { checkOutcome } from "../Outcome.js";
import { checkOwnName } from "../OwnName.js";
import { checkOwnPrefix } from "../OwnPrefix.js";
import { checkOxygensat } from "../Oxygensat.js";
import { checkPage } from "../Page.js";
import { checkParameterDefinition } from "../ParameterDefinition.js";
import { checkParameters } from "../Parameters.js";
import { checkParent } from "../Parent.js";
import { checkPartOf } from "../PartOf.js";
import { checkParticipantObjectContainsStudy } from "../ParticipantObjectContainsStudy.js";
import { checkPartnerName } from "../PartnerName.js";
import { checkPartnerPrefix } from "../PartnerPrefix.js";
import { checkPatient } from "../Patient.js";
import { checkPatientBirthTime } from "../PatientBirthTime.js";
import { checkPatientCadavericDonor } from "../PatientCadavericDonor.js";
import { checkPatientInstruction } from "../PatientInstruction.js";
import { checkPatientRecord } from "../PatientRecord.js";
import { checkPaymentNotice } from "../PaymentNotice.js";
import { checkPaymentReconciliation } from "../PaymentReconciliation.js";
import { checkPerformerRole } from "../PerformerRole.js";
import { checkPeriod } from "../Period.js";
import { checkPermittedValueConceptmap } from "../PermittedValueConceptmap.js";
import { checkPermittedValueValueset } from "../PermittedValueValueset.js";
import { checkPerson } from "../Person.js";
import { checkPertainsToGoal } from "../PertainsToGoal.js";
import { checkPhaseSet } from "../PhaseSet.js";
import { checkPlanDefinition } from "../PlanDefinition.js";
import { checkPractitioner } from "../Practitioner.js";
import { checkPractitionerRole } from "../PractitionerRole.js";
import { checkPrecondition } from "../Precondition.js";
import { checkPreferred } from "../Preferred.js";
import { checkPreferredContact } from "../PreferredContact.js";
import { checkPrescriber } from "../Prescriber.js";
import { checkPrimaryDiagnosis } from "../PrimaryDiagnosis.js";
import { checkPrimaryInd } from "../PrimaryInd.js";
import { checkPriority } from "../Priority.js";
import { checkProcedure } from "../Procedure.js";
import { checkProcedureMethod } from "../ProcedureMethod.js";
import { checkProcedureRequest } from "../ProcedureRequest.js";
import { checkProcedureRequestGenetics } from "../ProcedureRequestGenetics.js";
import { checkProcedureSchedule } from "../ProcedureSchedule.js";
import { checkProcedureTargetBodySite } from "../ProcedureTargetBodySite.js";
import { checkProcedurerequestApproachBodySite } from "../ProcedurerequestApproachBodySite.js";
import { checkProcedurerequestReasonRejected } from "../ProcedurerequestReasonRejected.js";
import { checkProcedurerequestTargetBodySite } from "../ProcedurerequestTargetBodySite.js";
import { checkProcessRequest } from "../ProcessRequest.js";
import { checkProcessResponse } from "../ProcessResponse.js";
import { checkProcessingTime } from "../ProcessingTime.js";
import { checkProfileForHLAGenotypingResults } from "../ProfileForHLAGenotypingResults.js";
import { checkProgressStatus } from "../ProgressStatus.js";
import { checkProhibited } from "../Prohibited.js";
import { checkProvenance } from "../Provenance.js";
import { checkQualityOfEvidence } from "../QualityOfEvidence.js";
import { checkQuantity } from "../Quantity.js";
import { checkQuestion } from "../Question.js";
import { checkQuestionnaire } from "../Questionnaire.js";
import { checkQuestionnaireOrdinalValue } from "../QuestionnaireOrdinalValue.js";
import { checkQuestionnaireRequest } from "../QuestionnaireRequest.js";
import { checkQuestionnaireResponse } from "../QuestionnaireResponse.js";
import { checkQuestionnaireresponseAuthor } from "../QuestionnaireresponseAuthor.js";
import { checkRange } from "../Range.js";
import { checkRateGoal } from "../RateGoal.js";
import { checkRateIncrement } from "../RateIncrement.js";
import { checkRateIncrementInterval } from "../RateIncrementInterval.js";
import { checkRatio } from "../Ratio.js";
import { checkRdfType } from "../RdfType.js";
import { checkReason } from "../Reason.js";
import { checkReasonCancelled } from "../ReasonCancelled.js";
import { checkReasonCode } from "../ReasonCode.js";
import { checkReasonNotPerformed } from "../ReasonNotPerformed.js";
import { checkReasonReference } from "../ReasonReference.js";
import { checkReasonRefused } from "../ReasonRefused.js";
import { checkReasonRefuted } from "../ReasonRefuted.js";
import { checkReasonRejected } from "../ReasonRejected.js";
import { checkReceivingOrganization } from "../ReceivingOrganization.js";
import { checkReceivingPerson } from "../ReceivingPerson.js";
import { checkRecipientLanguage } from "../RecipientLanguage.js";
import { checkRecipientType } from "../RecipientType.js";
import { checkReference } from "../Reference.js";
import { checkReferenceFilter } from "../ReferenceFilter.js";
import { checkReferralRequest } from "../ReferralRequest.js";
import { checkReferralrequestReasonRefused } from "../ReferralrequestReasonRefused.js";
import { checkRefillsRemaining } from "../RefillsRemaining.js";
import { checkRegex } from "../Regex.js";
import { checkRegistryOrg } from "../RegistryOrg.js";
import { checkRelatedArtifact } from "../RelatedArtifact.js";
import { checkRelatedPerson } from "../RelatedPerson.js";
import { checkRelationship } from "../Relationship.js";
import { checkRelevantHistory } from "../RelevantHistory.js";
import { checkReligion } from "../Religion.js";
import { checkRenderedValue } from "../RenderedValue.js";
import { checkReplacedby } from "../Replacedby.js";
import { checkReplaces } from "../Replaces.js";
import { checkRequestGroup } from "../RequestGroup.js";
import { checkResearchStudy } from "../ResearchStudy.js";
import { checkResearchSubject } from "../ResearchSubject.js";
import { checkResolutionAge } from "../ResolutionAge.js";
import { checkResource } from "../Resource.js";
import { checkResourceEffectivePeriod } from "../ResourceEffectivePeriod.js";
import { checkResprate } from "../Resprate.js";
import { checkReviewer } from "../Reviewer.js";
import { checkRiskAssessment } from "../RiskAssessment.js";
import { checkRuledOut } from "../RuledOut.js";
import { checkSCCoding } from "../SCCoding.js";
import { checkSOPClass } from "../SOPClass.js";
import { checkSampledData } from "../SampledData.js";
import { checkSchedule } from "../Schedule.js";
import { checkSctdescid } from "../Sctdescid.js";
import { checkSearchParameter } from "../SearchParameter.js";
import { checkSearchParameterCombination } from "../SearchParameterCombination.js";
import { checkSelector } from "../Selector.js";
import { checkSequence } from "../Sequence.js";
import { checkSequenceNumber } from "../SequenceNumber.js";
import { checkServiceDefinition } from "../ServiceDefinition.js";
import { checkSeverity } from "../Severity.js";
import { checkShareableCodeSystem } from "../ShareableCodeSystem.js";
import { checkShareableValueSet } from "../ShareableValueSet.js";
import { checkSibling } from "../Sibling.js";
import { checkSignature } from "../Signature.js";
import { checkSimpleQuantity } from "../SimpleQuantity.js";
import { checkSlot } from "../Slot.js";
import { checkSourceReference } from "../SourceReference.js";
import { checkSourceStructureMap } from "../SourceStructureMap.js";
import { checkSourceValueSet } from "../SourceValueSet.js";
import { checkSpecialHandling } from "../SpecialHandling.js";
import { checkSpecimen } from "../Specimen.js";
import { checkStrengthOfRecommendation } from "../StrengthOfRecommendation.js";
import { checkStructureDefinition } from "../StructureDefinition.js";
import { checkStructureMap } from "../StructureMap.js";
import { checkStructuredefinitionAnnotation } from "../StructuredefinitionAnnotation.js";
import { checkStructuredefinitionRegex } from "../StructuredefinitionRegex.js";
import { checkStudyprotocolIdentifier } from "../StudyprotocolIdentifier.js";
import { checkStyle } from "../Style.js";
import { checkStyleSensitive } from "../StyleSensitive.js";
import { checkSubmitterOrg } from "../SubmitterOrg.js";
import { checkSubscription } from "../Subscription.js";
import { checkSubstance } from "../Substance.js";
import { checkSubstanceExposureRisk } from "../SubstanceExposureRisk.js";
import { checkSubsumes } from "../Subsumes.js";
import { checkSummary } from "../Summary.js";
import { checkSummaryOf } from "../SummaryOf.js";
import { checkSupplyDelivery } from "../SupplyDelivery.js";
import { checkSupplyRequest } from "../SupplyRequest.js";
import { checkSupportLink } from "../SupportLink.js";
import { checkSupportedSystem } from "../SupportedSystem.js";
import { checkSupportingInfo } from "../SupportingInfo.js";
import { checkSystem } from "../System.js";
import { checkSystemName } from "../SystemName.js";
import { checkSystemRef } from "../SystemRef.js";
import { checkSystemUserLanguage } from "../SystemUserLanguage.js";
import { checkSystemUserTaskContext } from "../SystemUserTaskContext.js";
import { checkSystemUserType } from "../SystemUserType.js";
import { checkT11179DeDocumentReference } from "../T11179DeDocumentReference.js";
import { checkTELAddress } from "../TELAddress.js";
import { checkTableName } from "../TableName.js";
import { checkTargetBodySite } from "../TargetBodySite.js";
import { checkTargetStructureMap } from "../TargetStructureMap.js";
import { checkTask } from "../Task.js";
import { checkTaskReplaces } from "../TaskReplaces.js";
import { checkTemplateStatus } from "../TemplateStatus.js";
import { checkTest } from "../Test.js";
import { checkTestReport } from "../TestReport.js";
import { checkTestScript } from "../TestScript.js";
import { checkTimeOffset } from "../TimeOffset.js";
import { checkTiming } from "../Timing.js";
import { checkToocostly } from "../Toocostly.js";
import { checkTranslatable } from "../Translatable.js";
import { checkTranslation } from "../Translation.js";
import { checkTriggerDefinition } from "../TriggerDefinition.js";
import { checkTriglyceride } from "../Triglyceride.js";
import { checkTrustedExpansion } from "../TrustedExpansion.js";
import { checkType } from "../Type.js";
import { checkUncertainty } from "../Uncertainty.js";
import { checkUncertaintyType } from "../UncertaintyType.js";
import { checkUnclosed } from "../Unclosed.js";
import { checkUnit } from "../Unit.js";
import { checkUsage } from "../Usage.js";
import { checkUsageContext } from "../UsageContext.js";
import { checkUsageMode } from "../UsageMode.js";
import { checkUsagecontextGroup } from "../UsagecontextGroup.js";
import { checkUsualRoute } from "../UsualRoute.js";
import { checkValidDate } from "../ValidDate.js";
import { checkValidityPeriod } from "../ValidityPeriod.js";
import { checkValueSet } from "../ValueSet.js";
import { checkValuesetAuthor } from "../ValuesetAuthor.js";
import { checkValuesetComment } from "../ValuesetComment.js";
import { checkValuesetComments } from "../ValuesetComments.js";
import { checkValuesetConceptOrder } from "../ValuesetConceptOrder.js";
import { checkValuesetDefinition } from "../ValuesetDefinition.js";
import { checkValuesetEffectiveDate } from "../ValuesetEffectiveDate.js";
import { checkValuesetExpirationDate } from "../ValuesetExpirationDate.js";
import { checkValuesetHistory } from "../ValuesetHistory.js";
import { checkValuesetKeyWord } from "../ValuesetKeyWord.js";
import { checkValuesetLabel } from "../ValuesetLabel.js";
import { checkValuesetMap } from "../ValuesetMap.js";
import { checkValuesetOrdinalValue } from "../ValuesetOrdinalValue.js";
import { checkValuesetOtherName } from "../ValuesetOtherName.js";
import { checkValuesetReference } from "../ValuesetReference.js";
import { checkValuesetSourceReference } from "../ValuesetSourceReference.js";
import { checkValuesetTrustedExpansion } from "../ValuesetTrustedExpansion.js";
import { checkValuesetUsage } from "../ValuesetUsage.js";
import { checkValuesetWarning } from "../ValuesetWarning.js";
import { checkValuesetWorkflowStatus } from "../ValuesetWorkflowStatus.js";
import { checkVerification } from "../Verification.js";
import { checkVisionPrescription } from "../VisionPrescription.js";
import { checkVitalSignsProfile } from "../VitalSignsProfile.js";
import { checkVitalsigns } from "../Vitalsigns.js";
import { checkVitalspanel } from "../Vitalspanel.js";
import { checkWarning } from "../Warning.js";
import { checkWebsocket } from "../Websocket.js";
import { checkWg } from "../Wg.js";
import { checkWitness } from "../Witness.js";
import { checkWorkflowStatus } from "../WorkflowStatus.js";
import { checkXhtml } from "../Xhtml.js";
import { checkXmlType } from "../XmlType.js";
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
      return { check: checkADUse, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator":
      return { check: checkADXPAdditionalLocator, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix":
      return { check: checkADXPBuildingNumberSuffix, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf":
      return { check: checkADXPCareOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract":
      return { check: checkADXPCensusTract, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter":
      return { check: checkADXPDelimiter, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine":
      return { check: checkADXPDeliveryAddressLine, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea":
      return { check: checkADXPDeliveryInstallationArea, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier":
      return { check: checkADXPDeliveryInstallationQualifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType":
      return { check: checkADXPDeliveryInstallationType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode":
      return { check: checkADXPDeliveryMode, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier":
      return { check: checkADXPDeliveryModeIdentifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction":
      return { check: checkADXPDirection, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber":
      return { check: checkADXPHouseNumber, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric":
      return { check: checkADXPHouseNumberNumeric, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox":
      return { check: checkADXPPostBox, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct":
      return { check: checkADXPPrecinct, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine":
      return { check: checkADXPStreetAddressLine, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName":
      return { check: checkADXPStreetName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase":
      return { check: checkADXPStreetNameBase, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType":
      return { check: checkADXPStreetNameType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID":
      return { check: checkADXPUnitID, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType":
      return { check: checkADXPUnitType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement":
      return { check: checkAbatement, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/goal-acceptance":
      return { check: checkAcceptance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Accession":
      return { check: checkAccession, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Account":
      return { check: checkAccount, type: "Account", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ActivityDefinition":
      return { check: checkActivityDefinition, type: "ActivityDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/careplan-activity-title":
      return { check: checkActivityTitle, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf":
      return { check: checkAddendumOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Address":
      return { check: checkAddress, type: "Address", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-administration":
      return { check: checkAdministration, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status":
      return { check: checkAdministrativeStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo":
      return { check: checkAdoptionInfo, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/AdverseEvent":
      return { check: checkAdverseEvent, type: "AdverseEvent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Age":
      return { check: checkAge, type: "Age", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/location-alias":
      return { check: checkAlias, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database":
      return { check: checkAlleleDatabase, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName":
      return { check: checkAlleleName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency":
      return { check: checkAllelicFrequency, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState":
      return { check: checkAllelicState, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/AllergyIntolerance":
      return { check: checkAllergyIntolerance, type: "AllergyIntolerance", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration":
      return { check: checkAllergyintoleranceDuration, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile":
      return { check: checkAllowedProfile, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource":
      return { check: checkAllowedResource, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits":
      return { check: checkAllowedUnits, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName":
      return { check: checkAminoAcidChangeName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType":
      return { check: checkAminoAcidChangeType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis":
      return { check: checkAnalysis, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor":
      return { check: checkAncestor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies":
      return { check: checkAnimalSpecies, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Annotation":
      return { check: checkAnnotation, type: "Annotation", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized":
      return { check: checkAnonymized, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Appointment":
      return { check: checkAppointment, type: "Appointment", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/AppointmentResponse":
      return { check: checkAppointmentResponse, type: "AppointmentResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite":
      return { check: checkApproachBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/resource-approvalDate":
      return { check: checkApprovalDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order":
      return { check: checkAssemblyOrder, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition":
      return { check: checkAssessedCondition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Attachment":
      return { check: checkAttachment, type: "Attachment", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/AuditEvent":
      return { check: checkAuditEvent, type: "AuditEvent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-author":
      return { check: checkAuthor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority":
      return { check: checkAuthority, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy":
      return { check: checkAuthorizedBy, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/BackboneElement":
      return { check: checkBackboneElement, type: "BackboneElement", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status":
      return { check: checkBallotStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType":
      return { check: checkBaseType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-basedOn":
      return { check: checkBasedOn, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Basic":
      return { check: checkBasic, type: "Basic", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice":
      return { check: checkBestpractice, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/concept-bidirectional":
      return { check: checkBidirectional, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Binary":
      return { check: checkBinary, type: "Binary", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName":
      return { check: checkBindingName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/birthPlace":
      return { check: checkBirthPlace, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition":
      return { check: checkBodyPosition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/BodySite":
      return { check: checkBodySite, type: "BodySite", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/body-site-instance":
      return { check: checkBodySiteInstance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/bodyheight":
      return { check: checkBodyheight, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bodylength":
      return { check: checkBodylength, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bodytemp":
      return { check: checkBodytemp, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bodyweight":
      return { check: checkBodyweight, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bp":
      return { check: checkBp, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Bundle":
      return { check: checkBundle, type: "Bundle", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value":
      return { check: checkCOValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-questionnaire":
      return { check: checkCQIFQuestionnaire, type: "Questionnaire", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue":
      return { check: checkCalculatedValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/task-candidateList":
      return { check: checkCandidateList, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/CapabilityStatement":
      return { check: checkCapabilityStatement, type: "CapabilityStatement", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Condition-1":
      return { check: checkCareConnectCondition1, type: "Condition", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1":
      return { check: checkCareConnectEncounter1, type: "Encounter", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1":
      return { check: checkCareConnectGPCAllergyIntolerance1, type: "AllergyIntolerance", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Condition-1":
      return { check: checkCareConnectGPCCondition1, type: "Condition", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DiagnosticReport-1":
      return { check: checkCareConnectGPCDiagnosticReport1, type: "DiagnosticReport", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1":
      return { check: checkCareConnectGPCDocumentReference1, type: "DocumentReference", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Encounter-1":
      return { check: checkCareConnectGPCEncounter1, type: "Encounter", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Immunization-1":
      return { check: checkCareConnectGPCImmunization1, type: "Immunization", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-List-1":
      return { check: checkCareConnectGPCList1, type: "List", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1":
      return { check: checkCareConnectGPCLocation1, type: "Location", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Medication-1":
      return { check: checkCareConnectGPCMedication1, type: "Medication", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1":
      return { check: checkCareConnectGPCMedicationRequest1, type: "MedicationRequest", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1":
      return { check: checkCareConnectGPCMedicationStatement1, type: "MedicationStatement", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1":
      return { check: checkCareConnectGPCObservation1, type: "Observation", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1":
      return { check: checkCareConnectGPCOrganization1, type: "Organization", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1":
      return { check: checkCareConnectGPCPatient1, type: "Patient", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Practitioner-1":
      return { check: checkCareConnectGPCPractitioner1, type: "Practitioner", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-PractitionerRole-1":
      return { check: checkCareConnectGPCPractitionerRole1, type: "PractitionerRole", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1":
      return { check: checkCareConnectGPCProblemHeaderCondition1, type: "Condition", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProcedureRequest-1":
      return { check: checkCareConnectGPCProcedureRequest1, type: "ProcedureRequest", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ReferralRequest-1":
      return { check: checkCareConnectGPCReferralRequest1, type: "ReferralRequest", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Specimen-1":
      return { check: checkCareConnectGPCSpecimen1, type: "Specimen", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1":
      return { check: checkCareConnectHealthcareService1, type: "HealthcareService", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Location-1":
      return { check: checkCareConnectLocation1, type: "Location", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Medication-1":
      return { check: checkCareConnectMedication1, type: "Medication", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Observation-1":
      return { check: checkCareConnectObservation1, type: "Observation", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Organization-1":
      return { check: checkCareConnectOrganization1, type: "Organization", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1":
      return { check: checkCareConnectPatient1, type: "Patient", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Practitioner-1":
      return { check: checkCareConnectPractitioner1, type: "Practitioner", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-PractitionerRole-1":
      return { check: checkCareConnectPractitionerRole1, type: "PractitionerRole", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1":
      return { check: checkCareConnectProcedure1, type: "Procedure", isResource: true };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Quantity-1":
      return { check: checkCareConnectQuantity1, type: "Quantity", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-QuestionnaireResponse-1":
      return { check: checkCareConnectQuestionnaireResponse1, type: "QuestionnaireResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/CarePlan":
      return { check: checkCarePlan, type: "CarePlan", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/CareTeam":
      return { check: checkCareTeam, type: "CareTeam", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive":
      return { check: checkCaseSensitive, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-category":
      return { check: checkCategory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedure-causedBy":
      return { check: checkCausedBy, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty":
      return { check: checkCertainty, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-change-description":
      return { check: checkChangeDescription, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ChargeItem":
      return { check: checkChargeItem, type: "ChargeItem", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation":
      return { check: checkChoiceOrientation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-citation":
      return { check: checkCitation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-citizenship":
      return { check: checkCitizenship, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Claim":
      return { check: checkClaim, type: "Claim", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ClaimResponse":
      return { check: checkClaimResponse, type: "ClaimResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/practitioner-classification":
      return { check: checkClassification, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context":
      return { check: checkClassificationOrContext, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/clinicaldocument":
      return { check: checkClinicalDocumentProfileForComposition, type: "Composition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ClinicalImpression":
      return { check: checkClinicalImpression, type: "ClinicalImpression", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial":
      return { check: checkClinicalTrial, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/CodeSystem":
      return { check: checkCodeSystem, type: "CodeSystem", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/CodeableConcept":
      return { check: checkCodeableConcept, type: "CodeableConcept", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-map":
      return { check: checkCodesystemMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-reference":
      return { check: checkCodesystemReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Coding":
      return { check: checkCoding, type: "Coding", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority":
      return { check: checkCollectionPriority, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-comment":
      return { check: checkComment, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-comments":
      return { check: checkComments, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Communication":
      return { check: checkCommunication, type: "Communication", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/communication-media":
      return { check: checkCommunicationMedia, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/CommunicationRequest":
      return { check: checkCommunicationRequest, type: "CommunicationRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/CompartmentDefinition":
      return { check: checkCompartmentDefinition, type: "CompartmentDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Composition":
      return { check: checkComposition, type: "Composition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ConceptMap":
      return { check: checkConceptMap, type: "ConceptMap", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder":
      return { check: checkConceptOrder, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Condition":
      return { check: checkCondition, type: "Condition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/condition-definition":
      return { check: checkConditionDefinition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-congregation":
      return { check: checkCongregation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Consent":
      return { check: checkConsent, type: "Consent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/consentdirective":
      return { check: checkConsentDirective, type: "Contract", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/consent-location":
      return { check: checkConsentLocation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address":
      return { check: checkContactAddress, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ContactDetail":
      return { check: checkContactDetail, type: "ContactDetail", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ContactPoint":
      return { check: checkContactPoint, type: "ContactPoint", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Contract":
      return { check: checkContract, type: "Contract", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Contributor":
      return { check: checkContributor, type: "Contributor", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent":
      return { check: checkCopyNumberEvent, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Count":
      return { check: checkCount, type: "Count", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Coverage":
      return { check: checkCoverage, type: "Coverage", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-condition":
      return { check: checkCqifCondition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-library":
      return { check: checkCqifLibrary, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression":
      return { check: checkCqlExpression, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-criticality":
      return { check: checkCriticality, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName":
      return { check: checkDNARegionName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName":
      return { check: checkDNASequenceVariantName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType":
      return { check: checkDNASequenceVariantType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId":
      return { check: checkDNAVariantId, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/data-absent-reason":
      return { check: checkDataAbsentReason, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DataElement":
      return { check: checkDataElement, type: "DataElement", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-de":
      return {
        check: checkDataElementConstraintOnElementDefinitionDataType,
        type: "ElementDefinition",
        isResource: false
      };
    case "http://hl7.org/fhir/StructureDefinition/DataRequirement":
      return { check: checkDataRequirement, type: "DataRequirement", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/datadictionary":
      return { check: checkDatadictionary, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle":
      return { check: checkDaysOfCycle, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap":
      return { check: checkDeMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition":
      return { check: checkDefinition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-delta":
      return { check: checkDelta, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated":
      return { check: checkDeprecated, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/flag-detail":
      return { check: checkDetail, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DetectedIssue":
      return { check: checkDetectedIssue, type: "DetectedIssue", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Device":
      return { check: checkDevice, type: "Device", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DeviceComponent":
      return { check: checkDeviceComponent, type: "DeviceComponent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DeviceMetric":
      return { check: checkDeviceMetric, type: "DeviceMetric", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/devicemetricobservation":
      return { check: checkDeviceMetricObservationProfile, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DeviceRequest":
      return { check: checkDeviceRequest, type: "DeviceRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DeviceUseStatement":
      return { check: checkDeviceUseStatement, type: "DeviceUseStatement", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected":
      return { check: checkDevicerequestReasonRejected, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport":
      return { check: checkDiagnosticReport, type: "DiagnosticReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticreport-genetics":
      return { check: checkDiagnosticReportGenetics, type: "DiagnosticReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory":
      return { check: checkDiagnosticReportGeneticsFamilyMemberHistory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/device-din":
      return { check: checkDin, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-disability":
      return { check: checkDisability, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory":
      return { check: checkDisplayCategory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint":
      return { check: checkDisplayHint, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Distance":
      return { check: checkDistance, type: "Distance", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/DocumentManifest":
      return { check: checkDocumentManifest, type: "DocumentManifest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DocumentReference":
      return { check: checkDocumentReference, type: "DocumentReference", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/DomainResource":
      return { check: checkDomainResource, type: "DomainResource", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Dosage":
      return { check: checkDosage, type: "Dosage", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType":
      return { check: checkDoseType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-dueTo":
      return { check: checkDueTo, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Duration":
      return { check: checkDuration, type: "Duration", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent":
      return { check: checkEHRSFMRecordLifecycleEventAuditEvent, type: "AuditEvent", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ehrsrle-provenance":
      return { check: checkEHRSFMRecordLifecycleEventProvenance, type: "Provenance", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier":
      return { check: checkENQualifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation":
      return { check: checkENRepresentation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate":
      return { check: checkEffectiveDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period":
      return { check: checkEffectivePeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Element":
      return { check: checkElement, type: "Element", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ElementDefinition":
      return { check: checkElementDefinition, type: "ElementDefinition", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier":
      return { check: checkElementdefinitionIdentifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/EligibilityRequest":
      return { check: checkEligibilityRequest, type: "EligibilityRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/EligibilityResponse":
      return { check: checkEligibilityResponse, type: "EligibilityResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Encounter":
      return { check: checkEncounter, type: "Encounter", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter":
      return { check: checkEncounterAssociatedEncounter, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass":
      return { check: checkEncounterClass, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType":
      return { check: checkEncounterType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted":
      return { check: checkEncrypted, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Endpoint":
      return { check: checkEndpoint, type: "Endpoint", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/EnrollmentRequest":
      return { check: checkEnrollmentRequest, type: "EnrollmentRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/EnrollmentResponse":
      return { check: checkEnrollmentResponse, type: "EnrollmentResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/entryFormat":
      return { check: checkEntryFormat, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/EpisodeOfCare":
      return { check: checkEpisodeOfCare, type: "EpisodeOfCare", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence":
      return { check: checkEquivalence, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-definition":
      return { check: checkEventDefinition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-partOf":
      return { check: checkEventPartOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-eventTiming":
      return { check: checkEventTiming, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/timing-exact":
      return { check: checkExact, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cholesterol":
      return { check: checkExampleLipidProfile, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ExpansionProfile":
      return { check: checkExpansionProfile, type: "ExpansionProfile", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource":
      return { check: checkExpansionSource, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation":
      return { check: checkExpectation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate":
      return { check: checkExpirationDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit":
      return { check: checkExplanationOfBenefit, type: "ExplanationOfBenefit", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name":
      return { check: checkExplicitTypeName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate":
      return { check: checkExposureDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription":
      return { check: checkExposureDescription, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration":
      return { check: checkExposureDuration, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends":
      return { check: checkExtends, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Extension":
      return { check: checkExtension, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1":
      return { check: checkExtensionCareConnectActualProblem1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1":
      return { check: checkExtensionCareConnectAdmissionMethod1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1":
      return { check: checkExtensionCareConnectAnaestheticIssues1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1":
      return { check: checkExtensionCareConnectConditionEpisode1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1":
      return { check: checkExtensionCareConnectDeathNotificationStatus1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1":
      return { check: checkExtensionCareConnectDischargeMethod1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1":
      return { check: checkExtensionCareConnectEmergencyCareDischargeStatus1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1":
      return { check: checkExtensionCareConnectEncounterTransport1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1":
      return { check: checkExtensionCareConnectEthnicCategory1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1":
      return { check: checkExtensionCareConnectGPCActualProblem1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1":
      return { check: checkExtensionCareConnectGPCAllergyCertainty1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1":
      return { check: checkExtensionCareConnectGPCAllergyIntoleranceEnd1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1":
      return { check: checkExtensionCareConnectGPCAllergyIntoleranceEndDate1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1":
      return { check: checkExtensionCareConnectGPCAllergySeverity1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1":
      return { check: checkExtensionCareConnectGPCClinicalSetting1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1":
      return { check: checkExtensionCareConnectGPCDeathNotificationStatus1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1":
      return { check: checkExtensionCareConnectGPCEthnicCategory1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1":
      return { check: checkExtensionCareConnectGPCEvidence1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1":
      return { check: checkExtensionCareConnectGPCListWarningCode1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1":
      return { check: checkExtensionCareConnectGPCMainLocation1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1":
      return { check: checkExtensionCareConnectGPCMedicationChangeSummary1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1":
      return { check: checkExtensionCareConnectGPCMedicationQuantityText1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1":
      return { check: checkExtensionCareConnectGPCMedicationRepeatInformation1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1":
      return {
        check: checkExtensionCareConnectGPCMedicationStatementLastIssueDate1,
        type: "Extension",
        isResource: false
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1":
      return { check: checkExtensionCareConnectGPCMedicationStatusReason1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1":
      return { check: checkExtensionCareConnectGPCNHSCommunication1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1":
      return { check: checkExtensionCareConnectGPCNHSNumberVerificationStatus1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1":
      return { check: checkExtensionCareConnectGPCNominatedPharmacy1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1":
      return { check: checkExtensionCareConnectGPCPrescribingAgency1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1":
      return { check: checkExtensionCareConnectGPCPrescriptionType1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1":
      return { check: checkExtensionCareConnectGPCReasonCondition1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1":
      return { check: checkExtensionCareConnectGPCRegistrationDetails1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1":
      return { check: checkExtensionCareConnectGPCReligiousAffiliation1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1":
      return { check: checkExtensionCareConnectGPCResidentialStatus1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1":
      return { check: checkExtensionCareConnectGPCTreatmentCategory1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1":
      return { check: checkExtensionCareConnectMainLocation1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1":
      return { check: checkExtensionCareConnectNHSCommunication1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1":
      return { check: checkExtensionCareConnectNHSNumberVerificationStatus1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1":
      return { check: checkExtensionCareConnectNominatedPharmacy1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1":
      return { check: checkExtensionCareConnectOutcomeOfAttendance1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1":
      return { check: checkExtensionCareConnectReasonCondition1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1":
      return { check: checkExtensionCareConnectRelatedProblemHeader1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1":
      return { check: checkExtensionCareConnectReligiousAffiliation1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1":
      return { check: checkExtensionCareConnectResidentialStatus1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1":
      return { check: checkExtensionCareConnectTreatmentCategory1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1":
      return { check: checkExtensionCareConnectValueApproximation1, type: "Extension", isResource: false };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
      return { check: checkExtensionCodingSctdescid, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
      return { check: checkExtensionCodingSctdescid2, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1":
      return { check: checkExtensionGPConnectAppointmentCancellationReason1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1":
      return { check: checkExtensionGPConnectBookingOrganisation1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1":
      return { check: checkExtensionGPConnectDeliveryChannel1, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2":
      return { check: checkExtensionGPConnectDeliveryChannel2, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1":
      return { check: checkExtensionGPConnectPractitionerRole1, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/FamilyMemberHistory":
      return { check: checkFamilyMemberHistory, type: "FamilyMemberHistory", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-genetic":
      return { check: checkFamilyMemberHistoryForGeneticsAnalysis, type: "FamilyMemberHistory", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation":
      return { check: checkFamilyMemberHistoryGeneticsObservation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family":
      return { check: checkFathersFamily, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/base64Binary":
      return { check: checkFhirBase64Binary, type: "base64Binary", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/boolean":
      return { check: checkFhirBoolean, type: "boolean", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/code":
      return { check: checkFhirCode, type: "code", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/date":
      return { check: checkFhirDate, type: "date", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/dateTime":
      return { check: checkFhirDateTime, type: "dateTime", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/decimal":
      return { check: checkFhirDecimal, type: "decimal", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/id":
      return { check: checkFhirId, type: "id", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/instant":
      return { check: checkFhirInstant, type: "instant", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/integer":
      return { check: checkFhirInteger, type: "integer", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/markdown":
      return { check: checkFhirMarkdown, type: "markdown", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/oid":
      return { check: checkFhirOid, type: "oid", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression":
      return { check: checkFhirPathExpression, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/positiveInt":
      return { check: checkFhirPositiveInt, type: "positiveInt", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/string":
      return { check: checkFhirString, type: "string", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/time":
      return { check: checkFhirTime, type: "time", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType":
      return { check: checkFhirType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/unsignedInt":
      return { check: checkFhirUnsignedInt, type: "unsignedInt", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/uri":
      return { check: checkFhirUri, type: "uri", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/uuid":
      return { check: checkFhirUuid, type: "uuid", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/xhtml":
      return { check: checkFhirXhtml, type: "xhtml", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Flag":
      return { check: checkFlag, type: "Flag", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm":
      return { check: checkFmm, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings":
      return { check: checkFmmNoWarnings, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-focal-subject":
      return { check: checkFocalSubject, type: "Extension", isResource: false };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1":
      return { check: checkGPConnectAppointment1, type: "Appointment", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1":
      return { check: checkGPConnectDevice1, type: "Device", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1":
      return { check: checkGPConnectOperationOutcome1, type: "OperationOutcome", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Schedule-1":
      return { check: checkGPConnectSchedule1, type: "Schedule", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Searchset-Bundle-1":
      return { check: checkGPConnectSearchsetBundle1, type: "Bundle", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1":
      return { check: checkGPConnectSlot1, type: "Slot", isResource: true };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1":
      return { check: checkGPConnectStructuredRecordBundle1, type: "Bundle", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene":
      return { check: checkGene, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass":
      return { check: checkGenomicSourceClass, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/geolocation":
      return { check: checkGeolocation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring":
      return { check: checkGlstring, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Goal":
      return { check: checkGoal, type: "Goal", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected":
      return { check: checkGoalReasonRejected, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/GraphDefinition":
      return { check: checkGraphDefinition, type: "GraphDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Group":
      return { check: checkGroup, type: "Group", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/GuidanceResponse":
      return { check: checkGuidanceResponse, type: "GuidanceResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid":
      return { check: checkHaploid, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hdlcholesterol":
      return { check: checkHdlcholesterol, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/headcircum":
      return { check: checkHeadcircum, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/HealthcareService":
      return { check: checkHealthcareService, type: "HealthcareService", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/heartrate":
      return { check: checkHeartrate, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden":
      return { check: checkHidden, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-history":
      return { check: checkHistory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/http-response-header":
      return { check: checkHttpResponseHeader, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/HumanName":
      return { check: checkHumanName, type: "HumanName", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Identifier":
      return { check: checkIdentifier, type: "Identifier", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ImagingManifest":
      return { check: checkImagingManifest, type: "ImagingManifest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ImagingStudy":
      return { check: checkImagingStudy, type: "ImagingStudy", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Immunization":
      return { check: checkImmunization, type: "Immunization", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ImmunizationRecommendation":
      return { check: checkImmunizationRecommendation, type: "ImmunizationRecommendation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/device-implant-status":
      return { check: checkImplantStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ImplementationGuide":
      return { check: checkImplementationGuide, type: "ImplementationGuide", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/patient-importance":
      return { check: checkImportance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime":
      return { check: checkIncisionDateTime, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver":
      return { check: checkInfuseOver, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet":
      return { check: checkInheritedExtensibleValueSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-initialValue":
      return { check: checkInitialValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization":
      return { check: checkInitiatingOrganization, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson":
      return { check: checkInitiatingPerson, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Instance":
      return { check: checkInstance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation":
      return { check: checkInterpretation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired":
      return { check: checkInterpreterRequired, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding":
      return { check: checkIsCommonBinding, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept":
      return { check: checkIsDataElementConcept, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight":
      return { check: checkIsDryWeight, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source":
      return { check: checkIssueSource, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem":
      return { check: checkItem, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl":
      return { check: checkItemControl, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type":
      return { check: checkJsonType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord":
      return { check: checkKeyWord, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-label":
      return { check: checkLabel, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate":
      return { check: checkLastReviewDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ldlcholesterol":
      return { check: checkLdlcholesterol, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Library":
      return { check: checkLibrary, type: "Library", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Linkage":
      return { check: checkLinkage, type: "Linkage", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/lipidprofile":
      return { check: checkLipidprofile, type: "DiagnosticReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/List":
      return { check: checkList, type: "List", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Location":
      return { check: checkLocation, type: "Location", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/location-distance":
      return { check: checkLocationDistance, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed":
      return { check: checkLocationPerformed, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire":
      return { check: checkLookupQuestionnaire, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS":
      return { check: checkMPPS, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-management":
      return { check: checkManagement, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher":
      return { check: checkMapSourcePublisher, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendering-markdown":
      return { check: checkMarkdown, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/match-grade":
      return { check: checkMatchGrade, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces":
      return { check: checkMaxDecimalPlaces, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate":
      return { check: checkMaxDeliveryRate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume":
      return { check: checkMaxDeliveryVolume, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs":
      return { check: checkMaxOccurs, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/maxSize":
      return { check: checkMaxSize, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/maxValue":
      return { check: checkMaxValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet":
      return { check: checkMaxValueSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Measure":
      return { check: checkMeasure, type: "Measure", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo":
      return { check: checkMeasureInfo, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/MeasureReport":
      return { check: checkMeasureReport, type: "MeasureReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Media":
      return { check: checkMedia, type: "Media", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Medication":
      return { check: checkMedication, type: "Medication", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MedicationAdministration":
      return { check: checkMedicationAdministration, type: "MedicationAdministration", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MedicationDispense":
      return { check: checkMedicationDispense, type: "MedicationDispense", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MedicationRequest":
      return { check: checkMedicationRequest, type: "MedicationRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MedicationStatement":
      return { check: checkMedicationStatement, type: "MedicationStatement", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MessageDefinition":
      return { check: checkMessageDefinition, type: "MessageDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/MessageHeader":
      return { check: checkMessageHeader, type: "MessageHeader", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/messageheader-response-request":
      return { check: checkMessageheaderResponseRequest, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Meta":
      return { check: checkMeta, type: "Meta", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method":
      return { check: checkMethod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/mimeType":
      return { check: checkMimeType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod":
      return { check: checkMinDosePerPeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/minLength":
      return { check: checkMinLength, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs":
      return { check: checkMinOccurs, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/minValue":
      return { check: checkMinValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet":
      return { check: checkMinValueSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival":
      return { check: checkModeOfArrival, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Money":
      return { check: checkMoney, type: "Money", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family":
      return { check: checkMothersFamily, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName":
      return { check: checkMothersMaidenName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace":
      return { check: checkNamespace, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/NamingSystem":
      return { check: checkNamingSystem, type: "NamingSystem", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Narrative":
      return { check: checkNarrative, type: "Narrative", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-nationality":
      return { check: checkNationality, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-notDone":
      return { check: checkNotDone, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note":
      return { check: checkNote, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint":
      return { check: checkNotificationEndpoint, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor":
      return { check: checkNullFlavor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances":
      return { check: checkNumberOfInstances, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/NutritionOrder":
      return { check: checkNutritionOrder, type: "NutritionOrder", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/11179-objectClass":
      return { check: checkObjectClass, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty":
      return { check: checkObjectClassProperty, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Observation":
      return { check: checkObservation, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/observation-genetics":
      return { check: checkObservationGenetics, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence":
      return { check: checkObservationGeneticsSequence, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing":
      return { check: checkOccurredFollowing, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf":
      return { check: checkOnBehalfOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-careplan":
      return { check: checkOpenEHRCareplan, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-location":
      return { check: checkOpenEHRLocation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/OperationDefinition":
      return { check: checkOperationDefinition, type: "OperationDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/OperationOutcome":
      return { check: checkOperationOutcome2, type: "OperationOutcome", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue":
      return { check: checkOperationoutcomeDetectedIssue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-optionCode":
      return { check: checkOptionCode, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive":
      return { check: checkOptionExclusive, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix":
      return { check: checkOptionPrefix, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy":
      return { check: checkOrderedBy, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue":
      return { check: checkOrdinalValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Organization":
      return { check: checkOrganization, type: "Organization", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/organization-alias":
      return { check: checkOrganizationAlias, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/organization-period":
      return { check: checkOrganizationPeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality":
      return { check: checkOtherConfidentiality, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-otherName":
      return { check: checkOtherName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-outcome":
      return { check: checkOutcome, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-own-name":
      return { check: checkOwnName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix":
      return { check: checkOwnPrefix, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/oxygensat":
      return { check: checkOxygensat, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/implementationguide-page":
      return { check: checkPage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ParameterDefinition":
      return { check: checkParameterDefinition, type: "ParameterDefinition", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Parameters":
      return { check: checkParameters, type: "Parameters", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent":
      return { check: checkParent, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-partOf":
      return { check: checkPartOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy":
      return { check: checkParticipantObjectContainsStudy, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-partner-name":
      return { check: checkPartnerName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix":
      return { check: checkPartnerPrefix, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Patient":
      return { check: checkPatient, type: "Patient", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/patient-birthTime":
      return { check: checkPatientBirthTime, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor":
      return { check: checkPatientCadavericDonor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction":
      return { check: checkPatientInstruction, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record":
      return { check: checkPatientRecord, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/PaymentNotice":
      return { check: checkPaymentNotice, type: "PaymentNotice", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/PaymentReconciliation":
      return { check: checkPaymentReconciliation, type: "PaymentReconciliation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/event-performerRole":
      return { check: checkPerformerRole, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Period":
      return { check: checkPeriod, type: "Period", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap":
      return { check: checkPermittedValueConceptmap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset":
      return { check: checkPermittedValueValueset, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Person":
      return { check: checkPerson, type: "Person", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal":
      return { check: checkPertainsToGoal, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet":
      return { check: checkPhaseSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/PlanDefinition":
      return { check: checkPlanDefinition, type: "PlanDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Practitioner":
      return { check: checkPractitioner, type: "Practitioner", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/PractitionerRole":
      return { check: checkPractitionerRole, type: "PractitionerRole", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition":
      return { check: checkPrecondition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-preferred":
      return { check: checkPreferred, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/organization-preferredContact":
      return { check: checkPreferredContact, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber":
      return { check: checkPrescriber, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis":
      return { check: checkPrimaryDiagnosis, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd":
      return { check: checkPrimaryInd, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/flag-priority":
      return { check: checkPriority, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Procedure":
      return { check: checkProcedure, type: "Procedure", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedure-method":
      return { check: checkProcedureMethod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ProcedureRequest":
      return { check: checkProcedureRequest, type: "ProcedureRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics":
      return { check: checkProcedureRequestGenetics, type: "ProcedureRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedure-schedule":
      return { check: checkProcedureSchedule, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite":
      return { check: checkProcedureTargetBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite":
      return { check: checkProcedurerequestApproachBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected":
      return { check: checkProcedurerequestReasonRejected, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite":
      return { check: checkProcedurerequestTargetBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ProcessRequest":
      return { check: checkProcessRequest, type: "ProcessRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ProcessResponse":
      return { check: checkProcessResponse, type: "ProcessResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/specimen-processingTime":
      return { check: checkProcessingTime, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/hlaresult":
      return { check: checkProfileForHLAGenotypingResults, type: "DiagnosticReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus":
      return { check: checkProgressStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited":
      return { check: checkProhibited, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Provenance":
      return { check: checkProvenance, type: "Provenance", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence":
      return { check: checkQualityOfEvidence, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Quantity":
      return { check: checkQuantity, type: "Quantity", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-question":
      return { check: checkQuestion, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Questionnaire":
      return { check: checkQuestionnaire, type: "Questionnaire", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue":
      return { check: checkQuestionnaireOrdinalValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest":
      return { check: checkQuestionnaireRequest, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse":
      return { check: checkQuestionnaireResponse, type: "QuestionnaireResponse", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author":
      return { check: checkQuestionnaireresponseAuthor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Range":
      return { check: checkRange, type: "Range", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal":
      return { check: checkRateGoal, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement":
      return { check: checkRateIncrement, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval":
      return { check: checkRateIncrementInterval, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Ratio":
      return { check: checkRatio, type: "Ratio", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type":
      return { check: checkRdfType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason":
      return { check: checkReason, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled":
      return { check: checkReasonCancelled, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-reasonCode":
      return { check: checkReasonCode, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed":
      return { check: checkReasonNotPerformed, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/event-reasonReference":
      return { check: checkReasonReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused":
      return { check: checkReasonRefused, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted":
      return { check: checkReasonRefuted, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected":
      return { check: checkReasonRejected, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization":
      return { check: checkReceivingOrganization, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson":
      return { check: checkReceivingPerson, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage":
      return { check: checkRecipientLanguage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType":
      return { check: checkRecipientType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Reference":
      return { check: checkReference, type: "Reference", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter":
      return { check: checkReferenceFilter, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ReferralRequest":
      return { check: checkReferralRequest, type: "ReferralRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused":
      return { check: checkReferralrequestReasonRefused, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining":
      return { check: checkRefillsRemaining, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/regex":
      return { check: checkRegex, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org":
      return { check: checkRegistryOrg, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/RelatedArtifact":
      return { check: checkRelatedArtifact, type: "RelatedArtifact", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/RelatedPerson":
      return { check: checkRelatedPerson, type: "RelatedPerson", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/goal-relationship":
      return { check: checkRelationship, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory":
      return { check: checkRelevantHistory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/patient-religion":
      return { check: checkReligion, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendered-value":
      return { check: checkRenderedValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby":
      return { check: checkReplacedby, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces":
      return { check: checkReplaces, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/RequestGroup":
      return { check: checkRequestGroup, type: "RequestGroup", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ResearchStudy":
      return { check: checkResearchStudy, type: "ResearchStudy", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/ResearchSubject":
      return { check: checkResearchSubject, type: "ResearchSubject", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge":
      return { check: checkResolutionAge, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Resource":
      return { check: checkResource, type: "Resource", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod":
      return { check: checkResourceEffectivePeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/resprate":
      return { check: checkResprate, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer":
      return { check: checkReviewer, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/RiskAssessment":
      return { check: checkRiskAssessment, type: "RiskAssessment", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/condition-ruledOut":
      return { check: checkRuledOut, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding":
      return { check: checkSCCoding, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass":
      return { check: checkSOPClass, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/SampledData":
      return { check: checkSampledData, type: "SampledData", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Schedule":
      return { check: checkSchedule, type: "Schedule", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/coding-sctdescid":
      return { check: checkSctdescid, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/SearchParameter":
      return { check: checkSearchParameter, type: "SearchParameter", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination":
      return { check: checkSearchParameterCombination, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector":
      return { check: checkSelector, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Sequence":
      return { check: checkSequence, type: "Sequence", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber":
      return { check: checkSequenceNumber, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ServiceDefinition":
      return { check: checkServiceDefinition, type: "ServiceDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity":
      return { check: checkSeverity, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/shareablecodesystem":
      return { check: checkShareableCodeSystem, type: "CodeSystem", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/shareablevalueset":
      return { check: checkShareableValueSet, type: "ValueSet", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling":
      return { check: checkSibling, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Signature":
      return { check: checkSignature, type: "Signature", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/SimpleQuantity":
      return { check: checkSimpleQuantity, type: "Quantity", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Slot":
      return { check: checkSlot, type: "Slot", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference":
      return { check: checkSourceReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap":
      return { check: checkSourceStructureMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet":
      return { check: checkSourceValueSet, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling":
      return { check: checkSpecialHandling, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Specimen":
      return { check: checkSpecimen, type: "Specimen", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation":
      return { check: checkStrengthOfRecommendation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/StructureDefinition":
      return { check: checkStructureDefinition, type: "StructureDefinition", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/StructureMap":
      return { check: checkStructureMap, type: "StructureMap", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation":
      return { check: checkStructuredefinitionAnnotation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex":
      return { check: checkStructuredefinitionRegex, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier":
      return { check: checkStudyprotocolIdentifier, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendering-style":
      return { check: checkStyle, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive":
      return { check: checkStyleSensitive, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org":
      return { check: checkSubmitterOrg, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Subscription":
      return { check: checkSubscription, type: "Subscription", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/Substance":
      return { check: checkSubstance, type: "Substance", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk":
      return { check: checkSubstanceExposureRisk, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes":
      return { check: checkSubsumes, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary":
      return { check: checkSummary, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf":
      return { check: checkSummaryOf, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/SupplyDelivery":
      return { check: checkSupplyDelivery, type: "SupplyDelivery", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/SupplyRequest":
      return { check: checkSupplyRequest, type: "SupplyRequest", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink":
      return { check: checkSupportLink, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system":
      return { check: checkSupportedSystem, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo":
      return { check: checkSupportingInfo, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-system":
      return { check: checkSystem, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-systemName":
      return { check: checkSystemName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-systemRef":
      return { check: checkSystemRef, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage":
      return { check: checkSystemUserLanguage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext":
      return { check: checkSystemUserTaskContext, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType":
      return { check: checkSystemUserType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference":
      return { check: checkT11179DeDocumentReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address":
      return { check: checkTELAddress, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name":
      return { check: checkTableName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite":
      return { check: checkTargetBodySite, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap":
      return { check: checkTargetStructureMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Task":
      return { check: checkTask, type: "Task", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/task-replaces":
      return { check: checkTaskReplaces, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status":
      return { check: checkTemplateStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-test":
      return { check: checkTest, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/TestReport":
      return { check: checkTestReport, type: "TestReport", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/TestScript":
      return { check: checkTestScript, type: "TestScript", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/observation-time-offset":
      return { check: checkTimeOffset, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/Timing":
      return { check: checkTiming, type: "Timing", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-toocostly":
      return { check: checkToocostly, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable":
      return { check: checkTranslatable, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/translation":
      return { check: checkTranslation, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/TriggerDefinition":
      return { check: checkTriggerDefinition, type: "TriggerDefinition", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/triglyceride":
      return { check: checkTriglyceride, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion":
      return { check: checkTrustedExpansion, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type":
      return { check: checkType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty":
      return { check: checkUncertainty, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType":
      return { check: checkUncertaintyType, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-unclosed":
      return { check: checkUnclosed, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-unit":
      return { check: checkUnit, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-usage":
      return { check: checkUsage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/UsageContext":
      return { check: checkUsageContext, type: "UsageContext", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode":
      return { check: checkUsageMode, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/usagecontext-group":
      return { check: checkUsagecontextGroup, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/medication-usualRoute":
      return { check: checkUsualRoute, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/identifier-validDate":
      return { check: checkValidDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod":
      return { check: checkValidityPeriod, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/ValueSet":
      return { check: checkValueSet, type: "ValueSet", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/valueset-author":
      return { check: checkValuesetAuthor, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-comment":
      return { check: checkValuesetComment, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-comments":
      return { check: checkValuesetComments, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder":
      return { check: checkValuesetConceptOrder, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-definition":
      return { check: checkValuesetDefinition, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate":
      return { check: checkValuesetEffectiveDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate":
      return { check: checkValuesetExpirationDate, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-history":
      return { check: checkValuesetHistory, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-keyWord":
      return { check: checkValuesetKeyWord, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-label":
      return { check: checkValuesetLabel, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-map":
      return { check: checkValuesetMap, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue":
      return { check: checkValuesetOrdinalValue, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-otherName":
      return { check: checkValuesetOtherName, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-reference":
      return { check: checkValuesetReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference":
      return { check: checkValuesetSourceReference, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion":
      return { check: checkValuesetTrustedExpansion, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-usage":
      return { check: checkValuesetUsage, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-warning":
      return { check: checkValuesetWarning, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus":
      return { check: checkValuesetWorkflowStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-verification":
      return { check: checkVerification, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/VisionPrescription":
      return { check: checkVisionPrescription, type: "VisionPrescription", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/bmi":
      return { check: checkVitalSignsProfile, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/vitalsigns":
      return { check: checkVitalsigns, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/vitalspanel":
      return { check: checkVitalspanel, type: "Observation", isResource: true };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-warning":
      return { check: checkWarning, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket":
      return { check: checkWebsocket, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg":
      return { check: checkWg, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/consent-Witness":
      return { check: checkWitness, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus":
      return { check: checkWorkflowStatus, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/rendering-xhtml":
      return { check: checkXhtml, type: "Extension", isResource: false };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type":
      return { check: checkXmlType, type: "Extension", isResource: false };
    default:
      return void 0;
  }
}
function resourceByType(resourceType) {
  switch (resourceType) {
    case "Account":
      return checkAccount;
    case "ActivityDefinition":
      return checkActivityDefinition;
    case "AdverseEvent":
      return checkAdverseEvent;
    case "AllergyIntolerance":
      return checkAllergyIntolerance;
    case "Appointment":
      return checkAppointment;
    case "AppointmentResponse":
      return checkAppointmentResponse;
    case "AuditEvent":
      return checkAuditEvent;
    case "Basic":
      return checkBasic;
    case "Binary":
      return checkBinary;
    case "BodySite":
      return checkBodySite;
    case "Bundle":
      return checkBundle;
    case "CapabilityStatement":
      return checkCapabilityStatement;
    case "CarePlan":
      return checkCarePlan;
    case "CareTeam":
      return checkCareTeam;
    case "ChargeItem":
      return checkChargeItem;
    case "Claim":
      return checkClaim;
    case "ClaimResponse":
      return checkClaimResponse;
    case "ClinicalImpression":
      return checkClinicalImpression;
    case "CodeSystem":
      return checkCodeSystem;
    case "Communication":
      return checkCommunication;
    case "CommunicationRequest":
      return checkCommunicationRequest;
    case "CompartmentDefinition":
      return checkCompartmentDefinition;
    case "Composition":
      return checkComposition;
    case "ConceptMap":
      return checkConceptMap;
    case "Condition":
      return checkCondition;
    case "Consent":
      return checkConsent;
    case "Contract":
      return checkContract;
    case "Coverage":
      return checkCoverage;
    case "DataElement":
      return checkDataElement;
    case "DetectedIssue":
      return checkDetectedIssue;
    case "Device":
      return checkDevice;
    case "DeviceComponent":
      return checkDeviceComponent;
    case "DeviceMetric":
      return checkDeviceMetric;
    case "DeviceRequest":
      return checkDeviceRequest;
    case "DeviceUseStatement":
      return checkDeviceUseStatement;
    case "DiagnosticReport":
      return checkDiagnosticReport;
    case "DocumentManifest":
      return checkDocumentManifest;
    case "DocumentReference":
      return checkDocumentReference;
    case "EligibilityRequest":
      return checkEligibilityRequest;
    case "EligibilityResponse":
      return checkEligibilityResponse;
    case "Encounter":
      return checkEncounter;
    case "Endpoint":
      return checkEndpoint;
    case "EnrollmentRequest":
      return checkEnrollmentRequest;
    case "EnrollmentResponse":
      return checkEnrollmentResponse;
    case "EpisodeOfCare":
      return checkEpisodeOfCare;
    case "ExpansionProfile":
      return checkExpansionProfile;
    case "ExplanationOfBenefit":
      return checkExplanationOfBenefit;
    case "FamilyMemberHistory":
      return checkFamilyMemberHistory;
    case "Flag":
      return checkFlag;
    case "Goal":
      return checkGoal;
    case "GraphDefinition":
      return checkGraphDefinition;
    case "Group":
      return checkGroup;
    case "GuidanceResponse":
      return checkGuidanceResponse;
    case "HealthcareService":
      return checkHealthcareService;
    case "ImagingManifest":
      return checkImagingManifest;
    case "ImagingStudy":
      return checkImagingStudy;
    case "Immunization":
      return checkImmunization;
    case "ImmunizationRecommendation":
      return checkImmunizationRecommendation;
    case "ImplementationGuide":
      return checkImplementationGuide;
    case "Library":
      return checkLibrary;
    case "Linkage":
      return checkLinkage;
    case "List":
      return checkList;
    case "Location":
      return checkLocation;
    case "Measure":
      return checkMeasure;
    case "MeasureReport":
      return checkMeasureReport;
    case "Media":
      return checkMedia;
    case "Medication":
      return checkMedication;
    case "MedicationAdministration":
      return checkMedicationAdministration;
    case "MedicationDispense":
      return checkMedicationDispense;
    case "MedicationRequest":
      return checkMedicationRequest;
    case "MedicationStatement":
      return checkMedicationStatement;
    case "MessageDefinition":
      return checkMessageDefinition;
    case "MessageHeader":
      return checkMessageHeader;
    case "NamingSystem":
      return checkNamingSystem;
    case "NutritionOrder":
      return checkNutritionOrder;
    case "Observation":
      return checkObservation;
    case "OperationDefinition":
      return checkOperationDefinition;
    case "OperationOutcome":
      return checkOperationOutcome2;
    case "Organization":
      return checkOrganization;
    case "Parameters":
      return checkParameters;
    case "Patient":
      return checkPatient;
    case "PaymentNotice":
      return checkPaymentNotice;
    case "PaymentReconciliation":
      return checkPaymentReconciliation;
    case "Person":
      return checkPerson;
    case "PlanDefinition":
      return checkPlanDefinition;
    case "Practitioner":
      return checkPractitioner;
    case "PractitionerRole":
      return checkPractitionerRole;
    case "Procedure":
      return checkProcedure;
    case "ProcedureRequest":
      return checkProcedureRequest;
    case "ProcessRequest":
      return checkProcessRequest;
    case "ProcessResponse":
      return checkProcessResponse;
    case "Provenance":
      return checkProvenance;
    case "Questionnaire":
      return checkQuestionnaire;
    case "QuestionnaireResponse":
      return checkQuestionnaireResponse;
    case "ReferralRequest":
      return checkReferralRequest;
    case "RelatedPerson":
      return checkRelatedPerson;
    case "RequestGroup":
      return checkRequestGroup;
    case "ResearchStudy":
      return checkResearchStudy;
    case "ResearchSubject":
      return checkResearchSubject;
    case "RiskAssessment":
      return checkRiskAssessment;
    case "Schedule":
      return checkSchedule;
    case "SearchParameter":
      return checkSearchParameter;
    case "Sequence":
      return checkSequence;
    case "ServiceDefinition":
      return checkServiceDefinition;
    case "Slot":
      return checkSlot;
    case "Specimen":
      return checkSpecimen;
    case "StructureDefinition":
      return checkStructureDefinition;
    case "StructureMap":
      return checkStructureMap;
    case "Subscription":
      return checkSubscription;
    case "Substance":
      return checkSubstance;
    case "SupplyDelivery":
      return checkSupplyDelivery;
    case "SupplyRequest":
      return checkSupplyRequest;
    case "Task":
      return checkTask;
    case "TestReport":
      return checkTestReport;
    case "TestScript":
      return checkTestScript;
    case "ValueSet":
      return checkValueSet;
    case "VisionPrescription":
      return checkVisionPrescription;
    default:
      return void 0;
  }
}
function extensionByUrl(url) {
  switch (url) {
    case "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status":
      return { url, check: checkAdministrativeStatus, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-change-description":
      return { url, check: checkChangeDescription, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context":
      return { url, check: checkClassificationOrContext, contexts: CONTEXTS_1, contextTypes: CONTEXTS_2 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address":
      return { url, check: checkContactAddress, contexts: CONTEXTS_3, contextTypes: CONTEXTS_4 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference":
      return { url, check: checkT11179DeDocumentReference, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period":
      return { url, check: checkEffectivePeriod, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept":
      return { url, check: checkIsDataElementConcept, contexts: CONTEXTS_5, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org":
      return { url, check: checkRegistryOrg, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org":
      return { url, check: checkSubmitterOrg, contexts: CONTEXTS_0, contextTypes: CONTEXTS_0 };
    case "http://hl7.org/fhir/StructureDefinition/11179-objectClass":
      return { url, check: checkObjectClass, contexts: CONTEXTS_7, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty":
      return { url, check: checkObjectClassProperty, contexts: CONTEXTS_7, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap":
      return { url, check: checkPermittedValueConceptmap, contexts: CONTEXTS_9, contextTypes: CONTEXTS_10 };
    case "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset":
      return { url, check: checkPermittedValueValueset, contexts: CONTEXTS_9, contextTypes: CONTEXTS_10 };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis":
      return { url, check: checkAnalysis, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition":
      return { url, check: checkAssessedCondition, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory":
      return {
        url,
        check: checkDiagnosticReportGeneticsFamilyMemberHistory,
        contexts: CONTEXTS_11,
        contextTypes: CONTEXTS_11
      };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty":
      return { url, check: checkCertainty, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration":
      return { url, check: checkAllergyintoleranceDuration, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted":
      return { url, check: checkReasonRefuted, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge":
      return { url, check: checkResolutionAge, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk":
      return { url, check: checkSubstanceExposureRisk, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Accession":
      return { url, check: checkAccession, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized":
      return { url, check: checkAnonymized, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted":
      return { url, check: checkEncrypted, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-Instance":
      return { url, check: checkInstance, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS":
      return { url, check: checkMPPS, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances":
      return { url, check: checkNumberOfInstances, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy":
      return { url, check: checkParticipantObjectContainsStudy, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass":
      return { url, check: checkSOPClass, contexts: CONTEXTS_15, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/birthPlace":
      return { url, check: checkBirthPlace, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/body-site-instance":
      return { url, check: checkBodySiteInstance, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation":
      return { url, check: checkExpectation, contexts: CONTEXTS_18, contextTypes: CONTEXTS_19 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited":
      return { url, check: checkProhibited, contexts: CONTEXTS_20, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination":
      return { url, check: checkSearchParameterCombination, contexts: CONTEXTS_21, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system":
      return { url, check: checkSupportedSystem, contexts: CONTEXTS_22, contextTypes: CONTEXTS_22 };
    case "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket":
      return { url, check: checkWebsocket, contexts: CONTEXTS_23, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/careplan-activity-title":
      return { url, check: checkActivityTitle, contexts: CONTEXTS_24, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-author":
      return { url, check: checkAuthor, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-comment":
      return { url, check: checkComment, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-comments":
      return { url, check: checkComments, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder":
      return { url, check: checkConceptOrder, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated":
      return { url, check: checkDeprecated, contexts: CONTEXTS_27, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate":
      return { url, check: checkEffectiveDate, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate":
      return { url, check: checkExpirationDate, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-history":
      return { url, check: checkHistory, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord":
      return { url, check: checkKeyWord, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-label":
      return { url, check: checkLabel, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-map":
      return { url, check: checkCodesystemMap, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue":
      return { url, check: checkOrdinalValue, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-otherName":
      return { url, check: checkOtherName, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-reference":
      return { url, check: checkCodesystemReference, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby":
      return { url, check: checkReplacedby, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference":
      return { url, check: checkSourceReference, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes":
      return { url, check: checkSubsumes, contexts: CONTEXTS_26, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion":
      return { url, check: checkTrustedExpansion, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-usage":
      return { url, check: checkUsage, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-warning":
      return { url, check: checkWarning, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus":
      return { url, check: checkWorkflowStatus, contexts: CONTEXTS_25, contextTypes: CONTEXTS_25 };
    case "http://hl7.org/fhir/StructureDefinition/coding-sctdescid":
      return { url, check: checkSctdescid, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/communication-media":
      return { url, check: checkCommunicationMedia, contexts: CONTEXTS_29, contextTypes: CONTEXTS_29 };
    case "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed":
      return { url, check: checkReasonNotPerformed, contexts: CONTEXTS_29, contextTypes: CONTEXTS_29 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition":
      return { url, check: checkDefinition, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy":
      return { url, check: checkOrderedBy, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected":
      return { url, check: checkReasonRejected, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory":
      return { url, check: checkRelevantHistory, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo":
      return { url, check: checkSupportingInfo, contexts: CONTEXTS_30, contextTypes: CONTEXTS_30 };
    case "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality":
      return { url, check: checkOtherConfidentiality, contexts: CONTEXTS_31, contextTypes: CONTEXTS_31 };
    case "http://hl7.org/fhir/StructureDefinition/concept-bidirectional":
      return { url, check: checkBidirectional, contexts: CONTEXTS_32, contextTypes: CONTEXTS_32 };
    case "http://hl7.org/fhir/StructureDefinition/condition-basedOn":
      return { url, check: checkBasedOn, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-criticality":
      return { url, check: checkCriticality, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-definition":
      return { url, check: checkConditionDefinition, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-dueTo":
      return { url, check: checkDueTo, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing":
      return { url, check: checkOccurredFollowing, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-outcome":
      return { url, check: checkOutcome, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-partOf":
      return { url, check: checkPartOf, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-ruledOut":
      return { url, check: checkRuledOut, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite":
      return { url, check: checkTargetBodySite, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint":
      return { url, check: checkNotificationEndpoint, contexts: CONTEXTS_34, contextTypes: CONTEXTS_34 };
    case "http://hl7.org/fhir/StructureDefinition/consent-Witness":
      return { url, check: checkWitness, contexts: CONTEXTS_34, contextTypes: CONTEXTS_34 };
    case "http://hl7.org/fhir/StructureDefinition/consent-location":
      return { url, check: checkConsentLocation, contexts: CONTEXTS_35, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue":
      return { url, check: checkCalculatedValue, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-citation":
      return { url, check: checkCitation, contexts: CONTEXTS_36, contextTypes: CONTEXTS_36 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-condition":
      return { url, check: checkCqifCondition, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression":
      return { url, check: checkCqlExpression, contexts: CONTEXTS_37, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression":
      return { url, check: checkFhirPathExpression, contexts: CONTEXTS_37, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass":
      return { url, check: checkEncounterClass, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType":
      return { url, check: checkEncounterType, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization":
      return { url, check: checkInitiatingOrganization, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson":
      return { url, check: checkInitiatingPerson, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization":
      return { url, check: checkReceivingOrganization, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson":
      return { url, check: checkReceivingPerson, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage":
      return { url, check: checkRecipientLanguage, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType":
      return { url, check: checkRecipientType, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage":
      return { url, check: checkSystemUserLanguage, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext":
      return { url, check: checkSystemUserTaskContext, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType":
      return { url, check: checkSystemUserType, contexts: CONTEXTS_38, contextTypes: CONTEXTS_38 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-initialValue":
      return { url, check: checkInitialValue, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-library":
      return { url, check: checkCqifLibrary, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo":
      return { url, check: checkMeasureInfo, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-optionCode":
      return { url, check: checkOptionCode, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence":
      return { url, check: checkQualityOfEvidence, contexts: CONTEXTS_36, contextTypes: CONTEXTS_36 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet":
      return { url, check: checkSourceValueSet, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation":
      return { url, check: checkStrengthOfRecommendation, contexts: CONTEXTS_36, contextTypes: CONTEXTS_36 };
    case "http://hl7.org/fhir/StructureDefinition/data-absent-reason":
      return { url, check: checkDataAbsentReason, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/datadictionary":
      return { url, check: checkDatadictionary, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/device-din":
      return { url, check: checkDin, contexts: CONTEXTS_41, contextTypes: CONTEXTS_41 };
    case "http://hl7.org/fhir/StructureDefinition/device-implant-status":
      return { url, check: checkImplantStatus, contexts: CONTEXTS_41, contextTypes: CONTEXTS_41 };
    case "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction":
      return { url, check: checkPatientInstruction, contexts: CONTEXTS_42, contextTypes: CONTEXTS_42 };
    case "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected":
      return { url, check: checkDevicerequestReasonRejected, contexts: CONTEXTS_42, contextTypes: CONTEXTS_42 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf":
      return { url, check: checkAddendumOf, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends":
      return { url, check: checkExtends, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed":
      return { url, check: checkLocationPerformed, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces":
      return { url, check: checkReplaces, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf":
      return { url, check: checkSummaryOf, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits":
      return { url, check: checkAllowedUnits, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice":
      return { url, check: checkBestpractice, contexts: CONTEXTS_44, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName":
      return { url, check: checkBindingName, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence":
      return { url, check: checkEquivalence, contexts: CONTEXTS_7, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier":
      return { url, check: checkElementdefinitionIdentifier, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet":
      return { url, check: checkInheritedExtensibleValueSet, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding":
      return { url, check: checkIsCommonBinding, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet":
      return { url, check: checkMaxValueSet, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet":
      return { url, check: checkMinValueSet, contexts: CONTEXTS_45, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace":
      return { url, check: checkNamespace, contexts: CONTEXTS_46, contextTypes: CONTEXTS_46 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-question":
      return { url, check: checkQuestion, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector":
      return { url, check: checkSelector, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable":
      return { url, check: checkTranslatable, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter":
      return { url, check: checkEncounterAssociatedEncounter, contexts: CONTEXTS_47, contextTypes: CONTEXTS_48 };
    case "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival":
      return { url, check: checkModeOfArrival, contexts: CONTEXTS_49, contextTypes: CONTEXTS_49 };
    case "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis":
      return { url, check: checkPrimaryDiagnosis, contexts: CONTEXTS_50, contextTypes: CONTEXTS_51 };
    case "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled":
      return { url, check: checkReasonCancelled, contexts: CONTEXTS_49, contextTypes: CONTEXTS_49 };
    case "http://hl7.org/fhir/StructureDefinition/entryFormat":
      return { url, check: checkEntryFormat, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf":
      return { url, check: checkOnBehalfOf, contexts: CONTEXTS_54, contextTypes: CONTEXTS_55 };
    case "http://hl7.org/fhir/StructureDefinition/event-definition":
      return { url, check: checkEventDefinition, contexts: CONTEXTS_56, contextTypes: CONTEXTS_57 };
    case "http://hl7.org/fhir/StructureDefinition/event-notDone":
      return { url, check: checkNotDone, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/event-partOf":
      return { url, check: checkEventPartOf, contexts: CONTEXTS_56, contextTypes: CONTEXTS_57 };
    case "http://hl7.org/fhir/StructureDefinition/event-performerRole":
      return { url, check: checkPerformerRole, contexts: CONTEXTS_58, contextTypes: CONTEXTS_10 };
    case "http://hl7.org/fhir/StructureDefinition/event-reasonCode":
      return { url, check: checkReasonCode, contexts: CONTEXTS_56, contextTypes: CONTEXTS_57 };
    case "http://hl7.org/fhir/StructureDefinition/event-reasonReference":
      return { url, check: checkReasonReference, contexts: CONTEXTS_56, contextTypes: CONTEXTS_57 };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation":
      return {
        url,
        check: checkFamilyMemberHistoryGeneticsObservation,
        contexts: CONTEXTS_59,
        contextTypes: CONTEXTS_59
      };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent":
      return { url, check: checkParent, contexts: CONTEXTS_59, contextTypes: CONTEXTS_59 };
    case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling":
      return { url, check: checkSibling, contexts: CONTEXTS_59, contextTypes: CONTEXTS_59 };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement":
      return { url, check: checkAbatement, contexts: CONTEXTS_60, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record":
      return { url, check: checkPatientRecord, contexts: CONTEXTS_59, contextTypes: CONTEXTS_59 };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity":
      return { url, check: checkSeverity, contexts: CONTEXTS_60, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type":
      return { url, check: checkType, contexts: CONTEXTS_59, contextTypes: CONTEXTS_59 };
    case "http://hl7.org/fhir/StructureDefinition/flag-detail":
      return { url, check: checkDetail, contexts: CONTEXTS_61, contextTypes: CONTEXTS_61 };
    case "http://hl7.org/fhir/StructureDefinition/flag-priority":
      return { url, check: checkPriority, contexts: CONTEXTS_61, contextTypes: CONTEXTS_61 };
    case "http://hl7.org/fhir/StructureDefinition/geolocation":
      return { url, check: checkGeolocation, contexts: CONTEXTS_62, contextTypes: CONTEXTS_62 };
    case "http://hl7.org/fhir/StructureDefinition/goal-acceptance":
      return { url, check: checkAcceptance, contexts: CONTEXTS_63, contextTypes: CONTEXTS_63 };
    case "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal":
      return { url, check: checkPertainsToGoal, contexts: CONTEXTS_64, contextTypes: CONTEXTS_64 };
    case "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected":
      return { url, check: checkGoalReasonRejected, contexts: CONTEXTS_63, contextTypes: CONTEXTS_63 };
    case "http://hl7.org/fhir/StructureDefinition/goal-relationship":
      return { url, check: checkRelationship, contexts: CONTEXTS_63, contextTypes: CONTEXTS_63 };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database":
      return { url, check: checkAlleleDatabase, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring":
      return { url, check: checkGlstring, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid":
      return { url, check: checkHaploid, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method":
      return { url, check: checkMethod, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/http-response-header":
      return { url, check: checkHttpResponseHeader, contexts: CONTEXTS_65, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order":
      return { url, check: checkAssemblyOrder, contexts: CONTEXTS_66, contextTypes: CONTEXTS_66 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family":
      return { url, check: checkFathersFamily, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family":
      return { url, check: checkMothersFamily, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-own-name":
      return { url, check: checkOwnName, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix":
      return { url, check: checkOwnPrefix, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-partner-name":
      return { url, check: checkPartnerName, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix":
      return { url, check: checkPartnerPrefix, contexts: CONTEXTS_67, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/identifier-validDate":
      return { url, check: checkValidDate, contexts: CONTEXTS_69, contextTypes: CONTEXTS_69 };
    case "http://hl7.org/fhir/StructureDefinition/implementationguide-page":
      return { url, check: checkPage, contexts: CONTEXTS_70, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-AD-use":
      return { url, check: checkADUse, contexts: CONTEXTS_62, contextTypes: CONTEXTS_62 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator":
      return { url, check: checkADXPAdditionalLocator, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix":
      return { url, check: checkADXPBuildingNumberSuffix, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf":
      return { url, check: checkADXPCareOf, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract":
      return { url, check: checkADXPCensusTract, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter":
      return { url, check: checkADXPDelimiter, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine":
      return { url, check: checkADXPDeliveryAddressLine, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea":
      return { url, check: checkADXPDeliveryInstallationArea, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier":
      return { url, check: checkADXPDeliveryInstallationQualifier, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType":
      return { url, check: checkADXPDeliveryInstallationType, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode":
      return { url, check: checkADXPDeliveryMode, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier":
      return { url, check: checkADXPDeliveryModeIdentifier, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction":
      return { url, check: checkADXPDirection, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber":
      return { url, check: checkADXPHouseNumber, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric":
      return { url, check: checkADXPHouseNumberNumeric, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox":
      return { url, check: checkADXPPostBox, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct":
      return { url, check: checkADXPPrecinct, contexts: CONTEXTS_62, contextTypes: CONTEXTS_62 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine":
      return { url, check: checkADXPStreetAddressLine, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName":
      return { url, check: checkADXPStreetName, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase":
      return { url, check: checkADXPStreetNameBase, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType":
      return { url, check: checkADXPStreetNameType, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID":
      return { url, check: checkADXPUnitID, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType":
      return { url, check: checkADXPUnitType, contexts: CONTEXTS_71, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value":
      return { url, check: checkCOValue, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier":
      return { url, check: checkENQualifier, contexts: CONTEXTS_72, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation":
      return { url, check: checkENRepresentation, contexts: CONTEXTS_66, contextTypes: CONTEXTS_66 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding":
      return { url, check: checkSCCoding, contexts: CONTEXTS_68, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address":
      return { url, check: checkTELAddress, contexts: CONTEXTS_73, contextTypes: CONTEXTS_73 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor":
      return { url, check: checkNullFlavor, contexts: CONTEXTS_74, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-preferred":
      return { url, check: checkPreferred, contexts: CONTEXTS_74, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty":
      return { url, check: checkUncertainty, contexts: CONTEXTS_75, contextTypes: CONTEXTS_75 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType":
      return { url, check: checkUncertaintyType, contexts: CONTEXTS_75, contextTypes: CONTEXTS_75 };
    case "http://hl7.org/fhir/StructureDefinition/iso21090-verification":
      return { url, check: checkVerification, contexts: CONTEXTS_74, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/location-alias":
      return { url, check: checkAlias, contexts: CONTEXTS_76, contextTypes: CONTEXTS_76 };
    case "http://hl7.org/fhir/StructureDefinition/location-distance":
      return { url, check: checkLocationDistance, contexts: CONTEXTS_77, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher":
      return { url, check: checkMapSourcePublisher, contexts: CONTEXTS_78, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/match-grade":
      return { url, check: checkMatchGrade, contexts: CONTEXTS_77, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces":
      return { url, check: checkMaxDecimalPlaces, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/maxSize":
      return { url, check: checkMaxSize, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/maxValue":
      return { url, check: checkMaxValue, contexts: CONTEXTS_79, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/medication-usualRoute":
      return { url, check: checkUsualRoute, contexts: CONTEXTS_80, contextTypes: CONTEXTS_80 };
    case "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod":
      return { url, check: checkValidityPeriod, contexts: CONTEXTS_81, contextTypes: CONTEXTS_81 };
    case "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber":
      return { url, check: checkPrescriber, contexts: CONTEXTS_82, contextTypes: CONTEXTS_82 };
    case "http://hl7.org/fhir/StructureDefinition/messageheader-response-request":
      return { url, check: checkMessageheaderResponseRequest, contexts: CONTEXTS_83, contextTypes: CONTEXTS_83 };
    case "http://hl7.org/fhir/StructureDefinition/mimeType":
      return { url, check: checkMimeType, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/minLength":
      return { url, check: checkMinLength, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/minValue":
      return { url, check: checkMinValue, contexts: CONTEXTS_79, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition":
      return { url, check: checkBodyPosition, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-delta":
      return { url, check: checkDelta, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-eventTiming":
      return { url, check: checkEventTiming, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-focal-subject":
      return { url, check: checkFocalSubject, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName":
      return { url, check: checkAlleleName, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency":
      return { url, check: checkAllelicFrequency, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState":
      return { url, check: checkAllelicState, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName":
      return { url, check: checkAminoAcidChangeName, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType":
      return { url, check: checkAminoAcidChangeType, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent":
      return { url, check: checkCopyNumberEvent, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName":
      return { url, check: checkDNARegionName, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName":
      return { url, check: checkDNASequenceVariantName, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType":
      return { url, check: checkDNASequenceVariantType, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId":
      return { url, check: checkDNAVariantId, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene":
      return { url, check: checkGene, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass":
      return { url, check: checkGenomicSourceClass, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation":
      return { url, check: checkInterpretation, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet":
      return { url, check: checkPhaseSet, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence":
      return { url, check: checkObservationGeneticsSequence, contexts: CONTEXTS_84, contextTypes: CONTEXTS_84 };
    case "http://hl7.org/fhir/StructureDefinition/observation-time-offset":
      return { url, check: checkTimeOffset, contexts: CONTEXTS_85, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-administration":
      return { url, check: checkAdministration, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-careplan":
      return { url, check: checkOpenEHRCareplan, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate":
      return { url, check: checkExposureDate, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription":
      return { url, check: checkExposureDescription, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration":
      return { url, check: checkExposureDuration, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-location":
      return { url, check: checkOpenEHRLocation, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-management":
      return { url, check: checkManagement, contexts: CONTEXTS_12, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/openEHR-test":
      return { url, check: checkTest, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority":
      return { url, check: checkAuthority, contexts: CONTEXTS_86, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue":
      return { url, check: checkOperationoutcomeDetectedIssue, contexts: CONTEXTS_86, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source":
      return { url, check: checkIssueSource, contexts: CONTEXTS_86, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/organization-alias":
      return { url, check: checkOrganizationAlias, contexts: CONTEXTS_87, contextTypes: CONTEXTS_87 };
    case "http://hl7.org/fhir/StructureDefinition/organization-period":
      return { url, check: checkOrganizationPeriod, contexts: CONTEXTS_87, contextTypes: CONTEXTS_87 };
    case "http://hl7.org/fhir/StructureDefinition/organization-preferredContact":
      return { url, check: checkPreferredContact, contexts: CONTEXTS_88, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo":
      return { url, check: checkAdoptionInfo, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-birthTime":
      return { url, check: checkPatientBirthTime, contexts: CONTEXTS_89, contextTypes: CONTEXTS_90 };
    case "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor":
      return { url, check: checkPatientCadavericDonor, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-citizenship":
      return { url, check: checkCitizenship, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial":
      return { url, check: checkClinicalTrial, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-congregation":
      return { url, check: checkCongregation, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-disability":
      return { url, check: checkDisability, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-importance":
      return { url, check: checkImportance, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired":
      return { url, check: checkInterpreterRequired, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName":
      return { url, check: checkMothersMaidenName, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-nationality":
      return { url, check: checkNationality, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/patient-religion":
      return { url, check: checkReligion, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType":
      return { url, check: checkDoseType, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver":
      return { url, check: checkInfuseOver, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate":
      return { url, check: checkMaxDeliveryRate, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume":
      return { url, check: checkMaxDeliveryVolume, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod":
      return { url, check: checkMinDosePerPeriod, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal":
      return { url, check: checkRateGoal, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement":
      return { url, check: checkRateIncrement, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval":
      return { url, check: checkRateIncrementInterval, contexts: CONTEXTS_91, contextTypes: CONTEXTS_92 };
    case "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining":
      return { url, check: checkRefillsRemaining, contexts: CONTEXTS_93, contextTypes: CONTEXTS_94 };
    case "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies":
      return { url, check: checkAnimalSpecies, contexts: CONTEXTS_95, contextTypes: CONTEXTS_95 };
    case "http://hl7.org/fhir/StructureDefinition/practitioner-classification":
      return { url, check: checkClassification, contexts: CONTEXTS_96, contextTypes: CONTEXTS_96 };
    case "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd":
      return { url, check: checkPrimaryInd, contexts: CONTEXTS_97, contextTypes: CONTEXTS_51 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite":
      return { url, check: checkApproachBodySite, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-causedBy":
      return { url, check: checkCausedBy, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime":
      return { url, check: checkIncisionDateTime, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-method":
      return { url, check: checkProcedureMethod, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus":
      return { url, check: checkProgressStatus, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-schedule":
      return { url, check: checkProcedureSchedule, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite":
      return { url, check: checkProcedureTargetBodySite, contexts: CONTEXTS_98, contextTypes: CONTEXTS_98 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite":
      return { url, check: checkProcedurerequestApproachBodySite, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy":
      return { url, check: checkAuthorizedBy, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem":
      return { url, check: checkItem, contexts: CONTEXTS_11, contextTypes: CONTEXTS_11 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition":
      return { url, check: checkPrecondition, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest":
      return { url, check: checkQuestionnaireRequest, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused":
      return { url, check: checkReasonRefused, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected":
      return { url, check: checkProcedurerequestReasonRejected, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite":
      return { url, check: checkProcedurerequestTargetBodySite, contexts: CONTEXTS_99, contextTypes: CONTEXTS_99 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile":
      return { url, check: checkAllowedProfile, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource":
      return { url, check: checkAllowedResource, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType":
      return { url, check: checkBaseType, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation":
      return { url, check: checkChoiceOrientation, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap":
      return { url, check: checkDeMap, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory":
      return { url, check: checkDisplayCategory, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType":
      return { url, check: checkFhirType, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden":
      return { url, check: checkHidden, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl":
      return { url, check: checkItemControl, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire":
      return { url, check: checkLookupQuestionnaire, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs":
      return { url, check: checkMaxOccurs, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs":
      return { url, check: checkMinOccurs, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive":
      return { url, check: checkOptionExclusive, contexts: CONTEXTS_101, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix":
      return { url, check: checkOptionPrefix, contexts: CONTEXTS_101, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue":
      return { url, check: checkQuestionnaireOrdinalValue, contexts: CONTEXTS_102, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter":
      return { url, check: checkReferenceFilter, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap":
      return { url, check: checkSourceStructureMap, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier":
      return { url, check: checkStudyprotocolIdentifier, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink":
      return { url, check: checkSupportLink, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap":
      return { url, check: checkTargetStructureMap, contexts: CONTEXTS_39, contextTypes: CONTEXTS_39 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-unit":
      return { url, check: checkUnit, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode":
      return { url, check: checkUsageMode, contexts: CONTEXTS_100, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author":
      return { url, check: checkQuestionnaireresponseAuthor, contexts: CONTEXTS_103, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note":
      return { url, check: checkNote, contexts: CONTEXTS_104, contextTypes: CONTEXTS_105 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason":
      return { url, check: checkReason, contexts: CONTEXTS_106, contextTypes: CONTEXTS_106 };
    case "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer":
      return { url, check: checkReviewer, contexts: CONTEXTS_106, contextTypes: CONTEXTS_106 };
    case "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused":
      return { url, check: checkReferralrequestReasonRefused, contexts: CONTEXTS_107, contextTypes: CONTEXTS_107 };
    case "http://hl7.org/fhir/StructureDefinition/regex":
      return { url, check: checkRegex, contexts: CONTEXTS_52, contextTypes: CONTEXTS_53 };
    case "http://hl7.org/fhir/StructureDefinition/rendered-value":
      return { url, check: checkRenderedValue, contexts: CONTEXTS_108, contextTypes: CONTEXTS_109 };
    case "http://hl7.org/fhir/StructureDefinition/rendering-markdown":
      return { url, check: checkMarkdown, contexts: CONTEXTS_68, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/rendering-style":
      return { url, check: checkStyle, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive":
      return { url, check: checkStyleSensitive, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/rendering-xhtml":
      return { url, check: checkXhtml, contexts: CONTEXTS_68, contextTypes: CONTEXTS_68 };
    case "http://hl7.org/fhir/StructureDefinition/resource-approvalDate":
      return { url, check: checkApprovalDate, contexts: CONTEXTS_110, contextTypes: CONTEXTS_111 };
    case "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod":
      return { url, check: checkResourceEffectivePeriod, contexts: CONTEXTS_110, contextTypes: CONTEXTS_111 };
    case "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate":
      return { url, check: checkLastReviewDate, contexts: CONTEXTS_110, contextTypes: CONTEXTS_111 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority":
      return { url, check: checkCollectionPriority, contexts: CONTEXTS_112, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight":
      return { url, check: checkIsDryWeight, contexts: CONTEXTS_113, contextTypes: CONTEXTS_75 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-processingTime":
      return { url, check: checkProcessingTime, contexts: CONTEXTS_114, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber":
      return { url, check: checkSequenceNumber, contexts: CONTEXTS_115, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling":
      return { url, check: checkSpecialHandling, contexts: CONTEXTS_112, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor":
      return { url, check: checkAncestor, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation":
      return { url, check: checkStructuredefinitionAnnotation, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status":
      return { url, check: checkBallotStatus, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-category":
      return { url, check: checkCategory, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint":
      return { url, check: checkDisplayHint, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name":
      return { url, check: checkExplicitTypeName, contexts: CONTEXTS_43, contextTypes: CONTEXTS_43 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm":
      return { url, check: checkFmm, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings":
      return { url, check: checkFmmNoWarnings, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type":
      return { url, check: checkJsonType, contexts: CONTEXTS_116, contextTypes: CONTEXTS_117 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type":
      return { url, check: checkRdfType, contexts: CONTEXTS_116, contextTypes: CONTEXTS_117 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex":
      return { url, check: checkStructuredefinitionRegex, contexts: CONTEXTS_118, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary":
      return { url, check: checkSummary, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name":
      return { url, check: checkTableName, contexts: CONTEXTS_119, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status":
      return { url, check: checkTemplateStatus, contexts: CONTEXTS_40, contextTypes: CONTEXTS_40 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg":
      return { url, check: checkWg, contexts: CONTEXTS_17, contextTypes: CONTEXTS_6 };
    case "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type":
      return { url, check: checkXmlType, contexts: CONTEXTS_116, contextTypes: CONTEXTS_117 };
    case "http://hl7.org/fhir/StructureDefinition/task-candidateList":
      return { url, check: checkCandidateList, contexts: CONTEXTS_120, contextTypes: CONTEXTS_120 };
    case "http://hl7.org/fhir/StructureDefinition/task-replaces":
      return { url, check: checkTaskReplaces, contexts: CONTEXTS_120, contextTypes: CONTEXTS_120 };
    case "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle":
      return { url, check: checkDaysOfCycle, contexts: CONTEXTS_121, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/timing-exact":
      return { url, check: checkExact, contexts: CONTEXTS_122, contextTypes: CONTEXTS_8 };
    case "http://hl7.org/fhir/StructureDefinition/translation":
      return { url, check: checkTranslation, contexts: CONTEXTS_123, contextTypes: CONTEXTS_124 };
    case "http://hl7.org/fhir/StructureDefinition/usagecontext-group":
      return { url, check: checkUsagecontextGroup, contexts: CONTEXTS_2, contextTypes: CONTEXTS_2 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-author":
      return { url, check: checkValuesetAuthor, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive":
      return { url, check: checkCaseSensitive, contexts: CONTEXTS_126, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-comment":
      return { url, check: checkValuesetComment, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-comments":
      return { url, check: checkValuesetComments, contexts: CONTEXTS_127, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder":
      return { url, check: checkValuesetConceptOrder, contexts: CONTEXTS_128, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-definition":
      return { url, check: checkValuesetDefinition, contexts: CONTEXTS_128, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate":
      return { url, check: checkValuesetEffectiveDate, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource":
      return { url, check: checkExpansionSource, contexts: CONTEXTS_129, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate":
      return { url, check: checkValuesetExpirationDate, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-history":
      return { url, check: checkValuesetHistory, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-keyWord":
      return { url, check: checkValuesetKeyWord, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-label":
      return { url, check: checkValuesetLabel, contexts: CONTEXTS_128, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-map":
      return { url, check: checkValuesetMap, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue":
      return { url, check: checkValuesetOrdinalValue, contexts: CONTEXTS_128, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-otherName":
      return { url, check: checkValuesetOtherName, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-reference":
      return { url, check: checkValuesetReference, contexts: CONTEXTS_28, contextTypes: CONTEXTS_28 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference":
      return { url, check: checkValuesetSourceReference, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-system":
      return { url, check: checkSystem, contexts: CONTEXTS_130, contextTypes: CONTEXTS_117 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-systemName":
      return { url, check: checkSystemName, contexts: CONTEXTS_131, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-systemRef":
      return { url, check: checkSystemRef, contexts: CONTEXTS_131, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-toocostly":
      return { url, check: checkToocostly, contexts: CONTEXTS_129, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion":
      return { url, check: checkValuesetTrustedExpansion, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-unclosed":
      return { url, check: checkUnclosed, contexts: CONTEXTS_129, contextTypes: CONTEXTS_13 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-usage":
      return { url, check: checkValuesetUsage, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-warning":
      return { url, check: checkValuesetWarning, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus":
      return { url, check: checkValuesetWorkflowStatus, contexts: CONTEXTS_125, contextTypes: CONTEXTS_125 };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1":
      return { url, check: checkExtensionCareConnectActualProblem1, contexts: CONTEXTS_33, contextTypes: CONTEXTS_33 };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1":
      return {
        url,
        check: checkExtensionCareConnectAdmissionMethod1,
        contexts: CONTEXTS_132,
        contextTypes: CONTEXTS_13
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1":
      return {
        url,
        check: checkExtensionCareConnectAnaestheticIssues1,
        contexts: CONTEXTS_98,
        contextTypes: CONTEXTS_98
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1":
      return {
        url,
        check: checkExtensionCareConnectConditionEpisode1,
        contexts: CONTEXTS_33,
        contextTypes: CONTEXTS_33
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1":
      return {
        url,
        check: checkExtensionCareConnectDeathNotificationStatus1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1":
      return {
        url,
        check: checkExtensionCareConnectDischargeMethod1,
        contexts: CONTEXTS_132,
        contextTypes: CONTEXTS_13
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1":
      return {
        url,
        check: checkExtensionCareConnectEmergencyCareDischargeStatus1,
        contexts: CONTEXTS_49,
        contextTypes: CONTEXTS_49
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1":
      return {
        url,
        check: checkExtensionCareConnectEncounterTransport1,
        contexts: CONTEXTS_49,
        contextTypes: CONTEXTS_49
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1":
      return { url, check: checkExtensionCareConnectEthnicCategory1, contexts: CONTEXTS_16, contextTypes: CONTEXTS_16 };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1":
      return { url, check: checkExtensionCareConnectMainLocation1, contexts: CONTEXTS_87, contextTypes: CONTEXTS_87 };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1":
      return {
        url,
        check: checkExtensionCareConnectNHSCommunication1,
        contexts: CONTEXTS_133,
        contextTypes: CONTEXTS_133
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1":
      return {
        url,
        check: checkExtensionCareConnectNHSNumberVerificationStatus1,
        contexts: CONTEXTS_134,
        contextTypes: CONTEXTS_69
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1":
      return {
        url,
        check: checkExtensionCareConnectNominatedPharmacy1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1":
      return {
        url,
        check: checkExtensionCareConnectOutcomeOfAttendance1,
        contexts: CONTEXTS_49,
        contextTypes: CONTEXTS_49
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1":
      return {
        url,
        check: checkExtensionCareConnectReasonCondition1,
        contexts: CONTEXTS_84,
        contextTypes: CONTEXTS_84
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1":
      return {
        url,
        check: checkExtensionCareConnectRelatedProblemHeader1,
        contexts: CONTEXTS_33,
        contextTypes: CONTEXTS_33
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1":
      return {
        url,
        check: checkExtensionCareConnectReligiousAffiliation1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1":
      return {
        url,
        check: checkExtensionCareConnectResidentialStatus1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1":
      return {
        url,
        check: checkExtensionCareConnectTreatmentCategory1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1":
      return {
        url,
        check: checkExtensionCareConnectValueApproximation1,
        contexts: CONTEXTS_75,
        contextTypes: CONTEXTS_75
      };
    case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
      return { url, check: checkExtensionCodingSctdescid, contexts: CONTEXTS_135, contextTypes: CONTEXTS_136 };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1":
      return {
        url,
        check: checkExtensionCareConnectGPCActualProblem1,
        contexts: CONTEXTS_33,
        contextTypes: CONTEXTS_33
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1":
      return {
        url,
        check: checkExtensionCareConnectGPCAllergyCertainty1,
        contexts: CONTEXTS_12,
        contextTypes: CONTEXTS_13
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1":
      return {
        url,
        check: checkExtensionCareConnectGPCAllergyIntoleranceEnd1,
        contexts: CONTEXTS_14,
        contextTypes: CONTEXTS_14
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1":
      return {
        url,
        check: checkExtensionCareConnectGPCAllergyIntoleranceEndDate1,
        contexts: CONTEXTS_14,
        contextTypes: CONTEXTS_14
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1":
      return {
        url,
        check: checkExtensionCareConnectGPCAllergySeverity1,
        contexts: CONTEXTS_12,
        contextTypes: CONTEXTS_13
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1":
      return {
        url,
        check: checkExtensionCareConnectGPCClinicalSetting1,
        contexts: CONTEXTS_137,
        contextTypes: CONTEXTS_137
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1":
      return {
        url,
        check: checkExtensionCareConnectGPCDeathNotificationStatus1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1":
      return {
        url,
        check: checkExtensionCareConnectGPCEthnicCategory1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1":
      return { url, check: checkExtensionCareConnectGPCEvidence1, contexts: CONTEXTS_14, contextTypes: CONTEXTS_14 };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1":
      return {
        url,
        check: checkExtensionCareConnectGPCListWarningCode1,
        contexts: CONTEXTS_137,
        contextTypes: CONTEXTS_137
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1":
      return {
        url,
        check: checkExtensionCareConnectGPCMainLocation1,
        contexts: CONTEXTS_87,
        contextTypes: CONTEXTS_87
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1":
      return {
        url,
        check: checkExtensionCareConnectGPCMedicationChangeSummary1,
        contexts: CONTEXTS_82,
        contextTypes: CONTEXTS_82
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1":
      return {
        url,
        check: checkExtensionCareConnectGPCMedicationQuantityText1,
        contexts: CONTEXTS_138,
        contextTypes: CONTEXTS_75
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1":
      return {
        url,
        check: checkExtensionCareConnectGPCMedicationRepeatInformation1,
        contexts: CONTEXTS_139,
        contextTypes: CONTEXTS_139
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1":
      return {
        url,
        check: checkExtensionCareConnectGPCMedicationStatementLastIssueDate1,
        contexts: CONTEXTS_82,
        contextTypes: CONTEXTS_82
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1":
      return {
        url,
        check: checkExtensionCareConnectGPCMedicationStatusReason1,
        contexts: CONTEXTS_139,
        contextTypes: CONTEXTS_139
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1":
      return {
        url,
        check: checkExtensionCareConnectGPCNHSCommunication1,
        contexts: CONTEXTS_133,
        contextTypes: CONTEXTS_133
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1":
      return {
        url,
        check: checkExtensionCareConnectGPCNHSNumberVerificationStatus1,
        contexts: CONTEXTS_134,
        contextTypes: CONTEXTS_69
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1":
      return {
        url,
        check: checkExtensionCareConnectGPCNominatedPharmacy1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1":
      return {
        url,
        check: checkExtensionCareConnectGPCPrescribingAgency1,
        contexts: CONTEXTS_82,
        contextTypes: CONTEXTS_82
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1":
      return {
        url,
        check: checkExtensionCareConnectGPCPrescriptionType1,
        contexts: CONTEXTS_139,
        contextTypes: CONTEXTS_139
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1":
      return {
        url,
        check: checkExtensionCareConnectGPCReasonCondition1,
        contexts: CONTEXTS_140,
        contextTypes: CONTEXTS_141
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1":
      return {
        url,
        check: checkExtensionCareConnectGPCRegistrationDetails1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1":
      return {
        url,
        check: checkExtensionCareConnectGPCReligiousAffiliation1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1":
      return {
        url,
        check: checkExtensionCareConnectGPCResidentialStatus1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1":
      return {
        url,
        check: checkExtensionCareConnectGPCTreatmentCategory1,
        contexts: CONTEXTS_16,
        contextTypes: CONTEXTS_16
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1":
      return {
        url,
        check: checkExtensionGPConnectAppointmentCancellationReason1,
        contexts: CONTEXTS_142,
        contextTypes: CONTEXTS_142
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1":
      return {
        url,
        check: checkExtensionGPConnectBookingOrganisation1,
        contexts: CONTEXTS_142,
        contextTypes: CONTEXTS_142
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1":
      return {
        url,
        check: checkExtensionGPConnectDeliveryChannel1,
        contexts: CONTEXTS_143,
        contextTypes: CONTEXTS_144
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2":
      return {
        url,
        check: checkExtensionGPConnectDeliveryChannel2,
        contexts: CONTEXTS_143,
        contextTypes: CONTEXTS_144
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1":
      return {
        url,
        check: checkExtensionGPConnectPractitionerRole1,
        contexts: CONTEXTS_145,
        contextTypes: CONTEXTS_146
      };
    case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
      return { url, check: checkExtensionCodingSctdescid2, contexts: CONTEXTS_147, contextTypes: CONTEXTS_148 };
    default:
      return void 0;
  }
}
const registry = {
  byUrl: structureByUrl,
  byType: resourceByType,
  extension: extensionByUrl,
  baseExtension: (v, x, q, d) => checkExtension(v, x, q, d)
};
export {
  extensionByUrl,
  registry,
  resourceByType,
  structureByUrl
};
