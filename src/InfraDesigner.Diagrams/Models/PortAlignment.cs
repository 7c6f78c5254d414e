namespace InfraDesigner.Diagrams.Models;

public enum PortAlignment
{
    Top,
    Right,
    Bottom,
    Left,
}
