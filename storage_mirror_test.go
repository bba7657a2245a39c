package veiviser

// The plain mirror of a stored project: the same graph as the JSON that
// largeProject encodes to, as plain structs with no methods of their own
// (strings for dates and enumerations, float64 or int64 for numbers), for
// BenchmarkStorage to put our storage beside plain encoding/json. It was
// generated once from that JSON by inferring a struct per JSON path, the
// documents of every template merged into one struct whose fields are
// omitted when empty; a field of mixed kinds across templates is an any.
// It is a benchmark fixture: nothing else uses it, and it need not follow
// the types when they change (the benchmark fails if it no longer decodes
// the stored project's JSON).

type plainProjectTimeline struct {
	Phase string `json:"phase"`
	Start string `json:"start"`
	End   string `json:"end"`
}

type plainProjectLifecycleModel struct {
}

type plainProjectLifecycleHistory struct {
	Point     string `json:"point"`
	Outcome   string `json:"outcome"`
	Date      string `json:"date"`
	Body      string `json:"body"`
	DecidedBy string `json:"decidedBy"`
}

type plainProjectLifecycle struct {
	Model   plainProjectLifecycleModel     `json:"model"`
	History []plainProjectLifecycleHistory `json:"history"`
}

type plainDocHeaderChanges struct {
	Version    string `json:"version"`
	Date       string `json:"date"`
	Producer   string `json:"producer"`
	Change     string `json:"change,omitempty"`
	ApprovedBy string `json:"approvedBy,omitempty"`
}

type plainDocHeaderDistribution struct {
	Version    string   `json:"version"`
	Date       string   `json:"date"`
	Recipients []string `json:"recipients"`
}

type plainDocHeaderDecisionStaffing struct {
	Lead   string `json:"lead"`
	Others string `json:"others"`
}

type plainDocHeaderDecision struct {
	ProjectNumber string                         `json:"projectNumber"`
	CaseNumber    string                         `json:"caseNumber"`
	ProcessedDate string                         `json:"processedDate"`
	ProcessedBy   string                         `json:"processedBy"`
	Decision      string                         `json:"decision"`
	Outcome       string                         `json:"outcome"`
	Staffing      plainDocHeaderDecisionStaffing `json:"staffing"`
	NextPhaseDone string                         `json:"nextPhaseDone"`
	Signature     string                         `json:"signature"`
}

type plainDocHeader struct {
	Project      string                       `json:"project"`
	Organisation string                       `json:"organisation"`
	PreparedBy   string                       `json:"preparedBy"`
	Status       string                       `json:"status"`
	Changes      []plainDocHeaderChanges      `json:"changes"`
	Distribution []plainDocHeaderDistribution `json:"distribution"`
	Decision     plainDocHeaderDecision       `json:"decision"`
}

type plainDocBackground struct {
	Text string `json:"text"`
}

type plainDocPurposeIntro struct {
	Text string `json:"text"`
}

type plainDocPurposeNeeds struct {
	Text string `json:"text"`
}

type plainDocPurposeChanges struct {
	Text string `json:"text"`
}

type plainDocPurposeCurrent struct {
	Text string `json:"text"`
}

type plainDocPurposeDesired struct {
	Text string `json:"text"`
}

type plainDocPurposeWithoutProject struct {
	Text string `json:"text"`
}

type plainDocPurposeEffect struct {
	Text string `json:"text"`
}

type plainDocPurposeAlignment struct {
	Text string `json:"text"`
}

type plainDocPurpose struct {
	Intro          plainDocPurposeIntro           `json:"intro"`
	Needs          plainDocPurposeNeeds           `json:"needs"`
	Changes        *plainDocPurposeChanges        `json:"changes,omitempty"`
	Current        *plainDocPurposeCurrent        `json:"current,omitempty"`
	Desired        *plainDocPurposeDesired        `json:"desired,omitempty"`
	WithoutProject *plainDocPurposeWithoutProject `json:"withoutProject,omitempty"`
	Effect         *plainDocPurposeEffect         `json:"effect,omitempty"`
	Alignment      *plainDocPurposeAlignment      `json:"alignment,omitempty"`
}

type plainDocConstraintsIntro struct {
	Text string `json:"text"`
}

type plainDocConstraintsRelatedProjects struct {
	Text string `json:"text"`
}

type plainDocConstraintsOtherOrganisations struct {
	Text string `json:"text"`
}

type plainDocConstraintsProcurement struct {
	Text string `json:"text"`
}

type plainDocConstraintsItPolicy struct {
	Text string `json:"text"`
}

type plainDocConstraintsEnterpriseArchitecture struct {
	Text string `json:"text"`
}

type plainDocConstraintsGuidelines struct {
	Text string `json:"text"`
}

type plainDocConstraintsBoundaries struct {
	Text string `json:"text"`
}

