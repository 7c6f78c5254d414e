using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Routing.PathGenerators;

/// <summary>An SVG path (the <c>d</c> attribute) and where its label goes.</summary>
public sealed record PathData(string D, Point LabelPosition);
