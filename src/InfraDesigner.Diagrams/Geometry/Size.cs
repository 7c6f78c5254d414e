namespace InfraDesigner.Diagrams.Geometry;

public readonly record struct Size(double Width, double Height);
