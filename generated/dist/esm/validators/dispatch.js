import * as vrt from "../runtime/validate/index.js";
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
const STRUCTURES = vrt.StringTable.of([
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-AD-use",
    { check: checkADUse, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator",
    { check: checkADXPAdditionalLocator, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix",
    { check: checkADXPBuildingNumberSuffix, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf",
    { check: checkADXPCareOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract",
    { check: checkADXPCensusTract, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter",
    { check: checkADXPDelimiter, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine",
    { check: checkADXPDeliveryAddressLine, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea",
    { check: checkADXPDeliveryInstallationArea, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier",
    { check: checkADXPDeliveryInstallationQualifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType",
    { check: checkADXPDeliveryInstallationType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode",
    { check: checkADXPDeliveryMode, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier",
    { check: checkADXPDeliveryModeIdentifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction",
    { check: checkADXPDirection, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber",
    { check: checkADXPHouseNumber, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric",
    { check: checkADXPHouseNumberNumeric, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox",
    { check: checkADXPPostBox, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct",
    { check: checkADXPPrecinct, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine",
    { check: checkADXPStreetAddressLine, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName",
    { check: checkADXPStreetName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase",
    { check: checkADXPStreetNameBase, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType",
    { check: checkADXPStreetNameType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID",
    { check: checkADXPUnitID, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType",
    { check: checkADXPUnitType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement",
    { check: checkAbatement, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-acceptance",
    { check: checkAcceptance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Accession",
    { check: checkAccession, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Account", { check: checkAccount, type: "Account", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/ActivityDefinition",
    { check: checkActivityDefinition, type: "ActivityDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/careplan-activity-title",
    { check: checkActivityTitle, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf",
    { check: checkAddendumOf, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Address", { check: checkAddress, type: "Address", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-administration",
    { check: checkAdministration, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status",
    { check: checkAdministrativeStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo",
    { check: checkAdoptionInfo, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/AdverseEvent",
    { check: checkAdverseEvent, type: "AdverseEvent", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Age", { check: checkAge, type: "Age", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/location-alias",
    { check: checkAlias, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database",
    { check: checkAlleleDatabase, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName",
    { check: checkAlleleName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency",
    { check: checkAllelicFrequency, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState",
    { check: checkAllelicState, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/AllergyIntolerance",
    { check: checkAllergyIntolerance, type: "AllergyIntolerance", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration",
    { check: checkAllergyintoleranceDuration, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile",
    { check: checkAllowedProfile, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource",
    { check: checkAllowedResource, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits",
    { check: checkAllowedUnits, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName",
    { check: checkAminoAcidChangeName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType",
    { check: checkAminoAcidChangeType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis",
    { check: checkAnalysis, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor",
    { check: checkAncestor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies",
    { check: checkAnimalSpecies, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Annotation",
    { check: checkAnnotation, type: "Annotation", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized",
    { check: checkAnonymized, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Appointment",
    { check: checkAppointment, type: "Appointment", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/AppointmentResponse",
    { check: checkAppointmentResponse, type: "AppointmentResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite",
    { check: checkApproachBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-approvalDate",
    { check: checkApprovalDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order",
    { check: checkAssemblyOrder, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition",
    { check: checkAssessedCondition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Attachment",
    { check: checkAttachment, type: "Attachment", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/AuditEvent",
    { check: checkAuditEvent, type: "AuditEvent", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-author",
    { check: checkAuthor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority",
    { check: checkAuthority, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy",
    { check: checkAuthorizedBy, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/BackboneElement",
    { check: checkBackboneElement, type: "BackboneElement", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status",
    { check: checkBallotStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType",
    { check: checkBaseType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-basedOn",
    { check: checkBasedOn, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Basic", { check: checkBasic, type: "Basic", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice",
    { check: checkBestpractice, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/concept-bidirectional",
    { check: checkBidirectional, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Binary", { check: checkBinary, type: "Binary", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName",
    { check: checkBindingName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/birthPlace",
    { check: checkBirthPlace, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition",
    { check: checkBodyPosition, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/BodySite", { check: checkBodySite, type: "BodySite", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/body-site-instance",
    { check: checkBodySiteInstance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/bodyheight",
    { check: checkBodyheight, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/bodylength",
    { check: checkBodylength, type: "Observation", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/bodytemp", { check: checkBodytemp, type: "Observation", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/bodyweight",
    { check: checkBodyweight, type: "Observation", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/bp", { check: checkBp, type: "Observation", isResource: true }],
  ["http://hl7.org/fhir/StructureDefinition/Bundle", { check: checkBundle, type: "Bundle", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value",
    { check: checkCOValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-questionnaire",
    { check: checkCQIFQuestionnaire, type: "Questionnaire", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue",
    { check: checkCalculatedValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/task-candidateList",
    { check: checkCandidateList, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CapabilityStatement",
    { check: checkCapabilityStatement, type: "CapabilityStatement", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Condition-1",
    { check: checkCareConnectCondition1, type: "Condition", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1",
    { check: checkCareConnectEncounter1, type: "Encounter", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1",
    { check: checkCareConnectGPCAllergyIntolerance1, type: "AllergyIntolerance", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Condition-1",
    { check: checkCareConnectGPCCondition1, type: "Condition", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DiagnosticReport-1",
    { check: checkCareConnectGPCDiagnosticReport1, type: "DiagnosticReport", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1",
    { check: checkCareConnectGPCDocumentReference1, type: "DocumentReference", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Encounter-1",
    { check: checkCareConnectGPCEncounter1, type: "Encounter", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Immunization-1",
    { check: checkCareConnectGPCImmunization1, type: "Immunization", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-List-1",
    { check: checkCareConnectGPCList1, type: "List", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1",
    { check: checkCareConnectGPCLocation1, type: "Location", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Medication-1",
    { check: checkCareConnectGPCMedication1, type: "Medication", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1",
    { check: checkCareConnectGPCMedicationRequest1, type: "MedicationRequest", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1",
    { check: checkCareConnectGPCMedicationStatement1, type: "MedicationStatement", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1",
    { check: checkCareConnectGPCObservation1, type: "Observation", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1",
    { check: checkCareConnectGPCOrganization1, type: "Organization", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1",
    { check: checkCareConnectGPCPatient1, type: "Patient", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Practitioner-1",
    { check: checkCareConnectGPCPractitioner1, type: "Practitioner", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-PractitionerRole-1",
    { check: checkCareConnectGPCPractitionerRole1, type: "PractitionerRole", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1",
    { check: checkCareConnectGPCProblemHeaderCondition1, type: "Condition", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProcedureRequest-1",
    { check: checkCareConnectGPCProcedureRequest1, type: "ProcedureRequest", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ReferralRequest-1",
    { check: checkCareConnectGPCReferralRequest1, type: "ReferralRequest", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Specimen-1",
    { check: checkCareConnectGPCSpecimen1, type: "Specimen", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1",
    { check: checkCareConnectHealthcareService1, type: "HealthcareService", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Location-1",
    { check: checkCareConnectLocation1, type: "Location", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Medication-1",
    { check: checkCareConnectMedication1, type: "Medication", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Observation-1",
    { check: checkCareConnectObservation1, type: "Observation", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Organization-1",
    { check: checkCareConnectOrganization1, type: "Organization", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1",
    { check: checkCareConnectPatient1, type: "Patient", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Practitioner-1",
    { check: checkCareConnectPractitioner1, type: "Practitioner", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-PractitionerRole-1",
    { check: checkCareConnectPractitionerRole1, type: "PractitionerRole", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1",
    { check: checkCareConnectProcedure1, type: "Procedure", isResource: true }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Quantity-1",
    { check: checkCareConnectQuantity1, type: "Quantity", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-QuestionnaireResponse-1",
    { check: checkCareConnectQuestionnaireResponse1, type: "QuestionnaireResponse", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/CarePlan", { check: checkCarePlan, type: "CarePlan", isResource: true }],
  ["http://hl7.org/fhir/StructureDefinition/CareTeam", { check: checkCareTeam, type: "CareTeam", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive",
    { check: checkCaseSensitive, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-category",
    { check: checkCategory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-causedBy",
    { check: checkCausedBy, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty",
    { check: checkCertainty, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-change-description",
    { check: checkChangeDescription, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ChargeItem",
    { check: checkChargeItem, type: "ChargeItem", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation",
    { check: checkChoiceOrientation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-citation",
    { check: checkCitation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-citizenship",
    { check: checkCitizenship, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Claim", { check: checkClaim, type: "Claim", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/ClaimResponse",
    { check: checkClaimResponse, type: "ClaimResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitioner-classification",
    { check: checkClassification, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context",
    { check: checkClassificationOrContext, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/clinicaldocument",
    { check: checkClinicalDocumentProfileForComposition, type: "Composition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ClinicalImpression",
    { check: checkClinicalImpression, type: "ClinicalImpression", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial",
    { check: checkClinicalTrial, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CodeSystem",
    { check: checkCodeSystem, type: "CodeSystem", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CodeableConcept",
    { check: checkCodeableConcept, type: "CodeableConcept", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-map",
    { check: checkCodesystemMap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-reference",
    { check: checkCodesystemReference, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Coding", { check: checkCoding, type: "Coding", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority",
    { check: checkCollectionPriority, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-comment",
    { check: checkComment, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-comments",
    { check: checkComments, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Communication",
    { check: checkCommunication, type: "Communication", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communication-media",
    { check: checkCommunicationMedia, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CommunicationRequest",
    { check: checkCommunicationRequest, type: "CommunicationRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/CompartmentDefinition",
    { check: checkCompartmentDefinition, type: "CompartmentDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Composition",
    { check: checkComposition, type: "Composition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ConceptMap",
    { check: checkConceptMap, type: "ConceptMap", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder",
    { check: checkConceptOrder, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Condition", { check: checkCondition, type: "Condition", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-definition",
    { check: checkConditionDefinition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-congregation",
    { check: checkCongregation, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Consent", { check: checkConsent, type: "Consent", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/consentdirective",
    { check: checkConsentDirective, type: "Contract", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-location",
    { check: checkConsentLocation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address",
    { check: checkContactAddress, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ContactDetail",
    { check: checkContactDetail, type: "ContactDetail", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ContactPoint",
    { check: checkContactPoint, type: "ContactPoint", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Contract", { check: checkContract, type: "Contract", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/Contributor",
    { check: checkContributor, type: "Contributor", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent",
    { check: checkCopyNumberEvent, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Count", { check: checkCount, type: "Count", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/Coverage", { check: checkCoverage, type: "Coverage", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-condition",
    { check: checkCqifCondition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-library",
    { check: checkCqifLibrary, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression",
    { check: checkCqlExpression, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-criticality",
    { check: checkCriticality, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName",
    { check: checkDNARegionName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName",
    { check: checkDNASequenceVariantName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType",
    { check: checkDNASequenceVariantType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId",
    { check: checkDNAVariantId, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
    { check: checkDataAbsentReason, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DataElement",
    { check: checkDataElement, type: "DataElement", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-de",
    { check: checkDataElementConstraintOnElementDefinitionDataType, type: "ElementDefinition", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DataRequirement",
    { check: checkDataRequirement, type: "DataRequirement", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/datadictionary",
    { check: checkDatadictionary, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle",
    { check: checkDaysOfCycle, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap",
    { check: checkDeMap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition",
    { check: checkDefinition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-delta",
    { check: checkDelta, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated",
    { check: checkDeprecated, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/flag-detail", { check: checkDetail, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/DetectedIssue",
    { check: checkDetectedIssue, type: "DetectedIssue", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Device", { check: checkDevice, type: "Device", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/DeviceComponent",
    { check: checkDeviceComponent, type: "DeviceComponent", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DeviceMetric",
    { check: checkDeviceMetric, type: "DeviceMetric", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicemetricobservation",
    { check: checkDeviceMetricObservationProfile, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DeviceRequest",
    { check: checkDeviceRequest, type: "DeviceRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DeviceUseStatement",
    { check: checkDeviceUseStatement, type: "DeviceUseStatement", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected",
    { check: checkDevicerequestReasonRejected, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport",
    { check: checkDiagnosticReport, type: "DiagnosticReport", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticreport-genetics",
    { check: checkDiagnosticReportGenetics, type: "DiagnosticReport", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory",
    { check: checkDiagnosticReportGeneticsFamilyMemberHistory, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/device-din", { check: checkDin, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-disability",
    { check: checkDisability, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory",
    { check: checkDisplayCategory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint",
    { check: checkDisplayHint, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Distance", { check: checkDistance, type: "Distance", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/DocumentManifest",
    { check: checkDocumentManifest, type: "DocumentManifest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DocumentReference",
    { check: checkDocumentReference, type: "DocumentReference", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DomainResource",
    { check: checkDomainResource, type: "DomainResource", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Dosage", { check: checkDosage, type: "Dosage", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType",
    { check: checkDoseType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-dueTo",
    { check: checkDueTo, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Duration", { check: checkDuration, type: "Duration", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent",
    { check: checkEHRSFMRecordLifecycleEventAuditEvent, type: "AuditEvent", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ehrsrle-provenance",
    { check: checkEHRSFMRecordLifecycleEventProvenance, type: "Provenance", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier",
    { check: checkENQualifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
    { check: checkENRepresentation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate",
    { check: checkEffectiveDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period",
    { check: checkEffectivePeriod, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Element", { check: checkElement, type: "Element", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/ElementDefinition",
    { check: checkElementDefinition, type: "ElementDefinition", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier",
    { check: checkElementdefinitionIdentifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/EligibilityRequest",
    { check: checkEligibilityRequest, type: "EligibilityRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/EligibilityResponse",
    { check: checkEligibilityResponse, type: "EligibilityResponse", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Encounter", { check: checkEncounter, type: "Encounter", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter",
    { check: checkEncounterAssociatedEncounter, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass",
    { check: checkEncounterClass, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType",
    { check: checkEncounterType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted",
    { check: checkEncrypted, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Endpoint", { check: checkEndpoint, type: "Endpoint", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/EnrollmentRequest",
    { check: checkEnrollmentRequest, type: "EnrollmentRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/EnrollmentResponse",
    { check: checkEnrollmentResponse, type: "EnrollmentResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/entryFormat",
    { check: checkEntryFormat, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/EpisodeOfCare",
    { check: checkEpisodeOfCare, type: "EpisodeOfCare", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence",
    { check: checkEquivalence, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-definition",
    { check: checkEventDefinition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-partOf",
    { check: checkEventPartOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-eventTiming",
    { check: checkEventTiming, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/timing-exact", { check: checkExact, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/cholesterol",
    { check: checkExampleLipidProfile, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ExpansionProfile",
    { check: checkExpansionProfile, type: "ExpansionProfile", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource",
    { check: checkExpansionSource, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation",
    { check: checkExpectation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate",
    { check: checkExpirationDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit",
    { check: checkExplanationOfBenefit, type: "ExplanationOfBenefit", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name",
    { check: checkExplicitTypeName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate",
    { check: checkExposureDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription",
    { check: checkExposureDescription, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration",
    { check: checkExposureDuration, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends",
    { check: checkExtends, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Extension",
    { check: checkExtension, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1",
    { check: checkExtensionCareConnectActualProblem1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1",
    { check: checkExtensionCareConnectAdmissionMethod1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1",
    { check: checkExtensionCareConnectAnaestheticIssues1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1",
    { check: checkExtensionCareConnectConditionEpisode1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1",
    { check: checkExtensionCareConnectDeathNotificationStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1",
    { check: checkExtensionCareConnectDischargeMethod1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1",
    { check: checkExtensionCareConnectEmergencyCareDischargeStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1",
    { check: checkExtensionCareConnectEncounterTransport1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1",
    { check: checkExtensionCareConnectEthnicCategory1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1",
    { check: checkExtensionCareConnectGPCActualProblem1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1",
    { check: checkExtensionCareConnectGPCAllergyCertainty1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1",
    { check: checkExtensionCareConnectGPCAllergyIntoleranceEnd1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1",
    { check: checkExtensionCareConnectGPCAllergyIntoleranceEndDate1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1",
    { check: checkExtensionCareConnectGPCAllergySeverity1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1",
    { check: checkExtensionCareConnectGPCClinicalSetting1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1",
    { check: checkExtensionCareConnectGPCDeathNotificationStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1",
    { check: checkExtensionCareConnectGPCEthnicCategory1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1",
    { check: checkExtensionCareConnectGPCEvidence1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1",
    { check: checkExtensionCareConnectGPCListWarningCode1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1",
    { check: checkExtensionCareConnectGPCMainLocation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1",
    { check: checkExtensionCareConnectGPCMedicationChangeSummary1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1",
    { check: checkExtensionCareConnectGPCMedicationQuantityText1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1",
    { check: checkExtensionCareConnectGPCMedicationRepeatInformation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1",
    { check: checkExtensionCareConnectGPCMedicationStatementLastIssueDate1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1",
    { check: checkExtensionCareConnectGPCMedicationStatusReason1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1",
    { check: checkExtensionCareConnectGPCNHSCommunication1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1",
    { check: checkExtensionCareConnectGPCNHSNumberVerificationStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1",
    { check: checkExtensionCareConnectGPCNominatedPharmacy1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1",
    { check: checkExtensionCareConnectGPCPrescribingAgency1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1",
    { check: checkExtensionCareConnectGPCPrescriptionType1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1",
    { check: checkExtensionCareConnectGPCReasonCondition1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1",
    { check: checkExtensionCareConnectGPCRegistrationDetails1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1",
    { check: checkExtensionCareConnectGPCReligiousAffiliation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1",
    { check: checkExtensionCareConnectGPCResidentialStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1",
    { check: checkExtensionCareConnectGPCTreatmentCategory1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1",
    { check: checkExtensionCareConnectMainLocation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1",
    { check: checkExtensionCareConnectNHSCommunication1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1",
    { check: checkExtensionCareConnectNHSNumberVerificationStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1",
    { check: checkExtensionCareConnectNominatedPharmacy1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1",
    { check: checkExtensionCareConnectOutcomeOfAttendance1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1",
    { check: checkExtensionCareConnectReasonCondition1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1",
    { check: checkExtensionCareConnectRelatedProblemHeader1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1",
    { check: checkExtensionCareConnectReligiousAffiliation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1",
    { check: checkExtensionCareConnectResidentialStatus1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1",
    { check: checkExtensionCareConnectTreatmentCategory1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1",
    { check: checkExtensionCareConnectValueApproximation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
    { check: checkExtensionCodingSctdescid, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
    { check: checkExtensionCodingSctdescid2, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1",
    { check: checkExtensionGPConnectAppointmentCancellationReason1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
    { check: checkExtensionGPConnectBookingOrganisation1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1",
    { check: checkExtensionGPConnectDeliveryChannel1, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
    { check: checkExtensionGPConnectDeliveryChannel2, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
    { check: checkExtensionGPConnectPractitionerRole1, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/FamilyMemberHistory",
    { check: checkFamilyMemberHistory, type: "FamilyMemberHistory", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-genetic",
    { check: checkFamilyMemberHistoryForGeneticsAnalysis, type: "FamilyMemberHistory", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation",
    { check: checkFamilyMemberHistoryGeneticsObservation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family",
    { check: checkFathersFamily, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/base64Binary",
    { check: checkFhirBase64Binary, type: "base64Binary", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/boolean", { check: checkFhirBoolean, type: "boolean", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/code", { check: checkFhirCode, type: "code", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/date", { check: checkFhirDate, type: "date", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/dateTime",
    { check: checkFhirDateTime, type: "dateTime", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/decimal", { check: checkFhirDecimal, type: "decimal", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/id", { check: checkFhirId, type: "id", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/instant", { check: checkFhirInstant, type: "instant", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/integer", { check: checkFhirInteger, type: "integer", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/markdown",
    { check: checkFhirMarkdown, type: "markdown", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/oid", { check: checkFhirOid, type: "oid", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression",
    { check: checkFhirPathExpression, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/positiveInt",
    { check: checkFhirPositiveInt, type: "positiveInt", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/string", { check: checkFhirString, type: "string", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/time", { check: checkFhirTime, type: "time", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType",
    { check: checkFhirType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/unsignedInt",
    { check: checkFhirUnsignedInt, type: "unsignedInt", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/uri", { check: checkFhirUri, type: "uri", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/uuid", { check: checkFhirUuid, type: "uuid", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/xhtml", { check: checkFhirXhtml, type: "xhtml", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/Flag", { check: checkFlag, type: "Flag", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm",
    { check: checkFmm, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings",
    { check: checkFmmNoWarnings, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-focal-subject",
    { check: checkFocalSubject, type: "Extension", isResource: false }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1",
    { check: checkGPConnectAppointment1, type: "Appointment", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1",
    { check: checkGPConnectDevice1, type: "Device", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1",
    { check: checkGPConnectOperationOutcome1, type: "OperationOutcome", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Schedule-1",
    { check: checkGPConnectSchedule1, type: "Schedule", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Searchset-Bundle-1",
    { check: checkGPConnectSearchsetBundle1, type: "Bundle", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1",
    { check: checkGPConnectSlot1, type: "Slot", isResource: true }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1",
    { check: checkGPConnectStructuredRecordBundle1, type: "Bundle", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene",
    { check: checkGene, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass",
    { check: checkGenomicSourceClass, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/geolocation",
    { check: checkGeolocation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring",
    { check: checkGlstring, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Goal", { check: checkGoal, type: "Goal", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected",
    { check: checkGoalReasonRejected, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/GraphDefinition",
    { check: checkGraphDefinition, type: "GraphDefinition", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Group", { check: checkGroup, type: "Group", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/GuidanceResponse",
    { check: checkGuidanceResponse, type: "GuidanceResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid",
    { check: checkHaploid, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hdlcholesterol",
    { check: checkHdlcholesterol, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/headcircum",
    { check: checkHeadcircum, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/HealthcareService",
    { check: checkHealthcareService, type: "HealthcareService", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/heartrate",
    { check: checkHeartrate, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
    { check: checkHidden, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-history",
    { check: checkHistory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/http-response-header",
    { check: checkHttpResponseHeader, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/HumanName",
    { check: checkHumanName, type: "HumanName", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Identifier",
    { check: checkIdentifier, type: "Identifier", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ImagingManifest",
    { check: checkImagingManifest, type: "ImagingManifest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ImagingStudy",
    { check: checkImagingStudy, type: "ImagingStudy", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Immunization",
    { check: checkImmunization, type: "Immunization", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ImmunizationRecommendation",
    { check: checkImmunizationRecommendation, type: "ImmunizationRecommendation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/device-implant-status",
    { check: checkImplantStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ImplementationGuide",
    { check: checkImplementationGuide, type: "ImplementationGuide", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-importance",
    { check: checkImportance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime",
    { check: checkIncisionDateTime, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver",
    { check: checkInfuseOver, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet",
    { check: checkInheritedExtensibleValueSet, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-initialValue",
    { check: checkInitialValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization",
    { check: checkInitiatingOrganization, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson",
    { check: checkInitiatingPerson, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Instance",
    { check: checkInstance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation",
    { check: checkInterpretation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
    { check: checkInterpreterRequired, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding",
    { check: checkIsCommonBinding, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept",
    { check: checkIsDataElementConcept, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight",
    { check: checkIsDryWeight, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source",
    { check: checkIssueSource, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem",
    { check: checkItem, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
    { check: checkItemControl, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type",
    { check: checkJsonType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord",
    { check: checkKeyWord, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-label",
    { check: checkLabel, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate",
    { check: checkLastReviewDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ldlcholesterol",
    { check: checkLdlcholesterol, type: "Observation", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Library", { check: checkLibrary, type: "Library", isResource: true }],
  ["http://hl7.org/fhir/StructureDefinition/Linkage", { check: checkLinkage, type: "Linkage", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/lipidprofile",
    { check: checkLipidprofile, type: "DiagnosticReport", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/List", { check: checkList, type: "List", isResource: true }],
  ["http://hl7.org/fhir/StructureDefinition/Location", { check: checkLocation, type: "Location", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/location-distance",
    { check: checkLocationDistance, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed",
    { check: checkLocationPerformed, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire",
    { check: checkLookupQuestionnaire, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS",
    { check: checkMPPS, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-management",
    { check: checkManagement, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher",
    { check: checkMapSourcePublisher, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-markdown",
    { check: checkMarkdown, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/match-grade",
    { check: checkMatchGrade, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces",
    { check: checkMaxDecimalPlaces, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate",
    { check: checkMaxDeliveryRate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume",
    { check: checkMaxDeliveryVolume, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs",
    { check: checkMaxOccurs, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/maxSize", { check: checkMaxSize, type: "Extension", isResource: false }],
  ["http://hl7.org/fhir/StructureDefinition/maxValue", { check: checkMaxValue, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet",
    { check: checkMaxValueSet, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Measure", { check: checkMeasure, type: "Measure", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo",
    { check: checkMeasureInfo, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MeasureReport",
    { check: checkMeasureReport, type: "MeasureReport", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Media", { check: checkMedia, type: "Media", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/Medication",
    { check: checkMedication, type: "Medication", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MedicationAdministration",
    { check: checkMedicationAdministration, type: "MedicationAdministration", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MedicationDispense",
    { check: checkMedicationDispense, type: "MedicationDispense", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MedicationRequest",
    { check: checkMedicationRequest, type: "MedicationRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MedicationStatement",
    { check: checkMedicationStatement, type: "MedicationStatement", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MessageDefinition",
    { check: checkMessageDefinition, type: "MessageDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/MessageHeader",
    { check: checkMessageHeader, type: "MessageHeader", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/messageheader-response-request",
    { check: checkMessageheaderResponseRequest, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Meta", { check: checkMeta, type: "Meta", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method",
    { check: checkMethod, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/mimeType", { check: checkMimeType, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod",
    { check: checkMinDosePerPeriod, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/minLength",
    { check: checkMinLength, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs",
    { check: checkMinOccurs, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/minValue", { check: checkMinValue, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet",
    { check: checkMinValueSet, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival",
    { check: checkModeOfArrival, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Money", { check: checkMoney, type: "Money", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family",
    { check: checkMothersFamily, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
    { check: checkMothersMaidenName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace",
    { check: checkNamespace, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/NamingSystem",
    { check: checkNamingSystem, type: "NamingSystem", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Narrative",
    { check: checkNarrative, type: "Narrative", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-nationality",
    { check: checkNationality, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-notDone",
    { check: checkNotDone, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note",
    { check: checkNote, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint",
    { check: checkNotificationEndpoint, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor",
    { check: checkNullFlavor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances",
    { check: checkNumberOfInstances, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/NutritionOrder",
    { check: checkNutritionOrder, type: "NutritionOrder", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-objectClass",
    { check: checkObjectClass, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty",
    { check: checkObjectClassProperty, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Observation",
    { check: checkObservation, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-genetics",
    { check: checkObservationGenetics, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence",
    { check: checkObservationGeneticsSequence, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing",
    { check: checkOccurredFollowing, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf",
    { check: checkOnBehalfOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-careplan",
    { check: checkOpenEHRCareplan, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-location",
    { check: checkOpenEHRLocation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/OperationDefinition",
    { check: checkOperationDefinition, type: "OperationDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/OperationOutcome",
    { check: checkOperationOutcome2, type: "OperationOutcome", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue",
    { check: checkOperationoutcomeDetectedIssue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-optionCode",
    { check: checkOptionCode, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
    { check: checkOptionExclusive, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix",
    { check: checkOptionPrefix, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy",
    { check: checkOrderedBy, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue",
    { check: checkOrdinalValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Organization",
    { check: checkOrganization, type: "Organization", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-alias",
    { check: checkOrganizationAlias, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-period",
    { check: checkOrganizationPeriod, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality",
    { check: checkOtherConfidentiality, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-otherName",
    { check: checkOtherName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-outcome",
    { check: checkOutcome, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-own-name",
    { check: checkOwnName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix",
    { check: checkOwnPrefix, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/oxygensat",
    { check: checkOxygensat, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/implementationguide-page",
    { check: checkPage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ParameterDefinition",
    { check: checkParameterDefinition, type: "ParameterDefinition", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Parameters",
    { check: checkParameters, type: "Parameters", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent",
    { check: checkParent, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-partOf",
    { check: checkPartOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy",
    { check: checkParticipantObjectContainsStudy, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-partner-name",
    { check: checkPartnerName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix",
    { check: checkPartnerPrefix, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Patient", { check: checkPatient, type: "Patient", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
    { check: checkPatientBirthTime, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor",
    { check: checkPatientCadavericDonor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction",
    { check: checkPatientInstruction, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record",
    { check: checkPatientRecord, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/PaymentNotice",
    { check: checkPaymentNotice, type: "PaymentNotice", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/PaymentReconciliation",
    { check: checkPaymentReconciliation, type: "PaymentReconciliation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-performerRole",
    { check: checkPerformerRole, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Period", { check: checkPeriod, type: "Period", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap",
    { check: checkPermittedValueConceptmap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset",
    { check: checkPermittedValueValueset, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Person", { check: checkPerson, type: "Person", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal",
    { check: checkPertainsToGoal, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet",
    { check: checkPhaseSet, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/PlanDefinition",
    { check: checkPlanDefinition, type: "PlanDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Practitioner",
    { check: checkPractitioner, type: "Practitioner", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/PractitionerRole",
    { check: checkPractitionerRole, type: "PractitionerRole", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition",
    { check: checkPrecondition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-preferred",
    { check: checkPreferred, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-preferredContact",
    { check: checkPreferredContact, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber",
    { check: checkPrescriber, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis",
    { check: checkPrimaryDiagnosis, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd",
    { check: checkPrimaryInd, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/flag-priority",
    { check: checkPriority, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Procedure", { check: checkProcedure, type: "Procedure", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-method",
    { check: checkProcedureMethod, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ProcedureRequest",
    { check: checkProcedureRequest, type: "ProcedureRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics",
    { check: checkProcedureRequestGenetics, type: "ProcedureRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-schedule",
    { check: checkProcedureSchedule, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite",
    { check: checkProcedureTargetBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite",
    { check: checkProcedurerequestApproachBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected",
    { check: checkProcedurerequestReasonRejected, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite",
    { check: checkProcedurerequestTargetBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ProcessRequest",
    { check: checkProcessRequest, type: "ProcessRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ProcessResponse",
    { check: checkProcessResponse, type: "ProcessResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-processingTime",
    { check: checkProcessingTime, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hlaresult",
    { check: checkProfileForHLAGenotypingResults, type: "DiagnosticReport", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus",
    { check: checkProgressStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited",
    { check: checkProhibited, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Provenance",
    { check: checkProvenance, type: "Provenance", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence",
    { check: checkQualityOfEvidence, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Quantity", { check: checkQuantity, type: "Quantity", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-question",
    { check: checkQuestion, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Questionnaire",
    { check: checkQuestionnaire, type: "Questionnaire", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue",
    { check: checkQuestionnaireOrdinalValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest",
    { check: checkQuestionnaireRequest, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse",
    { check: checkQuestionnaireResponse, type: "QuestionnaireResponse", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author",
    { check: checkQuestionnaireresponseAuthor, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Range", { check: checkRange, type: "Range", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal",
    { check: checkRateGoal, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement",
    { check: checkRateIncrement, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval",
    { check: checkRateIncrementInterval, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Ratio", { check: checkRatio, type: "Ratio", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type",
    { check: checkRdfType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason",
    { check: checkReason, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled",
    { check: checkReasonCancelled, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-reasonCode",
    { check: checkReasonCode, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed",
    { check: checkReasonNotPerformed, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-reasonReference",
    { check: checkReasonReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused",
    { check: checkReasonRefused, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted",
    { check: checkReasonRefuted, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected",
    { check: checkReasonRejected, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization",
    { check: checkReceivingOrganization, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson",
    { check: checkReceivingPerson, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage",
    { check: checkRecipientLanguage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType",
    { check: checkRecipientType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Reference",
    { check: checkReference, type: "Reference", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter",
    { check: checkReferenceFilter, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ReferralRequest",
    { check: checkReferralRequest, type: "ReferralRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused",
    { check: checkReferralrequestReasonRefused, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining",
    { check: checkRefillsRemaining, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/regex", { check: checkRegex, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org",
    { check: checkRegistryOrg, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/RelatedArtifact",
    { check: checkRelatedArtifact, type: "RelatedArtifact", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/RelatedPerson",
    { check: checkRelatedPerson, type: "RelatedPerson", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-relationship",
    { check: checkRelationship, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory",
    { check: checkRelevantHistory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-religion",
    { check: checkReligion, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendered-value",
    { check: checkRenderedValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby",
    { check: checkReplacedby, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces",
    { check: checkReplaces, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/RequestGroup",
    { check: checkRequestGroup, type: "RequestGroup", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ResearchStudy",
    { check: checkResearchStudy, type: "ResearchStudy", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ResearchSubject",
    { check: checkResearchSubject, type: "ResearchSubject", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge",
    { check: checkResolutionAge, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Resource", { check: checkResource, type: "Resource", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod",
    { check: checkResourceEffectivePeriod, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/resprate", { check: checkResprate, type: "Observation", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer",
    { check: checkReviewer, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/RiskAssessment",
    { check: checkRiskAssessment, type: "RiskAssessment", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-ruledOut",
    { check: checkRuledOut, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding",
    { check: checkSCCoding, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass",
    { check: checkSOPClass, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SampledData",
    { check: checkSampledData, type: "SampledData", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Schedule", { check: checkSchedule, type: "Schedule", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/coding-sctdescid",
    { check: checkSctdescid, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SearchParameter",
    { check: checkSearchParameter, type: "SearchParameter", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination",
    { check: checkSearchParameterCombination, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector",
    { check: checkSelector, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Sequence", { check: checkSequence, type: "Sequence", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber",
    { check: checkSequenceNumber, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/ServiceDefinition",
    { check: checkServiceDefinition, type: "ServiceDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity",
    { check: checkSeverity, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/shareablecodesystem",
    { check: checkShareableCodeSystem, type: "CodeSystem", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/shareablevalueset",
    { check: checkShareableValueSet, type: "ValueSet", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling",
    { check: checkSibling, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Signature",
    { check: checkSignature, type: "Signature", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SimpleQuantity",
    { check: checkSimpleQuantity, type: "Quantity", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Slot", { check: checkSlot, type: "Slot", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference",
    { check: checkSourceReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap",
    { check: checkSourceStructureMap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet",
    { check: checkSourceValueSet, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling",
    { check: checkSpecialHandling, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Specimen", { check: checkSpecimen, type: "Specimen", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation",
    { check: checkStrengthOfRecommendation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/StructureDefinition",
    { check: checkStructureDefinition, type: "StructureDefinition", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/StructureMap",
    { check: checkStructureMap, type: "StructureMap", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation",
    { check: checkStructuredefinitionAnnotation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex",
    { check: checkStructuredefinitionRegex, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier",
    { check: checkStudyprotocolIdentifier, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-style",
    { check: checkStyle, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive",
    { check: checkStyleSensitive, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org",
    { check: checkSubmitterOrg, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/Subscription",
    { check: checkSubscription, type: "Subscription", isResource: true }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Substance", { check: checkSubstance, type: "Substance", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk",
    { check: checkSubstanceExposureRisk, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes",
    { check: checkSubsumes, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary",
    { check: checkSummary, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf",
    { check: checkSummaryOf, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SupplyDelivery",
    { check: checkSupplyDelivery, type: "SupplyDelivery", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/SupplyRequest",
    { check: checkSupplyRequest, type: "SupplyRequest", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink",
    { check: checkSupportLink, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system",
    { check: checkSupportedSystem, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo",
    { check: checkSupportingInfo, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-system",
    { check: checkSystem, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-systemName",
    { check: checkSystemName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-systemRef",
    { check: checkSystemRef, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage",
    { check: checkSystemUserLanguage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext",
    { check: checkSystemUserTaskContext, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType",
    { check: checkSystemUserType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference",
    { check: checkT11179DeDocumentReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address",
    { check: checkTELAddress, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name",
    { check: checkTableName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite",
    { check: checkTargetBodySite, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap",
    { check: checkTargetStructureMap, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Task", { check: checkTask, type: "Task", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/task-replaces",
    { check: checkTaskReplaces, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status",
    { check: checkTemplateStatus, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/openEHR-test", { check: checkTest, type: "Extension", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/TestReport",
    { check: checkTestReport, type: "TestReport", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/TestScript",
    { check: checkTestScript, type: "TestScript", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-time-offset",
    { check: checkTimeOffset, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/Timing", { check: checkTiming, type: "Timing", isResource: false }],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-toocostly",
    { check: checkToocostly, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable",
    { check: checkTranslatable, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/translation",
    { check: checkTranslation, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/TriggerDefinition",
    { check: checkTriggerDefinition, type: "TriggerDefinition", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/triglyceride",
    { check: checkTriglyceride, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion",
    { check: checkTrustedExpansion, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type",
    { check: checkType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty",
    { check: checkUncertainty, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType",
    { check: checkUncertaintyType, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-unclosed",
    { check: checkUnclosed, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
    { check: checkUnit, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-usage",
    { check: checkUsage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/UsageContext",
    { check: checkUsageContext, type: "UsageContext", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode",
    { check: checkUsageMode, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/usagecontext-group",
    { check: checkUsagecontextGroup, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medication-usualRoute",
    { check: checkUsualRoute, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/identifier-validDate",
    { check: checkValidDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod",
    { check: checkValidityPeriod, type: "Extension", isResource: false }
  ],
  ["http://hl7.org/fhir/StructureDefinition/ValueSet", { check: checkValueSet, type: "ValueSet", isResource: true }],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-author",
    { check: checkValuesetAuthor, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-comment",
    { check: checkValuesetComment, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-comments",
    { check: checkValuesetComments, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder",
    { check: checkValuesetConceptOrder, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-definition",
    { check: checkValuesetDefinition, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate",
    { check: checkValuesetEffectiveDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate",
    { check: checkValuesetExpirationDate, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-history",
    { check: checkValuesetHistory, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-keyWord",
    { check: checkValuesetKeyWord, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-label",
    { check: checkValuesetLabel, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-map",
    { check: checkValuesetMap, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue",
    { check: checkValuesetOrdinalValue, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-otherName",
    { check: checkValuesetOtherName, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-reference",
    { check: checkValuesetReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference",
    { check: checkValuesetSourceReference, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion",
    { check: checkValuesetTrustedExpansion, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-usage",
    { check: checkValuesetUsage, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-warning",
    { check: checkValuesetWarning, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus",
    { check: checkValuesetWorkflowStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-verification",
    { check: checkVerification, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/VisionPrescription",
    { check: checkVisionPrescription, type: "VisionPrescription", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/bmi",
    { check: checkVitalSignsProfile, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/vitalsigns",
    { check: checkVitalsigns, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/vitalspanel",
    { check: checkVitalspanel, type: "Observation", isResource: true }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-warning",
    { check: checkWarning, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket",
    { check: checkWebsocket, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg",
    { check: checkWg, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-Witness",
    { check: checkWitness, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus",
    { check: checkWorkflowStatus, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
    { check: checkXhtml, type: "Extension", isResource: false }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type",
    { check: checkXmlType, type: "Extension", isResource: false }
  ]
]);
const RESOURCES = vrt.StringTable.of([
  ["Account", checkAccount],
  ["ActivityDefinition", checkActivityDefinition],
  ["AdverseEvent", checkAdverseEvent],
  ["AllergyIntolerance", checkAllergyIntolerance],
  ["Appointment", checkAppointment],
  ["AppointmentResponse", checkAppointmentResponse],
  ["AuditEvent", checkAuditEvent],
  ["Basic", checkBasic],
  ["Binary", checkBinary],
  ["BodySite", checkBodySite],
  ["Bundle", checkBundle],
  ["CapabilityStatement", checkCapabilityStatement],
  ["CarePlan", checkCarePlan],
  ["CareTeam", checkCareTeam],
  ["ChargeItem", checkChargeItem],
  ["Claim", checkClaim],
  ["ClaimResponse", checkClaimResponse],
  ["ClinicalImpression", checkClinicalImpression],
  ["CodeSystem", checkCodeSystem],
  ["Communication", checkCommunication],
  ["CommunicationRequest", checkCommunicationRequest],
  ["CompartmentDefinition", checkCompartmentDefinition],
  ["Composition", checkComposition],
  ["ConceptMap", checkConceptMap],
  ["Condition", checkCondition],
  ["Consent", checkConsent],
  ["Contract", checkContract],
  ["Coverage", checkCoverage],
  ["DataElement", checkDataElement],
  ["DetectedIssue", checkDetectedIssue],
  ["Device", checkDevice],
  ["DeviceComponent", checkDeviceComponent],
  ["DeviceMetric", checkDeviceMetric],
  ["DeviceRequest", checkDeviceRequest],
  ["DeviceUseStatement", checkDeviceUseStatement],
  ["DiagnosticReport", checkDiagnosticReport],
  ["DocumentManifest", checkDocumentManifest],
  ["DocumentReference", checkDocumentReference],
  ["EligibilityRequest", checkEligibilityRequest],
  ["EligibilityResponse", checkEligibilityResponse],
  ["Encounter", checkEncounter],
  ["Endpoint", checkEndpoint],
  ["EnrollmentRequest", checkEnrollmentRequest],
  ["EnrollmentResponse", checkEnrollmentResponse],
  ["EpisodeOfCare", checkEpisodeOfCare],
  ["ExpansionProfile", checkExpansionProfile],
  ["ExplanationOfBenefit", checkExplanationOfBenefit],
  ["FamilyMemberHistory", checkFamilyMemberHistory],
  ["Flag", checkFlag],
  ["Goal", checkGoal],
  ["GraphDefinition", checkGraphDefinition],
  ["Group", checkGroup],
  ["GuidanceResponse", checkGuidanceResponse],
  ["HealthcareService", checkHealthcareService],
  ["ImagingManifest", checkImagingManifest],
  ["ImagingStudy", checkImagingStudy],
  ["Immunization", checkImmunization],
  ["ImmunizationRecommendation", checkImmunizationRecommendation],
  ["ImplementationGuide", checkImplementationGuide],
  ["Library", checkLibrary],
  ["Linkage", checkLinkage],
  ["List", checkList],
  ["Location", checkLocation],
  ["Measure", checkMeasure],
  ["MeasureReport", checkMeasureReport],
  ["Media", checkMedia],
  ["Medication", checkMedication],
  ["MedicationAdministration", checkMedicationAdministration],
  ["MedicationDispense", checkMedicationDispense],
  ["MedicationRequest", checkMedicationRequest],
  ["MedicationStatement", checkMedicationStatement],
  ["MessageDefinition", checkMessageDefinition],
  ["MessageHeader", checkMessageHeader],
  ["NamingSystem", checkNamingSystem],
  ["NutritionOrder", checkNutritionOrder],
  ["Observation", checkObservation],
  ["OperationDefinition", checkOperationDefinition],
  ["OperationOutcome", checkOperationOutcome2],
  ["Organization", checkOrganization],
  ["Parameters", checkParameters],
  ["Patient", checkPatient],
  ["PaymentNotice", checkPaymentNotice],
  ["PaymentReconciliation", checkPaymentReconciliation],
  ["Person", checkPerson],
  ["PlanDefinition", checkPlanDefinition],
  ["Practitioner", checkPractitioner],
  ["PractitionerRole", checkPractitionerRole],
  ["Procedure", checkProcedure],
  ["ProcedureRequest", checkProcedureRequest],
  ["ProcessRequest", checkProcessRequest],
  ["ProcessResponse", checkProcessResponse],
  ["Provenance", checkProvenance],
  ["Questionnaire", checkQuestionnaire],
  ["QuestionnaireResponse", checkQuestionnaireResponse],
  ["ReferralRequest", checkReferralRequest],
  ["RelatedPerson", checkRelatedPerson],
  ["RequestGroup", checkRequestGroup],
  ["ResearchStudy", checkResearchStudy],
  ["ResearchSubject", checkResearchSubject],
  ["RiskAssessment", checkRiskAssessment],
  ["Schedule", checkSchedule],
  ["SearchParameter", checkSearchParameter],
  ["Sequence", checkSequence],
  ["ServiceDefinition", checkServiceDefinition],
  ["Slot", checkSlot],
  ["Specimen", checkSpecimen],
  ["StructureDefinition", checkStructureDefinition],
  ["StructureMap", checkStructureMap],
  ["Subscription", checkSubscription],
  ["Substance", checkSubstance],
  ["SupplyDelivery", checkSupplyDelivery],
  ["SupplyRequest", checkSupplyRequest],
  ["Task", checkTask],
  ["TestReport", checkTestReport],
  ["TestScript", checkTestScript],
  ["ValueSet", checkValueSet],
  ["VisionPrescription", checkVisionPrescription]
]);
const EXTENSIONS = vrt.StringTable.of([
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-administrative-status",
      check: checkAdministrativeStatus,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-change-description",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-change-description",
      check: checkChangeDescription,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-classification-or-context",
      check: checkClassificationOrContext,
      contexts: CONTEXTS_1,
      contextTypes: CONTEXTS_2
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address",
      check: checkContactAddress,
      contexts: CONTEXTS_3,
      contextTypes: CONTEXTS_4
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference",
      check: checkT11179DeDocumentReference,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-effective-period",
      check: checkEffectivePeriod,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-is-data-element-concept",
      check: checkIsDataElementConcept,
      contexts: CONTEXTS_5,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-registry-org",
      check: checkRegistryOrg,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-submitter-org",
      check: checkSubmitterOrg,
      contexts: CONTEXTS_0,
      contextTypes: CONTEXTS_0
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-objectClass",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-objectClass",
      check: checkObjectClass,
      contexts: CONTEXTS_7,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-objectClassProperty",
      check: checkObjectClassProperty,
      contexts: CONTEXTS_7,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-conceptmap",
      check: checkPermittedValueConceptmap,
      contexts: CONTEXTS_9,
      contextTypes: CONTEXTS_10
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset",
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-permitted-value-valueset",
      check: checkPermittedValueValueset,
      contexts: CONTEXTS_9,
      contextTypes: CONTEXTS_10
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis",
    {
      url: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis",
      check: checkAnalysis,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAssessedCondition",
      check: checkAssessedCondition,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory",
    {
      url: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory",
      check: checkDiagnosticReportGeneticsFamilyMemberHistory,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-certainty",
      check: checkCertainty,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-duration",
      check: checkAllergyintoleranceDuration,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-reasonRefuted",
      check: checkReasonRefuted,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-resolutionAge",
      check: checkResolutionAge,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk",
    {
      url: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk",
      check: checkSubstanceExposureRisk,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Accession",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-Accession",
      check: checkAccession,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-Anonymized",
      check: checkAnonymized,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-Encrypted",
      check: checkEncrypted,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-Instance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-Instance",
      check: checkInstance,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-MPPS",
      check: checkMPPS,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-NumberOfInstances",
      check: checkNumberOfInstances,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-ParticipantObjectContainsStudy",
      check: checkParticipantObjectContainsStudy,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass",
    {
      url: "http://hl7.org/fhir/StructureDefinition/auditevent-SOPClass",
      check: checkSOPClass,
      contexts: CONTEXTS_15,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/birthPlace",
    {
      url: "http://hl7.org/fhir/StructureDefinition/birthPlace",
      check: checkBirthPlace,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/body-site-instance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/body-site-instance",
      check: checkBodySiteInstance,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation",
      check: checkExpectation,
      contexts: CONTEXTS_18,
      contextTypes: CONTEXTS_19
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-prohibited",
      check: checkProhibited,
      contexts: CONTEXTS_20,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination",
      check: checkSearchParameterCombination,
      contexts: CONTEXTS_21,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-supported-system",
      check: checkSupportedSystem,
      contexts: CONTEXTS_22,
      contextTypes: CONTEXTS_22
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket",
    {
      url: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket",
      check: checkWebsocket,
      contexts: CONTEXTS_23,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/careplan-activity-title",
    {
      url: "http://hl7.org/fhir/StructureDefinition/careplan-activity-title",
      check: checkActivityTitle,
      contexts: CONTEXTS_24,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-author",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-author",
      check: checkAuthor,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-comment",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-comment",
      check: checkComment,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-comments",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-comments",
      check: checkComments,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder",
      check: checkConceptOrder,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-deprecated",
      check: checkDeprecated,
      contexts: CONTEXTS_27,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-effectiveDate",
      check: checkEffectiveDate,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-expirationDate",
      check: checkExpirationDate,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-history",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-history",
      check: checkHistory,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-keyWord",
      check: checkKeyWord,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-label",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-label",
      check: checkLabel,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-map",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-map",
      check: checkCodesystemMap,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-ordinalValue",
      check: checkOrdinalValue,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-otherName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-otherName",
      check: checkOtherName,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-reference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-reference",
      check: checkCodesystemReference,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby",
      check: checkReplacedby,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference",
      check: checkSourceReference,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-subsumes",
      check: checkSubsumes,
      contexts: CONTEXTS_26,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-trusted-expansion",
      check: checkTrustedExpansion,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-usage",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-usage",
      check: checkUsage,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-warning",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-warning",
      check: checkWarning,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus",
    {
      url: "http://hl7.org/fhir/StructureDefinition/codesystem-workflowStatus",
      check: checkWorkflowStatus,
      contexts: CONTEXTS_25,
      contextTypes: CONTEXTS_25
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/coding-sctdescid",
    {
      url: "http://hl7.org/fhir/StructureDefinition/coding-sctdescid",
      check: checkSctdescid,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communication-media",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communication-media",
      check: checkCommunicationMedia,
      contexts: CONTEXTS_29,
      contextTypes: CONTEXTS_29
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communication-reasonNotPerformed",
      check: checkReasonNotPerformed,
      contexts: CONTEXTS_29,
      contextTypes: CONTEXTS_29
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-definition",
      check: checkDefinition,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-orderedBy",
      check: checkOrderedBy,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-reasonRejected",
      check: checkReasonRejected,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-relevantHistory",
      check: checkRelevantHistory,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo",
    {
      url: "http://hl7.org/fhir/StructureDefinition/communicationrequest-supportingInfo",
      check: checkSupportingInfo,
      contexts: CONTEXTS_30,
      contextTypes: CONTEXTS_30
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality",
    {
      url: "http://hl7.org/fhir/StructureDefinition/composition-clindoc-otherConfidentiality",
      check: checkOtherConfidentiality,
      contexts: CONTEXTS_31,
      contextTypes: CONTEXTS_31
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/concept-bidirectional",
    {
      url: "http://hl7.org/fhir/StructureDefinition/concept-bidirectional",
      check: checkBidirectional,
      contexts: CONTEXTS_32,
      contextTypes: CONTEXTS_32
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-basedOn",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-basedOn",
      check: checkBasedOn,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-criticality",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-criticality",
      check: checkCriticality,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-definition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-definition",
      check: checkConditionDefinition,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-dueTo",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-dueTo",
      check: checkDueTo,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-occurredFollowing",
      check: checkOccurredFollowing,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-outcome",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-outcome",
      check: checkOutcome,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-partOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-partOf",
      check: checkPartOf,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-ruledOut",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-ruledOut",
      check: checkRuledOut,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/condition-targetBodySite",
      check: checkTargetBodySite,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint",
    {
      url: "http://hl7.org/fhir/StructureDefinition/consent-NotificationEndpoint",
      check: checkNotificationEndpoint,
      contexts: CONTEXTS_34,
      contextTypes: CONTEXTS_34
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-Witness",
    {
      url: "http://hl7.org/fhir/StructureDefinition/consent-Witness",
      check: checkWitness,
      contexts: CONTEXTS_34,
      contextTypes: CONTEXTS_34
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/consent-location",
    {
      url: "http://hl7.org/fhir/StructureDefinition/consent-location",
      check: checkConsentLocation,
      contexts: CONTEXTS_35,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue",
      check: checkCalculatedValue,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-citation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-citation",
      check: checkCitation,
      contexts: CONTEXTS_36,
      contextTypes: CONTEXTS_36
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-condition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-condition",
      check: checkCqifCondition,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-cqlExpression",
      check: checkCqlExpression,
      contexts: CONTEXTS_37,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-fhirPathExpression",
      check: checkFhirPathExpression,
      contexts: CONTEXTS_37,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterClass",
      check: checkEncounterClass,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidanceencounterType",
      check: checkEncounterType,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingOrganization",
      check: checkInitiatingOrganization,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidanceinitiatingPerson",
      check: checkInitiatingPerson,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingOrganization",
      check: checkReceivingOrganization,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancereceivingPerson",
      check: checkReceivingPerson,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientLanguage",
      check: checkRecipientLanguage,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancerecipientType",
      check: checkRecipientType,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserLanguage",
      check: checkSystemUserLanguage,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserTaskContext",
      check: checkSystemUserTaskContext,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-guidancesystemUserType",
      check: checkSystemUserType,
      contexts: CONTEXTS_38,
      contextTypes: CONTEXTS_38
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-initialValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-initialValue",
      check: checkInitialValue,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-library",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-library",
      check: checkCqifLibrary,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo",
      check: checkMeasureInfo,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-optionCode",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-optionCode",
      check: checkOptionCode,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-qualityOfEvidence",
      check: checkQualityOfEvidence,
      contexts: CONTEXTS_36,
      contextTypes: CONTEXTS_36
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-sourceValueSet",
      check: checkSourceValueSet,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-strengthOfRecommendation",
      check: checkStrengthOfRecommendation,
      contexts: CONTEXTS_36,
      contextTypes: CONTEXTS_36
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
    {
      url: "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
      check: checkDataAbsentReason,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/datadictionary",
    {
      url: "http://hl7.org/fhir/StructureDefinition/datadictionary",
      check: checkDatadictionary,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/device-din",
    {
      url: "http://hl7.org/fhir/StructureDefinition/device-din",
      check: checkDin,
      contexts: CONTEXTS_41,
      contextTypes: CONTEXTS_41
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/device-implant-status",
    {
      url: "http://hl7.org/fhir/StructureDefinition/device-implant-status",
      check: checkImplantStatus,
      contexts: CONTEXTS_41,
      contextTypes: CONTEXTS_41
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction",
    {
      url: "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction",
      check: checkPatientInstruction,
      contexts: CONTEXTS_42,
      contextTypes: CONTEXTS_42
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected",
    {
      url: "http://hl7.org/fhir/StructureDefinition/devicerequest-reasonRejected",
      check: checkDevicerequestReasonRejected,
      contexts: CONTEXTS_42,
      contextTypes: CONTEXTS_42
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-addendumOf",
      check: checkAddendumOf,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-extends",
      check: checkExtends,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-locationPerformed",
      check: checkLocationPerformed,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces",
      check: checkReplaces,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/diagnosticReport-summaryOf",
      check: checkSummaryOf,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits",
      check: checkAllowedUnits,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice",
      check: checkBestpractice,
      contexts: CONTEXTS_44,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName",
      check: checkBindingName,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-equivalence",
      check: checkEquivalence,
      contexts: CONTEXTS_7,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-identifier",
      check: checkElementdefinitionIdentifier,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-inheritedExtensibleValueSet",
      check: checkInheritedExtensibleValueSet,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding",
      check: checkIsCommonBinding,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-maxValueSet",
      check: checkMaxValueSet,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-minValueSet",
      check: checkMinValueSet,
      contexts: CONTEXTS_45,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-namespace",
      check: checkNamespace,
      contexts: CONTEXTS_46,
      contextTypes: CONTEXTS_46
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-question",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-question",
      check: checkQuestion,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-selector",
      check: checkSelector,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable",
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable",
      check: checkTranslatable,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter",
    {
      url: "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter",
      check: checkEncounterAssociatedEncounter,
      contexts: CONTEXTS_47,
      contextTypes: CONTEXTS_48
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival",
    {
      url: "http://hl7.org/fhir/StructureDefinition/encounter-modeOfArrival",
      check: checkModeOfArrival,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis",
    {
      url: "http://hl7.org/fhir/StructureDefinition/encounter-primaryDiagnosis",
      check: checkPrimaryDiagnosis,
      contexts: CONTEXTS_50,
      contextTypes: CONTEXTS_51
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled",
    {
      url: "http://hl7.org/fhir/StructureDefinition/encounter-reasonCancelled",
      check: checkReasonCancelled,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/entryFormat",
    {
      url: "http://hl7.org/fhir/StructureDefinition/entryFormat",
      check: checkEntryFormat,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-OnBehalfOf",
      check: checkOnBehalfOf,
      contexts: CONTEXTS_54,
      contextTypes: CONTEXTS_55
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-definition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-definition",
      check: checkEventDefinition,
      contexts: CONTEXTS_56,
      contextTypes: CONTEXTS_57
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-notDone",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-notDone",
      check: checkNotDone,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-partOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-partOf",
      check: checkEventPartOf,
      contexts: CONTEXTS_56,
      contextTypes: CONTEXTS_57
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-performerRole",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-performerRole",
      check: checkPerformerRole,
      contexts: CONTEXTS_58,
      contextTypes: CONTEXTS_10
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-reasonCode",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-reasonCode",
      check: checkReasonCode,
      contexts: CONTEXTS_56,
      contextTypes: CONTEXTS_57
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/event-reasonReference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/event-reasonReference",
      check: checkReasonReference,
      contexts: CONTEXTS_56,
      contextTypes: CONTEXTS_57
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation",
      check: checkFamilyMemberHistoryGeneticsObservation,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent",
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent",
      check: checkParent,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling",
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling",
      check: checkSibling,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement",
    {
      url: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-abatement",
      check: checkAbatement,
      contexts: CONTEXTS_60,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record",
    {
      url: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-patient-record",
      check: checkPatientRecord,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity",
    {
      url: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-severity",
      check: checkSeverity,
      contexts: CONTEXTS_60,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type",
    {
      url: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-type",
      check: checkType,
      contexts: CONTEXTS_59,
      contextTypes: CONTEXTS_59
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/flag-detail",
    {
      url: "http://hl7.org/fhir/StructureDefinition/flag-detail",
      check: checkDetail,
      contexts: CONTEXTS_61,
      contextTypes: CONTEXTS_61
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/flag-priority",
    {
      url: "http://hl7.org/fhir/StructureDefinition/flag-priority",
      check: checkPriority,
      contexts: CONTEXTS_61,
      contextTypes: CONTEXTS_61
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/geolocation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/geolocation",
      check: checkGeolocation,
      contexts: CONTEXTS_62,
      contextTypes: CONTEXTS_62
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-acceptance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/goal-acceptance",
      check: checkAcceptance,
      contexts: CONTEXTS_63,
      contextTypes: CONTEXTS_63
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal",
    {
      url: "http://hl7.org/fhir/StructureDefinition/goal-pertainsToGoal",
      check: checkPertainsToGoal,
      contexts: CONTEXTS_64,
      contextTypes: CONTEXTS_64
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected",
    {
      url: "http://hl7.org/fhir/StructureDefinition/goal-reasonRejected",
      check: checkGoalReasonRejected,
      contexts: CONTEXTS_63,
      contextTypes: CONTEXTS_63
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/goal-relationship",
    {
      url: "http://hl7.org/fhir/StructureDefinition/goal-relationship",
      check: checkRelationship,
      contexts: CONTEXTS_63,
      contextTypes: CONTEXTS_63
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database",
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database",
      check: checkAlleleDatabase,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring",
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring",
      check: checkGlstring,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid",
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid",
      check: checkHaploid,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method",
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method",
      check: checkMethod,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/http-response-header",
    {
      url: "http://hl7.org/fhir/StructureDefinition/http-response-header",
      check: checkHttpResponseHeader,
      contexts: CONTEXTS_65,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order",
      check: checkAssemblyOrder,
      contexts: CONTEXTS_66,
      contextTypes: CONTEXTS_66
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-fathers-family",
      check: checkFathersFamily,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family",
      check: checkMothersFamily,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-own-name",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-own-name",
      check: checkOwnName,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix",
      check: checkOwnPrefix,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-partner-name",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-partner-name",
      check: checkPartnerName,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix",
    {
      url: "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix",
      check: checkPartnerPrefix,
      contexts: CONTEXTS_67,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/identifier-validDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/identifier-validDate",
      check: checkValidDate,
      contexts: CONTEXTS_69,
      contextTypes: CONTEXTS_69
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/implementationguide-page",
    {
      url: "http://hl7.org/fhir/StructureDefinition/implementationguide-page",
      check: checkPage,
      contexts: CONTEXTS_70,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-AD-use",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-AD-use",
      check: checkADUse,
      contexts: CONTEXTS_62,
      contextTypes: CONTEXTS_62
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-additionalLocator",
      check: checkADXPAdditionalLocator,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix",
      check: checkADXPBuildingNumberSuffix,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-careOf",
      check: checkADXPCareOf,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-censusTract",
      check: checkADXPCensusTract,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-delimiter",
      check: checkADXPDelimiter,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryAddressLine",
      check: checkADXPDeliveryAddressLine,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationArea",
      check: checkADXPDeliveryInstallationArea,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationQualifier",
      check: checkADXPDeliveryInstallationQualifier,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryInstallationType",
      check: checkADXPDeliveryInstallationType,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryMode",
      check: checkADXPDeliveryMode,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-deliveryModeIdentifier",
      check: checkADXPDeliveryModeIdentifier,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-direction",
      check: checkADXPDirection,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber",
      check: checkADXPHouseNumber,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumberNumeric",
      check: checkADXPHouseNumberNumeric,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-postBox",
      check: checkADXPPostBox,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct",
      check: checkADXPPrecinct,
      contexts: CONTEXTS_62,
      contextTypes: CONTEXTS_62
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetAddressLine",
      check: checkADXPStreetAddressLine,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName",
      check: checkADXPStreetName,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameBase",
      check: checkADXPStreetNameBase,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetNameType",
      check: checkADXPStreetNameType,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID",
      check: checkADXPUnitID,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitType",
      check: checkADXPUnitType,
      contexts: CONTEXTS_71,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value",
      check: checkCOValue,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier",
      check: checkENQualifier,
      contexts: CONTEXTS_72,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
      check: checkENRepresentation,
      contexts: CONTEXTS_66,
      contextTypes: CONTEXTS_66
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-SC-coding",
      check: checkSCCoding,
      contexts: CONTEXTS_68,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address",
      check: checkTELAddress,
      contexts: CONTEXTS_73,
      contextTypes: CONTEXTS_73
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-nullFlavor",
      check: checkNullFlavor,
      contexts: CONTEXTS_74,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-preferred",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-preferred",
      check: checkPreferred,
      contexts: CONTEXTS_74,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-uncertainty",
      check: checkUncertainty,
      contexts: CONTEXTS_75,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-uncertaintyType",
      check: checkUncertaintyType,
      contexts: CONTEXTS_75,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/iso21090-verification",
    {
      url: "http://hl7.org/fhir/StructureDefinition/iso21090-verification",
      check: checkVerification,
      contexts: CONTEXTS_74,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/location-alias",
    {
      url: "http://hl7.org/fhir/StructureDefinition/location-alias",
      check: checkAlias,
      contexts: CONTEXTS_76,
      contextTypes: CONTEXTS_76
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/location-distance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/location-distance",
      check: checkLocationDistance,
      contexts: CONTEXTS_77,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher",
    {
      url: "http://hl7.org/fhir/StructureDefinition/mapSourcePublisher",
      check: checkMapSourcePublisher,
      contexts: CONTEXTS_78,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/match-grade",
    {
      url: "http://hl7.org/fhir/StructureDefinition/match-grade",
      check: checkMatchGrade,
      contexts: CONTEXTS_77,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces",
    {
      url: "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces",
      check: checkMaxDecimalPlaces,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/maxSize",
    {
      url: "http://hl7.org/fhir/StructureDefinition/maxSize",
      check: checkMaxSize,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/maxValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/maxValue",
      check: checkMaxValue,
      contexts: CONTEXTS_79,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medication-usualRoute",
    {
      url: "http://hl7.org/fhir/StructureDefinition/medication-usualRoute",
      check: checkUsualRoute,
      contexts: CONTEXTS_80,
      contextTypes: CONTEXTS_80
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod",
    {
      url: "http://hl7.org/fhir/StructureDefinition/medicationdispense-validityPeriod",
      check: checkValidityPeriod,
      contexts: CONTEXTS_81,
      contextTypes: CONTEXTS_81
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber",
    {
      url: "http://hl7.org/fhir/StructureDefinition/medicationstatement-Prescriber",
      check: checkPrescriber,
      contexts: CONTEXTS_82,
      contextTypes: CONTEXTS_82
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/messageheader-response-request",
    {
      url: "http://hl7.org/fhir/StructureDefinition/messageheader-response-request",
      check: checkMessageheaderResponseRequest,
      contexts: CONTEXTS_83,
      contextTypes: CONTEXTS_83
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/mimeType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/mimeType",
      check: checkMimeType,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/minLength",
    {
      url: "http://hl7.org/fhir/StructureDefinition/minLength",
      check: checkMinLength,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/minValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/minValue",
      check: checkMinValue,
      contexts: CONTEXTS_79,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition",
      check: checkBodyPosition,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-delta",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-delta",
      check: checkDelta,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-eventTiming",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-eventTiming",
      check: checkEventTiming,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-focal-subject",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-focal-subject",
      check: checkFocalSubject,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName",
      check: checkAlleleName,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency",
      check: checkAllelicFrequency,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState",
      check: checkAllelicState,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName",
      check: checkAminoAcidChangeName,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType",
      check: checkAminoAcidChangeType,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent",
      check: checkCopyNumberEvent,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName",
      check: checkDNARegionName,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName",
      check: checkDNASequenceVariantName,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType",
      check: checkDNASequenceVariantType,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId",
      check: checkDNAVariantId,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene",
      check: checkGene,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass",
      check: checkGenomicSourceClass,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation",
      check: checkInterpretation,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet",
      check: checkPhaseSet,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence",
      check: checkObservationGeneticsSequence,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/observation-time-offset",
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-time-offset",
      check: checkTimeOffset,
      contexts: CONTEXTS_85,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-administration",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-administration",
      check: checkAdministration,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-careplan",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-careplan",
      check: checkOpenEHRCareplan,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDate",
      check: checkExposureDate,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDescription",
      check: checkExposureDescription,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-exposureDuration",
      check: checkExposureDuration,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-location",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-location",
      check: checkOpenEHRLocation,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-management",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-management",
      check: checkManagement,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/openEHR-test",
    {
      url: "http://hl7.org/fhir/StructureDefinition/openEHR-test",
      check: checkTest,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority",
    {
      url: "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority",
      check: checkAuthority,
      contexts: CONTEXTS_86,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/operationoutcome-detectedIssue",
      check: checkOperationoutcomeDetectedIssue,
      contexts: CONTEXTS_86,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source",
    {
      url: "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source",
      check: checkIssueSource,
      contexts: CONTEXTS_86,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-alias",
    {
      url: "http://hl7.org/fhir/StructureDefinition/organization-alias",
      check: checkOrganizationAlias,
      contexts: CONTEXTS_87,
      contextTypes: CONTEXTS_87
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-period",
    {
      url: "http://hl7.org/fhir/StructureDefinition/organization-period",
      check: checkOrganizationPeriod,
      contexts: CONTEXTS_87,
      contextTypes: CONTEXTS_87
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/organization-preferredContact",
    {
      url: "http://hl7.org/fhir/StructureDefinition/organization-preferredContact",
      check: checkPreferredContact,
      contexts: CONTEXTS_88,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-adoptionInfo",
      check: checkAdoptionInfo,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
      check: checkPatientBirthTime,
      contexts: CONTEXTS_89,
      contextTypes: CONTEXTS_90
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor",
      check: checkPatientCadavericDonor,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-citizenship",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-citizenship",
      check: checkCitizenship,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial",
      check: checkClinicalTrial,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-congregation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-congregation",
      check: checkCongregation,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-disability",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-disability",
      check: checkDisability,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-importance",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-importance",
      check: checkImportance,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
      check: checkInterpreterRequired,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
      check: checkMothersMaidenName,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-nationality",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-nationality",
      check: checkNationality,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/patient-religion",
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-religion",
      check: checkReligion,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-doseType",
      check: checkDoseType,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-infuseOver",
      check: checkInfuseOver,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryRate",
      check: checkMaxDeliveryRate,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-maxDeliveryVolume",
      check: checkMaxDeliveryVolume,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-minDosePerPeriod",
      check: checkMinDosePerPeriod,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateGoal",
      check: checkRateGoal,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrement",
      check: checkRateIncrement,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-rateIncrementInterval",
      check: checkRateIncrementInterval,
      contexts: CONTEXTS_91,
      contextTypes: CONTEXTS_92
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining",
    {
      url: "http://hl7.org/fhir/StructureDefinition/pharmacy-core-refillsRemaining",
      check: checkRefillsRemaining,
      contexts: CONTEXTS_93,
      contextTypes: CONTEXTS_94
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies",
    {
      url: "http://hl7.org/fhir/StructureDefinition/practitioner-animalSpecies",
      check: checkAnimalSpecies,
      contexts: CONTEXTS_95,
      contextTypes: CONTEXTS_95
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitioner-classification",
    {
      url: "http://hl7.org/fhir/StructureDefinition/practitioner-classification",
      check: checkClassification,
      contexts: CONTEXTS_96,
      contextTypes: CONTEXTS_96
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd",
    {
      url: "http://hl7.org/fhir/StructureDefinition/practitionerrole-primaryInd",
      check: checkPrimaryInd,
      contexts: CONTEXTS_97,
      contextTypes: CONTEXTS_51
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-approachBodySite",
      check: checkApproachBodySite,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-causedBy",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-causedBy",
      check: checkCausedBy,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-incisionDateTime",
      check: checkIncisionDateTime,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-method",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-method",
      check: checkProcedureMethod,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-progressStatus",
      check: checkProgressStatus,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-schedule",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-schedule",
      check: checkProcedureSchedule,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedure-targetBodySite",
      check: checkProcedureTargetBodySite,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-approachBodySite",
      check: checkProcedurerequestApproachBodySite,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-authorizedBy",
      check: checkAuthorizedBy,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem",
      check: checkItem,
      contexts: CONTEXTS_11,
      contextTypes: CONTEXTS_11
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-precondition",
      check: checkPrecondition,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-questionnaireRequest",
      check: checkQuestionnaireRequest,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRefused",
      check: checkReasonRefused,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-reasonRejected",
      check: checkProcedurerequestReasonRejected,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite",
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-targetBodySite",
      check: checkProcedurerequestTargetBodySite,
      contexts: CONTEXTS_99,
      contextTypes: CONTEXTS_99
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedProfile",
      check: checkAllowedProfile,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-allowedResource",
      check: checkAllowedResource,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-baseType",
      check: checkBaseType,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation",
      check: checkChoiceOrientation,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-deMap",
      check: checkDeMap,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory",
      check: checkDisplayCategory,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-fhirType",
      check: checkFhirType,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
      check: checkHidden,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
      check: checkItemControl,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-lookupQuestionnaire",
      check: checkLookupQuestionnaire,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs",
      check: checkMaxOccurs,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs",
      check: checkMinOccurs,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
      check: checkOptionExclusive,
      contexts: CONTEXTS_101,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix",
      check: checkOptionPrefix,
      contexts: CONTEXTS_101,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue",
      check: checkQuestionnaireOrdinalValue,
      contexts: CONTEXTS_102,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceFilter",
      check: checkReferenceFilter,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-sourceStructureMap",
      check: checkSourceStructureMap,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-studyprotocolIdentifier",
      check: checkStudyprotocolIdentifier,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink",
      check: checkSupportLink,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-targetStructureMap",
      check: checkTargetStructureMap,
      contexts: CONTEXTS_39,
      contextTypes: CONTEXTS_39
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
      check: checkUnit,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-usageMode",
      check: checkUsageMode,
      contexts: CONTEXTS_100,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author",
      check: checkQuestionnaireresponseAuthor,
      contexts: CONTEXTS_103,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-note",
      check: checkNote,
      contexts: CONTEXTS_104,
      contextTypes: CONTEXTS_105
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reason",
      check: checkReason,
      contexts: CONTEXTS_106,
      contextTypes: CONTEXTS_106
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer",
    {
      url: "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-reviewer",
      check: checkReviewer,
      contexts: CONTEXTS_106,
      contextTypes: CONTEXTS_106
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused",
    {
      url: "http://hl7.org/fhir/StructureDefinition/referralrequest-reasonRefused",
      check: checkReferralrequestReasonRefused,
      contexts: CONTEXTS_107,
      contextTypes: CONTEXTS_107
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/regex",
    {
      url: "http://hl7.org/fhir/StructureDefinition/regex",
      check: checkRegex,
      contexts: CONTEXTS_52,
      contextTypes: CONTEXTS_53
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendered-value",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendered-value",
      check: checkRenderedValue,
      contexts: CONTEXTS_108,
      contextTypes: CONTEXTS_109
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-markdown",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendering-markdown",
      check: checkMarkdown,
      contexts: CONTEXTS_68,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-style",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendering-style",
      check: checkStyle,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive",
      check: checkStyleSensitive,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
    {
      url: "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
      check: checkXhtml,
      contexts: CONTEXTS_68,
      contextTypes: CONTEXTS_68
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-approvalDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/resource-approvalDate",
      check: checkApprovalDate,
      contexts: CONTEXTS_110,
      contextTypes: CONTEXTS_111
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod",
    {
      url: "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod",
      check: checkResourceEffectivePeriod,
      contexts: CONTEXTS_110,
      contextTypes: CONTEXTS_111
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/resource-lastReviewDate",
      check: checkLastReviewDate,
      contexts: CONTEXTS_110,
      contextTypes: CONTEXTS_111
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-collectionPriority",
      check: checkCollectionPriority,
      contexts: CONTEXTS_112,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-isDryWeight",
      check: checkIsDryWeight,
      contexts: CONTEXTS_113,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-processingTime",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-processingTime",
      check: checkProcessingTime,
      contexts: CONTEXTS_114,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-sequenceNumber",
      check: checkSequenceNumber,
      contexts: CONTEXTS_115,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling",
    {
      url: "http://hl7.org/fhir/StructureDefinition/specimen-specialHandling",
      check: checkSpecialHandling,
      contexts: CONTEXTS_112,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-ancestor",
      check: checkAncestor,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-annotation",
      check: checkStructuredefinitionAnnotation,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-ballot-status",
      check: checkBallotStatus,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-category",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-category",
      check: checkCategory,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-display-hint",
      check: checkDisplayHint,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-explicit-type-name",
      check: checkExplicitTypeName,
      contexts: CONTEXTS_43,
      contextTypes: CONTEXTS_43
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm",
      check: checkFmm,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-fmm-no-warnings",
      check: checkFmmNoWarnings,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-json-type",
      check: checkJsonType,
      contexts: CONTEXTS_116,
      contextTypes: CONTEXTS_117
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-rdf-type",
      check: checkRdfType,
      contexts: CONTEXTS_116,
      contextTypes: CONTEXTS_117
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-regex",
      check: checkStructuredefinitionRegex,
      contexts: CONTEXTS_118,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-summary",
      check: checkSummary,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-table-name",
      check: checkTableName,
      contexts: CONTEXTS_119,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-template-status",
      check: checkTemplateStatus,
      contexts: CONTEXTS_40,
      contextTypes: CONTEXTS_40
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-wg",
      check: checkWg,
      contexts: CONTEXTS_17,
      contextTypes: CONTEXTS_6
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type",
    {
      url: "http://hl7.org/fhir/StructureDefinition/structuredefinition-xml-type",
      check: checkXmlType,
      contexts: CONTEXTS_116,
      contextTypes: CONTEXTS_117
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/task-candidateList",
    {
      url: "http://hl7.org/fhir/StructureDefinition/task-candidateList",
      check: checkCandidateList,
      contexts: CONTEXTS_120,
      contextTypes: CONTEXTS_120
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/task-replaces",
    {
      url: "http://hl7.org/fhir/StructureDefinition/task-replaces",
      check: checkTaskReplaces,
      contexts: CONTEXTS_120,
      contextTypes: CONTEXTS_120
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle",
    {
      url: "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle",
      check: checkDaysOfCycle,
      contexts: CONTEXTS_121,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/timing-exact",
    {
      url: "http://hl7.org/fhir/StructureDefinition/timing-exact",
      check: checkExact,
      contexts: CONTEXTS_122,
      contextTypes: CONTEXTS_8
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/translation",
    {
      url: "http://hl7.org/fhir/StructureDefinition/translation",
      check: checkTranslation,
      contexts: CONTEXTS_123,
      contextTypes: CONTEXTS_124
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/usagecontext-group",
    {
      url: "http://hl7.org/fhir/StructureDefinition/usagecontext-group",
      check: checkUsagecontextGroup,
      contexts: CONTEXTS_2,
      contextTypes: CONTEXTS_2
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-author",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-author",
      check: checkValuesetAuthor,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-caseSensitive",
      check: checkCaseSensitive,
      contexts: CONTEXTS_126,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-comment",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-comment",
      check: checkValuesetComment,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-comments",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-comments",
      check: checkValuesetComments,
      contexts: CONTEXTS_127,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder",
      check: checkValuesetConceptOrder,
      contexts: CONTEXTS_128,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-definition",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-definition",
      check: checkValuesetDefinition,
      contexts: CONTEXTS_128,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-effectiveDate",
      check: checkValuesetEffectiveDate,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-expansionSource",
      check: checkExpansionSource,
      contexts: CONTEXTS_129,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-expirationDate",
      check: checkValuesetExpirationDate,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-history",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-history",
      check: checkValuesetHistory,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-keyWord",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-keyWord",
      check: checkValuesetKeyWord,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-label",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-label",
      check: checkValuesetLabel,
      contexts: CONTEXTS_128,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-map",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-map",
      check: checkValuesetMap,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue",
      check: checkValuesetOrdinalValue,
      contexts: CONTEXTS_128,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-otherName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-otherName",
      check: checkValuesetOtherName,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-reference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-reference",
      check: checkValuesetReference,
      contexts: CONTEXTS_28,
      contextTypes: CONTEXTS_28
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-sourceReference",
      check: checkValuesetSourceReference,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-system",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-system",
      check: checkSystem,
      contexts: CONTEXTS_130,
      contextTypes: CONTEXTS_117
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-systemName",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-systemName",
      check: checkSystemName,
      contexts: CONTEXTS_131,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-systemRef",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-systemRef",
      check: checkSystemRef,
      contexts: CONTEXTS_131,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-toocostly",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-toocostly",
      check: checkToocostly,
      contexts: CONTEXTS_129,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-trusted-expansion",
      check: checkValuesetTrustedExpansion,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-unclosed",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-unclosed",
      check: checkUnclosed,
      contexts: CONTEXTS_129,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-usage",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-usage",
      check: checkValuesetUsage,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-warning",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-warning",
      check: checkValuesetWarning,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus",
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus",
      check: checkValuesetWorkflowStatus,
      contexts: CONTEXTS_125,
      contextTypes: CONTEXTS_125
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1",
      check: checkExtensionCareConnectActualProblem1,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1",
      check: checkExtensionCareConnectAdmissionMethod1,
      contexts: CONTEXTS_132,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1",
      check: checkExtensionCareConnectAnaestheticIssues1,
      contexts: CONTEXTS_98,
      contextTypes: CONTEXTS_98
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1",
      check: checkExtensionCareConnectConditionEpisode1,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1",
      check: checkExtensionCareConnectDeathNotificationStatus1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1",
      check: checkExtensionCareConnectDischargeMethod1,
      contexts: CONTEXTS_132,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1",
      check: checkExtensionCareConnectEmergencyCareDischargeStatus1,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1",
      check: checkExtensionCareConnectEncounterTransport1,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1",
      check: checkExtensionCareConnectEthnicCategory1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1",
      check: checkExtensionCareConnectMainLocation1,
      contexts: CONTEXTS_87,
      contextTypes: CONTEXTS_87
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1",
      check: checkExtensionCareConnectNHSCommunication1,
      contexts: CONTEXTS_133,
      contextTypes: CONTEXTS_133
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1",
      check: checkExtensionCareConnectNHSNumberVerificationStatus1,
      contexts: CONTEXTS_134,
      contextTypes: CONTEXTS_69
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NominatedPharmacy-1",
      check: checkExtensionCareConnectNominatedPharmacy1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1",
      check: checkExtensionCareConnectOutcomeOfAttendance1,
      contexts: CONTEXTS_49,
      contextTypes: CONTEXTS_49
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1",
      check: checkExtensionCareConnectReasonCondition1,
      contexts: CONTEXTS_84,
      contextTypes: CONTEXTS_84
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1",
      check: checkExtensionCareConnectRelatedProblemHeader1,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReligiousAffiliation-1",
      check: checkExtensionCareConnectReligiousAffiliation1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ResidentialStatus-1",
      check: checkExtensionCareConnectResidentialStatus1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-TreatmentCategory-1",
      check: checkExtensionCareConnectTreatmentCategory1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1",
      check: checkExtensionCareConnectValueApproximation1,
      contexts: CONTEXTS_75,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: checkExtensionCodingSctdescid,
      contexts: CONTEXTS_135,
      contextTypes: CONTEXTS_136
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1",
      check: checkExtensionCareConnectGPCActualProblem1,
      contexts: CONTEXTS_33,
      contextTypes: CONTEXTS_33
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyCertainty-1",
      check: checkExtensionCareConnectGPCAllergyCertainty1,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1",
      check: checkExtensionCareConnectGPCAllergyIntoleranceEnd1,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEndDate-1",
      check: checkExtensionCareConnectGPCAllergyIntoleranceEndDate1,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergySeverity-1",
      check: checkExtensionCareConnectGPCAllergySeverity1,
      contexts: CONTEXTS_12,
      contextTypes: CONTEXTS_13
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1",
      check: checkExtensionCareConnectGPCClinicalSetting1,
      contexts: CONTEXTS_137,
      contextTypes: CONTEXTS_137
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1",
      check: checkExtensionCareConnectGPCDeathNotificationStatus1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1",
      check: checkExtensionCareConnectGPCEthnicCategory1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1",
      check: checkExtensionCareConnectGPCEvidence1,
      contexts: CONTEXTS_14,
      contextTypes: CONTEXTS_14
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1",
      check: checkExtensionCareConnectGPCListWarningCode1,
      contexts: CONTEXTS_137,
      contextTypes: CONTEXTS_137
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1",
      check: checkExtensionCareConnectGPCMainLocation1,
      contexts: CONTEXTS_87,
      contextTypes: CONTEXTS_87
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1",
      check: checkExtensionCareConnectGPCMedicationChangeSummary1,
      contexts: CONTEXTS_82,
      contextTypes: CONTEXTS_82
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1",
      check: checkExtensionCareConnectGPCMedicationQuantityText1,
      contexts: CONTEXTS_138,
      contextTypes: CONTEXTS_75
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1",
      check: checkExtensionCareConnectGPCMedicationRepeatInformation1,
      contexts: CONTEXTS_139,
      contextTypes: CONTEXTS_139
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1",
      check: checkExtensionCareConnectGPCMedicationStatementLastIssueDate1,
      contexts: CONTEXTS_82,
      contextTypes: CONTEXTS_82
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1",
      check: checkExtensionCareConnectGPCMedicationStatusReason1,
      contexts: CONTEXTS_139,
      contextTypes: CONTEXTS_139
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1",
      check: checkExtensionCareConnectGPCNHSCommunication1,
      contexts: CONTEXTS_133,
      contextTypes: CONTEXTS_133
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1",
      check: checkExtensionCareConnectGPCNHSNumberVerificationStatus1,
      contexts: CONTEXTS_134,
      contextTypes: CONTEXTS_69
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1",
      check: checkExtensionCareConnectGPCNominatedPharmacy1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1",
      check: checkExtensionCareConnectGPCPrescribingAgency1,
      contexts: CONTEXTS_82,
      contextTypes: CONTEXTS_82
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1",
      check: checkExtensionCareConnectGPCPrescriptionType1,
      contexts: CONTEXTS_139,
      contextTypes: CONTEXTS_139
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1",
      check: checkExtensionCareConnectGPCReasonCondition1,
      contexts: CONTEXTS_140,
      contextTypes: CONTEXTS_141
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1",
      check: checkExtensionCareConnectGPCRegistrationDetails1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1",
      check: checkExtensionCareConnectGPCReligiousAffiliation1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1",
      check: checkExtensionCareConnectGPCResidentialStatus1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1",
      check: checkExtensionCareConnectGPCTreatmentCategory1,
      contexts: CONTEXTS_16,
      contextTypes: CONTEXTS_16
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1",
      check: checkExtensionGPConnectAppointmentCancellationReason1,
      contexts: CONTEXTS_142,
      contextTypes: CONTEXTS_142
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
      check: checkExtensionGPConnectBookingOrganisation1,
      contexts: CONTEXTS_142,
      contextTypes: CONTEXTS_142
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-1",
      check: checkExtensionGPConnectDeliveryChannel1,
      contexts: CONTEXTS_143,
      contextTypes: CONTEXTS_144
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
      check: checkExtensionGPConnectDeliveryChannel2,
      contexts: CONTEXTS_143,
      contextTypes: CONTEXTS_144
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
      check: checkExtensionGPConnectPractitionerRole1,
      contexts: CONTEXTS_145,
      contextTypes: CONTEXTS_146
    }
  ],
  [
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: checkExtensionCodingSctdescid2,
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
  baseExtension: (v, x, q, d) => checkExtension(v, x, q, d)
};
export {
  extensionByUrl,
  registry,
  resourceByType,
  structureByUrl
};