type plainDocConstraintsRegulations struct {
	Text string `json:"text"`
}

type plainDocConstraintsPrinciples struct {
	Text string `json:"text"`
}

type plainDocConstraints struct {
	Intro                  plainDocConstraintsIntro                   `json:"intro"`
	RelatedProjects        *plainDocConstraintsRelatedProjects        `json:"relatedProjects,omitempty"`
	OtherOrganisations     *plainDocConstraintsOtherOrganisations     `json:"otherOrganisations,omitempty"`
	Procurement            *plainDocConstraintsProcurement            `json:"procurement,omitempty"`
	ItPolicy               *plainDocConstraintsItPolicy               `json:"itPolicy,omitempty"`
	EnterpriseArchitecture *plainDocConstraintsEnterpriseArchitecture `json:"enterpriseArchitecture,omitempty"`
	Guidelines             *plainDocConstraintsGuidelines             `json:"guidelines,omitempty"`
	Boundaries             *plainDocConstraintsBoundaries             `json:"boundaries,omitempty"`
	Regulations            *plainDocConstraintsRegulations            `json:"regulations,omitempty"`
	Principles             *plainDocConstraintsPrinciples             `json:"principles,omitempty"`
}

type plainDocExperienceParts struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

type plainDocExperience struct {
	Parts []plainDocExperienceParts `json:"parts"`
}

type plainDocConceptPhaseIntro struct {
	Text string `json:"text"`
}

type plainDocConceptPhaseOrganisationParts struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

type plainDocConceptPhaseOrganisation struct {
	Text  string                                  `json:"text"`
	Parts []plainDocConceptPhaseOrganisationParts `json:"parts"`
}

type plainDocConceptPhaseStakeholders struct {
	Text string `json:"text"`
}

type plainDocConceptPhaseResultsSummary struct {
	Text string `json:"text"`
}

type plainDocConceptPhaseResultsBusinessCase struct {
	Text string `json:"text"`
}

type plainDocConceptPhaseResultsProjectProposal struct {
	Text string `json:"text"`
}

type plainDocConceptPhaseResultsPhasePlan struct {
	Text string `json:"text"`
}

type plainDocConceptPhaseResultsOther struct {
	Text string `json:"text"`
}

type plainDocConceptPhaseResults struct {
	Summary         plainDocConceptPhaseResultsSummary         `json:"summary"`
	BusinessCase    plainDocConceptPhaseResultsBusinessCase    `json:"businessCase"`
	ProjectProposal plainDocConceptPhaseResultsProjectProposal `json:"projectProposal"`
	PhasePlan       plainDocConceptPhaseResultsPhasePlan       `json:"phasePlan"`
	Other           plainDocConceptPhaseResultsOther           `json:"other"`
}

type plainDocConceptPhaseResourcesIntro struct {
	Text string `json:"text"`
}

type plainDocConceptPhaseResourcesWorkGroups struct {
	Name    string `json:"name"`
	Task    string `json:"task"`
	Members string `json:"members"`
}

type plainDocConceptPhaseResourcesTasks struct {
	Task      string `json:"task"`
	Resources string `json:"resources"`
	Timeframe string `json:"timeframe"`
}

type plainDocConceptPhaseResourcesCost struct {
	Text string `json:"text"`
}

type plainDocConceptPhaseResources struct {
	Intro      plainDocConceptPhaseResourcesIntro        `json:"intro"`
	WorkGroups []plainDocConceptPhaseResourcesWorkGroups `json:"workGroups"`
	Tasks      []plainDocConceptPhaseResourcesTasks      `json:"tasks"`
	Cost       plainDocConceptPhaseResourcesCost         `json:"cost"`
}

type plainDocConceptPhaseConcepts struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

type plainDocConceptPhase struct {
	Intro        plainDocConceptPhaseIntro        `json:"intro"`
	Organisation plainDocConceptPhaseOrganisation `json:"organisation"`
	Stakeholders plainDocConceptPhaseStakeholders `json:"stakeholders"`
	Results      plainDocConceptPhaseResults      `json:"results"`
	Resources    plainDocConceptPhaseResources    `json:"resources"`
	Concepts     []plainDocConceptPhaseConcepts   `json:"concepts"`
}

type plainDocChecklists struct {
	Number   int64  `json:"number"`
	Question string `json:"question"`
	Comment  string `json:"comment"`
}

type plainDocChecklist struct {
	Items []plainDocChecklists `json:"items"`
}

type plainDocIdea struct {
	Text string `json:"text"`
}

type plainDocScheduleIntro struct {
	Text string `json:"text"`
}

type plainDocScheduleTimeline struct {
	Phase string `json:"phase"`
	Start string `json:"start"`
	End   string `json:"end"`
}

