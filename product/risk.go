package product

// Uncertainty is a row of an uncertainty table (usikkerheter): the event that
// may happen (hendelse), its effect (virkning) and the measure against it
// (tiltak).
type Uncertainty struct {
	Event   string `json:"event" validate:"filled"`
	Impact  string `json:"impact"`
	Measure string `json:"measure"`
}

var (
	titleRiskImpact  = t3("Virkning", "Verknad", "Impact")
	titleRiskMeasure = t3("Tiltak", "Tiltak", "Measure")
)

// risks checks each risk's impact and measure.
func (c *checker) risks(path string, rs []Uncertainty) {
	for i, r := range rs {
		p := indexPath(path, i)
		c.text(p+".impact", t3(r.Event+": "+titleRiskImpact.NB, r.Event+": "+titleRiskImpact.NN, r.Event+": "+titleRiskImpact.EN), r.Impact)
		c.text(p+".measure", t3(r.Event+": "+titleRiskMeasure.NB, r.Event+": "+titleRiskMeasure.NN, r.Event+": "+titleRiskMeasure.EN), r.Measure)
	}
}
