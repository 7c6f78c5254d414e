namespace InfraDesigner.Diagrams.Geometry;

/// <summary>The corrected offset of a moved selection and the guides it lines up with.</summary>
public sealed record AlignmentResult(double Dx, double Dy, IReadOnlyList<AlignmentGuide> Guides);