type plainDocScheduleResources struct {
	Text string `json:"text"`
}

type plainDocSchedule struct {
	Intro     plainDocScheduleIntro      `json:"intro"`
	Timeline  []plainDocScheduleTimeline `json:"timeline"`
	Resources plainDocScheduleResources  `json:"resources"`
}

type plainDocItPolicy struct {
	Text string `json:"text"`
}

type plainDocConceptsIntro struct {
	Text string `json:"text"`
}

type plainDocConceptsNullAlternative struct {
	Text string `json:"text"`
}

type plainDocConceptsRejected struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

type plainDocConceptsRecommended struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

type plainDocConceptsJustification struct {
	Text string `json:"text"`
}

type plainDocConcepts struct {
	Intro           plainDocConceptsIntro           `json:"intro"`
	NullAlternative plainDocConceptsNullAlternative `json:"nullAlternative"`
	Rejected        []plainDocConceptsRejected      `json:"rejected"`
	Recommended     plainDocConceptsRecommended     `json:"recommended"`
	Justification   plainDocConceptsJustification   `json:"justification"`
}

type plainDocProducts struct {
	Text string `json:"text"`
}

type plainDocStakeholders struct {
	Text string `json:"text"`
}

type plainDocBenefitsIntro struct {
	Text string `json:"text"`
}

type plainDocBenefitMap struct {
	Text string `json:"text"`
}

type plainDocDependenciesIntro struct {
	Text string `json:"text"`
}

type plainDocDependenciesKnown struct {
	Text string `json:"text"`
}

type plainDocDependenciesPrerequisites struct {
	Text string `json:"text"`
}

type plainDocDependencies struct {
	Intro         *plainDocDependenciesIntro         `json:"intro,omitempty"`
	Known         *plainDocDependenciesKnown         `json:"known,omitempty"`
	Prerequisites *plainDocDependenciesPrerequisites `json:"prerequisites,omitempty"`
	Text          string                             `json:"text,omitempty"`
}

type plainDocPlanSketchIntro struct {
	Text string `json:"text"`
}

type plainDocPlanSketchSubPhases struct {
	Text string `json:"text"`
}

type plainDocPlanSketchCosts struct {
	Text string `json:"text"`
}

type plainDocPlanSketchStrategy struct {
	Text string `json:"text"`
}

type plainDocPlanSketchRisks struct {
	Event   string `json:"event"`
	Impact  string `json:"impact"`
	Measure string `json:"measure"`
}

type plainDocPlanSketchExperience struct {
	Text string `json:"text"`
}

type plainDocPlanSketch struct {
	Intro      plainDocPlanSketchIntro      `json:"intro"`
	SubPhases  plainDocPlanSketchSubPhases  `json:"subPhases"`
	Costs      plainDocPlanSketchCosts      `json:"costs"`
	Strategy   plainDocPlanSketchStrategy   `json:"strategy"`
	Risks      []plainDocPlanSketchRisks    `json:"risks"`
	Experience plainDocPlanSketchExperience `json:"experience"`
}

type plainDocSummaryIntro struct {
	Text string `json:"text"`
}

type plainDocSummaryBackground struct {
	Text string `json:"text"`
}

type plainDocSummaryExecution struct {
	Text string `json:"text"`
}

type plainDocSummary struct {
	Text       string                     `json:"text,omitempty"`
	Intro      *plainDocSummaryIntro      `json:"intro,omitempty"`
	Background *plainDocSummaryBackground `json:"background,omitempty"`
	Execution  *plainDocSummaryExecution  `json:"execution,omitempty"`
}

type plainDocReasons struct {
	Text string `json:"text"`
}

type plainDocDisbenefits struct {
	Text string `json:"text"`
}

type plainDocAppraisal struct {
	Text string `json:"text"`
}

type plainDocInvestment struct {
	Text string `json:"text"`
}

type plainDocFunding struct {
	Text string `json:"text"`
}

type plainDocMilestones struct {
	Name  string `json:"name"`
	Date  string `json:"date"`
	Point string `json:"point,omitempty"`
}

type plainDocBudget struct {
	Text string `json:"text"`
}

type plainDocRisks struct {
	Event   string `json:"event"`
	Impact  string `json:"impact"`
	Measure string `json:"measure"`
}

type plainDocProductIntro struct {
	Text string `json:"text"`
}

type plainDocProductMainProducts struct {
	Text string `json:"text"`
}

type plainDocProductBreakdown struct {
	Text string `json:"text"`
}

type plainDocProductProducts struct {
	Text string `json:"text"`
}

type plainDocProduct struct {
	Intro        plainDocProductIntro        `json:"intro"`
	MainProducts plainDocProductMainProducts `json:"mainProducts"`
	Breakdown    plainDocProductBreakdown    `json:"breakdown"`
	Products     plainDocProductProducts     `json:"products"`
}

