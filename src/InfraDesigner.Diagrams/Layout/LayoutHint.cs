namespace InfraDesigner.Diagrams.Layout;

/// <summary>
/// What the host knows about where a node belongs: <see cref="Layer"/> fixes its layer (e.g. a
/// network tier), <see cref="Band"/> the column it sits in across all layers (e.g. a zone index).
/// </summary>
public sealed record LayoutHint(int? Layer = null, int? Band = null);
