namespace InfraDesigner.Simulation.Exercises;

/// <summary>Every check of an exercise against one design, and how far it is: the share of checks that hold.</summary>
public sealed record ExerciseGrade(IReadOnlyList<CheckResult> Results)
{
    public int Holding => Results.Count(result => result.Holds);

    public int Percent => Results.Count == 0 ? 0 : (int)Math.Floor(100.0 * Holding / Results.Count);

    public bool Passed => Results.Count > 0 && Holding == Results.Count;
}