type plainDocStakeholderOverview struct {
	Text string `json:"text"`
}

type plainDocCommunication struct {
	Stakeholder string `json:"stakeholder"`
	Goal        string `json:"goal"`
	Message     string `json:"message"`
	Form        string `json:"form"`
	When        string `json:"when"`
	Responsible string `json:"responsible"`
}

type plainDocOrganisationIntro struct {
	Text string `json:"text"`
}

type plainDocProjectOrganisation struct {
	Text string `json:"text"`
}

type plainDocStrategies struct {
	Text string `json:"text"`
}

type plainDocPlanText struct {
	Text string `json:"text"`
}

type plainDocPlanMilestones struct {
	Name  string `json:"name"`
	Date  string `json:"date"`
	Point string `json:"point"`
}

type plainDocPlanSchedule struct {
	Text string `json:"text"`
}

type plainDocPlanBudget struct {
	Period string `json:"period"`
	Amount int64  `json:"amount"`
	Note   string `json:"note"`
}

type plainDocPlanExperience struct {
	Text string `json:"text"`
}

type plainDocPlanAssumptions struct {
	Text string `json:"text"`
}

type plainDocPlanUncertainties struct {
	Text string `json:"text"`
}

type plainDocPlanControl struct {
	Text string `json:"text"`
}

type plainDocPlanBenefitsIndicatorsBaseline struct {
	Value int64  `json:"value"`
	Date  string `json:"date"`
}

type plainDocPlanBenefitsIndicatorsTarget struct {
	Value int64  `json:"value"`
	Date  string `json:"date"`
}

type plainDocPlanBenefitsIndicatorsMeasurements struct {
	Date  string `json:"date"`
	Value int64  `json:"value"`
}

type plainDocPlanBenefitsIndicators struct {
	Name         string                                       `json:"name"`
	Unit         string                                       `json:"unit"`
	Method       string                                       `json:"method"`
	MeasuredBy   string                                       `json:"measuredBy"`
	Baseline     plainDocPlanBenefitsIndicatorsBaseline       `json:"baseline"`
	Target       plainDocPlanBenefitsIndicatorsTarget         `json:"target"`
	Measurements []plainDocPlanBenefitsIndicatorsMeasurements `json:"measurements"`
}

type plainDocPlanBenefits struct {
	Id            string                           `json:"id"`
	Description   string                           `json:"description"`
	Area          string                           `json:"area"`
	Valuation     string                           `json:"valuation"`
	Owner         string                           `json:"owner"`
	StartYear     int64                            `json:"startYear,omitempty"`
	FullEffect    int64                            `json:"fullEffect,omitempty"`
	Profile       []int64                          `json:"profile,omitempty"`
	Preconditions []string                         `json:"preconditions"`
	Indicators    []plainDocPlanBenefitsIndicators `json:"indicators"`
	Importance    string                           `json:"importance,omitempty"`
	Justification string                           `json:"justification,omitempty"`
}

type plainDocPlanRevisions struct {
	Date string `json:"date"`
	By   string `json:"by"`
	Note string `json:"note"`
}

type plainDocPlan struct {
	Text          *plainDocPlanText          `json:"text,omitempty"`
	Milestones    []plainDocPlanMilestones   `json:"milestones,omitempty"`
	Schedule      *plainDocPlanSchedule      `json:"schedule,omitempty"`
	Budget        []plainDocPlanBudget       `json:"budget,omitempty"`
	Experience    *plainDocPlanExperience    `json:"experience,omitempty"`
	Assumptions   *plainDocPlanAssumptions   `json:"assumptions,omitempty"`
	Uncertainties *plainDocPlanUncertainties `json:"uncertainties,omitempty"`
	Control       *plainDocPlanControl       `json:"control,omitempty"`
	Project       string                     `json:"project,omitempty"`
	Responsible   string                     `json:"responsible,omitempty"`
	Benefits      []plainDocPlanBenefits     `json:"benefits,omitempty"`
	Revisions     []plainDocPlanRevisions    `json:"revisions,omitempty"`
}

type plainDocTolerances struct {
	Area  string `json:"area"`
	Limit string `json:"limit"`
}

type plainDocOwnBenefits struct {
	Text string `json:"text"`
}

type plainDocBenefitUse struct {
	Text string `json:"text"`
}

type plainDocOtherPublicBenefits struct {
	Text string `json:"text"`
}

type plainDocUnpricedBenefits struct {
	Text string `json:"text"`
}

type plainDocMeasuresIntro struct {
	Text string `json:"text"`
}

type plainDocUnpricedFollowUp struct {
	Text string `json:"text"`
}

type plainDocDeliverables struct {
	Text string `json:"text"`
}

type plainDocOutstanding struct {
	Text string `json:"text"`
}

