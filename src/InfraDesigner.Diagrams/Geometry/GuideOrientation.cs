namespace InfraDesigner.Diagrams.Geometry;

public enum GuideOrientation
{
    /// <summary>A vertical line at a fixed X.</summary>
    Vertical,

    /// <summary>A horizontal line at a fixed Y.</summary>
    Horizontal,
}
