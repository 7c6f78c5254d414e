namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>A keyboard shortcut: its keys, what it does in words (for a help dialog), the action, and whether it edits the diagram.</summary>
public sealed record Shortcut(KeyChord Chord, string Description, Action<Diagram> Action, bool Edits = false);
