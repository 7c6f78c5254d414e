using System.Text.Json.Serialization;

namespace InfraDesigner.Domain.Lessons.Checks;

/// <summary>One thing the design must do, checked on its behaviour (or, for structural checks, its rules), never by comparing drawings.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ReachCheck), "reach")]
[JsonDerivedType(typeof(NoOpeningCheck), "no-opening")]
[JsonDerivedType(typeof(SurvivesHostLossCheck), "survives-host-loss")]
public abstract record ExerciseCheck
{
    /// <summary>Unique within the lesson; results and hints are keyed by it.</summary>
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>Shown on a failing check when hints are on.</summary>
    public LocalizedText? Hint { get; init; }
}
