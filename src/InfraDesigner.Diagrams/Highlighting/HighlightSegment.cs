namespace InfraDesigner.Diagrams.Highlighting;

/// <summary>
/// A stretch drawn from one node to another over the link between them (<see cref="LinkId"/>; null: a straight
/// line between their centres). <see cref="Label"/> is shown at its middle, e.g. a branch number.
/// </summary>
public sealed record HighlightSegment(string Id, string From, string To, string? LinkId, string CssClass, string? Label = null);
