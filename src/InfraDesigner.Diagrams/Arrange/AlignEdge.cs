namespace InfraDesigner.Diagrams.Arrange;

/// <summary>The line boxes are aligned on: an edge or the centre, across (left … right) or down (top … bottom).</summary>
public enum AlignEdge
{
    Left,
    Centre,
    Right,
    Top,
    Middle,
    Bottom,
}
