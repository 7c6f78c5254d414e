namespace InfraDesigner.Diagrams.Export;

/// <summary>A label as drawn: the text (shortened with an ellipsis only when even the smallest size was too wide) and its font size.</summary>
public readonly record struct FittedText(string Text, double FontSize);
