package th.go.moc.ops.sor301hub.feedback;

import th.go.moc.ops.sor301hub.sor301.Bilingual;

/** One difference from the previous version of a unit's month: which indicator, which field, old → new. */
public record Change(String indicator, Bilingual field, String oldValue, String newValue) {
}
