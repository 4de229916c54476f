import Mustache

// The templates find a value by name through reflection (`Mirror`), which is slow for the
// pieces every page has by the thousand: on the full corpus it was a third of the report's
// time. These answer by name directly; a name not listed here is absent, as in Mustache.

extension Segment: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "marked": return marked
        case "linked": return linked
        case "href": return href
        case "key": return key
        case "anchor": return anchor
        default: return nil
        }
    }
}

extension Paragraph: MustacheParent {
    func child(named name: String) -> Any? { name == "segments" ? segments : nil }
}

extension Fact: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return label
        case "value": return value
        case "linked": return linked
        case "href": return href
        default: return nil
        }
    }
}

extension Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "href": return href
        case "note": return note
        case "linked": return linked
        default: return nil
        }
    }
}
