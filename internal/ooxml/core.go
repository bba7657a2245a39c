package ooxml

import "encoding/xml"

// readCore parses a core properties part (docProps/core.xml): the children
// of cp:coreProperties, by local name, whatever their namespace prefix.
func readCore(part string, b []byte, maxDepth int) (CoreProperties, error) {
	var c CoreProperties
	x := newDecoder(part, trimBOM(b), maxDepth)
	if _, err := x.root(); err != nil {
		return c, err
	}
	fields := map[string]*string{
		"title":          &c.Title,
		"subject":        &c.Subject,
		"creator":        &c.Creator,
		"keywords":       &c.Keywords,
		"description":    &c.Description,
		"lastModifiedBy": &c.LastModifiedBy,
		"revision":       &c.Revision,
		"created":        &c.Created,
		"modified":       &c.Modified,
	}
	err := x.children(func(se xml.StartElement) error {
		dst, ok := fields[se.Name.Local]
		if !ok {
			return x.skip()
		}
		b, err := x.text(nil)
		*dst = string(b)
		return err
	})
	if err != nil {
		return c, err
	}
	return c, x.finish()
}
