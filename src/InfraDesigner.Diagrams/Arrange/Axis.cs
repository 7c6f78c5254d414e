namespace InfraDesigner.Diagrams.Arrange;

/// <summary>The direction boxes are spread along: across (left to right) or down (top to bottom).</summary>
public enum Axis
{
    Horizontal,
    Vertical,
}
