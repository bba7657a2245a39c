package product

import (
	"encoding/json"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/strict"
)

// appendBenefitPlan appends d to b as json.Marshal writes it, with the plan
// written by benefit.Plan.AppendJSON in one pass: the plan's benefits,
// indicators and measurements are most of a stored project, and
// json.Marshal of d would scan and copy again the output of every
// measurement's and every number's MarshalJSON (issue 14). The fields
// around the plan are written by json.Marshal, which does them well.
// TestEncodeStoredForm keeps the bytes those of json.Marshal(d), and
// TestBenefitPlanParts the two parts those of BenefitPlan.
//
// An error is a *phase.PathError at the path below the document; a string
// of the plan that is not valid UTF-8 is refused by AppendJSON, one of the
// parts around it is left, as in any document, to Encode's check.
func appendBenefitPlan(b []byte, d *BenefitPlan) ([]byte, error) {
	head := benefitPlanHead{Header: d.Header, Background: d.Background}
	h, err := json.Marshal(head)
	if err != nil {
		return nil, strict.EncodeError("encode", "", head, err)
	}
	tail := benefitPlanTail{
		OwnBenefits: d.OwnBenefits, BenefitUse: d.BenefitUse, OtherPublicBenefits: d.OtherPublicBenefits,
		UnpricedBenefits: d.UnpricedBenefits, MeasuresIntro: d.MeasuresIntro, UnpricedFollowUp: d.UnpricedFollowUp,
		BenefitMap: d.BenefitMap,
	}
	t, err := json.Marshal(tail)
	if err != nil {
		return nil, strict.EncodeError("encode", "", tail, err)
	}
	// h is {…} and t is {…}, each with at least one field (header;
	// benefitUse): join them as {h…,"plan":…,t…}.
	b = append(b, h[:len(h)-1]...) // AppendJSON grows b for the plan
	b = append(b, `,"plan":`...)
	if b, err = d.Plan.AppendJSON(b); err != nil {
		return nil, errs.Wrap("encode", "plan", err)
	}
	b = append(b, ',')
	return append(b, t[1:]...), nil
}

// benefitPlanHead and benefitPlanTail are the fields of BenefitPlan before
// and after its plan, with their tags.
type benefitPlanHead struct {
	Header     Header  `json:"header"`
	Background Section `json:"background"`
}

type benefitPlanTail struct {
	OwnBenefits         Section `json:"ownBenefits,omitzero"`
	BenefitUse          Section `json:"benefitUse"`
	OtherPublicBenefits Section `json:"otherPublicBenefits,omitzero"`
	UnpricedBenefits    Section `json:"unpricedBenefits,omitzero"`
	MeasuresIntro       Section `json:"measuresIntro,omitzero"`
	UnpricedFollowUp    Section `json:"unpricedFollowUp,omitzero"`
	BenefitMap          Section `json:"benefitMap"`
}
