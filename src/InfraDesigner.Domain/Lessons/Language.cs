namespace InfraDesigner.Domain.Lessons;

/// <summary>A language lessons are written in; English is always there.</summary>
public enum Language
{
    En,
    Ko,
}
