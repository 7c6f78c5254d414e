namespace InfraDesigner.Diagrams.Highlighting;

/// <summary>A short text shown above a node while a highlight is on, e.g. the rule that let a packet through.</summary>
public sealed record HighlightBadge(string NodeId, string Text, string CssClass);
