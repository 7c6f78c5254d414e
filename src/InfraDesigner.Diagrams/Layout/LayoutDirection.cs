namespace InfraDesigner.Diagrams.Layout;

public enum LayoutDirection
{
    /// <summary>Layers run top to bottom; bands (e.g. zones) left to right.</summary>
    TopToBottom,

    /// <summary>Layers run left to right; bands top to bottom.</summary>
    LeftToRight,
}
