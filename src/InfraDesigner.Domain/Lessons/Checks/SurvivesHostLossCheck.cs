namespace InfraDesigner.Domain.Lessons.Checks;

/// <summary>Capacity: whichever one host of the cluster fails, every VM it ran restarts on the others.</summary>
public sealed record SurvivesHostLossCheck : ExerciseCheck
{
    public required string Cluster { get; init; }
}
