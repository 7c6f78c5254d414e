using InfraDesigner.Domain.Lessons.Checks;

namespace InfraDesigner.Domain.Lessons;

/// <summary>
/// A lesson: a short explanation, the topology the trainee starts from, and an exercise graded by intent: a set
/// of checks on how the design behaves, so any design that satisfies them passes (docs/lesson-format.md).
/// </summary>
public sealed record Lesson
{
    public required int FormatVersion { get; init; }

    /// <summary>A short kebab-case id, unique among lessons: "through-the-eai".</summary>
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The subject it belongs to, e.g. "segmentation", "virtualization"; lessons are listed by it.</summary>
    public required string Topic { get; init; }

    public required LocalizedText Summary { get; init; }

    /// <summary>The explanation, one paragraph per entry.</summary>
    public EquatableArray<LocalizedText> Explanation { get; init; }

    public required LessonStart Start { get; init; }

    public EquatableArray<ExerciseCheck> Checks { get; init; }

    /// <summary>One way to pass, in words; shown when the trainee asks for it.</summary>
    public LocalizedText? Solution { get; init; }
}
