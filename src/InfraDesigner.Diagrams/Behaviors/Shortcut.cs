namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>A keyboard shortcut: its keys, what it does in words (for a help dialog) and the action.</summary>
public sealed record Shortcut(KeyChord Chord, string Description, Action<Diagram> Action);
