using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Exercises;
using InfraDesigner.Web.Features.Editing;
using MudBlazor;

namespace InfraDesigner.Web.Components.Lessons;

/// <summary>
/// Grades the open topology against its lesson after every edit and says with a toast which checks the edit
/// made hold or broke, and when the whole exercise passes.
/// </summary>
public sealed class ExerciseWatch(EditingSession session, ISnackbar toasts) : EditWatch<ExerciseGrade>(session, Ungraded)
{
    private static readonly ExerciseGrade Ungraded = new([]);

    /// <summary>The lesson of the open topology; null when it is an ordinary topology.</summary>
    public Lesson? Lesson => Session.Lesson;

    protected override ExerciseGrade Check(Topology topology) =>
        Lesson is { } lesson ? ExerciseGrader.Grade(topology, lesson) : Ungraded;

    protected override void Announce(ExerciseGrade before, ExerciseGrade after)
    {
        var held = before.Results.ToDictionary(r => r.Check.Id, r => r.Holds);
        if (after.Passed && !before.Passed)
        {
            toasts.Add("Exercise passed: every check holds.", Severity.Success);
            return;
        }
        foreach (var result in after.Results.Where(r => held.TryGetValue(r.Check.Id, out var was) && was != r.Holds))
            toasts.Add(result.Holds ? $"Check now holds: {result.Check.Title.En}." : $"This edit broke a check: {result.Check.Title.En}.",
                result.Holds ? Severity.Success : Severity.Warning);
    }
}
