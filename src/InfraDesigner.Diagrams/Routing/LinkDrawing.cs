using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Routing.PathGenerators;

namespace InfraDesigner.Diagrams.Routing;

/// <summary>A link's route and SVG path as drawn at one version of the link.</summary>
public sealed record LinkDrawing(int Version, IReadOnlyList<Point> Route, PathData Path);
