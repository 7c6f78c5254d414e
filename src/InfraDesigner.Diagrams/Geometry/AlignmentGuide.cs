namespace InfraDesigner.Diagrams.Geometry;

/// <summary>A guide line drawn while moving: at <see cref="Value"/> (X for vertical, Y for horizontal) from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record AlignmentGuide(GuideOrientation Orientation, double Value, double From, double To);
