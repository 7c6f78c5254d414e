using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Arrange;

/// <summary>A box to align or distribute, and the area it must stay in (the inside of its frame), if any.</summary>
public readonly record struct ArrangeItem(Rect Box, Rect? Area = null);