type plainDocHandover struct {
	Text string `json:"text"`
}

type plainDocOperations struct {
	Text string `json:"text"`
}

type plainDocRecommendation struct {
	Text string `json:"text"`
}

type plainDocGoalNotesEffect struct {
	Text string `json:"text"`
}

type plainDocGoalNotes struct {
	Effect plainDocGoalNotesEffect `json:"effect"`
}

type plainDocJustification struct {
	Text string `json:"text"`
}

type plainDocProgress struct {
	Text string `json:"text"`
}

type plainDocDeviations struct {
	Text string `json:"text"`
}

type plainDocGovernanceIntro struct {
	Text string `json:"text"`
}

type plainDocGovernanceSuccessFactors struct {
	Text string `json:"text"`
}

type plainDocGovernanceOrganisation struct {
	Text string `json:"text"`
}

type plainDocGovernanceStakeholders struct {
	Text string `json:"text"`
}

type plainDocGovernanceBenefits struct {
	Text string `json:"text"`
}

type plainDocGovernanceUncertainty struct {
	Text string `json:"text"`
}

type plainDocGovernance struct {
	Intro          plainDocGovernanceIntro          `json:"intro"`
	SuccessFactors plainDocGovernanceSuccessFactors `json:"successFactors"`
	Organisation   plainDocGovernanceOrganisation   `json:"organisation"`
	Stakeholders   plainDocGovernanceStakeholders   `json:"stakeholders"`
	Benefits       plainDocGovernanceBenefits       `json:"benefits"`
	Uncertainty    plainDocGovernanceUncertainty    `json:"uncertainty"`
}

type plainDocLearningProcess struct {
	Text string `json:"text"`
}

type plainDocLearningConstraints struct {
	Text string `json:"text"`
}

type plainDocLearningLineOrganisation struct {
	Text string `json:"text"`
}

type plainDocLearning struct {
	Process          plainDocLearningProcess          `json:"process"`
	Constraints      plainDocLearningConstraints      `json:"constraints"`
	LineOrganisation plainDocLearningLineOrganisation `json:"lineOrganisation"`
}

type plainDocConcept struct {
	Text string `json:"text"`
}

type plainDocMeasures struct {
	Text string `json:"text"`
}

type plainDoc struct {
	Header              plainDocHeader               `json:"header"`
	Background          *plainDocBackground          `json:"background,omitempty"`
	Purpose             *plainDocPurpose             `json:"purpose,omitempty"`
	Constraints         *plainDocConstraints         `json:"constraints,omitempty"`
	Experience          *plainDocExperience          `json:"experience,omitempty"`
	ConceptPhase        *plainDocConceptPhase        `json:"conceptPhase,omitempty"`
	Checklist           *plainDocChecklist           `json:"checklist,omitempty"`
	Idea                *plainDocIdea                `json:"idea,omitempty"`
	Goals               any                          `json:"goals,omitempty"`
	Schedule            *plainDocSchedule            `json:"schedule,omitempty"`
	Organisation        any                          `json:"organisation,omitempty"`
	ItPolicy            *plainDocItPolicy            `json:"itPolicy,omitempty"`
	Attachments         any                          `json:"attachments,omitempty"`
	Concepts            *plainDocConcepts            `json:"concepts,omitempty"`
	Products            *plainDocProducts            `json:"products,omitempty"`
	Stakeholders        *plainDocStakeholders        `json:"stakeholders,omitempty"`
	BenefitsIntro       *plainDocBenefitsIntro       `json:"benefitsIntro,omitempty"`
	Benefits            any                          `json:"benefits,omitempty"`
	BenefitMap          *plainDocBenefitMap          `json:"benefitMap,omitempty"`
	Dependencies        *plainDocDependencies        `json:"dependencies,omitempty"`
	PlanSketch          *plainDocPlanSketch          `json:"planSketch,omitempty"`
	Preliminary         bool                         `json:"preliminary,omitempty"`
	Summary             *plainDocSummary             `json:"summary,omitempty"`
	Reasons             *plainDocReasons             `json:"reasons,omitempty"`
	Disbenefits         *plainDocDisbenefits         `json:"disbenefits,omitempty"`
	Appraisal           *plainDocAppraisal           `json:"appraisal,omitempty"`
	Investment          *plainDocInvestment          `json:"investment,omitempty"`
	Funding             *plainDocFunding             `json:"funding,omitempty"`
	Phase               string                       `json:"phase,omitempty"`
	Sub                 int64                        `json:"sub,omitempty"`
	Start               string                       `json:"start,omitempty"`
	End                 string                       `json:"end,omitempty"`
	Milestones          []plainDocMilestones         `json:"milestones,omitempty"`
	Budget              *plainDocBudget              `json:"budget,omitempty"`
	Risks               []plainDocRisks              `json:"risks,omitempty"`
	Product             *plainDocProduct             `json:"product,omitempty"`
	StakeholderOverview *plainDocStakeholderOverview `json:"stakeholderOverview,omitempty"`
	Communication       []plainDocCommunication      `json:"communication,omitempty"`
	OrganisationIntro   *plainDocOrganisationIntro   `json:"organisationIntro,omitempty"`
	ProjectOrganisation *plainDocProjectOrganisation `json:"projectOrganisation,omitempty"`
	Strategies          *plainDocStrategies          `json:"strategies,omitempty"`
	Plan                *plainDocPlan                `json:"plan,omitempty"`
	Tolerances          []plainDocTolerances         `json:"tolerances,omitempty"`
	OwnBenefits         *plainDocOwnBenefits         `json:"ownBenefits,omitempty"`
	BenefitUse          *plainDocBenefitUse          `json:"benefitUse,omitempty"`
	OtherPublicBenefits *plainDocOtherPublicBenefits `json:"otherPublicBenefits,omitempty"`
	UnpricedBenefits    *plainDocUnpricedBenefits    `json:"unpricedBenefits,omitempty"`
	MeasuresIntro       *plainDocMeasuresIntro       `json:"measuresIntro,omitempty"`
	UnpricedFollowUp    *plainDocUnpricedFollowUp    `json:"unpricedFollowUp,omitempty"`
	Deliverables        *plainDocDeliverables        `json:"deliverables,omitempty"`
	Outstanding         *plainDocOutstanding         `json:"outstanding,omitempty"`
	Handover            *plainDocHandover            `json:"handover,omitempty"`
	Operations          *plainDocOperations          `json:"operations,omitempty"`
	Recommendation      *plainDocRecommendation      `json:"recommendation,omitempty"`
	ClosingDate         string                       `json:"closingDate,omitempty"`
	GoalNotes           *plainDocGoalNotes           `json:"goalNotes,omitempty"`
	Justification       *plainDocJustification       `json:"justification,omitempty"`
	Progress            *plainDocProgress            `json:"progress,omitempty"`
	Deviations          *plainDocDeviations          `json:"deviations,omitempty"`
	Governance          *plainDocGovernance          `json:"governance,omitempty"`
	Lessons             []string                     `json:"lessons,omitempty"`
	Learning            *plainDocLearning            `json:"learning,omitempty"`
	Concept             *plainDocConcept             `json:"concept,omitempty"`
	Measures            *plainDocMeasures            `json:"measures,omitempty"`
}

type plainProjectDocument struct {
	SchemaVersion int64    `json:"schemaVersion"`
	Template      string   `json:"template"`
	Document      plainDoc `json:"document"`
}

type plainProjectChecklistsBp1Title struct {
	Nb string `json:"nb"`
	Nn string `json:"nn"`
	En string `json:"en"`
}

type plainProjectChecklistsBp1sQuestion struct {
	Text       string `json:"text"`
	Nn         string `json:"nn"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsBp1sHistoryAnswer struct {
	Bool   string `json:"bool,omitempty"`
	Option string `json:"option,omitempty"`
}

type plainProjectChecklistsBp1sHistory struct {
	State  string                                  `json:"state"`
	Answer plainProjectChecklistsBp1sHistoryAnswer `json:"answer"`
	By     string                                  `json:"by"`
	On     string                                  `json:"on"`
}

type plainProjectChecklistsBp1sOptionsLabel struct {
	Nb string `json:"nb"`
	Nn string `json:"nn"`
	En string `json:"en"`
}

type plainProjectChecklistsBp1sOptions struct {
	Id         string                                 `json:"id"`
	Label      plainProjectChecklistsBp1sOptionsLabel `json:"label"`
	Favourable bool                                   `json:"favourable,omitempty"`
}

type plainProjectChecklistsBp1s struct {
	Id         string                              `json:"id"`
	Lang       string                              `json:"lang"`
	Question   plainProjectChecklistsBp1sQuestion  `json:"question"`
	Kind       string                              `json:"kind"`
	Favourable string                              `json:"favourable,omitempty"`
	History    []plainProjectChecklistsBp1sHistory `json:"history"`
	Options    []plainProjectChecklistsBp1sOptions `json:"options,omitempty"`
}

type plainProjectChecklistsBp1 struct {
	Id    string                         `json:"id"`
	Title plainProjectChecklistsBp1Title `json:"title"`
	Point string                         `json:"point"`
	Level string                         `json:"level"`
	Items []plainProjectChecklistsBp1s   `json:"items"`
}

type plainProjectChecklistsBp2Title struct {
	Nb string `json:"nb"`
	Nn string `json:"nn"`
	En string `json:"en"`
}

type plainProjectChecklistsBp2sQuestion struct {
	Text       string `json:"text"`
	Nn         string `json:"nn"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsBp2sHistoryAnswer struct {
	Bool string `json:"bool"`
}

type plainProjectChecklistsBp2sHistory struct {
	State  string                                  `json:"state"`
	Answer plainProjectChecklistsBp2sHistoryAnswer `json:"answer"`
	By     string                                  `json:"by"`
	On     string                                  `json:"on"`
}

type plainProjectChecklistsBp2s struct {
	Id         string                              `json:"id"`
	Lang       string                              `json:"lang"`
	Question   plainProjectChecklistsBp2sQuestion  `json:"question"`
	Kind       string                              `json:"kind"`
	Favourable string                              `json:"favourable"`
	History    []plainProjectChecklistsBp2sHistory `json:"history"`
}

type plainProjectChecklistsBp2 struct {
	Id    string                         `json:"id"`
	Title plainProjectChecklistsBp2Title `json:"title"`
	Point string                         `json:"point"`
	Level string                         `json:"level"`
	Items []plainProjectChecklistsBp2s   `json:"items"`
}

type plainProjectChecklistsBp3Title struct {
	Nb string `json:"nb"`
	Nn string `json:"nn"`
	En string `json:"en"`
}

type plainProjectChecklistsBp3sQuestion struct {
	Text       string `json:"text"`
	Nn         string `json:"nn"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsBp3sHistoryAnswer struct {
	Bool string `json:"bool"`
}

type plainProjectChecklistsBp3sHistory struct {
	State  string                                  `json:"state"`
	Answer plainProjectChecklistsBp3sHistoryAnswer `json:"answer"`
	By     string                                  `json:"by"`
	On     string                                  `json:"on"`
}

type plainProjectChecklistsBp3s struct {
	Id         string                              `json:"id"`
	Lang       string                              `json:"lang"`
	Question   plainProjectChecklistsBp3sQuestion  `json:"question"`
	Kind       string                              `json:"kind"`
	Favourable string                              `json:"favourable"`
	History    []plainProjectChecklistsBp3sHistory `json:"history"`
}

type plainProjectChecklistsBp3 struct {
	Id    string                         `json:"id"`
	Title plainProjectChecklistsBp3Title `json:"title"`
	Point string                         `json:"point"`
	Level string                         `json:"level"`
	Items []plainProjectChecklistsBp3s   `json:"items"`
}

type plainProjectChecklistsBp4Title struct {
	Nb string `json:"nb"`
	Nn string `json:"nn"`
	En string `json:"en"`
}

type plainProjectChecklistsBp4sQuestion struct {
	Text       string `json:"text"`
	Nn         string `json:"nn"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsBp4s struct {
	Id         string                             `json:"id"`
	Lang       string                             `json:"lang"`
	Question   plainProjectChecklistsBp4sQuestion `json:"question"`
	Kind       string                             `json:"kind"`
	Favourable string                             `json:"favourable"`
}

type plainProjectChecklistsBp4 struct {
	Id    string                         `json:"id"`
	Title plainProjectChecklistsBp4Title `json:"title"`
	Point string                         `json:"point"`
	Level string                         `json:"level"`
	Items []plainProjectChecklistsBp4s   `json:"items"`
}

type plainProjectChecklistsBp5Title struct {
	Nb string `json:"nb"`
	Nn string `json:"nn"`
	En string `json:"en"`
}

type plainProjectChecklistsBp5sQuestion struct {
	Text       string `json:"text"`
	Nn         string `json:"nn"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsBp5s struct {
	Id         string                             `json:"id"`
	Lang       string                             `json:"lang"`
	Question   plainProjectChecklistsBp5sQuestion `json:"question"`
	Kind       string                             `json:"kind"`
	Favourable string                             `json:"favourable"`
}

type plainProjectChecklistsBp5 struct {
	Id    string                         `json:"id"`
	Title plainProjectChecklistsBp5Title `json:"title"`
	Point string                         `json:"point"`
	Level string                         `json:"level"`
	Items []plainProjectChecklistsBp5s   `json:"items"`
}

type plainProjectChecklistsBp6Title struct {
	Nb string `json:"nb"`
	Nn string `json:"nn"`
	En string `json:"en"`
}

type plainProjectChecklistsBp6sQuestion struct {
	Text       string `json:"text"`
	Nn         string `json:"nn"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsBp6s struct {
	Id         string                             `json:"id"`
	Lang       string                             `json:"lang"`
	Question   plainProjectChecklistsBp6sQuestion `json:"question"`
	Kind       string                             `json:"kind"`
	Favourable string                             `json:"favourable,omitempty"`
}

type plainProjectChecklistsBp6 struct {
	Id    string                         `json:"id"`
	Title plainProjectChecklistsBp6Title `json:"title"`
	Point string                         `json:"point"`
	Level string                         `json:"level"`
	Items []plainProjectChecklistsBp6s   `json:"items"`
}

type plainProjectChecklistsKsTitle struct {
	Nb string `json:"nb"`
	Nn string `json:"nn"`
	En string `json:"en"`
}

type plainProjectChecklistsKssQuestion struct {
	Text       string `json:"text"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsKssGuidance struct {
	Text       string `json:"text"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsKssLead struct {
	Text       string `json:"text"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsKssSub struct {
	Text       string `json:"text"`
	En         string `json:"en"`
	Translated string `json:"translated"`
}

type plainProjectChecklistsKssHistoryAnswer struct {
	Bool string `json:"bool"`
}

type plainProjectChecklistsKssHistory struct {
	State  string                                 `json:"state"`
	Answer plainProjectChecklistsKssHistoryAnswer `json:"answer"`
	By     string                                 `json:"by"`
	On     string                                 `json:"on"`
}

type plainProjectChecklistsKss struct {
	Id         string                             `json:"id"`
	Lang       string                             `json:"lang"`
	Question   plainProjectChecklistsKssQuestion  `json:"question"`
	Guidance   plainProjectChecklistsKssGuidance  `json:"guidance"`
	Lead       *plainProjectChecklistsKssLead     `json:"lead,omitempty"`
	Sub        []plainProjectChecklistsKssSub     `json:"sub,omitempty"`
	Kind       string                             `json:"kind"`
	Favourable string                             `json:"favourable"`
	From       string                             `json:"from"`
	Due        string                             `json:"due"`
	History    []plainProjectChecklistsKssHistory `json:"history"`
}

type plainProjectChecklistsKs struct {
	Id    string                        `json:"id"`
	Title plainProjectChecklistsKsTitle `json:"title"`
	Level string                        `json:"level"`
	Items []plainProjectChecklistsKss   `json:"items"`
}

type plainProjectChecklists struct {
	Bp1 plainProjectChecklistsBp1 `json:"bp1"`
	Bp2 plainProjectChecklistsBp2 `json:"bp2"`
	Bp3 plainProjectChecklistsBp3 `json:"bp3"`
	Bp4 plainProjectChecklistsBp4 `json:"bp4"`
	Bp5 plainProjectChecklistsBp5 `json:"bp5"`
	Bp6 plainProjectChecklistsBp6 `json:"bp6"`
	Ks  plainProjectChecklistsKs  `json:"ks"`
}

type plainProjectStakeholdersStakeholders struct {
	Id        string `json:"id"`
	Group     string `json:"group"`
	Category  string `json:"category"`
	Interest  string `json:"interest"`
	Influence string `json:"influence"`
}

type plainProjectStakeholdersRoles struct {
	Role   string `json:"role"`
	Person string `json:"person"`
}

type plainProjectStakeholders struct {
	Stakeholders []plainProjectStakeholdersStakeholders `json:"stakeholders"`
	Roles        []plainProjectStakeholdersRoles        `json:"roles"`
}

type plainProjectAuditModelTailoring struct {
}

type plainProjectAuditModel struct {
	Tailoring plainProjectAuditModelTailoring `json:"tailoring"`
}

type plainProjectAuditDecision struct {
	Point     string `json:"point"`
	Outcome   string `json:"outcome"`
	Date      string `json:"date"`
	Body      string `json:"body"`
	DecidedBy string `json:"decidedBy"`
}

type plainProjectAuditSeals struct {
	Document int64  `json:"document"`
	Template string `json:"template"`
	Version  string `json:"version"`
	Hash     string `json:"hash"`
}

type plainProjectAudit struct {
	Seq      int64                      `json:"seq"`
	Model    *plainProjectAuditModel    `json:"model,omitempty"`
	Prev     string                     `json:"prev"`
	Hash     string                     `json:"hash"`
	Decision *plainProjectAuditDecision `json:"decision,omitempty"`
	Seals    []plainProjectAuditSeals   `json:"seals,omitempty"`
}

type plainProject struct {
	SchemaVersion                int64                    `json:"schemaVersion"`
	Id                           string                   `json:"id"`
	Name                         string                   `json:"name"`
	Agency                       string                   `json:"agency"`
	StateAffectingMunicipalities bool                     `json:"stateAffectingMunicipalities"`
	Description                  string                   `json:"description"`
	Investment                   int64                    `json:"investment"`
	Timeline                     []plainProjectTimeline   `json:"timeline"`
	Lifecycle                    plainProjectLifecycle    `json:"lifecycle"`
	Documents                    []plainProjectDocument   `json:"documents"`
	Checklists                   plainProjectChecklists   `json:"checklists"`
	Stakeholders                 plainProjectStakeholders `json:"stakeholders"`
	Audit                        []plainProjectAudit      `json:"audit"`
}
